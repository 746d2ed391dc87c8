/**
 * Country and region names, demonyms and adjectives in en/fr/nl, and a few cities that stand
 * for their country in news copy ("Jakarta banned...", "une introduction en Bourse à Londres").
 * Code → list of forms. Regions: EU, SEA, LATAM, GLOBAL.
 */
import { TOWNS } from './town-names.js';

export type MarketKind = 'name' | 'demonym' | 'city' | 'region' | 'global';

type Forms = { name?: string[]; demonym?: string[]; city?: string[] };

// National authorities and parliaments stand for their country, as cities do: "la DGCCRF a
// infligé une amende", "la répression des fraudes" (the DGCCRF's everyday name), "the Competition and Markets Authority", "de Tweede Kamer". Acronyms are
// matched case-sensitively below.
const REGULATORS: Record<'FR' | 'NL' | 'BE' | 'GB' | 'US' | 'DE', string[]> = {
  FR: ['Direction générale de la concurrence', 'Autorité de la concurrence', 'Assemblée nationale', 'Sénat', 'Bercy', 'Arcom', 'Cnil', 'Dgccrf', 'répression des fraudes', "Commission nationale de l'informatique", 'Commission nationale de l’informatique'],
  // "Het kabinet" is the Dutch government (Belgian Dutch says "de regering").
  NL: ['Autoriteit Consument en Markt', 'Autoriteit Consument & Markt', 'Tweede Kamer', 'Eerste Kamer', 'kabinet'],
  // The Belgian federal economy ministry, its inspectorate's usual name in both languages.
  BE: ['FOD Economie', 'SPF Economie'],
  GB: ['Competition and Markets Authority', 'Advertising Standards Authority', 'Groceries Code Adjudicator', 'Ofcom', 'Westminster'],
  DE: ['Bundeskartellamt'],
  US: ['Federal Trade Commission', 'Congress', 'Securities and Exchange Commission'],
};

// Provinces and towns where regional news about warehouses and jobs is set ("bol breidt uit in
// Waalwijk", "un centre de distribution à Charleroi"): names that belong to one country only.
const NL_PLACES = ['Noord-Brabant', 'Zuid-Holland', 'Noord-Holland', 'Gelderland', 'Overijssel', 'Friesland', 'Drenthe', 'Flevoland', 'Zeeland', 'Waalwijk', 'Tilburg', 'Breda', "'s-Hertogenbosch", 'Den Bosch', 'Nijmegen', 'Arnhem', 'Zwolle', 'Groningen', 'Almere', 'Apeldoorn', 'Enschede', 'Maastricht', 'Venlo', 'Nieuwegein', 'Zaltbommel', 'Haarlem', 'Amersfoort', 'Hoofddorp', 'Schiphol', 'Roosendaal', 'Helmond', 'Oss', 'Veghel', 'Tiel', 'Rosmalen', 'Ridderkerk'];
const BE_PLACES = ['Namur', 'Charleroi', 'Mons', 'Courcelles', 'Hainaut', 'Henegouwen', 'Leuven', 'Louvain', 'Mechelen', 'Malines', 'Bruges', 'Brugge', 'Hasselt', 'Kortrijk', 'Courtrai', 'Oostende', 'Ostende', 'Wavre', 'Nivelles', 'Gosselies', 'Zaventem', 'Machelen'];

// The same for the cities and regions where warehouses and jobs of the other markets are news
// ("closing its fulfilment centre in Coventry", "un entrepôt près de Wrocław", "ein Lager in
// Leipzig"). Names that are also common words ("Reading", "Bath", "Nice") are left out.
const GB_PLACES = ['Coventry', 'Leeds', 'Liverpool', 'Bristol', 'Glasgow', 'Edinburgh', 'Hull', 'Doncaster', 'Daventry', 'Peterborough', 'Milton Keynes', 'Swindon', 'Dartford', 'Tilbury', 'Rugeley', 'Sheffield', 'Nottingham', 'Leicester', 'Newcastle', 'Cardiff', 'Belfast', 'East Midlands', 'West Midlands', 'Yorkshire', 'Kent', 'Essex'];
const FR_PLACES = ['Toulouse', 'Bordeaux', 'Nantes', 'Strasbourg', 'Montpellier', 'Rennes', 'Orléans', 'Metz', 'Roissy', 'Hauts-de-France', 'Normandie', 'Bretagne', 'Occitanie'];
const DE_PLACES = ['Leipzig', 'Köln', 'Cologne', 'Keulen', 'Düsseldorf', 'Stuttgart', 'Dortmund', 'Bremen', 'Hanover', 'Hannover', 'Bavaria', 'Bavière', 'Beieren'];
const PL_PLACES = ['Wrocław', 'Wroclaw', 'Poznań', 'Poznan', 'Kraków', 'Krakow', 'Cracovie', 'Łódź', 'Lodz', 'Gdańsk', 'Gdansk', 'Szczecin', 'Katowice'];

const fr = (stem: string): string[] => [stem, `${stem}e`, `${stem}s`, `${stem}es`];
// French demonyms in -ien double their n in the feminine: all four forms (round 20: "PME singapouriennes").
const frIen = (stem: string): string[] => [`${stem}ien`, `${stem}ienne`, `${stem}iens`, `${stem}iennes`];

export const COUNTRIES: Record<string, Forms> = {
  US: {
    name: ['United States', 'United States of America', 'America', 'North America', 'Etats-Unis', 'États-Unis', 'Etats Unis', 'Amérique du Nord', 'Verenigde Staten', 'Amerika', 'Noord-Amerika'],
    demonym: ['American', 'Americans', ...fr('américain'), 'Amerikaanse', 'Amerikaans', 'Amerikanen'],
    // "Outre-Atlantique" (and "outre-Manche", "outre-Rhin", "outre-Quiévrain" below) is French press for the United States (seen from Europe).
    city: ['Washington', 'New York', 'Seattle', 'Silicon Valley', 'Outre-Atlantique', 'outre-Atlantique', ...REGULATORS.US, ...TOWNS.US!],
  },
  GB: {
    name: ['United Kingdom', 'Britain', 'Great Britain', 'England', 'Royaume-Uni', 'Grande-Bretagne', 'Angleterre', 'Verenigd Koninkrijk', 'Groot-Brittannië', 'Engeland'],
    demonym: ['British', 'Briton', 'Britons', 'britannique', 'britanniques', ...fr('anglais').slice(0, 1), 'anglaise', 'anglaises', 'Britse', 'Brits', 'Engelse', 'Britten', ...frIen('london'), 'Londoners'],
    city: ['London', 'Londres', 'Londen', 'Manchester', 'Birmingham', 'Scotland', 'Wales', 'Écosse', 'Schotland', 'Londense', 'Outre-Manche', 'outre-Manche', ...GB_PLACES, ...REGULATORS.GB, ...TOWNS.GB!],
  },
  NL: {
    name: ['Netherlands', 'the Netherlands', 'Holland', 'Pays-Bas', 'Nederland'],
    demonym: ['Dutch', ...fr('néerlandais').slice(0, 1), 'néerlandaise', 'néerlandaises', 'Nederlandse', 'Nederlanders', 'Hollandse'],
    city: ['Amsterdam', 'Den Haag', 'The Hague', 'La Haye', 'Rotterdam', 'Utrecht', 'Eindhoven', 'Amsterdamse', 'Rotterdamse', 'Haagse', 'Utrechtse', 'Eindhovense', ...NL_PLACES, ...REGULATORS.NL, ...TOWNS.NL!],
  },
  BE: {
    name: ['Belgium', 'Belgique', 'België', 'Belgie'],
    demonym: ['Belgian', 'Belgians', 'belge', 'belges', 'Belgische', 'Belgisch', 'Belgen', 'Walloon', 'wallon', 'wallonne', 'wallons', 'wallonnes', 'bruxellois', 'bruxelloise', 'bruxelloises', 'Waalse', 'Vlaamse', 'flamand', 'flamande', 'flamands', 'flamandes', 'Flemish'],
    city: ['Brussels', 'Bruxelles', 'Brussel', 'Antwerp', 'Anvers', 'Antwerpen', 'Ghent', 'Gand', 'Gent', 'Liège', 'Luik', 'Wallonia', 'Wallonie', 'Wallonië', 'Flanders', 'Flandre', 'Vlaanderen', 'Antwerpse', 'Gentse', 'Luikse', 'Outre-Quiévrain', 'outre-Quiévrain', ...BE_PLACES, ...REGULATORS.BE, ...TOWNS.BE!],
  },
  FR: {
    name: ['France', 'Hexagone', 'Frankrijk'],
    demonym: ['French', 'Frenchmen', 'français', 'française', 'françaises', 'Franse', 'Fransen', 'hexagonal', 'hexagonale', 'hexagonaux', 'hexagonales', ...frIen('paris'), 'Parisian', 'Parisians'],
    city: ['Paris', 'Parijs', 'Parijse', 'Lyon', 'Marseille', 'Lille', 'Île-de-France', ...FR_PLACES, ...REGULATORS.FR, ...TOWNS.FR!],
  },
  DE: {
    name: ['Germany', 'Allemagne', 'Duitsland'],
    demonym: ['German', 'Germans', ...fr('allemand'), 'Duitse', 'Duitsers'],
    city: ['Berlin', 'Berlijn', 'Munich', 'München', 'Hamburg', 'Hambourg', 'Frankfurt', 'Francfort', 'Berlijnse', 'Outre-Rhin', 'outre-Rhin', ...DE_PLACES, ...REGULATORS.DE, ...TOWNS.DE!],
  },
  IT: { name: ['Italy', 'Italie', 'Italië', 'Italie'], demonym: ['Italian', 'Italians', ...frIen('ital'), 'Italiaanse', 'Italianen'], city: ['Rome', 'Milan', 'Milaan', ...TOWNS.IT!] },
  ES: { name: ['Spain', 'Espagne', 'Spanje'], demonym: ['Spanish', ...fr('espagnol'), 'Spaanse', 'Spanjaarden'], city: ['Madrid', 'Barcelona', 'Barcelone', ...TOWNS.ES!] },
  IE: { name: ['Ireland', 'Irlande', 'Ierland'], demonym: ['Irish', 'irlandais', 'irlandaise', 'irlandaises', 'Ierse'], city: ['Dublin'] },
  PL: { name: ['Poland', 'Pologne', 'Polen'], demonym: ['Polish', 'polonais', 'polonaise', 'polonaises', 'Poolse'], city: ['Warsaw', 'Varsovie', 'Warschau', ...PL_PLACES, ...TOWNS.PL!] },
  PT: { name: ['Portugal'], demonym: ['Portuguese', 'portugais', 'portugaise', 'Portugese'], city: ['Lisbon', 'Lisbonne', 'Lissabon'] },
  SE: { name: ['Sweden', 'Suède', 'Zweden'], demonym: ['Swedish', 'suédois', 'suédoise', 'Zweedse'], city: ['Stockholm'] },
  AT: { name: ['Austria', 'Autriche', 'Oostenrijk'], demonym: ['Austrian', ...frIen('autrich'), 'Oostenrijkse'], city: ['Vienna', 'Wenen'] },
  CH: { name: ['Switzerland', 'Suisse', 'Zwitserland'], demonym: ['Swiss', 'suisses', 'Zwitserse'], city: ['Zurich', 'Zürich', 'Geneva', 'Genève', 'Genève'] },
  DK: { name: ['Denmark', 'Danemark', 'Denemarken'], demonym: ['Danish', 'danois', 'danoise', 'Deense'], city: ['Copenhagen', 'Copenhague', 'Kopenhagen'] },
  CZ: { name: ['Czech Republic', 'Czechia', 'République tchèque', 'Tsjechië'], demonym: ['Czech', 'tchèque', 'tchèques', 'Tsjechische'], city: ['Prague', 'Praag'] },
  GR: { name: ['Greece', 'Grèce', 'Griekenland'], demonym: ['Greek', 'grec', 'grecque', 'grecs', 'grecques', 'Griekse'], city: ['Athens', 'Athènes', 'Athene'] },
  RO: { name: ['Romania', 'Roumanie', 'Roemenië'], demonym: ['Romanian', ...fr('roumain'), 'Roemeense'], city: ['Bucharest', 'Bucarest', 'Boekarest'] },
  HU: { name: ['Hungary', 'Hongrie', 'Hongarije'], demonym: ['Hungarian', 'hongrois', 'hongroise', 'hongroises', 'Hongaarse'], city: ['Budapest', 'Boedapest'] },
  NO: { name: ['Norway', 'Norvège', 'Noorwegen'], demonym: ['Norwegian', ...frIen('norvég'), 'Noorse'], city: ['Oslo'] },
  FI: { name: ['Finland', 'Finlande'], demonym: ['Finnish', 'finlandais', 'finlandaise', 'finlandaises', 'Finse'], city: ['Helsinki'] },
  LU: { name: ['Luxembourg', 'Luxemburg'], demonym: ['luxembourgeois', 'luxembourgeoise', 'luxembourgeoises', 'Luxemburgse'] },
  CN: {
    name: ['China', 'Chine', 'mainland China', 'Chine continentale'],
    demonym: ['Chinese', 'chinois', 'chinoise', 'chinoises', 'Chinezen'],
    city: ['Beijing', 'Pékin', 'Peking', 'Shanghai', 'Shenzhen', 'Hangzhou', 'Guangzhou'],
  },
  ID: { name: ['Indonesia', 'Indonésie', 'Indonesië'], demonym: ['Indonesian', 'Indonesians', ...frIen('indonés'), 'Indonesische'], city: ['Jakarta', 'Surabaya', 'Bandung'] },
  MY: { name: ['Malaysia', 'Malaisie', 'Maleisië'], demonym: ['Malaysian', 'Malaysians', ...frIen('malais'), 'Maleisische'], city: ['Kuala Lumpur'] },
  TH: { name: ['Thailand', 'Thaïlande', 'Thailande'], demonym: ['Thai', 'thaïlandais', 'thaïlandaise', 'thaïlandaises', 'Thaise'], city: ['Bangkok'] },
  VN: { name: ['Vietnam', 'Viet Nam', 'Viêt Nam'], demonym: ['Vietnamese', ...frIen('vietnam')], city: ['Hanoi', 'Hanoï', 'Ho Chi Minh City', 'Hô Chi Minh-Ville', 'Ho Chi Minhstad', 'Saigon', 'Saïgon'] },
  PH: { name: ['Philippines', 'Filipijnen'], demonym: ['Filipino', 'Filipinos', 'philippin', 'philippine', 'philippins', 'philippines', 'Filipijnse'], city: ['Manila', 'Manille'] },
  SG: { name: ['Singapore', 'Singapour'], demonym: ['Singaporean', ...frIen('singapour'), 'Singaporese'] },
  HK: { name: ['Hong Kong', 'Hongkong'] },
  TW: { name: ['Taiwan', 'Taïwan'], demonym: ['Taiwanese', 'taïwanais', 'taïwanaise', 'taïwanaises'], city: ['Taipei', 'Taipeh'] },
  NZ: { name: ['New Zealand', 'Nouvelle-Zélande', 'Nieuw-Zeeland'], demonym: ['néo-zélandais', 'néo-zélandaise', 'Nieuw-Zeelandse'], city: ['Auckland', 'Wellington'] },
  IL: { name: ['Israel', 'Israël'], demonym: ['Israeli', 'Israelis', ...frIen('israél'), 'Israëlische'], city: ['Tel Aviv'] },
  EG: { name: ['Egypt', 'Égypte', 'Egypte'], demonym: ['Egyptian', 'Egyptians', ...frIen('égypt'), 'Egyptische'], city: ['Cairo', 'Le Caire', 'Caïro'] },
  NG: { name: ['Nigeria', 'Nigéria'], demonym: ['Nigerian', 'Nigerians', 'nigérian', 'nigériane', 'nigérians', 'nigérianes', 'Nigeriaanse'], city: ['Lagos', 'Abuja'] },
  PK: { name: ['Pakistan'], demonym: ['Pakistani', 'pakistanais', 'pakistanaise', 'Pakistaanse'], city: ['Karachi', 'Lahore', 'Islamabad'] },
  UA: { name: ['Ukraine', 'Oekraïne'], demonym: ['Ukrainian', ...frIen('ukrain'), 'Oekraïense'], city: ['Kyiv', 'Kiev'] },
  RU: { name: ['Russia', 'Russie', 'Rusland'], demonym: ['Russian', 'russe', 'russes', 'Russische'] },
  SK: { name: ['Slovakia', 'Slovaquie', 'Slowakije'], demonym: ['Slovak', 'slovaque', 'slovaques', 'Slowaakse'], city: ['Bratislava'] },
  BG: { name: ['Bulgaria', 'Bulgarie', 'Bulgarije'], demonym: ['Bulgarian', 'bulgare', 'bulgares', 'Bulgaarse'] },
  HR: { name: ['Croatia', 'Croatie', 'Kroatië'], demonym: ['Croatian', 'croate', 'croates', 'Kroatische'], city: ['Zagreb'] },
  SI: { name: ['Slovenia', 'Slovénie', 'Slovenië'], demonym: ['Slovenian', 'slovène', 'slovènes', 'Sloveense'], city: ['Ljubljana'] },
  LT: { name: ['Lithuania', 'Lituanie', 'Litouwen'], demonym: ['Lithuanian', ...frIen('lituan'), 'Litouwse'], city: ['Vilnius'] },
  LV: { name: ['Latvia', 'Lettonie', 'Letland'], demonym: ['Latvian', 'letton', 'lettone', 'Letse'], city: ['Riga'] },
  EE: { name: ['Estonia', 'Estonie', 'Estland'], demonym: ['Estonian', ...frIen('eston'), 'Estse'], city: ['Tallinn'] },
  PE: { name: ['Peru', 'Pérou'], demonym: ['Peruvian', 'Peruvians', ...frIen('péruv'), 'Peruaanse'], city: ['Lima'] },
  JP: { name: ['Japan', 'Japon'], demonym: ['Japanese', 'japonais', 'japonaise', 'japonaises', 'Japanse', 'Japanners'], city: ['Tokyo', 'Osaka'] },
  KR: { name: ['South Korea', 'Korea', 'Corée du Sud', 'Corée', 'Zuid-Korea'], demonym: ['South Korean', 'South Koreans', 'Korean', 'Koreans', 'sud-coréen', 'sud-coréenne', 'sud-coréens', 'coréen', 'coréenne', 'coréens', 'Zuid-Koreaanse', 'Koreaanse'], city: ['Seoul', 'Séoul'] },
  IN: { name: ['India', 'Inde'], demonym: ['Indian', 'Indians', ...frIen('ind'), 'Indiase'], city: ['New Delhi', 'Delhi', 'Mumbai', 'Bombay', 'Bangalore', 'Bengaluru'] },
  AU: { name: ['Australia', 'Australie', 'Australië'], demonym: ['Australian', ...frIen('austral'), 'Australische'], city: ['Sydney', 'Melbourne', 'Brisbane', 'Canberra'] },
  // Canada's provinces and big cities stand for it ("ferme ses entrepôts au Québec", "layoffs in Ontario").
  CA: {
    name: ['Canada'],
    demonym: ['Canadian', 'Canadians', 'canadien', 'canadienne', 'canadiens', 'canadiennes', 'Canadese', 'Canadezen', 'québécois', 'québécoise', 'québécoises', 'Quebecers'],
    city: ['Québec', 'Quebec', 'Ontario', 'Montréal', 'Montreal', 'Toronto', 'Vancouver', 'Ottawa', 'Alberta', 'Calgary', 'British Columbia', 'Colombie-Britannique', 'Brits-Columbia'],
  },
  MX: { name: ['Mexico', 'Mexique'], demonym: ['Mexican', 'Mexicans', 'mexicain', 'mexicaine', 'mexicains', 'mexicaines', 'Mexicaanse', 'Mexicanen'], city: ['Mexico City', 'Mexico-Stad', 'Guadalajara', 'Monterrey'] },
  BR: { name: ['Brazil', 'Brésil', 'Brazilië'], demonym: ['Brazilian', 'Brazilians', 'brésilien', 'brésilienne', 'brésiliens', 'brésiliennes', 'Braziliaanse'], city: ['São Paulo', 'Sao Paulo', 'Rio de Janeiro', 'Brasília', 'Brasilia', 'Belo Horizonte'] },
  AR: { name: ['Argentina', 'Argentine', 'Argentinië'], demonym: ['Argentinian', 'Argentinians', 'argentin', 'argentins', 'argentines', 'Argentijnse'], city: ['Buenos Aires'] },
  CL: { name: ['Chile', 'Chili'], demonym: ['Chilean', 'Chileans', 'chilien', 'chilienne', 'chiliens', 'chiliennes', 'Chileense'] },
  CO: { name: ['Colombia', 'Colombie', 'Colombia'], demonym: ['Colombian', 'Colombians', 'colombien', 'colombienne', 'colombiens', 'colombiennes', 'Colombiaanse'], city: ['Bogotá', 'Bogota', 'Medellín', 'Medellin'] },
  SA: { name: ['Saudi Arabia', 'Arabie saoudite', 'Arabie Saoudite', 'Saoedi-Arabië'], demonym: ['Saudi', ...frIen('saoud'), 'Saoedische', 'Saudische'], city: ['Riyadh', 'Riyad', 'Jeddah', 'Djeddah'] },
  AE: { name: ['United Arab Emirates', 'Émirats arabes unis', 'Emirats arabes unis', 'Émirats', 'Verenigde Arabische Emiraten', 'Emiraten', 'UAE'], demonym: ['Emirati', 'émirati', 'émiratie', 'émiratis', 'Emiraatse'], city: ['Dubai', 'Dubaï', 'Abu Dhabi', 'Abou Dabi'] },
  TR: { name: ['Türkiye', 'Turquie', 'Turkije'], demonym: ['Turkish', 'turc', 'turque', 'turcs', 'turques', 'Turkse'], city: ['Istanbul', 'Ankara'] },
  ZA: { name: ['South Africa', 'Afrique du Sud', 'Zuid-Afrika'], demonym: ['South African', 'South Africans', ...fr('sud-africain'), 'Zuid-Afrikaanse'], city: ['Johannesburg', 'Cape Town', 'Le Cap', 'Kaapstad', 'Durban', 'Pretoria'] },
  // Africa, the Middle East and Asia beyond the markets above: where the cheap-goods apps opened
  // in the last years ("Temu débarque au Maroc", "entered Kenya", "actief in Marokko").
  MA: { name: ['Morocco', 'Maroc', 'Marokko'], demonym: ['Moroccan', 'Moroccans', ...fr('marocain'), 'Marokkaanse', 'Marokkanen'], city: ['Casablanca', 'Rabat', 'Marrakech', 'Tanger'] },
  DZ: { name: ['Algeria', 'Algérie', 'Algerije'], demonym: ['Algerian', 'Algerians', 'algérien', 'algérienne', 'algériens', 'algériennes', 'Algerijnse'], city: ['Algiers', 'Alger', 'Algiers', 'Oran'] },
  TN: { name: ['Tunisia', 'Tunisie', 'Tunesië'], demonym: ['Tunisian', 'tunisien', 'tunisienne', 'tunisiens', 'tunisiennes', 'Tunesische'], city: ['Tunis'] },
  CI: { name: ["Côte d'Ivoire", 'Côte d’Ivoire', "Cote d'Ivoire", 'Ivory Coast', 'Ivoorkust'], demonym: ['Ivorian', 'ivoirien', 'ivoirienne', 'ivoiriens', 'ivoiriennes', 'Ivoriaanse'], city: ['Abidjan'] },
  SN: { name: ['Senegal', 'Sénégal'], demonym: ['Senegalese', 'sénégalais', 'sénégalaise', 'sénégalaises'], city: ['Dakar'] },
  CM: { name: ['Cameroon', 'Cameroun', 'Kameroen'], demonym: ['Cameroonian', 'camerounais', 'camerounaise', 'camerounaises', 'Kameroense'], city: ['Douala', 'Yaoundé'] },
  KE: { name: ['Kenya', 'Kenia'], demonym: ['Kenyan', 'Kenyans', 'kényan', 'kényane', 'kényans', 'Keniaanse'], city: ['Nairobi', 'Mombasa'] },
  GH: { name: ['Ghana'], demonym: ['Ghanaian', 'Ghanaians', 'ghanéen', 'ghanéenne', 'ghanéens', 'Ghanese'], city: ['Accra'] },
  ET: { name: ['Ethiopia', 'Éthiopie', 'Ethiopië'], demonym: ['Ethiopian', 'éthiopien', 'éthiopienne', 'Ethiopische'], city: ['Addis Ababa', 'Addis-Abeba'] },
  QA: { name: ['Qatar'], demonym: ['Qatari', 'qatari', 'qatarie', 'qataris', 'Qatarese'], city: ['Doha'] },
  KW: { name: ['Kuwait', 'Koweït', 'Koeweit'] },
  BH: { name: ['Bahrain', 'Bahreïn'] },
  LB: { name: ['Lebanon', 'Liban', 'Libanon'], demonym: ['Lebanese', 'libanais', 'libanaise', 'Libanese'], city: ['Beirut', 'Beyrouth'] },
  BD: { name: ['Bangladesh'], demonym: ['Bangladeshi', 'bangladais', 'bangladaise', 'Bengaalse'], city: ['Dhaka'] },
  LK: { name: ['Sri Lanka'], demonym: ['Sri Lankan', 'sri-lankais', 'sri-lankaise', 'Sri Lankaanse'], city: ['Colombo'] },
  KH: { name: ['Cambodia', 'Cambodge', 'Cambodja'], demonym: ['Cambodian', ...frIen('cambodg'), 'Cambodjaanse'], city: ['Phnom Penh'] },
  MM: { name: ['Myanmar', 'Birmanie'] },
  KZ: { name: ['Kazakhstan', 'Kazachstan'] },
  RS: { name: ['Serbia', 'Serbie', 'Servië'], demonym: ['Serbian', 'serbe', 'serbes', 'Servische'], city: ['Belgrade', 'Belgrado'] },
  UY: { name: ['Uruguay'], demonym: ['Uruguayan', 'uruguayen', 'uruguayenne', 'Uruguayaanse'], city: ['Montevideo'] },
  CR: { name: ['Costa Rica'] },
  DO: { name: ['Dominican Republic', 'République dominicaine', 'Dominicaanse Republiek'] },
};

export const REGIONS: Record<string, string[]> = {
  EU: [
    'Europe', 'European Union', 'European Commission', 'Digital Services Act', 'Digital Markets Act', 'Union européenne',
    'Commission européenne', 'Europa', 'Europese Unie', 'Europese Commissie', 'European', 'Europeans', 'européen',
    'européenne', 'européens', 'européennes', 'Europese', 'Europees', "l'Union", 'de Unie', 'the bloc', 'Old Continent', 'Vieux Continent',
    // The Nordic and Baltic countries as one, a European region (round 18).
    'Nordics', 'Nordic countries', 'Nordic', 'Scandinavia', 'Scandinavian', 'Baltics', 'Baltic states', 'pays nordiques', 'Scandinavie',
    'scandinave', 'scandinaves', 'pays baltes', 'Scandinavië', 'Scandinavische', 'Noordse landen', 'Scandinavisch', 'Baltische staten',
    'DACH', 'Iberian peninsula', 'Iberian Peninsula', 'péninsule Ibérique', 'péninsule ibérique', 'Iberisch schiereiland', 'Balkans', 'Balkan',
  ],
  SEA: ['Southeast Asia', 'South-East Asia', 'South East Asia', 'Asie du Sud-Est', 'Zuidoost-Azië', 'Zuidoost Azië', 'Southeast Asian', 'South-East Asian'],
  LATAM: [
    'Latin America', 'South America', 'Amérique latine', 'Amérique du Sud', 'Latijns-Amerika', 'Zuid-Amerika', 'Latin American',
    'latino-américain', 'latino-américaine', 'latino-américains', 'latino-américaines', 'Latijns-Amerikaanse',
    // South America's adjective is no American one (round 20c): "its first South American data centre".
    'South American', 'sud-américain', 'sud-américaine', 'sud-américains', 'sud-américaines', 'Zuid-Amerikaanse', 'Zuid-Amerikaans', 'Latijns-Amerikaans',
  ],
  GLOBAL: ['worldwide', 'globally', 'global', 'around the world', 'across the world', 'mondial', 'mondiale', 'mondiaux', 'mondiales', 'dans le monde', 'à travers le monde', 'wereldwijd', 'wereldwijde', 'internationaal',
    'around the globe', 'across the globe', 'internationally', 'de par le monde', "à l'international", 'à l’international', 'over de hele wereld', 'in de hele wereld'],
};

/** Written only in capitals; matched case-sensitively so the pronoun "us" is not the US. */
export const ACRONYMS: Record<string, string> = {
  US: 'US', 'U.S.': 'US', USA: 'US', 'U.S.A.': 'US', VS: 'US', UK: 'GB', 'U.K.': 'GB', EU: 'EU', UE: 'EU', DSA: 'EU', DMA: 'EU',
  RU: 'GB', NL: 'NL', UAE: 'AE', EAU: 'AE',
  DGCCRF: 'FR', CNIL: 'FR', ACM: 'NL', CMA: 'GB', FTC: 'US', AGCM: 'IT', NVWA: 'NL',
};

/** Every authority and parliament named above, as written. */
export const AUTHORITY_NAMES: readonly string[] = Object.values(REGULATORS).flat();

/** Acronyms of authorities: they rank as cities do, below a country named in the same clause. */
export const AUTHORITY_ACRONYMS: ReadonlySet<string> = new Set(['DGCCRF', 'CNIL', 'ACM', 'CMA', 'FTC', 'AGCM', 'NVWA']);

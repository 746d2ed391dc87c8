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

export const COUNTRIES: Record<string, Forms> = {
  US: {
    name: ['United States', 'United States of America', 'America', 'North America', 'Etats-Unis', 'États-Unis', 'Etats Unis', 'Amérique du Nord', 'Verenigde Staten', 'Amerika', 'Noord-Amerika'],
    demonym: ['American', 'Americans', ...fr('américain'), 'Amerikaanse', 'Amerikaans', 'Amerikanen'],
    // "Outre-Atlantique" (and "outre-Manche", "outre-Rhin", "outre-Quiévrain" below) is French press for the United States (seen from Europe).
    city: ['Washington', 'New York', 'Seattle', 'Silicon Valley', 'Outre-Atlantique', 'outre-Atlantique', ...REGULATORS.US, ...TOWNS.US!],
  },
  GB: {
    name: ['United Kingdom', 'Britain', 'Great Britain', 'England', 'Royaume-Uni', 'Grande-Bretagne', 'Angleterre', 'Verenigd Koninkrijk', 'Groot-Brittannië', 'Engeland'],
    demonym: ['British', 'Briton', 'Britons', 'britannique', 'britanniques', ...fr('anglais').slice(0, 1), 'anglaise', 'anglaises', 'Britse', 'Brits', 'Engelse', 'Britten'],
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
    demonym: ['French', 'Frenchmen', 'français', 'française', 'françaises', 'Franse', 'Fransen', 'hexagonal', 'hexagonale', 'hexagonaux', 'hexagonales'],
    city: ['Paris', 'Parijs', 'Parijse', 'Lyon', 'Marseille', 'Lille', 'Île-de-France', ...FR_PLACES, ...REGULATORS.FR, ...TOWNS.FR!],
  },
  DE: {
    name: ['Germany', 'Allemagne', 'Duitsland'],
    demonym: ['German', 'Germans', ...fr('allemand'), 'Duitse', 'Duitsers'],
    city: ['Berlin', 'Berlijn', 'Munich', 'München', 'Hamburg', 'Hambourg', 'Frankfurt', 'Francfort', 'Berlijnse', 'Outre-Rhin', 'outre-Rhin', ...DE_PLACES, ...REGULATORS.DE, ...TOWNS.DE!],
  },
  IT: { name: ['Italy', 'Italie', 'Italië', 'Italie'], demonym: ['Italian', 'Italians', 'italien', 'italienne', 'italiens', 'italiennes', 'Italiaanse', 'Italianen'], city: ['Rome', 'Milan', 'Milaan', ...TOWNS.IT!] },
  ES: { name: ['Spain', 'Espagne', 'Spanje'], demonym: ['Spanish', ...fr('espagnol'), 'Spaanse', 'Spanjaarden'], city: ['Madrid', 'Barcelona', 'Barcelone', ...TOWNS.ES!] },
  IE: { name: ['Ireland', 'Irlande', 'Ierland'], demonym: ['Irish', 'irlandais', 'irlandaise', 'irlandaises', 'Ierse'], city: ['Dublin'] },
  PL: { name: ['Poland', 'Pologne', 'Polen'], demonym: ['Polish', 'polonais', 'polonaise', 'polonaises', 'Poolse'], city: ['Warsaw', 'Varsovie', 'Warschau', ...PL_PLACES, ...TOWNS.PL!] },
  PT: { name: ['Portugal'], demonym: ['Portuguese', 'portugais', 'portugaise', 'Portugese'] },
  SE: { name: ['Sweden', 'Suède', 'Zweden'], demonym: ['Swedish', 'suédois', 'suédoise', 'Zweedse'] },
  AT: { name: ['Austria', 'Autriche', 'Oostenrijk'], demonym: ['Austrian', 'autrichien', 'autrichienne', 'Oostenrijkse'] },
  CH: { name: ['Switzerland', 'Suisse', 'Zwitserland'], demonym: ['Swiss', 'suisses', 'Zwitserse'] },
  DK: { name: ['Denmark', 'Danemark', 'Denemarken'], demonym: ['Danish', 'danois', 'danoise', 'Deense'] },
  CZ: { name: ['Czech Republic', 'Czechia', 'République tchèque', 'Tsjechië'] },
  GR: { name: ['Greece', 'Grèce', 'Griekenland'] },
  RO: { name: ['Romania', 'Roumanie', 'Roemenië'] },
  HU: { name: ['Hungary', 'Hongrie', 'Hongarije'] },
  NO: { name: ['Norway', 'Norvège', 'Noorwegen'] },
  FI: { name: ['Finland', 'Finlande'] },
  LU: { name: ['Luxembourg', 'Luxemburg'] },
  CN: {
    name: ['China', 'Chine', 'mainland China', 'Chine continentale'],
    demonym: ['Chinese', 'chinois', 'chinoise', 'chinoises', 'Chinezen'],
    city: ['Beijing', 'Pékin', 'Peking', 'Shanghai', 'Shenzhen', 'Hangzhou', 'Guangzhou'],
  },
  ID: { name: ['Indonesia', 'Indonésie', 'Indonesië'], demonym: ['Indonesian', 'Indonesians', 'indonésien', 'indonésienne', 'indonésiens', 'Indonesische'], city: ['Jakarta', 'Surabaya', 'Bandung'] },
  MY: { name: ['Malaysia', 'Malaisie', 'Maleisië'], demonym: ['Malaysian'], city: ['Kuala Lumpur'] },
  TH: { name: ['Thailand', 'Thaïlande', 'Thailande'], demonym: ['Thai'], city: ['Bangkok'] },
  VN: { name: ['Vietnam', 'Viet Nam', 'Viêt Nam'], demonym: ['Vietnamese', 'vietnamien', 'vietnamienne', 'vietnamiens'], city: ['Hanoi', 'Hanoï', 'Ho Chi Minh City', 'Hô Chi Minh-Ville', 'Ho Chi Minhstad', 'Saigon', 'Saïgon'] },
  PH: { name: ['Philippines', 'Filipijnen'], demonym: ['Filipino'], city: ['Manila', 'Manille'] },
  SG: { name: ['Singapore', 'Singapour'] },
  HK: { name: ['Hong Kong', 'Hongkong'] },
  TW: { name: ['Taiwan', 'Taïwan'] },
  NZ: { name: ['New Zealand', 'Nouvelle-Zélande', 'Nieuw-Zeeland'] },
  IL: { name: ['Israel', 'Israël'] },
  EG: { name: ['Egypt', 'Égypte', 'Egypte'] },
  // Africa, where the Asian platforms opened one country after another (round 17).
  NG: { name: ['Nigeria'], demonym: ['Nigerian', 'Nigerians', 'nigérian', 'nigériane', 'nigérians', 'nigérianes', 'Nigeriaanse'], city: ['Lagos', 'Abuja'] },
  MA: { name: ['Morocco', 'Maroc', 'Marokko'], demonym: ['Moroccan', 'Moroccans', ...fr('marocain'), 'Marokkaanse'], city: ['Casablanca', 'Rabat'] },
  CI: { name: ["Côte d'Ivoire", 'Ivory Coast', 'Ivoorkust'], demonym: ['Ivorian', 'Ivorians', 'ivoirien', 'ivoirienne', 'ivoiriens', 'ivoiriennes', 'Ivoriaanse'], city: ['Abidjan'] },
  SN: { name: ['Senegal', 'Sénégal'], demonym: ['Senegalese', 'sénégalais', 'sénégalaise', 'sénégalaises', 'Senegalese'], city: ['Dakar'] },
  KE: { name: ['Kenya', 'Kenia'], demonym: ['Kenyan', 'kényan', 'kényane', 'Keniaanse'], city: ['Nairobi'] },
  GH: { name: ['Ghana'], demonym: ['Ghanaian', 'ghanéen', 'ghanéenne', 'Ghanese'], city: ['Accra'] },
  CM: { name: ['Cameroon', 'Cameroun', 'Kameroen'], demonym: ['Cameroonian', 'camerounais', 'camerounaise'], city: ['Douala', 'Yaoundé'] },
  DZ: { name: ['Algeria', 'Algérie', 'Algerije'], demonym: ['Algerian', 'algérien', 'algérienne', 'algériens', 'Algerijnse'] },
  TN: { name: ['Tunisia', 'Tunisie', 'Tunesië'], demonym: ['Tunisian', 'tunisien', 'tunisienne', 'Tunesische'] },
  PK: { name: ['Pakistan'] },
  UA: { name: ['Ukraine', 'Oekraïne'] },
  RU: { name: ['Russia', 'Russie', 'Rusland'], demonym: ['Russian', 'russe', 'russes', 'Russische'] },
  SK: { name: ['Slovakia', 'Slovaquie', 'Slowakije'] },
  BG: { name: ['Bulgaria', 'Bulgarie', 'Bulgarije'] },
  HR: { name: ['Croatia', 'Croatie', 'Kroatië'] },
  SI: { name: ['Slovenia', 'Slovénie', 'Slovenië'] },
  LT: { name: ['Lithuania', 'Lituanie', 'Litouwen'] },
  LV: { name: ['Latvia', 'Lettonie', 'Letland'] },
  EE: { name: ['Estonia', 'Estonie', 'Estland'] },
  PE: { name: ['Peru', 'Pérou'] },
  JP: { name: ['Japan', 'Japon'], demonym: ['Japanese', 'japonais', 'japonaise', 'Japanse'], city: ['Tokyo', 'Osaka'] },
  KR: { name: ['South Korea', 'Corée du Sud', 'Zuid-Korea'], demonym: ['South Korean', 'sud-coréen'] },
  IN: { name: ['India', 'Inde'], demonym: ['Indian', 'indien', 'indienne', 'Indiase'], city: ['New Delhi'] },
  AU: { name: ['Australia', 'Australie', 'Australië'], demonym: ['Australian', 'australien', 'australienne', 'Australische'], city: ['Sydney', 'Melbourne', 'Brisbane', 'Canberra'] },
  // Canada's provinces and big cities stand for it ("ferme ses entrepôts au Québec", "layoffs in Ontario").
  CA: {
    name: ['Canada'],
    demonym: ['Canadian', 'Canadians', 'canadien', 'canadienne', 'canadiens', 'canadiennes', 'Canadese', 'Canadezen', 'québécois', 'québécoise', 'québécoises', 'Quebecers'],
    city: ['Québec', 'Quebec', 'Ontario', 'Montréal', 'Montreal', 'Toronto', 'Vancouver', 'Ottawa', 'Alberta', 'Calgary', 'British Columbia', 'Colombie-Britannique', 'Brits-Columbia'],
  },
  MX: { name: ['Mexico', 'Mexique'], demonym: ['Mexican', 'mexicain', 'mexicaine', 'mexicains', 'Mexicaanse'], city: ['Guadalajara', 'Monterrey'] },
  BR: { name: ['Brazil', 'Brésil', 'Brazilië'], demonym: ['Brazilian', 'Brazilians', 'brésilien', 'brésilienne', 'brésiliens', 'brésiliennes', 'Braziliaanse'], city: ['São Paulo', 'Sao Paulo', 'Rio de Janeiro', 'Brasília', 'Brasilia', 'Belo Horizonte'] },
  AR: { name: ['Argentina', 'Argentine', 'Argentinië'] },
  CL: { name: ['Chile', 'Chili'] },
  CO: { name: ['Colombia', 'Colombie'] },
  SA: { name: ['Saudi Arabia', 'Arabie saoudite', 'Saoedi-Arabië'], city: ['Riyadh', 'Riyad'] },
  AE: { name: ['United Arab Emirates', 'Émirats arabes unis', 'Verenigde Arabische Emiraten', 'UAE'], city: ['Dubai', 'Dubaï', 'Abu Dhabi', 'Abou Dabi'] },
  TR: { name: ['Türkiye', 'Turquie', 'Turkije'] },
  ZA: { name: ['South Africa', 'Afrique du Sud', 'Zuid-Afrika'] },
};

export const REGIONS: Record<string, string[]> = {
  EU: [
    'Europe', 'European Union', 'European Commission', 'Digital Services Act', 'Digital Markets Act', 'Union européenne',
    'Commission européenne', 'Europa', 'Europese Unie', 'Europese Commissie', 'European', 'Europeans', 'européen',
    'européenne', 'européens', 'européennes', 'Europese', 'Europees', "l'Union", 'de Unie', 'the bloc', 'Old Continent', 'Vieux Continent',
  ],
  SEA: ['Southeast Asia', 'South-East Asia', 'South East Asia', 'Asie du Sud-Est', 'Zuidoost-Azië', 'Zuidoost Azië', 'Southeast Asian', 'South-East Asian'],
  LATAM: [
    'Latin America', 'South America', 'Amérique latine', 'Amérique du Sud', 'Latijns-Amerika', 'Zuid-Amerika', 'Latin American',
    'latino-américain', 'latino-américaine', 'latino-américains', 'latino-américaines', 'Latijns-Amerikaanse',
  ],
  GLOBAL: ['worldwide', 'globally', 'global', 'around the world', 'across the world', 'mondial', 'mondiale', 'mondiaux', 'mondiales', 'dans le monde', 'à travers le monde', 'wereldwijd', 'wereldwijde', 'internationaal'],
};

/** Written only in capitals; matched case-sensitively so the pronoun "us" is not the US. */
export const ACRONYMS: Record<string, string> = {
  US: 'US', 'U.S.': 'US', USA: 'US', 'U.S.A.': 'US', VS: 'US', UK: 'GB', 'U.K.': 'GB', EU: 'EU', UE: 'EU', DSA: 'EU', DMA: 'EU',
  RU: 'GB', NL: 'NL', UAE: 'AE', EAU: 'AE',
  DGCCRF: 'FR', CNIL: 'FR', ACM: 'NL', CMA: 'GB', FTC: 'US', AGCM: 'IT',
};

/** Every authority and parliament named above, as written. */
export const AUTHORITY_NAMES: readonly string[] = Object.values(REGULATORS).flat();

/** Acronyms of authorities: they rank as cities do, below a country named in the same clause. */
export const AUTHORITY_ACRONYMS: ReadonlySet<string> = new Set(['DGCCRF', 'CNIL', 'ACM', 'CMA', 'FTC', 'AGCM']);

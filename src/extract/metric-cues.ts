import type { Language, MetricName } from '../domain/vocabulary.js';
import { wordsRegex } from './words.js';

/** Cue words per language. Each list is one regex; the matched text says which metric. */

/** Words near a sum of money that say what the money is. `sales` is decided by the business model. */
export type MoneyCue = MetricName | 'sales';
const MONEY: Record<Language, Array<[MoneyCue, string[]]>> = {
  en: [
    ['revenue', ['revenue', 'revenues', 'net sales', 'turnover', 'turned over', 'turns over', 'segment sales', 'net revenue', 'total revenue']],
    ['gmv', ['gross merchandise value', 'gross merchandise volume', 'GMV', 'merchandise volume', 'sales volume', 'volume', 'volumes', 'sold', 'worth of goods', 'worth of products', 'of goods', 'of merchandise', 'of gross merchandise', 'goods worth', 'products worth', 'merchandise worth']],
    // A business that "generated $17 billion" took it in: sales, read by the business model (round 20).
    // So did a reporting segment that "grew 10% to $115 billion".
    ['sales', ['sales', 'sale', 'generated', 'generates', 'generating', 'segment']],
    ['profit', ['profit', 'profits', 'net income', 'operating income', 'operating profit', 'net profit', 'earnings', 'EBITDA', 'earn', 'earns', 'earned']],
    ['valuation', ['valuation', 'valued', 'valuing', 'value it at', 'values it at', 'values', 'is worth', 'was worth', 'is now worth', 'market value', 'market capitalisation', 'market capitalization', 'market cap']],
    // A company committing to spend is investing ("pledged to spend £8 billion in Britain"); what
    // shoppers spend is not, so only the committing forms count.
    ['investment', ['invest', 'invests', 'invested', 'investing', 'investment', 'investments', 'to spend', 'will spend', 'is spending', 'capital expenditure', 'capital expenditures', 'capital spending', 'capex', 'pour', 'pours', 'poured', 'pouring', 'plough', 'ploughs', 'ploughed', 'plow', 'plows', 'plowed', 'earmark', 'earmarks', 'earmarked', 'earmarking', 'commits', 'committed', 'committing']],
    ['fine', ['fine', 'fined', 'fines', 'penalty', 'penalties']],
  ],
  fr: [
    ['revenue', ["chiffre d'affaires", 'chiffre d’affaires', 'revenus', 'recettes']],
    ['gmv', ["volume d'affaires", 'volume d’affaires', 'volume de ventes', 'volume brut de marchandises', 'GMV', 'vendu', 'vendus', 'vendue', 'vendues', 'écoulé', 'écoulés', "marchandises d'une valeur de", 'marchandises d’une valeur de', "produits d'une valeur de", 'produits d’une valeur de']],
    ['sales', ['ventes', 'vente', 'généré', 'génère', 'générait', 'génèrent', 'segment']],
    ['profit', ['bénéfice', 'bénéfices', 'bénéfice net', 'résultat net', 'résultat opérationnel', "résultat d'exploitation", 'résultat d’exploitation', 'Ebitda', "excédent brut d'exploitation", 'excédent brut d’exploitation', 'profit', 'profits', 'gagné', 'gagne', 'gagnent']],
    ['valuation', ['valorisation', 'valorisé', 'valorisée', 'valorisés', 'valorise', 'valoriser', 'valoriserait', 'valoriseraient', 'capitalisation']],
    ['investment', ['investir', 'investit', 'investi', 'investira', 'investiront', 'investirait', 'investiraient', 'investissait', 'investissement', 'investissements', "dépenses d'investissement", 'dépenses d’investissement', 'investissent', 'injecter', 'injecte', 'injecté', 'injectera', 'injecterait', 'consacrer', 'consacre', 'consacrera', 'consacrerait', 'consacré', 'débloque', 'débloquer', 'débloqué', 'débloquera', 'débloquerait', 'débloquent', 'mettre sur la table', 'met sur la table']],
    ['fine', ['amende', 'amendes', 'sanction', 'sanctionné', 'sanctionnée']],
  ],
  nl: [
    ['revenue', ['omzet', 'omzetten', 'inkomsten', 'opbrengst', 'opbrengsten', 'jaaromzet']],
    // "zette voor 33 miljard dollar aan producten om": the worth of the goods sold, as "worth of goods".
    ['gmv', ['GMV', 'verkocht', 'verkochte', 'verkochten', 'verkoopt', 'verkoopvolume', 'handelsvolume', 'bruto handelsvolume', 'aan producten', 'aan goederen', 'aan artikelen', 'aan spullen', 'aan koopwaar', 'goederen ter waarde van', 'producten ter waarde van']],
    // "was goed voor 2,4 miljard pond": amounted to; what the sum is depends on the business, as with sales.
    // The verb "omzetten" (to turn over) is what passed through the till: for a marketplace that is
    // what shoppers spent ("Temu zette 2 miljard om"), as with "verkopen"; the noun "omzet" stays revenue.
    ['sales', ['genereerde', 'genereert', 'gegenereerd', 'segment', 'omzette', 'omgezet', 'verkopen', 'verkoop', 'nettoverkopen', 'nettoverkoop', 'goed voor', 'goed was voor', 'goed is voor', 'goed waren voor', 'goed zijn voor']],
    ['profit', ['winst', 'nettowinst', 'bedrijfsresultaat', 'bedrijfswinst', 'nettoresultaat', 'brutowinst', 'operationeel resultaat', 'EBITDA', 'verdient', 'verdiende', 'verdienden', 'verdiend', 'verdienen']],
    ['valuation', ['waardering', 'gewaardeerd', 'waarderen', 'waardeert', 'waardeerde', 'waardeerden', 'beurswaarde', 'marktwaarde', 'waard']],
    // "wil 250 miljoen euro in Europese logistiek steken": the verb closes the clause after the sum.
    ['investment', ['investeert', 'investeren', 'investering', 'investeringen', 'kapitaaluitgaven', 'investeringsuitgaven', 'geïnvesteerd', 'investeerde', 'steken', 'steekt', 'stak', 'staken', 'gestoken', 'pompen', 'pompt', 'pompte', 'gepompt', 'uitgetrokken', 'uittrekken', 'vrijgemaakt', 'vrijmaken']],
    ['fine', ['boete', 'boetes', 'dwangsom', 'beboet', 'beboette', 'beboetten']],
  ],
};

/** Nouns counted by a plain number ("6 million sellers", "3.000 Belgische kmo's"). */
const COUNT: Record<Language, Array<[MetricName | 'people', string[]]>> = {
  en: [
    ['customers', ['customers', 'customer', 'buyers', 'shoppers', 'clients', 'active customers', 'active buyers', 'members', 'subscribers', 'Prime members', 'paying members', 'customer base', 'membership', 'Prime membership']],
    // "monthly active recipients" is the Digital Services Act's word for an app's users.
    ['users', ['users', 'user', 'MAU', 'MAUs', 'monthly active users', 'visitors', 'monthly visitors', 'recipients', 'active recipients', 'monthly active recipients', 'user base']],
    // Creators (affiliates who promote goods) sell no goods of their own: "30,000 creators hosted livestreams" counts no sellers (round 20c).
    ['sellers', ['sellers', 'merchants', 'vendors', 'third-party sellers', 'suppliers', 'SMEs', 'small businesses', 'businesses', 'traders', 'brands', 'sales partners', 'selling partners', 'seller base', 'merchant base']],
    ['orders', ['orders', 'parcels', 'packages', 'items', 'products', 'deliveries', 'shipments', 'goods sold']],
    ['employees', ['employees', 'staff', 'workers', 'staffers', 'jobs', 'full-time jobs', 'permanent jobs', 'positions', 'workforce', 'headcount', 'seasonal workers', 'seasonal staff', 'seasonal jobs', 'seasonal positions', 'temporary workers', 'temps']],
    // A people counted is people: what they do with the company says what they are ("reaches 170 million Americans").
    ['people', ['people', 'Americans', 'Europeans', 'Britons', 'Germans', 'Spaniards', 'Italians', 'Belgians', 'adults']],
  ],
  fr: [
    ['customers', ['clients', 'client', 'clientes', 'acheteurs', 'acheteuses', 'consommateurs', 'abonnés', 'membres', 'adhérents', 'clientèle', 'base de clients']],
    ['users', ['utilisateurs', 'utilisatrices', 'usagers', 'visiteurs', 'visiteurs uniques', 'destinataires actifs', 'bénéficiaires actifs']],
    ['sellers', ['vendeurs', 'marchands', 'commerçants', 'fournisseurs', 'PME', 'TPE', 'entreprises', 'marques', 'partenaires commerciaux', 'vendeurs tiers', 'partenaires de vente', 'partenaires vendeurs', 'vendeurs partenaires']],
    ['orders', ['commandes', 'colis', 'articles', 'produits', 'envois', 'expéditions', 'livraisons']],
    // Seasonal staff hired for the holidays are staff too: "signer 9 000 contrats saisonniers".
    ['employees', ['salariés', 'employés', 'collaborateurs', 'travailleurs', 'emplois', 'postes', 'CDI', 'embauches', 'effectifs', 'saisonniers', 'contrats saisonniers', 'intérimaires', "créations d'emplois", 'créations d’emplois', 'créations de postes']],
    ['people', ['personnes', 'Français', 'Européens', 'Belges', 'Américains', 'internautes', 'Allemands', 'Britanniques', 'Espagnols', 'Italiens', 'adultes']],
  ],
  nl: [
    ['customers', ['klanten', 'klant', 'kopers', 'shoppers', 'consumenten', 'leden', 'abonnees', 'actieve klanten', 'klantenbestand', 'klantenbasis']],
    ['users', ['gebruikers', 'bezoekers', 'maandelijkse gebruikers', 'actieve afnemers']],
    ['sellers', ['verkopers', 'verkooppartners', 'partnerverkopers', 'marktplaatsverkopers', 'handelaren', 'kmo’s', "kmo's", 'mkb’ers', "mkb'ers", 'leveranciers', 'partners', 'webwinkeliers', 'ondernemers', 'ondernemingen', 'bedrijven', 'merken', 'winkeliers']],
    ['orders', ['bestellingen', 'pakketten', 'pakjes', 'pakketjes', 'zendingen', 'leveringen', 'producten', 'artikelen', 'orders']],
    ['employees', ['werknemers', 'medewerkers', 'personeelsleden', 'mensen in dienst', 'banen', 'arbeidsplaatsen', 'voltijdsbanen', 'vacatures', 'functies', 'personeelsbestand', 'seizoenskrachten', 'uitzendkrachten']],
    ['people', ['mensen', 'Nederlanders', 'Belgen', 'Europeanen', 'Amerikanen', 'Duitsers', 'Fransen', 'Britten', 'Spanjaarden', 'volwassenen']],
  ],
};

// People a company employs, hires or gives work to: "plans to hire 400 people", "recruter 300
// personnes", "moet werk bieden aan 800 mensen".
const EMPLOYS: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:employ|employs|employed|employing|workforce|headcount|hire|hires|hired|hiring|recruit|recruits|recruited|recruiting|jobs? for)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:emploie|emploient|employait|employer|emploiera|effectifs?|embauch\p{L}*|recrut\p{L}*|(?:du |un )?(?:travail|emploi) à)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:in dienst|telt|personeelsbestand|aannemen|aangenomen|werven|werft|geworven|(?:werk|banen|een baan) (?:bieden|geven) aan|werkgelegenheid)(?![\p{L}])/iu,
};

const GROWTH_UP: Record<Language, string[]> = {
  en: ['(?<!(?:made|make|makes|making)\\s+)up(?!\\s+to(?![\\p{L}]))', 'rose', 'rise', 'rises', 'rising', 'risen', 'grew', 'grow', 'grows', 'growing', 'grown', 'growth', 'increase', 'increased', 'increases', 'increasing', 'jump', 'jumps', 'jumped', 'climb', 'climbed', 'climbs', 'soar', 'soared', 'surge', 'surged', 'gain', 'gained', 'higher', 'year-on-year', 'year over year', 'expanded', 'boosted', 'more than doubled', 'leapt', 'leaped', 'rocketed', 'skyrocketed', 'soaring', 'surging', 'soars', 'surges'],
  fr: ['hausse', 'augment\\p{L}*', 'progress\\p{L}*', 'croissance', 'bond\\p{L}*', 'envol\\p{L}*', 'explos\\p{L}*', 'grimp\\p{L}*', 'crû', 'accru', 'accroissement', 'en plus'],
  nl: ['stijg\\p{L}*', '(?:omzet|winst|klanten|verkoop)(?:groei|stijging)', 'gestegen', 'steeg', 'stegen', 'klom', 'klommen', 'geklommen', 'groei\\p{L}*', 'gegroeid', 'toename', 'toegenomen', 'toenam', 'toenamen', 'toeneemt', 'nam toe', 'namen toe', 'neemt toe', 'nemen toe', 'toenemen', 'hoger', 'plus'],
};
const GROWTH_DOWN: Record<Language, string[]> = {
  en: ['down', 'fell', 'fall', 'falls', 'fallen', 'drop', 'dropped', 'decline', 'declined', 'decrease', 'decreased', 'lower', 'shrank', 'slumped', 'slid', 'shrink', 'shrinks', 'shrinking', 'shrunk', 'plunge', 'plunged', 'tumble', 'tumbled', 'sank', 'sink', 'contract', 'contracted', 'slip', 'slips', 'slipped', 'dip', 'dips', 'dipped', 'eased', 'drops', 'declines', 'declining', 'falling', 'dropping'],
  // "a baissé de 52 %", "s'est replié de 3 %", "a fléchi de 2 %" (round 21).
  fr: ['baiss\\p{L}*', 'recul\\p{L}*', 'diminu\\p{L}*', 'chut\\p{L}*', 'en moins', 'dégringol\\p{L}*', 'plong\\p{L}*', 'repli\\p{L}*', 'fléchi\\p{L}*', 'régress\\p{L}*'],
  nl: ['daling', '(?:omzet|winst|verkoop)(?:daling|krimp)', 'gedaald', 'daal\\p{L}*', 'dalen', 'dalend\\p{L}*', 'afname', 'afgenomen', 'afnam', 'afnamen', 'afneemt', 'nam af', 'namen af', 'neemt af', 'nemen af', 'liep terug', 'liepen terug', 'loopt terug', 'teruggelopen', 'lager', 'krimp\\p{L}*', 'kromp', 'minder'],
};
const SHARE: Record<Language, string[]> = {
  en: ['market share', 'that share', 'this share', 'its share', 'share of the market', 'stake of the market', 'share of', 'of the market', 'of all online', 'of online', 'online retail', 'holds', 'held', 'accounts for', 'account for', 'accounted for', 'accounting for', 'captures', 'captured', 'commands', 'share'],
  fr: ['part de marché', 'cette part', 'sa part', 'une part de', 'parts de marché', 'part du marché', 'du marché', 'des ventes en ligne', 'détient', 'détiennent', 'détenait', 'capte', 'captent', 'capté', 'captait'],
  nl: ['marktaandeel', 'dat aandeel', 'dit aandeel', 'een aandeel van', 'zijn aandeel', 'haar aandeel', 'hun aandeel', 'aandeel van de markt', 'van de markt', 'van de online', 'van alle online', 'in handen'],
};
// A share named right after the figure: "5 % des ventes en ligne", "25% of Dutch online retail".
const SHARE_AFTER: Record<Language, string[]> = {
  en: [
    // "of US online clothing sales", "of Southeast Asia's e-commerce gross merchandise value".
    "of (?:the |all )?(?:[\\p{Lu}][\\p{L}]+ )?(?:[\\p{Lu}][\\p{L}]+(?:['’]s)? )?(?:online|e-commerce|ecommerce) (?:[\\p{L}-]+ )?(?:sales|market|spending|purchases|retail|gross merchandise value|GMV)",
    // What shoppers spend in all is the market: "took 1.2% of spending", "of all UK shopping".
    "of (?:the |all )?(?:[\\p{Lu}][\\p{L}]+(?:['’]s)? )?(?:consumer |shopper |household )?(?:spending|purchases|shopping)",
    // "6% of the Dutch online market": a country or a trade may name the market.
    "of the (?:[\\p{L}-]+ ){0,2}market",
    // "a 10% stake of the market": a stake of a market is a share of it, not a shareholding.
    "stake of the (?:[\\p{L}-]+ ){0,2}market",
    'market share',
  ],
  fr: ['des ventes (?:[\\p{L}-]+ ){0,3}?en ligne', "du (?:volume d['’]affaires|GMV) (?:du |de l['’])(?:e-commerce|commerce en ligne)", 'des (?:dépenses|achats) (?:en ligne|des ménages|des consommateurs)', 'du marché', 'du commerce en ligne', "de l['’]e-commerce", 'de parts? de marché'],
  // "5 procent van de Nederlandse online non-foodmarkt": a market's compound may hold a hyphen (round 16).
  nl: ['van de (?:[\\p{L}-]+ ){0,2}?(?:online ?)?[\\p{L}-]*markt', 'van de (?:[\\p{L}]+ )?(?:online ?)?(?:bestedingen|uitgaven|aankopen)', 'van de online', 'van alle online', 'marktaandeel', 'van de webwinkelverkopen', 'van de (?:[\\p{L}-]+ )?online ?\\p{L}*(?:verkoop|verkopen|handel)'],
};
// A percentage that is a stake or a discount is not growth; nor is how far a figure missed or beat
// what analysts expected ("2% below consensus", "3 % au-dessus des attentes", "4 procent onder de
// verwachtingen"): that is a miss, not a change of the business.
const EXPECTED_EN = '(?:the )?(?:analysts[\'’] )?(?:consensus|expectations|estimates|forecasts?|guidance|projections)';
const EXPECTED_FR = "(?:des|du|de l['’]|aux|au) ?(?:attentes|consensus|prévisions|estimations|objectifs?)";
const EXPECTED_NL = '(?:de |het )?(?:verwachtingen|verwachting|consensus|prognoses?|ramingen|raming|analistenverwachtingen)';
const NOT_GROWTH: Record<Language, string[]> = {
  // "11% were in fact price rises": a percentage that is the subject of a plural verb counts
  // members of a group ("11 % étaient", "11 procent waren"), it is no change.
  // "against 8% growth for the market as a whole": the change is the market's, not the company's.
  en: ['stake', 'stakes', 'shareholding', 'off', 'discount', 'discounts', 'owned', 'were', 'are', '(?:growth|rise|increase) (?:for|of|in) (?:the )?(?:[\\p{L}-]+ ){0,2}?(?:market|sector|industry)', 'of shoppers', 'of consumers', 'of respondents', 'of its', 'of the', `(?:below|above|short of|shy of|ahead of|under|over) ${EXPECTED_EN}`, '(?:higher|lower|more|less) than (?:expected|forecast|analysts expected)'],
  fr: ['participation', 'du capital', 'étaient', 'sont', "de (?:croissance|hausse) (?:pour|du|de) (?:le |l['’])?(?:[\\p{L}-]+ ){0,2}?(?:marché|secteur)", 'de réduction', 'de remise', 'des consommateurs', 'des Français', 'des acheteurs', 'des', `(?:en dessous|en deçà|au-dessus|au dessus|inférieure?s?|supérieure?s?) ${EXPECTED_FR}`, '(?:de plus|de moins) (?:que|qu[\'’]) (?:prévu|attendu)'],
  nl: ['belang', 'aandelen', 'korting', 'waren', 'groei (?:voor|van|in) (?:de|het) (?:[\\p{L}-]+ ){0,2}?\\p{L}*(?:markt|sector|branche)', 'van de consumenten', 'van de Nederlanders', 'van de', 'van alle', `(?:onder|boven) ${EXPECTED_NL}`, '(?:hoger|lager|meer|minder) dan (?:verwacht|voorspeld|geraamd)'],
};

const build = <K extends string>(lists: Array<[K, string[]]>): { re: RegExp; map: Map<string, K> } => {
  const map = new Map<string, K>();
  for (const [k, words] of lists) for (const w of words) map.set(w.toLowerCase().replace(/’/g, "'"), k);
  return { re: wordsRegex(lists.flatMap(([, w]) => w), 'giu'), map };
};
const perLanguage = <T>(fn: (l: Language) => T): Record<Language, T> => ({ en: fn('en'), fr: fn('fr'), nl: fn('nl') });

export const MONEY_CUES = perLanguage((l) => build(MONEY[l]));
export const COUNT_CUES = perLanguage((l) => build(COUNT[l]));
export const EMPLOY_VERBS = EMPLOYS;
// Raw so French stems can take any ending (progresser, progressé, progressent).
export const GROWTH_UP_RE = perLanguage((l) => wordsRegex(GROWTH_UP[l].map((w) => w.replace(/ /g, '\\s+')), 'giu', true));
export const GROWTH_DOWN_RE = perLanguage((l) => wordsRegex(GROWTH_DOWN[l].map((w) => w.replace(/ /g, '\\s+')), 'giu', true));
export const SHARE_RE = perLanguage((l) => wordsRegex(SHARE[l], 'iu'));
/** The share cues, every one of them in a text (share-cue-owner.ts). */
export const SHARE_ALL_RE = perLanguage((l) => wordsRegex(SHARE[l], 'giu'));
export const SHARE_AFTER_RE = perLanguage((l) => new RegExp(`^[\\s\\u00A0]*(?:${SHARE_AFTER[l].join('|')})(?![\\p{L}])`, 'iu'));
// A country's trade may name the market: "of US fast-fashion sales", "of Brazilian e-commerce".
// Case-sensitive and told by a people's adjective ("Brazilian", "Dutch", "US"), so that "of her
// sales" or "of Temu sales" (a portion of one's own) is not read.
export const SHARE_OF_NAMED_EN = /^[\s\u00A0]*of (?:all )?(?:[A-Z]{2}|[A-Z]\p{Ll}+(?:an|ish|ese|ch|ic|i)) (?:[\p{Ll}-]+ )?(?:e-commerce|ecommerce|online retail|online shopping|sales|spending)(?![\p{L}'’])/u;
// A portion of people is neither a share nor a change: "28 procent van de online shoppers
// bestelde bij Temu", "40% of online shoppers", "12 % des cyberacheteurs".
export const PEOPLE_PORTION_RE = /^[\s\u00A0]*(?:of|van|des|de|d['’])[\s\u00A0]+(?:(?:the|all|de|alle|les)[\s\u00A0]+)?(?:[\p{L}-]+[\s\u00A0]+)?(?:shoppers|consumers|buyers|respondents|households|people|adults|consumenten|kopers|huishoudens|Nederlanders|Belgen|respondenten|ondervraagden|consommateurs|acheteurs|cyberacheteurs|internautes|ménages|Français|Belges|répondants|sondés)(?![\p{L}])/iu;
export const NOT_GROWTH_RE = perLanguage((l) => new RegExp(`^[\\s\\u00A0]*(?:${NOT_GROWTH[l].join('|')})(?![\\p{L}])`, 'iu'));

import type { Language, MetricName } from '../domain/vocabulary.js';
import { wordsRegex } from './words.js';

/** Cue words per language. Each list is one regex; the matched text says which metric. */

/** Words near a sum of money that say what the money is. `sales` is decided by the business model. */
export type MoneyCue = MetricName | 'sales';
const MONEY: Record<Language, Array<[MoneyCue, string[]]>> = {
  en: [
    ['revenue', ['revenue', 'revenues', 'net sales', 'turnover', 'segment sales', 'net revenue', 'total revenue']],
    ['gmv', ['gross merchandise value', 'gross merchandise volume', 'GMV', 'merchandise volume', 'sales volume', 'sold', 'worth of goods', 'worth of products']],
    ['sales', ['sales', 'sale']],
    ['profit', ['profit', 'profits', 'net income', 'operating income', 'operating profit', 'net profit', 'earnings', 'EBITDA']],
    ['valuation', ['valuation', 'valued', 'valuing', 'market value', 'market capitalisation', 'market capitalization', 'market cap']],
    ['investment', ['invest', 'invests', 'invested', 'investing', 'investment', 'investments']],
    ['fine', ['fine', 'fined', 'fines', 'penalty', 'penalties']],
  ],
  fr: [
    ['revenue', ["chiffre d'affaires", 'chiffre d’affaires', 'revenus', 'recettes']],
    ['gmv', ["volume d'affaires", 'volume d’affaires', 'volume de ventes', 'volume brut de marchandises', 'GMV', 'vendu', 'vendus', 'écoulé', 'écoulés']],
    ['sales', ['ventes', 'vente']],
    ['profit', ['bénéfice', 'bénéfices', 'bénéfice net', 'résultat net', 'résultat opérationnel', 'profit', 'profits']],
    ['valuation', ['valorisation', 'valorisé', 'valorisée', 'valorisés', 'valorise', 'capitalisation']],
    ['investment', ['investir', 'investit', 'investi', 'investira', 'investissement', 'investissements', 'investissent']],
    ['fine', ['amende', 'amendes', 'sanction', 'sanctionné', 'sanctionnée']],
  ],
  nl: [
    ['revenue', ['omzet', 'omzetten', 'inkomsten', 'opbrengst', 'opbrengsten', 'jaaromzet']],
    ['gmv', ['GMV', 'verkocht', 'verkochte', 'verkoopvolume', 'handelsvolume', 'bruto handelsvolume']],
    ['sales', ['verkopen', 'verkoop']],
    ['profit', ['winst', 'nettowinst', 'bedrijfsresultaat', 'bedrijfswinst', 'nettoresultaat', 'brutowinst']],
    ['valuation', ['waardering', 'gewaardeerd', 'beurswaarde', 'marktwaarde', 'waard']],
    ['investment', ['investeert', 'investeren', 'investering', 'investeringen', 'geïnvesteerd', 'investeerde']],
    ['fine', ['boete', 'boetes', 'dwangsom']],
  ],
};

/** Nouns counted by a plain number ("6 million sellers", "3.000 Belgische kmo's"). */
const COUNT: Record<Language, Array<[MetricName | 'people', string[]]>> = {
  en: [
    ['customers', ['customers', 'customer', 'buyers', 'shoppers', 'clients', 'active customers', 'active buyers']],
    ['users', ['users', 'user', 'MAU', 'MAUs', 'monthly active users', 'members', 'subscribers']],
    ['sellers', ['sellers', 'merchants', 'vendors', 'third-party sellers', 'suppliers', 'SMEs', 'small businesses', 'sales partners', 'selling partners', 'creators']],
    ['orders', ['orders', 'parcels', 'packages', 'items', 'products', 'deliveries']],
    ['employees', ['employees', 'staff', 'workers', 'staffers']],
    ['people', ['people']],
  ],
  fr: [
    ['customers', ['clients', 'client', 'clientes', 'acheteurs', 'acheteuses', 'consommateurs']],
    ['users', ['utilisateurs', 'utilisatrices', 'usagers', 'abonnés', 'membres']],
    ['sellers', ['vendeurs', 'marchands', 'commerçants', 'fournisseurs', 'PME', 'partenaires commerciaux', 'vendeurs tiers']],
    ['orders', ['commandes', 'colis', 'articles', 'produits']],
    ['employees', ['salariés', 'employés', 'collaborateurs', 'travailleurs']],
    ['people', ['personnes']],
  ],
  nl: [
    ['customers', ['klanten', 'klant', 'kopers', 'shoppers', 'consumenten']],
    ['users', ['gebruikers', 'leden', 'abonnees']],
    ['sellers', ['verkopers', 'verkooppartners', 'handelaren', 'kmo’s', "kmo's", 'mkb’ers', "mkb'ers", 'leveranciers', 'partners', 'webwinkeliers']],
    ['orders', ['bestellingen', 'pakketten', 'pakjes', 'producten', 'artikelen', 'orders']],
    ['employees', ['werknemers', 'medewerkers', 'personeelsleden', 'mensen in dienst']],
    ['people', ['mensen']],
  ],
};

const EMPLOYS: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:employ|employs|employed|employing|workforce|headcount)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:emploie|emploient|employait|effectifs?)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:in dienst|telt|personeelsbestand)(?![\p{L}])/iu,
};

const GROWTH_UP: Record<Language, string[]> = {
  en: ['up', 'rose', 'rise', 'rises', 'rising', 'risen', 'grew', 'grow', 'grows', 'growing', 'grown', 'growth', 'increase', 'increased', 'increases', 'increasing', 'jump', 'jumped', 'climb', 'climbed', 'climbs', 'soared', 'surged', 'gain', 'gained', 'higher', 'year-on-year', 'year over year', 'expanded', 'boosted'],
  fr: ['hausse', 'augmentation', 'augmenté', 'augmentée', 'augmente', 'progression', 'progressé', 'progresse', 'croissance', 'bond', 'bondi', 'grimpé', 'grimpe', 'crû', 'accru', 'accroissement'],
  nl: ['stijging', 'gestegen', 'steeg', 'stijgt', 'groei', 'groeide', 'groeit', 'gegroeid', 'toename', 'toegenomen', 'nam toe', 'hoger', 'plus'],
};
const GROWTH_DOWN: Record<Language, string[]> = {
  en: ['down', 'fell', 'fall', 'falls', 'fallen', 'drop', 'dropped', 'decline', 'declined', 'decrease', 'decreased', 'lower', 'shrank', 'slumped', 'slid'],
  fr: ['baisse', 'recul', 'reculé', 'recule', 'diminution', 'diminué', 'chute', 'chuté'],
  nl: ['daling', 'gedaald', 'daalde', 'daalt', 'afname', 'afgenomen', 'lager', 'krimp', 'kromp', 'minder'],
};
const SHARE: Record<Language, string[]> = {
  en: ['market share', 'share of the market', 'share of'],
  fr: ['part de marché', 'parts de marché', 'part du marché'],
  nl: ['marktaandeel', 'aandeel van de markt'],
};
// A percentage that is a stake or a discount is not growth.
const NOT_GROWTH: Record<Language, string[]> = {
  en: ['stake', 'stakes', 'shareholding', 'off', 'discount', 'discounts', 'owned', 'of shoppers', 'of consumers', 'of respondents', 'of its', 'of the'],
  fr: ['participation', 'du capital', 'de réduction', 'de remise', 'des consommateurs', 'des Français', 'des acheteurs', 'des'],
  nl: ['belang', 'aandelen', 'korting', 'van de consumenten', 'van de Nederlanders', 'van de', 'van alle'],
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
export const GROWTH_UP_RE = perLanguage((l) => wordsRegex(GROWTH_UP[l], 'giu'));
export const GROWTH_DOWN_RE = perLanguage((l) => wordsRegex(GROWTH_DOWN[l], 'giu'));
export const SHARE_RE = perLanguage((l) => wordsRegex(SHARE[l], 'iu'));
export const NOT_GROWTH_RE = perLanguage((l) => new RegExp(`^[\\s\\u00A0]*(?:${NOT_GROWTH[l].join('|')})(?![\\p{L}])`, 'iu'));

/**
 * Companies no list can name in advance, found by how the sentence speaks of them: a class noun
 * before a name ("rival marketplace Noon", "l'enseigne Boulanger", "webwinkel Coolblue"), a legal
 * or corporate suffix after one ("JD Logistics", "Sea Ltd"), or a name owning a business figure
 * ("Jumia's revenue", "les ventes de Cdiscount", "de omzet van Coolblue"). Tracked names found
 * first win where spans overlap, so "the platform Temu" stays Temu.
 */

// A capitalised word, optionally a web domain; up to three make a name ("Fashion Nova", "Sea Ltd").
const TOKEN = "\\p{Lu}[\\p{L}\\p{N}&'’-]*(?:\\.(?:com|nl|fr|be|de|co\\.uk))?";
const NAME = `(${TOKEN}(?:[ \\u00A0]${TOKEN}){0,2})`;

// Class nouns that name a separate business. Not "brand", "app" or "store": a company's own
// products are named that way ("its discount app Haul").
const CLASS =
  '(?:rival|rivals|competitor|competitors|retailer|retailers|e-tailer|marketplace|chain|group|company|firm|start-?up|giant|operator|carrier|supermarket|department store|web ?shop|online shop|conglomerate|concurrent|concurrenten|rivaal|webwinkel|webshop|winkelketen|keten|supermarkt|warenhuis|bedrijf|concern|retailer|enseigne|distributeur|détaillant|cybermarchand|e-commerçant|groupe|géant|chaîne|société|entreprise|start-up|jeune pousse|concurrente?s?|rivale?s?)';
const POSSESSIVE = '(?:its|their|his|her|our|son|sa|ses|leur|leurs|notre|nos|zijn|haar|hun|ons|onze)';
const CLASS_BEFORE = new RegExp(`(?<![\\p{L}])(?<!${POSSESSIVE}\\s(?:[\\p{L}-]+\\s)?)${CLASS}\\s+(?:(?:de|du|van)\\s+)?${NAME}`, 'gu');
const CLASS_GATE = new RegExp(`(?<![\\p{L}])${CLASS}\\s+(?:(?:de|du|van)\\s+)?\\p{Lu}`, 'u');

const SUFFIX = new RegExp(
  `${NAME}[ \\u00A0](?:Inc|Ltd|Limited|Group|Holdings?|Logistics|Corp|Corporation|plc|PLC|SA|S\\.A\\.|NV|N\\.V\\.|BV|B\\.V\\.|AG|SE|GmbH|SAS|Technologies|Ventures|Capital)(?![\\p{L}\\p{N}])`,
  'gu',
);
const SUFFIX_GATE =
  /[ \u00A0](?:Inc|Ltd|Limited|Group|Holdings?|Logistics|Corp|Corporation|plc|PLC|SA|S\.A\.|NV|N\.V\.|BV|B\.V\.|AG|SE|GmbH|SAS|Technologies|Ventures|Capital)(?![\p{L}\p{N}])/u;

// A business figure owned by a name: "Jumia's revenue", "Coolblue's omzet", and the other way
// round, "the sales of Kaufland", "le chiffre d'affaires de Cdiscount", "de omzet van Coolblue".
const FIGURE_NOUN =
  "(?:sales|revenue|revenues|turnover|profit|profits|net income|earnings|orders|customers|users|sellers|merchants|GMV|valuation|market share|growth|ventes|chiffre d['’]affaires|bénéfices?|résultats?|clients|utilisateurs|vendeurs|commandes|valorisation|part de marché|croissance|omzet|winst|klanten|gebruikers|verkopers|bestellingen|waardering|marktaandeel|groei)";
const OWNER_BEFORE = new RegExp(`${NAME}(?:['’]s?|,\\s+(?:whose|dont (?:les?|la|l['’])|wiens|waarvan de))\\s*(?:[\\p{L}-]+\\s+)?${FIGURE_NOUN}(?![\\p{L}])`, 'gu');
const OWNER_AFTER = new RegExp(`(?<![\\p{L}])${FIGURE_NOUN}\\s+(?:of|at|de|d['’]|van|bij)\\s*${NAME}`, 'gu');
const OWNER_GATE = /\p{L}['’]s?\s|(?:of|at|de|d['’]|van|bij)\s*\p{Lu}|,\s+(?:whose|dont|wiens|waarvan)\s/u;

// Capitalised words that are no company: articles and pronouns opening a sentence, titles, days,
// months, holidays and shopping days, and the names of rules.
const NOT_A_NAME = new Set(
  [
    'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'they', 'their', 'he', 'she', 'we', 'our', 'in', 'on', 'at', 'for', 'and', 'but', 'as',
    'le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'ce', 'cette', 'ces', 'il', 'elle', 'ils', 'elles', 'son', 'sa', 'ses', 'leur', 'en', 'et',
    'het', 'een', 'dit', 'dat', 'deze', 'die', 'zij', 'hij', 'ze', 'zijn', 'haar', 'hun', 'in', 'op', 'bij', 'van', 'en', 'maar',
    'ceo', 'cfo', 'chief', 'president', 'chairman', 'founder', 'boss', 'mr', 'mrs', 'ms', 'dr', 'pdg', 'm', 'mme', 'dhr', 'mevr', 'topman', 'topvrouw',
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
    'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag',
    'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
    'black', 'cyber', 'singles', 'prime', 'christmas', 'easter', 'noël', 'pâques', 'kerst', 'kerstmis', 'pasen', 'sinterklaas', 'digital', 'dsa', 'dma',
    'q1', 'q2', 'q3', 'q4', 'h1', 'h2', 'gmv', 'ipo', 'eu', 'us', 'uk', 'usa', 'ue', 'vs', 'nl', 'be', 'fr',
  ],
);

/** [start, end) spans of names the sentence itself marks as companies. */
export function unnamedCompanies(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const take = (m: RegExpExecArray): void => {
    const name = m[1]!;
    const first = name.split(/[ \u00A0'’]/u)[0]!.toLowerCase();
    if (NOT_A_NAME.has(first)) return;
    const start = m.index + m[0].indexOf(name);
    out.push([start, start + name.length]);
  };
  const scan = (re: RegExp): void => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) take(m);
  };
  if (CLASS_GATE.test(text)) scan(CLASS_BEFORE);
  if (SUFFIX_GATE.test(text)) scan(SUFFIX);
  if (OWNER_GATE.test(text)) {
    scan(OWNER_BEFORE);
    scan(OWNER_AFTER);
  }
  return out;
}

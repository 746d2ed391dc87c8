import { COUNTRIES } from './market-names.js';
import { declareGate } from './gates.js';
import { isOpeningAdverb } from './opening-adverb.js';

/**
 * Companies we do not track, found at the capitalised words of a sentence: by name (a list
 * indexed by first letter, so a sentence costs one short sticky match per capitalised word), or,
 * for companies no list can name in advance, by how the sentence speaks of them: a class noun
 * before a name ("rival marketplace Noon", "l'enseigne Boulanger", "webwinkel Coolblue"), a legal
 * or corporate suffix after one ("JD Logistics", "Sea Ltd"), or a name owning a business figure
 * ("Jumia's revenue", "Tesco, whose online sales", "les ventes de Cdiscount", "de omzet van
 * Coolblue"). Tracked names found first win where spans overlap, so "the platform Temu" stays Temu.
 */

// A capitalised word, optionally a web domain; up to three make a name ("Fashion Nova", "Sea Ltd").
const TOKEN = "\\p{Lu}[\\p{L}\\p{N}&'’-]*(?:\\.(?:com|nl|fr|be|de|co\\.uk))?";
const NAME = `${TOKEN}(?:[ \\u00A0]${TOKEN}){0,2}`;
const NAME_AT = new RegExp(NAME, 'uy');
// Word-initial capitals (Latin script): a name starts at one.
// Latin capitals, A-Z and À-Þ (but ×).
const isCapital = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 192 && code <= 222 && code !== 215);
// The same capitals as a class: the regex engine finds the next one faster than a loop over
// every character does.
const CAPITAL = /[A-Z\u00C0-\u00D6\u00D8-\u00DE]/g;
function nextCapital(text: string, from: number): number {
  CAPITAL.lastIndex = from;
  return CAPITAL.test(text) ? CAPITAL.lastIndex - 1 : -1;
}
// Letters, digits and "&" as in "H&M".
const isNameChar = (code: number): boolean => code === 38 || isWordChar(code);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

// Class nouns that name a separate business. Not "brand", "app" or "store": a company's own
// products are named that way ("its discount app Haul").
const CLASS =
  '(?:rival|rivals|competitor|competitors|retailer|retailers|e-tailer|marketplace|chain|group|company|firm|start-?up|giant|operator|carrier|supermarket|department store|web ?shop|online shop|conglomerate|concurrent|concurrenten|rivaal|webwinkel|webshop|winkelketen|keten|supermarkt|warenhuis|bedrijf|concern|enseigne|distributeur|détaillant|cybermarchand|e-commerçant|groupe|géant|chaîne|société|entreprise|start-up|jeune pousse|concurrente?s?|rivale?s?)';
const POSSESSIVE = '(?:its|their|his|her|our|son|sa|ses|leur|leurs|notre|nos|zijn|haar|hun|ons|onze)';
// An ASCII letter before is ruled out first: the same matches, fewer steps on a two-byte text (NOT_AFTER_WORD, words.ts).
const CLASS_BEFORE = new RegExp(`(?<![a-zA-Z])(?<![\\p{L}])(?<!${POSSESSIVE}\\s(?:[\\p{L}-]+\\s)?)${CLASS}\\s+(?:(?:de|du|van)\\s+)?$`, 'iu');
// The last word before a name, checked by hand first: only a class noun, a preposition after a
// figure noun or "de/du/van" after a class noun can start one of the patterns above.
const LEADS = new Set([
  'rival', 'rivals', 'competitor', 'competitors', 'retailer', 'retailers', 'e-tailer', 'marketplace', 'chain', 'group', 'company', 'firm', 'startup',
  'start-up', 'up', 'giant', 'operator', 'carrier', 'supermarket', 'store', 'shop', 'webshop', 'conglomerate', 'concurrent', 'concurrente', 'concurrents',
  'concurrentes', 'concurrenten', 'rivaal', 'rivale', 'rivales', 'webwinkel', 'winkelketen', 'keten', 'supermarkt', 'warenhuis', 'bedrijf', 'concern',
  'enseigne', 'distributeur', 'détaillant', 'cybermarchand', 'e-commerçant', 'commerçant', 'groupe', 'géant', 'chaîne', 'société', 'entreprise', 'pousse',
  'of', 'at', 'de', "d'", 'd’', 'van', 'bij', 'du',
]);
function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return LETTER_OR_DIGIT.test(String.fromCharCode(code));
}
// Each lead word's first character (lower case) and length, as one number: the last word before
// most capitalised words is none, told without copying it and hashing the copy.
const leadKey = (firstCode: number, length: number): number => firstCode * 16 + length;
const LEAD_KEYS: ReadonlySet<number> = new Set([...LEADS].map((w) => leadKey(w.charCodeAt(0), w.length)));
// The last word before `at` when it may be a lead word (lower-cased, it may be one of LEADS), else ''.
function lastWord(text: string, at: number): string {
  if (at < 3) return '';
  let end = at;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\u00A0')) end--;
  let start = end;
  // "d'" is a word of its own before a name: "le chiffre d'affaires d'Otto".
  if (start > 0 && (text[start - 1] === "'" || text[start - 1] === '’') && end === at) start--;
  while (start > 0 && end - start < 14 && isWordChar(text.charCodeAt(start - 1))) start--;
  // Class nouns are written in lower case before a name; a longer run is no lead word.
  if (end - start >= 14 || end === start) return '';
  const first = text.charCodeAt(start);
  return LEAD_KEYS.has(leadKey(isCapital(first) ? first + 32 : first, end - start)) ? text.slice(start, end) : '';
}

// A firm that measures the market is where a figure comes from, never its subject: "analysts at
// research firm Momentum estimate the feature processed $1bn", "data firm Metric".
const SOURCE_BEFORE = /(?<![\p{L}])(?:research|data|analytics|consulting|consultancy|market[- ]research|polling|advisory)\s+(?:firm|company|group)\s+$/iu;

// A name a class noun describes right after it, between commas: "Noon, its main local rival,",
// "Kaufland, le distributeur allemand,", "Coolblue, de grootste concurrent,"; French and Dutch
// appositions may drop the article: "Woolworths, premier distributeur du pays,", "Cdiscount,
// principal rival français d'Amazon," (round 14).
// Without an article, one word at most before the class noun, and no relative pronoun or
// conjunction: "Thomas Reiner, who joined the company" describes no company.
const BARE_APPOSITION = "(?!(?:who|whom|whose|which|that|and|or|qui|que|dont|où|et|ou|die|dat|wie|waar|waarvan|en|of)(?![\\p{L}]))(?:[\\p{L}-]+\\s+)?";
// The class noun must describe the name, not be the verb of a relative clause: "Advertising, a
// business that now rivals the largest media companies," names no company (round 20).
const NOT_RELATIVE = "(?!(?:that|which|who|whose|qui|que|dont|die|dat|waar|wat)(?![\\p{L}]))";
const APPOSED = new RegExp(
  `(${NAME}),\\s+(?:(?:its|their|the|a|an|le|la|son|sa|leur|un|une|de|het|een|zijn|haar|hun)\\s+(?:${NOT_RELATIVE}[\\p{L}-]+\\s+){0,3}?|${BARE_APPOSITION})${CLASS}(?![\\p{L}])`,
  'uy',
);
// A name told as owned by someone is a company: "X, owned by Elon Musk,", "Vinted, détenue par
// des fonds,", "Marktplaats, eigendom van Adevinta," (round 15).
const OWNED = new RegExp(
  `(${NAME}),\\s+(?:(?:which is |now |since \\d{4} )?(?:owned by|a subsidiary of|a unit of|part of)|(?:désormais )?(?:détenue? par|propriété de|filiale de)|(?:sinds \\d{4} )?(?:eigendom van|onderdeel van|dochter(?:bedrijf)? van))(?![\\p{L}])`,
  'uy',
);
const SAID_AFTER = /^\s+(?:said|says|told|added|announced|a\s+(?:indiqué|déclaré|annoncé|précisé|expliqué|affirmé)|indique|précise|explique|affirme|annonce|zei|zegt|meldt|meldde|liet\s+weten|laat\s+weten)(?![\p{L}])/iu;
const OWNED_GATE = /,\s+(?:which is |now |since \d{4} |désormais |sinds \d{4} )?(?:owned|a subsidiary|a unit|part of|détenue?|propriété|filiale|eigendom|onderdeel|dochter)/u;
declareGate('company names: owned', OWNED, OWNED_GATE);
const PLACE_OPENING = /^\s*(?:In|En|Au|Aux|Dans|In het|Op|Across|Outside|Buiten|Hors)\s+$/u;
// Checked once per text: a comma then a determiner or a class noun, before any name is tried.
// Not "l'": "D'après Kantar, l'enseigne pèserait…" opens a clause more often than it describes a name.
const APPOSED_GATE = /,\s+(?:its|their|the|a|an|le|la|son|sa|leur|un|une|de|het|een|zijn|haar|hun)(?![\p{L}])/iu;
// Without an article, a class noun one word after the comma at most (BARE_APPOSITION).
const BARE_APPOSED_GATE = new RegExp(`,\\s+(?:[\\p{L}-]+\\s+)?${CLASS}(?![\\p{L}])`, 'iu');
const appositionGate = (text: string): boolean => APPOSED_GATE.test(text) || (text.includes(',') && BARE_APPOSED_GATE.test(text));

const SUFFIXES = 'Inc|Ltd|Limited|Group|Holdings?|Logistics|Corp|Corporation|plc|PLC|SA|S\\.A\\.|NV|N\\.V\\.|BV|B\\.V\\.|AG|SE|GmbH|SAS|Technologies|Ventures|Capital';
const WITH_SUFFIX = new RegExp(`${TOKEN}(?:[ \\u00A0]${TOKEN}){0,1}?[ \\u00A0](?:${SUFFIXES})(?![\\p{L}\\p{N}])`, 'uy');
const SUFFIX_GATE = new RegExp(`[ \\u00A0](?:${SUFFIXES})(?![\\p{L}\\p{N}])`, 'u');
// A name told as the employer of a named boss is a company (round 16): "Salesforce chief Marc
// Benioff said...", "Zalando-topman Robert Gentz", "Coolblue-oprichter Pieter Zwart". A word
// describing the boss ("Former chief...", "New CEO...") is no name.
const BOSS_AFTER =
  /(?!(?:Former|New|Acting|Interim|Deputy|Ex|Then|Its|Their|Oud|Voormalig|Nieuwe?)(?![\p{L}]))(\p{Lu}[\p{L}\p{N}&]*)(?:[ \u00A0](?:chief executive|chief|boss|CEO|founder|co-founder|chairman)|-(?:topman|topvrouw|baas|oprichter|ceo|CEO|directeur))[ \u00A0]\p{Lu}/uy;
// The title's word with what joins it to the name before it: a space or a hyphen is far rarer in a
// text than the title words' first letters, so most places are passed over sooner.
const BOSS_GATE = /[ \u00A0](?:chief|boss|CEO|founder|co-founder|chairman)|-(?:topman|topvrouw|baas|oprichter|ceo|CEO|directeur)/u;
declareGate('company names: boss after', BOSS_AFTER, BOSS_GATE);

// A business figure owned by a name: "Jumia's revenue", "Coolblue's omzet", "Tesco, whose online
// sales", and the other way round, "the sales of Kaufland", "le chiffre d'affaires de Cdiscount".
const FIGURE_NOUN =
  "(?:sales|revenue|revenues|turnover|profit|profits|net income|earnings|orders|customers|users|sellers|merchants|GMV|valuation|market share|growth|ventes|chiffre d['’]affaires|bénéfices?|résultats?|clients|utilisateurs|vendeurs|commandes|valorisation|part de marché|croissance|omzet|winst|klanten|gebruikers|verkopers|bestellingen|waardering|marktaandeel|groei)";
const OWNER_BEFORE = new RegExp(
  `(${NAME})(?:['’]s\\s+|,\\s+(?:whose|dont (?:les?|la|l['’])|wiens|waarvan de)\\s*)(?:[\\p{L}-]+\\s+)?${FIGURE_NOUN}(?![\\p{L}])`,
  'uy',
);
const OWNER_BEFORE_GATE = /['’]s\s|,\s+(?:whose|dont|wiens|waarvan)/u;
declareGate('company names: with suffix', WITH_SUFFIX, SUFFIX_GATE);
declareGate('company names: owner before', OWNER_BEFORE, OWNER_BEFORE_GATE);
declareGate('company names: apposed', APPOSED, appositionGate);
const OWNER_AFTER = new RegExp(`(?<![\\p{L}])${FIGURE_NOUN}\\s+(?:of|at|de|d['’]|van|bij)\\s*$`, 'iu');

// Capitalised words that are no company: articles and pronouns opening a sentence, titles, days,
// months, holidays and shopping days, and the names of rules.
const NOT_A_NAME = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'they', 'their', 'he', 'she', 'we', 'our', 'in', 'on', 'at', 'for', 'and', 'but', 'as',
  'le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'ce', 'cette', 'ces', 'il', 'elle', 'ils', 'elles', 'son', 'sa', 'ses', 'leur', 'en', 'et',
  'het', 'een', 'dit', 'dat', 'deze', 'die', 'zij', 'hij', 'ze', 'zijn', 'haar', 'hun', 'op', 'bij', 'van', 'maar',
  'ceo', 'cfo', 'chief', 'president', 'chairman', 'founder', 'boss', 'mr', 'mrs', 'ms', 'dr', 'pdg', 'm', 'mme', 'dhr', 'mevr', 'topman', 'topvrouw',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'black', 'cyber', 'singles', 'prime', 'christmas', 'easter', 'noël', 'pâques', 'kerst', 'kerstmis', 'pasen', 'sinterklaas', 'digital', 'dsa', 'dma',
  'q1', 'q2', 'q3', 'q4', 'h1', 'h2', 'gmv', 'ipo', 'eu', 'us', 'uk', 'usa', 'ue', 'vs', 'nl', 'be', 'fr',
  // Linking words opening a sentence before a comma, not a company apposed to "rival X" (round 18).
  'meanwhile', 'however', 'moreover', 'elsewhere', 'instead', 'still', 'yet', 'now', 'today', 'ailleurs', 'cependant', 'pourtant', 'toutefois',
  'néanmoins', 'désormais', 'ondertussen', 'intussen', 'echter', 'daarnaast', 'bovendien', 'inmiddels',
  // A source told first is no name: "Selon Médiamétrie, le géant américain..." (round 20).
  'selon', 'according', 'volgens', 'aldus',
]);

/** Sticky regexes of the listed names, one per first letter. */
function indexNames(names: readonly string[]): Map<string, RegExp> {
  const groups = new Map<string, string[]>();
  for (const n of names) {
    const key = n[0]!;
    const list = groups.get(key) ?? [];
    list.push(n);
    groups.set(key, list);
  }
  const out = new Map<string, RegExp>();
  for (const [key, list] of groups) {
    // Longest first, so "Alibaba Group" wins over "Alibaba".
    const sorted = [...list].sort((a, b) => b.length - a.length);
    out.set(key, new RegExp(`(?:${sorted.join('|')})(?![\\p{L}\\p{N}])`, 'uy'));
  }
  return out;
}

const FIRST_WORD = /^[\p{L}\p{N}&]+/u;

// Countries and cities by name: after "de", "du" or "van" a class noun's place is its seat.
const PLACE_NAMES: ReadonlySet<string> = new Set(Object.values(COUNTRIES).flatMap((f) => [...(f.name ?? []), ...(f.city ?? [])]));
const isSeat = (lead: string, name: string): boolean => (lead === 'de' || lead === 'du' || lead === 'van') && PLACE_NAMES.has(name);

// A currency code glued to a figure is money, not a name: "revenue of RMB95.7bn".
const GLUED_MONEY = /^(?:RMB|USD|EUR|GBP|CNY)\d/u;

function firstWordIsName(name: string): boolean {
  const first = /^[\p{L}\p{N}&]+/u.exec(name)?.[0] ?? '';
  return !NOT_A_NAME.has(first.toLowerCase()) && !GLUED_MONEY.test(first);
}

/**
 * Whether a name starting at `at` may run up to the comma after it, as APPOSED needs: a name holds
 * no comma and at most two spaces, so the first comma after `at` is the one, with two spaces at
 * most before it. Most capitalised words fail this without the pattern being tried.
 */
function commaCloses(text: string, at: number): boolean {
  const comma = text.indexOf(',', at);
  if (comma < 0) return false;
  let spaces = 0;
  for (let i = at; i < comma; i++) {
    const c = text.charCodeAt(i);
    if ((c === 32 || c === 0xa0) && ++spaces > 2) return false;
  }
  return true;
}

export interface NameScanner {
  /** [start, end) spans of untracked companies among the capitalised words of `text` starting before `limit`. */
  scan(text: string, limit?: number): Array<[number, number]>;
}

/** A scanner for the listed names plus the grammar's unnamed companies. */
export function nameScanner(names: readonly string[]): NameScanner {
  const byLetter = indexNames(names);
  // The first words of the listed names, by their first character: most capitalised words are
  // none of them, and comparing in place spares a copy and a hash of every capitalised word.
  // Keyed by first character and length, so a capitalised word is compared with the few of its length.
  const wordKey = (firstCode: number, length: number): number => length * 0x10000 + firstCode;
  const firstWords = new Map<number, string[]>();
  for (const word of new Set(names.map((n) => FIRST_WORD.exec(n)?.[0] ?? n))) {
    const key = wordKey(word.charCodeAt(0), word.length);
    const list = firstWords.get(key) ?? [];
    list.push(word);
    firstWords.set(key, list);
  }
  const isFirstWord = (text: string, at: number, stop: number): boolean =>
    firstWords.get(wordKey(text.charCodeAt(at), stop - at))?.some((w) => text.startsWith(w, at)) ?? false;
  return {
    scan(text: string, limit = text.length): Array<[number, number]> {
      const out: Array<[number, number]> = [];
      // The two gates are looked at once, and only if a capitalised word is not a listed name.
      let suffixes: boolean | undefined;
      let owners: boolean | undefined;
      let bosses: boolean | undefined;
      let apposed: boolean | undefined;
      let owned: boolean | undefined;
      // From one Latin capital to the next; only those that open a word start a name.
      for (let at = nextCapital(text, 0); at >= 0 && at < limit; at = nextCapital(text, at + 1)) {
        if (at > 0 && isWordChar(text.charCodeAt(at - 1))) continue;
        let stop = at + 1;
        while (stop < text.length && isNameChar(text.charCodeAt(stop))) stop++;
        const listed = isFirstWord(text, at, stop) ? byLetter.get(text[at]!) : undefined;
        if (listed) {
          listed.lastIndex = at;
          const hit = listed.exec(text);
          if (hit) {
            out.push([at, at + hit[0].length]);
            at += hit[0].length - 1;
            continue;
          }
        }
        let end = -1;
        suffixes ??= SUFFIX_GATE.test(text);
        if (suffixes) {
          WITH_SUFFIX.lastIndex = at;
          const hit = WITH_SUFFIX.exec(text);
          if (hit) end = at + hit[0].length;
        }
        if (end < 0) bosses ??= BOSS_GATE.test(text);
        if (end < 0 && bosses) {
          BOSS_AFTER.lastIndex = at;
          const hit = BOSS_AFTER.exec(text);
          if (hit) end = at + hit[1]!.length;
        }
        if (end < 0) owners ??= OWNER_BEFORE_GATE.test(text);
        if (end < 0 && owners) {
          OWNER_BEFORE.lastIndex = at;
          const hit = OWNER_BEFORE.exec(text);
          if (hit) end = at + hit[1]!.length;
        }
        // "En Europe, l'entreprise déclare...", "In Germany, the company...": a name after a
        // preposition that opens the sentence is a place told first, not a company described.
        // The text's gate is only looked at once a comma may close a name.
        const closes = end < 0 && commaCloses(text, at);
        if (closes) apposed ??= appositionGate(text);
        if (closes && apposed && !PLACE_OPENING.test(text.slice(Math.max(0, at - 8), at))) {
          APPOSED.lastIndex = at;
          const hit = APPOSED.exec(text);
          // "Based in Singapore, the group...", "Basé à Singapour, le groupe...": a place closing an
          // opening phrase is where the company sits, not a company the class noun describes; nor
          // is its last word ("United States, the company said").
          if (hit && PLACE_NAMES.has(hit[1]!)) {
            at += hit[1]!.length - 1;
            continue;
          }
          // "500,000 sellers in Texas, the company said": a class noun then a verb of saying tells
          // who said it, not what the name before is.
          if (hit && !SAID_AFTER.test(text.slice(APPOSED.lastIndex, APPOSED.lastIndex + 20))) end = at + hit[1]!.length;
        }
        if (closes) owned ??= OWNED_GATE.test(text);
        if (end < 0 && closes && owned) {
          OWNED.lastIndex = at;
          const hit = OWNED.exec(text);
          // "Hong Kong, part of China,": a place is no company.
          if (hit && !PLACE_NAMES.has(hit[1]!)) end = at + hit[1]!.length;
        }
        const lead = end < 0 ? lastWord(text, at) : '';
        // A sentence may open on the class noun: "Webwinkel Coolblue groeide".
        if (end < 0 && (LEADS.has(lead) || (lead !== '' && isCapital(lead.charCodeAt(0)) && LEADS.has(lead.toLowerCase())))) {
          const before = text.slice(Math.max(0, at - 40), at);
          if ((CLASS_BEFORE.test(before) && !SOURCE_BEFORE.test(before)) || OWNER_AFTER.test(before)) {
            NAME_AT.lastIndex = at;
            const hit = NAME_AT.exec(text);
            // "le groupe de Seattle", "het concern uit Rotterdam": a place names the company's seat.
            if (hit && !isSeat(lead, hit[0])) end = at + hit[0].length;
          }
        }
        if (end < 0) continue;
        const name = text.slice(at, end);
        if (!firstWordIsName(name) || isOpeningAdverb(text, at, end)) continue;
        out.push([at, end]);
        at = end - 1;
      }
      return out;
    },
  };
}

import type { Language } from '../domain/vocabulary.js';
import { lowerCase } from './lower-case.js';
import { nameScanner } from './company-names.js';
import { declareGate } from './gates.js';
import { subjectLeadLength } from './subject-lead.js';
import { isLikeness } from './name-as-likeness.js';
import { isEpithet } from './epithet.js';

/**
 * Names of the tracked competitors (with parent companies and sister apps) and of companies we
 * do not track, so a figure about Zalando is not pinned on the nearest competitor.
 */
export interface Mention {
  start: number;
  end: number;
  /** Competitor id, or null for a company or group we do not track. */
  competitor: string | null;
  /** The one market the name itself stands for: Douyin is China, amazon.fr is France. */
  market?: string;
}

// Names that only exist in one market.
const NAME_MARKETS: Array<[RegExp, string]> = [
  [/^(?:Douyin|Pinduoduo)$/u, 'CN'],
  [/\.fr$/iu, 'FR'],
  [/\.nl$/iu, 'NL'],
  [/\.be$/iu, 'BE'],
  [/\.de$/iu, 'DE'],
  [/\.ie$/iu, 'IE'],
  [/\.es$/iu, 'ES'],
  [/\.it$/iu, 'IT'],
  [/\.co\.uk$/iu, 'GB'],
];
// Only Douyin, Pinduoduo and names with a dot (a domain) stand for a market: the list of
// patterns is not tried on every other name.
const marketOfName = (name: string): string | undefined =>
  name.includes('.') || name === 'Douyin' || name === 'Pinduoduo' ? NAME_MARKETS.find(([re]) => re.test(name))?.[1] : undefined;

// Each name comes with cheap lower-case substrings that must be present before its regex runs;
// where every match opens on one of them (all but the Ahold phrases), the regex starts at the first.
const TRACKED: Array<[RegExp, string, string[], boolean?]> = [
  [/(?<![\p{L}\p{N}])(?:TikTok(?:\s+Shop)?|Tiktok(?:\s+Shop)?|TIKTOK(?:\s+SHOP)?|ByteDance|Bytedance|Douyin)(?![\p{L}\p{N}])/gu, 'tiktok-shop', ['tiktok', 'bytedance', 'douyin'], true],
  [/(?<![\p{L}\p{N}])(?:Temu|TEMU|PDD(?:\s+Holdings)?|Pinduoduo)(?![\p{L}\p{N}])/gu, 'temu', ['temu', 'pdd', 'pinduoduo'], true],
  [/(?<![\p{L}\p{N}])(?:Shein|SHEIN)(?![\p{L}\p{N}])/gu, 'shein', ['shein'], true],
  [/(?<![\p{L}\p{N}])(?:[Aa]mazon\.(?:com\.be|co\.uk|com|fr|nl|de|be|ie|es|it)(?![\p{L}])(?:\s+Inc\.?)?|Amazon(?:\s+Inc\.?)?|AMAZON|AWS)(?![\p{L}\p{N}])/gu, 'amazon', ['amazon', 'aws'], true],
  // "bol" is also a Dutch word (a ball, a bulb, "staan bol van"): the lower-case name counts
  // unless a determiner or an adjective of shape, size or material comes before it ("een bol wol",
  // "de ronde bol", "een glazen bol"), a mass it is a ball of follows ("bol wol"), or
  // it is part of "bol staan" or "(stond ...) bol van"; "Bol" counts unless an article precedes it.
  // Ahold Delhaize's web shop is bol: "la filiale d'Ahold Delhaize", "dochter van Ahold Delhaize",
  // "the Ahold Delhaize subsidiary", "het platform van Ahold Delhaize"; the group alone is not.
  [/(?<![\p{L}\p{N}])(?:(?:[Ff]iliale|[Ff]iliale néerlandaise|[Ff]iliale e-commerce|[Ff]iliale en ligne|[Pp]lateforme|[Pp]lace de marché) d['’]Ahold(?:\s+Delhaize)?|(?:[Dd]ochter(?:bedrijf|onderneming)?|[Ww]ebwinkel|[Ww]ebshop|[Ee]-commercedochter|[Oo]nlinedochter|[Ii]nternetdochter|[Pp]latform|[Mm]arktplaats) van Ahold(?:\s+Delhaize)?|Ahold(?:\s+Delhaize)?(?:['’]s)? (?:subsidiary|unit|online (?:store|shop|retailer|marketplace)|web ?shop|e-commerce (?:arm|unit|subsidiary|platform))|Ahold(?:\s+Delhaize)?-dochter)(?![\p{L}\p{N}])/gu, 'bol', ['ahold']],
  [/(?<![\p{L}\p{N}])(?:[Bb]ol\.com|BOL(?:\.COM)?|(?<!(?:\b[Dd]e|\b[Ee]en|\b[Hh]et)\s)Bol)(?![\p{L}\p{N}])/gu, 'bol', ['bol'], true],
];

// Companies we do not track, by name: retailers, marketplaces, carriers, payment firms and
// platforms that share news copy with the competitors. Written as they are capitalised, so
// "target", "action" or "wish" in running text are not names.
const UNTRACKED_NAMES: readonly string[] = [
  'Zalando', 'Walmart', 'Alibaba(?:\\s+Group)?', 'AliExpress', 'Aliexpress', 'Taobao', 'Tmall', 'JD\\.com',
  'JD(?:\\s+Logistics)?', 'Etsy', 'Wish', 'Shopify', 'Shopee', 'Lazada', 'Tokopedia', 'GoTo', 'Coolblue', 'Otto', 'Cdiscount',
  'Fnac(?:\\s+Darty)?', 'Darty', 'Vinted', 'Wehkamp', 'Allegro', 'Mercado\\s+Libre', 'MercadoLibre', 'Meta', 'Facebook',
  'Instagram', 'Google', 'Alphabet', 'Apple', 'Microsoft', 'Costco', 'Best\\s+Buy', 'Carrefour', 'Ahold(?:\\s+Delhaize)?',
  'Albert\\s+Heijn', 'Delhaize', 'Kruidvat', 'Primark', 'Zara', 'Inditex', 'H&M', 'ASOS', 'Asos', 'Boohoo', 'Kiabi', 'Decathlon',
  'IKEA', 'Ikea', 'Target\\s+Corp', 'Klarna', 'Nike', 'Adidas', 'Lidl', 'Aldi', 'Rakuten', 'Mirakl', 'Joom', 'Fevad',
  'Thuiswinkel(?:\\.org)?', 'Kaufland', 'Flipkart', 'Jumia', 'Ozon', 'Wildberries', 'Meesho', 'Mercari', 'Coupang', 'Trendyol',
  'Hepsiburada', 'Bukalapak', 'Blibli', 'Sea\\s+(?:Ltd|Limited|Group)', 'Gojek', 'Grab\\s+Holdings', 'Falabella', 'Magalu',
  'Americanas', 'Wayfair', 'Chewy', 'Kroger', 'Home\\s+Depot', 'MediaMarkt', 'Media\\s+Markt', 'Blokker', 'HEMA', 'Hema',
  'Bijenkorf', 'Marktplaats', 'Thuisbezorgd', 'Fonq', 'Beslist(?:\\.nl)?', 'Veepee', 'Vente-privée', 'ManoMano', 'Leboncoin',
  'Le\\s+Bon\\s+Coin', 'La\\s+Redoute', 'Showroomprivé', 'Showroomprive', 'Back\\s+Market', 'Boulanger', 'E\\.\\s?Leclerc', 'Leclerc',
  'Auchan', 'Intermarché', 'Intermarche', 'Uniqlo', 'Bershka', 'Fashion\\s+Nova', 'Halara', 'PostNL', 'Bpost', 'La\\s+Poste', 'Colissimo',
  'Chronopost', 'DHL', 'UPS', 'FedEx', 'Royal\\s+Mail', 'Cainiao', 'Tesco', 'Ocado', 'Sainsbury[\'’]s', 'Asda', 'Argos',
  'John\\s+Lewis', 'Marks\\s+(?:&|and)\\s+Spencer', 'Currys', 'Boots', 'Very\\.co\\.uk', 'Adyen', 'PayPal', 'Snap', 'Pinterest',
  'YouTube', 'Tencent', 'WeChat', 'Meituan', 'Kuaishou', 'Xiaohongshu', 'Baidu', 'Xiaomi', 'Huawei', 'Uber', 'Deliveroo',
  'Just\\s+Eat(?:\\s+Takeaway)?', 'Prosus', 'Naspers', 'SoftBank', 'Sequoia(?:\\s+Capital)?', 'General\\s+Atlantic',
  'Tiger\\s+Global', 'Noon', 'Namshi',
  // Benelux and French retailers, marketplaces and carriers that share copy with bol and Amazon (round 18).
  'Intertoys', 'Bruna', 'Jumbo', 'Wibra', 'Zeeman', 'Xenos', 'Praxis', 'Karwei', 'Gamma', 'Colruyt', 'Krëfel', 'Vanden\\s+Borre', 'JBC',
  'Torfs', 'Dreamland', 'Bart\\s+Smit', 'About\\s+You', 'Bonprix', 'Farfetch', 'Miravia', 'Wallapop', 'Depop', 'Sephora',
  'DPD', 'GLS', 'InPost', 'Mondial\\s+Relay', 'Budbee', 'Evri', 'Hermes', 'eMAG', 'Souq',
];
// Groups of people or firms written in lower case: "all retailers", "les commerçants"; a postal
// operator or carrier told by what it is (round 18): "the postal operator, which delivered 1
// billion parcels", "l'opérateur postal, qui a distribué", "het postbedrijf zag zijn volume dalen".
const UNTRACKED_LOWER =
  /(?<![\p{L}\p{N}])(?:eBay|bpost|(?:[Hh]et|[Dd]at|[Dd]it)\s+(?:post|pakket|koeriers)bedrijf|(?:[Dd]e|[Dd]ie|[Dd]eze)\s+(?:pakketbezorger|pakketvervoerder|postvervoerder|postbezorger|koerier|vervoerder)|(?:[Ll]['’]|[Cc]et\s+)opérateur\s+postal|[Ll]e\s+(?:groupe\s+)?postal|[Ll]e\s+transporteur|[Ll]e\s+logisticien|[Ll]e\s+postier|[Tt]he\s+(?:postal|parcel|delivery)\s+(?:operator|company|group|firm|carrier)|[Tt]he\s+(?:parcel\s+)?carrier|all\s+retailers|other\s+retailers|retailers|the\s+organi[sz]ers|organi[sz]ers|tous\s+les\s+commerçants|les\s+commerçants|alle\s+webwinkels|webwinkels)(?![\p{L}\p{N}])/gu;
const LOWER_GATE =
  /retailers|organi[sz]ers|commerçants|webwinkels|ebay|bpost|postal|parcel|delivery|carrier|opérateur|transporteur|logisticien|postier|postbedrijf|pakketbedrijf|koeriersbedrijf|bezorger|vervoerder|koerier/u;
const NAMES = nameScanner(UNTRACKED_NAMES);
for (const [re, competitor, gates, opensOnGate] of TRACKED) {
  declareGate(`companies: ${competitor} (${gates.join(', ')})`, re, (text) => firstOf(lowerCase(text), gates) >= 0);
  // Where the regex starts at the first gate word, every match must open on one.
  if (opensOnGate) declareGate(`companies: ${competitor} opens on ${gates.join(', ')}`, new RegExp(`^(?:${re.source})`, 'u'), (text) => gates.some((g) => lowerCase(text).startsWith(g)));
}

// Outside Dutch, lower-case "bol" is the shop (English has no such word); in French "un bol",
// "bol de riz", "bol d'air", "ras-le-bol" and "coup de bol" are a bowl, a breath and luck.
const LOWER_BOL: Record<Language, RegExp> = {
  nl: /(?<![\p{L}\p{N}])(?<!(?:\b(?:de|het|een|die|deze|elke|iedere|zo['’]n|welke|mijn|je|jouw|uw|ons|onze|staan|staat|stond|stonden|glazen|houten|gouden|zilveren|stenen|metalen|grote|kleine|ronde|halve|hele|dikke|witte|rode|zwarte|gele|blauwe|groene|kristallen|gratis|volle|zachte)|\b[Dd]e|\b[Ee]en|\b[Hh]et)\s)bol(?![\s\u00A0]+(?:staan|staat|stond|stonden|te staan|van(?![\s\u00A0]+Ahold)|wol|garen|deeg|ijs|confetti|touw)(?![\p{L}]))(?=[\s,.;:)!?'’]|$)(?![\p{L}\p{N}])/gu,
  en: /(?<![\p{L}\p{N}.-])bol(?![\p{L}\p{N}-])/gu,
  fr: /(?<![\p{L}\p{N}.-])(?<!(?:\b(?:[Uu]n|[Ll]e|[Cc]e|[Dd]u|[Aa]u|[Mm]on|[Tt]on|[Ss]on|[Nn]otre|[Vv]otre|[Ll]eur|[Qq]uel|[Cc]haque|grand|petit|gros|bon)|coup de|ras le)\s)bol(?![\p{L}\p{N}-])(?!\s+d(?:e|u|es)\s|\s*d['’])/gu,
};

/**
 * The mentions that can open a sentence's subject, for looking back from a later sentence:
 * tracked names, and an untracked one only where it opens the sentence.
 */
export function leadingMentions(text: string, language: Language = 'nl'): Mention[] {
  const tracked = trackedMentions(text, lowerCase(text), language);
  // An untracked name opens the sentence right away, or after a class noun ("Rival Zalando").
  const opening = NAMES.scan(text, 5 + subjectLeadLength(text))[0];
  if (opening && !tracked.some((t) => t.start < opening[1] && opening[0] < t.end)) tracked.push({ start: opening[0], end: opening[1], competitor: null });
  return tracked.sort((a, b) => a.start - b.start);
}

/** Where the first of `words` occurs in `text`, -1 if none does. */
function firstOf(text: string, words: readonly string[]): number {
  let first = -1;
  for (const w of words) {
    const at = text.indexOf(w);
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  return first;
}

// All gate words in one pass over the lower-cased text instead of an indexOf per word. The scan
// skips a gate word that overlaps an earlier one ("awshein"), which is safe: no gate word is a
// prefix of another, so a skipped one opens after a letter, where no name's regex can start, and
// "ahold", the one gate a match need not open on, cannot overlap the end of another gate word.
const GATE_WORDS = new RegExp(TRACKED.flatMap(([, , gates]) => gates).join('|'), 'g');
// The same pass may also look for LOWER_GATE's words (findMentions): one scan of the text, not two.
const GATE_AND_LOWER_WORDS = new RegExp(`${GATE_WORDS.source}|${LOWER_GATE.source}`, 'g');
const GATE_ENTRIES = new Map<string, number[]>();
TRACKED.forEach(([, , gates], i) => {
  for (const g of gates) GATE_ENTRIES.set(g, [...(GATE_ENTRIES.get(g) ?? []), i]);
});
// Where every match opens on a gate word, the name's regex is tried there alone (sticky), not
// scanned over the rest of the text: the first success is the match the scan would find.
const AT_GATE = TRACKED.map(([re]) => new RegExp(re.source, 'uy'));

interface GateHits {
  /** Per TRACKED entry, where its gate words occur, in order (empty if none does). */
  at: number[][];
  /** Whether a word of LOWER_GATE occurs (looked for only when asked). */
  lowerWords: boolean;
}

/**
 * Where the gate words occur in `lower`, and with `withLower` whether LOWER_GATE matches it too.
 * Each search resumes one character after a match, so no word hides one that overlaps it
 * ("pddelivery"), and a gate word that overlaps the one before it is then passed over, as a scan
 * resuming at the end of a match would: the hits are GATE_WORDS' own. A gate word and a word of
 * LOWER_GATE never open at one place (neither is a prefix of the other): the alternation puts the
 * gate words first, and a LOWER_GATE word found is no gate word (GATE_ENTRIES has none of them).
 */
function gateHits(lower: string, withLower: boolean): GateHits {
  const at: number[][] = TRACKED.map(() => []);
  let lowerWords = false;
  let re = withLower ? GATE_AND_LOWER_WORDS : GATE_WORDS;
  // Where the last gate word taken ends.
  let end = 0;
  re.lastIndex = 0;
  for (let m = re.exec(lower); m !== null; m = re.exec(lower)) {
    const entries = GATE_ENTRIES.get(m[0]);
    if (entries === undefined) {
      // One LOWER_GATE word answers; the gate words alone are looked for from here on.
      lowerWords = true;
      re = GATE_WORDS;
    } else if (m.index >= end) {
      for (const i of entries) at[i]!.push(m.index);
      end = m.index + m[0].length;
    }
    re.lastIndex = m.index + 1;
  }
  return { at, lowerWords };
}
declareGate('companies: untracked in lower case', UNTRACKED_LOWER, (text) => gateHits(lowerCase(text), true).lowerWords);

/** Every company mention in `text`, in order. `language` decides what lower-case "bol" is. */
function trackedMentions(text: string, lower: string, language: Language, hits: number[][] = gateHits(lower, false).at): Mention[] {
  const out: Mention[] = [];
  // Offsets in `lower` are offsets in `text` unless lower-casing changed a length (rare: "İ").
  const aligned = lower.length === text.length;
  const found = (m: RegExpExecArray, competitor: string): void => {
    // "l'Amazon du Benelux", "the Amazon of Latin America" describe another company: two
    // helpers wrote this rule at once (name-as-likeness.ts, epithet.ts); both are kept until merged.
    if (isLikeness(text, m.index, m.index + m[0].length) || isEpithet(text, m.index, m.index + m[0].length)) return;
    const market = marketOfName(m[0]);
    out.push({ start: m.index, end: m.index + m[0].length, competitor, ...(market ? { market } : {}) });
  };
  for (let i = 0; i < TRACKED.length; i++) {
    const [re, competitor, , opensOnGate] = TRACKED[i]!;
    const at = hits[i]!;
    if (at.length === 0) continue;
    if (opensOnGate && aligned) {
      const sticky = AT_GATE[i]!;
      let from = 0;
      for (const p of at) {
        if (p < from) continue;
        sticky.lastIndex = p;
        const m = sticky.exec(text);
        if (m === null) continue;
        found(m, competitor);
        from = p + m[0].length;
      }
      continue;
    }
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) found(m, competitor);
  }
  const bol = LOWER_BOL[language];
  const firstBol = lower.indexOf('bol');
  if (firstBol >= 0) {
    bol.lastIndex = aligned ? firstBol : 0;
    for (let m = bol.exec(text); m !== null; m = bol.exec(text)) {
      const start = m.index;
      if (!out.some((t) => t.start <= start && start < t.end)) out.push({ start, end: start + 3, competitor: 'bol' });
    }
  }
  return out;
}

/** Every company mention in `text`, in order. `language` decides what lower-case "bol" is. */
export function findMentions(text: string, language: Language = 'nl'): Mention[] {
  const lower = lowerCase(text);
  const gates = gateHits(lower, true);
  // Epithets ("l'Amazon du Benelux") are already left out by trackedMentions.
  const out = trackedMentions(text, lower, language, gates.at);
  const untracked = (start: number, end: number): void => {
    // "dochter van Ahold Delhaize" is bol: the group's name inside it is not a second company.
    if (out.some((t) => t.start < end && start < t.end)) return;
    out.push({ start, end, competitor: null });
  };
  if (gates.lowerWords) {
    UNTRACKED_LOWER.lastIndex = 0;
    for (let m = UNTRACKED_LOWER.exec(text); m !== null; m = UNTRACKED_LOWER.exec(text)) untracked(m.index, m.index + m[0].length);
  }
  for (const [start, end] of NAMES.scan(text)) untracked(start, end);
  return out.sort((a, b) => a.start - b.start);
}

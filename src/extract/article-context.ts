import { withoutReferencePlaces } from './reference-place.js';
import { opensOnComparison } from './comparison-aside.js';
import { ownShopOf } from './own-shop.js';
import type { Language } from '../domain/vocabulary.js';
import { subjectOf } from './attribution.js';
import { findMentions, leadingMentions, type Mention } from './companies.js';
import { isOrigin } from './events.js';
import { isNextMarket } from './next-market.js';
import { findMarkets, type MarketHit } from './markets.js';
import { countryWithinRegions } from './region-members.js';
import { type Anchor, parseAnchor } from './periods.js';

/** A "sentence" longer than this (a table, a run of digits) is read only up to the limit: any input stays in linear, small time. */
export const MAX_SENTENCE = 1_200;

/** What the sentences of one article share: who and where it is about, and what was already looked up. */
export interface ArticleContext {
  language: Language;
  anchor: Anchor | null;
  /** The competitor the article is about, for sentences that name none ("the company said..."). */
  focus: string | null;
  /** The one market the title names, for events whose sentence names none. */
  defaultMarket: string | null;
  /** The title's market, else the lead's one country: where counts of an audience are. */
  leadMarket: string | null;
  /** Mentions and markets already found in the title and lead, so their sentences do not look again. */
  mentions: Map<string, Mention[]>;
  markets: Map<string, MarketHit[]>;
  /** The two competitors the title names, when it names exactly two ("Temu and Shein"); else empty. */
  titlePair: readonly string[];
  /** Each earlier sentence's subject, once looked for (see recentSubject). */
  subjects: Map<number, string | null | undefined>;
  /** Names the article writes with a number, "Forever 21": that number is no count (numbered-names.ts). */
  numberedNames: ReadonlySet<string>;
}

// An answer in an interview speaks for the company interviewed, whatever company the question
// named: "Temu et Shein vous inquiètent-ils ? Nous avons baissé les prix...". A first-person
// sentence in quotation marks is a quote in a report instead, and is left to the nearer subject.
const FIRST_PERSON: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:we|our)(?![\p{L}'’])/iu,
  fr: /(?<![\p{L}])(?:nous|notre|nos)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:we|wij|onze)(?![\p{L}])/iu,
};
const QUOTE_MARK = /["“”«»]/u;
export const interviewAnswer = (sentence: string, language: Language): boolean => !QUOTE_MARK.test(sentence) && FIRST_PERSON[language].test(sentence.slice(0, 60));

// How far back a sentence that names nobody, or no place, looks for who and where it is about.
const LOOK_BACK = 3;

// A sentence opening on a company told by what it is, with no name: "The Seattle-based retailer",
// "L'enseigne bordelaise", "De Rotterdamse elektronicaverkoper".
const EPITHET_OPENING: Record<Language, RegExp> = {
  en: /^\s*the\s+(?:[\p{L}-]+\s+){1,2}(?:company|group|retailer|chain|firm|seller|e-tailer|web ?shop|marketplace|platform|giant|specialist)(?![\p{L}])/iu,
  fr: /^\s*(?:le|la|l['’])\s*(?:groupe|enseigne|entreprise|société|distributeur|e-commerçant|spécialiste|plateforme|géant|site|chaîne)\s+(?!(?:a|va|est|doit|veut|compte|prévoit|de|du|des|qui)(?![\p{L}]))[\p{L}-]+(?![\p{L}])/iu,
  nl: /^\s*(?:de|het)\s+(?:[\p{L}-]+\s+){1,2}?[\p{L}-]*(?:verkoper|winkel|bedrijf|keten|retailer|concern|groep|platform|webshop|reus|specialist)(?![\p{L}])/iu,
};

/** The subject of the nearest sentence before `i` that has one; the article's focus otherwise. */
export function recentSubject(sentences: string[], i: number, ctx: ArticleContext): string | null {
  // Whether a sentence between opens on an epithet and names no one: it goes on about the company before it.
  let epithet = false;
  for (let j = i - 1; j >= 1 && j >= i - LOOK_BACK; j--) {
    let subject = ctx.subjects.get(j);
    if (!ctx.subjects.has(j)) {
      const s = sentences[j]!.slice(0, MAX_SENTENCE);
      // Only who may open the sentence matters here: the full search is left to sentences with facts.
      // A company named as a yardstick is not who the next sentences are about (comparison-aside.ts).
      subject = opensOnComparison(s, ctx.language) ? undefined : subjectOf(ctx.mentions.get(s) ?? leadingMentions(s, ctx.language), s);
      ctx.subjects.set(j, subject);
    }
    // "X ... met zijn webwinkel bol. Het platform ...": the shop, not the group (own-shop.ts).
    if (subject === null && j === i - 1) subject = ownShopOf(sentences[j]!.slice(0, MAX_SENTENCE), sentences[i]!.slice(0, MAX_SENTENCE), ctx.language) ?? null;
    // An untracked company is who "the company" means only right after it is named, or named again
    // by an epithet right after it (round 20): "Coolblue scoorde een 8,6. De Rotterdamse
    // elektronicaverkoper telt 5,3 miljoen klanten. Het bedrijf wil in Duitsland 1,2 miljoen klanten..."
    if (subject === null && j < i - 1 && !(epithet && j === i - 2)) continue;
    if (subject === undefined && j === i - 1 && EPITHET_OPENING[ctx.language].test(sentences[j]!.slice(0, 120))) epithet = true;
    if (subject !== undefined) return subject;
  }
  return ctx.focus;
}

/**
 * The one market of the nearest sentence before `i` that names any (not places goods come from);
 * null if it names several. With `countriesOnly`, regions are passed over.
 */
export function lastMarket(sentences: string[], i: number, ctx: ArticleContext, countriesOnly = false): string | null {
  for (let j = i - 1; j >= 1 && j >= i - LOOK_BACK; j--) {
    const s = sentences[j]!.slice(0, MAX_SENTENCE);
    let all = ctx.markets.get(s);
    if (!all) {
      all = findMarkets(s, ctx.language);
      ctx.markets.set(s, all);
    }
    // A sentence pointing back to "the country" skips the regions told in between.
    // A market named as the next to come is passed over (next-market.ts).
    const hits = withoutReferencePlaces(s, all.filter((m) => m.kind !== 'global' && !(countriesOnly && m.kind === 'region') && !isOrigin(s, m) && !isNextMarket(s, m, ctx.language)));
    if (hits.length === 0) continue;
    const codes = new Set(hits.map((m) => m.code));
    if (codes.size === 1) return [...codes][0]!;
    // "In Europa is het alleen actief in het Verenigd Koninkrijk. Daar ...": the one country named
    // inside the regions of the sentence is where a later sentence points (round 18).
    return countryWithinRegions(hits);
  }
  return null;
}

const SELLERS_NEXT = /^\s*(?:sellers|merchants|vendeurs|commerçants|verkopers|handelaren|ondernemers)(?![\p{L}])/iu;

export function articleContext(title: string, lead: string, language: Language, published: unknown): ArticleContext {
  const anchor = parseAnchor(typeof published === 'string' ? published : null);
  const mentions = new Map<string, Mention[]>();
  const mentionsIn = (s: string): Mention[] => {
    let found = mentions.get(s);
    if (!found) {
      found = findMentions(s, language);
      mentions.set(s, found);
    }
    return found;
  };
  const inTitle = mentionsIn(title).filter((m) => m.competitor !== null);
  let focus = inTitle[0]?.competitor ?? null;
  if (!focus) {
    const inLead = new Set(mentionsIn(lead).map((m) => m.competitor));
    if (inLead.size === 1) focus = [...inLead][0] ?? null;
  }
  const marketsInTitle = findMarkets(title, language);
  // One country in the title is the article's market even beside a region ("goes live in Brazil,
  // its biggest Latin American bet"); else one region.
  // Where goods come from is no market of the article: "Colis chinois : le fédéral veut taxer Temu et Shein".
  // Sellers named by their country are who a shop opens to, there: "Temu opent deuren voor Nederlandse verkopers".
  const inTitleMarkets = withoutReferencePlaces(title, marketsInTitle.filter((m) => m.kind !== 'global' && (!isOrigin(title, m) || SELLERS_NEXT.test(title.slice(m.end, m.end + 16)))));
  // "Brussel: Temu overtreedt Europese regels": in a headline Brussels is the EU's institutions.
  const isEu = (m: MarketHit): boolean => m.kind === 'region' || /^brussel/iu.test(title.slice(m.start, m.end));
  const countries = new Set(inTitleMarkets.filter((m) => !isEu(m)).map((m) => m.code));
  const regions = new Set(inTitleMarkets.filter(isEu).map((m) => (m.kind === 'region' ? m.code : 'EU')));
  const defaultMarket = countries.size === 1 ? [...countries][0]! : countries.size === 0 && regions.size === 1 ? [...regions][0]! : null;
  // A title that names no place leaves the market of audience counts to the lead when it names one country
  // ("Amazon reste le site marchand le plus fréquenté de France.").
  const markets = new Map([[title, marketsInTitle]]);
  const leadMarket = defaultMarket ?? (inTitleMarkets.length === 0 ? leadCountry(lead, language, markets) : null);
  const named = [...new Set(inTitle.map((m) => m.competitor!))];
  const titlePair = named.length === 2 ? named : [];
  return { language, anchor, focus, defaultMarket, leadMarket, mentions, markets, titlePair, subjects: new Map(), numberedNames: new Set() };
}

function leadCountry(lead: string, language: Language, markets: Map<string, MarketHit[]>): string | null {
  // Kept, as the title's are: the lead's own reading looks for its markets again.
  let found = markets.get(lead);
  if (!found) {
    found = findMarkets(lead, language);
    markets.set(lead, found);
  }
  const hits = found.filter((m) => m.kind !== 'global' && m.kind !== 'region' && !isOrigin(lead, m));
  const codes = new Set(hits.map((m) => m.code));
  return codes.size === 1 ? [...codes][0]! : null;
}

import type { CandidateFact, Language } from '../domain/vocabulary.js';
import type { ArticleContext } from './article-context.js';
import { MAX_SENTENCE } from './article-context.js';
import { findMentions, type Mention } from './companies.js';
import { declareGate } from './gates.js';
import { companyAbsent } from './warning-signs.js';

/**
 * Signs that weigh a fact against the whole article, not only its sentence (warning-signs.ts
 * weighs one sentence). Each rule needs two signs of different kinds to meet:
 *
 * - a company named in passing: the sentence neither names the fact's company nor points at it,
 *   and the article does not name it in its title or lead and names it in one sentence at most,
 *   not the one just before: the figure was only borrowed from a sentence further back, and
 *   belongs to whoever the sentence is about (a consumer group's members, a carrier's parcels);
 * - an outsider's own words: a sentence in direct speech whose speaker, named after the quote or
 *   after the quote just before it, is an analyst, a founder or a seller of some other business,
 *   and the speaker's words are not given as the company's ("said its founder").
 *
 * The article-wide facts (who is named where, who speaks) are looked for once per article, and
 * only when a fact reaches the rule that needs them.
 */
export class ArticleSigns {
  private namedIn: Map<string, number> | null = null;
  private readonly tags = new Map<number, string | null>();

  constructor(
    private readonly sentences: readonly string[],
    private readonly context: ArticleContext,
  ) {}

  /** The fact is outweighed by where its sentence stands in the article. */
  outweighs(fact: CandidateFact, i: number, mentions: readonly Mention[] | undefined): boolean {
    if (i < 2) return false;
    return this.namedInPassing(fact, i, mentions) || this.outsiderSpeaks(fact, i);
  }

  private namedInPassing(fact: CandidateFact, i: number, mentions: readonly Mention[] | undefined): boolean {
    const { language, focus } = this.context;
    if (fact.competitor === focus || !companyAbsent(fact.competitor, mentions, this.sentence(i), language)) return false;
    const named = this.sentencesNaming();
    return (named.get(fact.competitor) ?? 0) <= 1 && !this.namesIn(0, fact.competitor) && !this.namesIn(1, fact.competitor) && !this.namesIn(i - 1, fact.competitor);
  }

  private outsiderSpeaks(fact: CandidateFact, i: number): boolean {
    const { language } = this.context;
    const s = this.sentence(i);
    if (!OPENS_ON_QUOTE.test(s)) return false;
    let tag = this.tagOf(i);
    // A quote carried on from the sentence before: its speaker is the one named there.
    if (tag === null && OPENS_ON_QUOTE.test(this.sentence(i - 1)) && !/[\p{L}\d]\s*$/u.test(this.sentence(i - 1))) tag = this.tagOf(i - 1);
    if (tag === null || !OUTSIDER_GATE[language].test(tag) || !OUTSIDER[language].test(tag)) return false;
    // "said Temu's founder", "zegt de oprichter van het bedrijf": the company speaking.
    return companyAbsent(fact.competitor, findMentions(tag, language), tag, language);
  }

  private sentence(i: number): string {
    return (this.sentences[i] ?? '').slice(0, MAX_SENTENCE);
  }

  private namesIn(i: number, competitor: string): boolean {
    const s = this.sentence(i);
    return (this.context.mentions.get(s) ?? findMentions(s, this.context.language)).some((m) => m.competitor === competitor);
  }

  /** How many sentences of the article name each competitor. */
  private sentencesNaming(): Map<string, number> {
    if (this.namedIn) return this.namedIn;
    const counts = new Map<string, number>();
    for (let j = 0; j < this.sentences.length; j++) {
      const s = this.sentence(j);
      const found = new Set((this.context.mentions.get(s) ?? findMentions(s, this.context.language)).map((m) => m.competitor));
      for (const c of found) if (c !== null) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    this.namedIn = counts;
    return counts;
  }

  /** The words after a quote that opens sentence `i`, naming who said it; null if none follow. */
  private tagOf(i: number): string | null {
    let tag = this.tags.get(i);
    if (tag === undefined) {
      const s = this.sentence(i);
      const close = closingQuote(s);
      tag = close < 0 ? null : s.slice(close + 1).trim();
      if (tag !== null && !/\p{L}{2}/u.test(tag)) tag = null;
      this.tags.set(i, tag);
    }
    return tag;
  }
}

const OPENS_ON_QUOTE = /^\s*["“«„'‘]/u;

/** Where the quote that opens `s` closes: -1 when it runs to the sentence's end. */
function closingQuote(s: string): number {
  const open = s.search(/\S/u);
  const mark = s[open];
  let close: RegExp;
  if (mark === '«') close = /»/gu;
  else if (mark === "'" || mark === '‘') close = /[,.!?…]['’]|['’](?=\s*[,;:—–-])/gu; // "zo'n", "l'an" are no closing mark
  else close = /["”“]/gu;
  close.lastIndex = open + 1;
  const m = close.exec(s);
  return m ? m.index + m[0].length - 1 : -1;
}

// Someone outside the company: a reporter's analysts, consultants and scholars, founders and
// owners of other businesses, the sellers and shoppers who deal with it.
const OUTSIDER: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:analysts?|consultants?|(?:co-?)?founder|economists?|professor|researchers?|experts?|strategists?|owner|sellers?|merchants?|shoppers?|customers?|lawyers?|attorneys?|investors?|trader)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:analystes?|consultante?s?|(?:co-?)?fondat(?:eur|rice)|économistes?|professeure?|chercheu(?:r|se)|experte?s?|propriétaire|vendeu(?:r|se)s?|commerçante?s?|cliente?s?|avocate?s?|investisseurs?)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:analist(?:en)?|consultants?|(?:mede)?oprichter|econoom|hoogleraar|onderzoekers?|experts?|deskundigen?|eigena(?:ar|resse)|verkopers?|handelaars?|klant(?:en)?|advoca(?:at|ten)|beleggers?|ondernemers?|winkeliers?)(?![\p{L}])/iu,
};
const OUTSIDER_GATE: Record<Language, RegExp> = {
  en: /analy|consult|founder|econom|profess|research|expert|strateg|owner|seller|merchant|shopper|customer|lawyer|attorney|invest|trader/i,
  fr: /analy|consult|fondat|économ|profess|cherch|expert|propriét|vend|commerç|client|avoca|invest/i,
  nl: /anali|consult|oprichter|econo|hoogler|onderzoek|expert|deskund|eigena|verkoper|handela|klant|advoca|belegg|ondernem|winkelier/i,
};

for (const l of ['en', 'fr', 'nl'] as const) declareGate(`article signs: outsider speaking (${l})`, OUTSIDER[l], OUTSIDER_GATE[l]);

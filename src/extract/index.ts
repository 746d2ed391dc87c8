import type { CandidateFact, Language, Status } from '../domain/vocabulary.js';
import { antecedentReading } from './antecedent.js';
import { competitorForFigure, competitorsForEvent, jointSubjects } from './attribution.js';
import { findMentions, type Mention } from './companies.js';
import { comparedReading } from './compared-reading.js';
import { comparedOwner, setAgainst } from './comparison.js';
import { countOfAKind } from './count-of-a-kind.js';
import { bareCountReading, cliticReading } from './elided-noun.js';
import { pointedCount } from './count-pointer.js';
import { deniesEvent } from './denial.js';
import { isHypothetical } from './hypothetical.js';
import { unrealOrPast } from './unreal-or-past.js';
import { conditionalFigure } from './conditional-figure.js';
import { computedFigure, computedFrom } from './computed-figure.js';
import { peopleShare } from './people-share.js';
import { capFigure } from './fine-cap.js';
import { fineCeiling } from './fine-ceiling.js';
import { otherFined } from './other-fined.js';
import { inNumberedName, numberedNames } from './numbered-names.js';
import { aimedCountMultiple } from './multiple-object.js';
import { bracketedUntracked } from './bracketed-owner.js';
import { convertedSum } from './converted-sum.js';
import { salesLostTo } from './sales-lost-to.js';
import { possessiveOfIntroduced } from './introduced-owner.js';
import { partTold } from './part-told.js';
import { changeOfThatAmount } from './amount-pointer.js';
import { elidedPortion } from './elided-portion.js';
import { ratePercent } from './rate-percent.js';
import { unknownNameSubject } from './unknown-subject.js';
import { surveySample, trackedPanel } from './survey-sample.js';
import { datesAFigure } from './sales-day-figure.js';
import { withoutOthersEvents } from './event-filters-r16.js';
import { withoutOtherSenses } from './event-filters-r18.js';
import { withoutMisreadEvents } from './event-filters-r19.js';
import { withoutOthersMoves } from './event-filters-r20c.js';
import { namedInPersonAside } from './person-aside-name.js';
import { towardNewMarkets } from './new-markets.js';
import { announcedEntry, type EventCue, findEvents, isOrigin, mayHoldEvent, NEEDS_MARKET, withoutOrigins } from './events.js';
import { resolveLanguage } from './language.js';
import { reactsToRule } from './reaction.js';
import { strayRule } from './rule-owner.js';
import { type Respective, respectiveFigures } from './respectively.js';
import { eventMarket, inheritedMarket, nationalArm, onlyArticleMarket, pointedInSentence, pointsToCountry, singleMarket } from './market-context.js';
import { clauseAround, findMarkets, type MarketHit, marketForFigure, noneInClause } from './markets.js';
import { countsSomething, type MetricReading, readMetric } from './metrics.js';
import { findMultiples } from './multiples.js';
import { otherActorsFigure } from './other-actor.js';
import { apposedUntrackedSubject } from './apposed-subject.js';
import { shopOwnersFigure } from './owner-possessive.js';
import { untrackedNamedOwner } from './named-other.js';
import { findQuantities, mayHoldNumber, type Quantity } from './numbers.js';
import { findPeriods, nearestPeriod, type PeriodHit } from './periods.js';
import { splitSentences } from './sentences.js';
import { continuedShare, shareStatus } from './share-context.js';
import { apposedChange, audienceChange, bareApposedChange } from './apposed-change.js';
import { partReading } from './part-of.js';
import { shippedFrom } from './shipped-from.js';
import { pairedMarkets } from './paired-markets.js';
import { withoutRegionExamples } from './region-members.js';
import { groupResultPlaces } from './group-results.js';
import { gappedReading, type Told } from './gapping.js';
import { elidedPossessive } from './elided-owner.js';
import { mayTellSpending, peopleSpending } from './people-spending.js';
import { isYearEarlierFigure, yearBefore } from './earlier-figure.js';
import { isStandingLevel, standingPeriod } from './standing-level.js';
import { investmentStatus } from './investment-status.js';
import { plannedStatus } from './planned-figure.js';
import { groupWideInvestment } from './group-spending.js';
import { valuationPlaces } from './valuation-place.js';
import { expectedOf, marketExpects } from './expectation.js';
import { isFuture, statusOf } from './status.js';
import { toldOnHearsay } from './told-after.js';
import { boughtToTest } from './test-purchase.js';
import { valueMoved } from './value-change.js';
import { withoutRegionEcho } from './region-echo.js';
import { withoutTitleMultiple } from './title-multiple.js';
import { withoutRoundedTitle } from './title-rounding.js';
import { type ArticleContext, articleContext, interviewAnswer, lastMarket, MAX_SENTENCE, recentSubject } from './article-context.js';
import { dropPlaceless, olderThanTitleMove, replacesTitleFact } from './title-facts.js';
import { FactKeys, FactSet } from './fact-keys.js';
import { marketSizeFigure, peopleOrParcelsSentence } from './market-statistic.js';
import { sectorComparedAt } from './sector-compared.js';
import { bothCompanies } from './both-companies.js';
import { homeSale } from './home-sale.js';
import { countryPart, wholeOf, type Whole } from './country-part.js';
import { withKnownNames } from './known-names.js';
import { isDuration } from './duration.js';
import { followers } from './followers.js';
import { passiveAgent } from './passive-agent.js';
import { pointedMarkets } from './pointed-markets.js';
import { finingAuthority } from './place-exceptions.js';
import { pointedRegion } from './region-pointer.js';
import { describesOtherThan } from './foreign-descriptor.js';
import { whereClausePlace } from './where-clause.js';
import { outsideExpecter } from './outside-expecter.js';
import { asideAware } from './subject-aside.js';
import { outsideAsides, participleAsides } from './participle-aside.js';
import { outweighedByWarnings } from './warning-signs.js';
import { noCount } from './no-count.js';
import { valuedByInvestors } from './investor-valuation.js';
import { ArticleSigns } from './article-signs.js';
import { pronounShare } from './pronoun-share.js';
import { investedFor } from './invested-for.js';
import { rankedSum } from './ranked-sum.js';

export interface Article {
  title: string;
  text: string;
  /** Declared by the feed or page; detected when absent. */
  language?: Language | string | null;
  /** YYYY-MM-DD; anchors "last year", "en septembre dernier". */
  published?: string | null;
}

export interface Extraction {
  language: Language;
  facts: CandidateFact[];
}

// A bound that keeps any input in linear, small time: longer articles are cut (sentences are
// bounded too: MAX_SENTENCE).
const MAX_TEXT = 200_000;

const GROUP_RESULTS: ReadonlySet<string> = new Set(['revenue', 'profit', 'growth']);

// How many sentences back a ranking's sum is still the measure of a bare one (ranked-sum.ts).
const EARLIER_REACH = 3;

const MOVES: ReadonlySet<string> = new Set(['launch', 'expansion', 'exit']);

const CONVERSION_BEFORE = /\(\s*(?:[\p{L}]+\s+){0,2}$/u;

const SALES_DAY = /^(?:Black Friday|Cyber Monday|Singles|Prime Day|soldes|uitverkoop)/iu;

/**
 * Turns one article into candidate facts. Pure, no network, never throws, bounded time.
 */
export function extractFacts(article: Article): Extraction {
  const title = typeof article?.title === 'string' ? article.title.slice(0, 2_000) : '';
  const text = typeof article?.text === 'string' ? article.text.slice(0, MAX_TEXT) : '';
  let language: Language = 'en';
  try {
    language = resolveLanguage(article?.language, `${title}\n${text}`);
    const sentences = [sameShape(title), ...splitSentences(text, language)].filter((s) => s.trim() !== '');
    const context = articleContext(title, sentences[1] ?? '', language, article?.published);
    context.numberedNames = numberedNames(sentences.slice(1), language);
    const facts: CandidateFact[] = [];
    const articleSigns = new ArticleSigns(sentences, context);
    // Facts already kept, by what they say and where.
    const seen = new FactSet(true);
    // The title's facts by what they say, so a body sentence telling the same one replaces it.
    const fromTitle = new FactKeys<number>(false);
    // The last sum the sentence before told, which a sentence on what was expected of it sets a figure against.
    let carried: Told | null = null;
    // The company's last sales figure for a region or with no place, a few sentences back (country-part.ts).
    let whole: Whole | null = null;
    let wholeAge = 0;
    // The last sum told a few sentences back, which a ranking's bare sums count too (ranked-sum.ts).
    let earlier: Told | null = null;
    let earlierAt = 0;
    for (let i = 0; i < sentences.length; i++) {
      // The title is not the sentence before the lead: it counts as the title's market.
      const previous = i >= 2 ? sentences[i - 1]!.slice(0, MAX_SENTENCE) : '';
      // The sentence before's market: where its last sum was told, which may be a region it only
      // pointed at ("across the region"), else the one place it names.
      const sumBefore = carried;
      const previousMarket = (): string | null => (previous === '' ? null : (sumBefore?.market ?? singleMarket(previous, language, context.markets)));
      const recentMarket = (): string | null => lastMarket(sentences, i, context, pointsToCountry(sentences[i]!.slice(0, MAX_SENTENCE), language));
      const focusOf = (): string | null => {
        const subject = i >= 2 && !interviewAnswer(sentences[i]!, language) ? recentSubject(sentences, i, context) : context.focus;
        // "The German group says..." after a sentence on Temu and Zalando is Zalando (foreign-descriptor.ts).
        return subject !== null && describesOtherThan(sentences[i]!, subject, language) ? null : subject;
      };
      const severalMarkets = (): string[] => pointedMarkets(sentences[i]!.slice(0, MAX_SENTENCE), language, sentences, i, context.markets);
      const regionOf = (pos: number): string | null => pointedRegion(sentences[i]!.slice(0, MAX_SENTENCE), pos, language, sentences, i, context.markets);
      const previousArm = (): string | null =>
        previous === '' ? null : nationalArm(previous, context.mentions.get(previous) ?? findMentions(previous, language), context.markets.get(previous) ?? findMarkets(previous, language));
      const read = (s: string): CandidateFact[] =>
        sentenceFacts(s, context, previous, previousMarket, recentMarket, focusOf, severalMarkets, regionOf, carried, previousArm, i - earlierAt <= EARLIER_REACH ? earlier : null, whole);
      const found = asideAware(sentences[i]!.slice(0, MAX_SENTENCE), i > 0, language, read);
      carried = i > 0 ? lastSum(found) : null;
      if (carried) {
        earlier = carried;
        earlierAt = i;
      }
      const newWhole = i > 0 ? wholeOf(found) : null;
      if (newWhole) [whole, wholeAge] = [newWhole, 0];
      else if (whole && found.some((f) => f.metric === whole!.reading.metric && f.competitor === whole!.competitor)) wholeAge = 0;
      else if (++wholeAge > WHOLE_REACH) whole = null;
      for (const fact of i > 0 ? toldOnHearsay(found, sentences[i + 1]?.slice(0, MAX_SENTENCE), language) : found) {
        // "Temu says it is cooperating with the investigation": a reaction to a rule already told is no new one.
        if (fact.event === 'regulation' && facts.some((f) => f.event === 'regulation' && f.competitor === fact.competitor) && reactsToRule(fact.quote, language)) continue;
        if (strayRule(fact, context.mentions.get(fact.quote), facts, language, i === 1 ? context.focus : null)) continue;
        // A sector's figure on an outside source's word, a rumour, a supposition (warning-signs.ts).
        if (outweighedByWarnings(fact, context.mentions.get(fact.quote), language)) continue;
        // A company named only in passing, an outsider's own words (article-signs.ts).
        if (articleSigns.outweighs(fact, i, context.mentions.get(fact.quote))) continue;
        // "Temu arrived in France in April 2023" below "Temu opens its marketplace to French merchants" (title-facts.ts).
        if (i > 0 && olderThanTitleMove(facts, fromTitle, fact, context.anchor)) {
          facts.push(fact);
          continue;
        }
        if (i > 0 && replacesTitleFact(facts, fromTitle, fact, context.anchor)) {
          seen.add(fact);
          continue;
        }
        if (seen.has(fact)) continue;
        seen.add(fact);
        if (i === 0) fromTitle.set(fact, facts.length);
        facts.push(fact);
      }
    }
    const headline = sentences[0] ?? '';
    return { language, facts: withoutRegionEcho(dropPlaceless(withoutRoundedTitle(withoutTitleMultiple(facts, headline), headline), headline)) };
  } catch {
    return { language, facts: [] };
  }
}

// How many sentences on a region's sales figure may still be broken down by country.
const WHOLE_REACH = 3;

const MONEY_UNITS: ReadonlySet<string> = new Set(['USD', 'EUR', 'GBP', 'CNY']);

/** The last sum a sentence's facts tell, as a figure a later one may be set against. */
function lastSum(found: CandidateFact[]): Told | null {
  for (let k = found.length - 1; k >= 0; k--) {
    const f = found[k]!;
    if (f.type === 'metric' && f.metric && typeof f.value === 'number' && f.unit && MONEY_UNITS.has(f.unit)) {
      return { competitor: f.competitor, kind: 'money', reading: { metric: f.metric, value: f.value, unit: f.unit }, market: f.market ?? null };
    }
  }
  return null;
}

/**
 * The title as a slice of a flat copy, the shape V8 gives the body's sentences (the segmenter
 * returns slices of the text). A title built by concatenation is a rope instead, and sentences of
 * two shapes make every string operation in the extractor slower (measured: findMentions over the
 * bench sentences takes about 35% longer with the titles in the mix than without).
 */
const sameShape = (s: string): string => ` ${s}`.slice(1);

/**
 * The one country a sentence names by its name (not a city, a region or a people, not where goods
 * come from, not a place another event of the sentence is told in), if it names one.
 */
function ownSingleMarket(places: MarketHit[], sentence: string, cues: EventCue[], all: MarketHit[]): string | null {
  let code: string | null = null;
  // "packages from mainland China and Hong Kong": a place joined to an origin is one too (events.ts).
  let free: MarketHit[] | null = null;
  for (const m of places) {
    // "influenceurs américains" describes people, "Bruxelles" may be the EU's institutions.
    if (m.kind !== 'name' || isOrigin(sentence, m) || cues.some((c) => c.markets.includes(m.code))) continue;
    free ??= withoutOrigins(sentence, all);
    if (!free.includes(m)) continue;
    if (code !== null && code !== m.code) return null;
    code = m.code;
  }
  return code;
}

/** The market the name a figure hangs on stands for ("Douyin verwerkte 3,5 biljoen yuan"). */
function impliedMarket(mentions: Mention[], pos: number, competitor: string, sentence: string): string | null {
  let named: Mention | undefined;
  for (const m of mentions) if (m.end <= pos && m.competitor === competitor) named = m;
  // A name closing an aside ("PDD Holdings, the owner of Temu and Pinduoduo, said revenue...") is
  // not the one the figure hangs on.
  if (!named || /^\s*[,)]/u.test(sentence.slice(named.end, named.end + 3))) return null;
  // "Pinduoduo, waar PDD het meeste verdient, telt 880 miljoen kopers": the name a relative clause
  // describes is the one the figure hangs on, not a name inside that clause.
  if (named.market == null) {
    const head = mentions.find((m) => m.end <= named.start && m.competitor === competitor && m.market != null && RELATIVE_AFTER.test(sentence.slice(m.end, m.end + 12)));
    if (head) return head.market ?? null;
  }
  return named.market ?? null;
}

/** The market the sentence's name of a company stands for, when it names it only so (Douyin, Pinduoduo). */
function ownNameMarket(mentions: readonly Mention[], competitor: string): string | null {
  const names = mentions.filter((m) => m.competitor === competitor);
  return names.length > 0 && names.every((m) => m.market != null && m.market === names[0]!.market) ? names[0]!.market! : null;
}

const RELATIVE_AFTER = /^\s*,\s*(?:where|which|whose|où|qui|dont|waar|waarvan|dat|die)(?![\p{L}])/iu;

/**
 * A sentence that names no company and no place goes on about the subject of the one before: when
 * that subject's name stands for a market, so does the figure (round 21): "Douyin was one of the
 * bright spots. The short-video platform said items sold rose 30%" is China's.
 */
function subjectNameMarket(mentions: readonly Mention[], previous: string, competitor: string, ctx: ArticleContext): string | null {
  if (previous === '' || mentions.some((m) => m.competitor !== null)) return null;
  const subject = (ctx.mentions.get(previous) ?? findMentions(previous, ctx.language)).find((m) => m.competitor !== null);
  return subject?.competitor === competitor ? (subject.market ?? null) : null;
}

// A sum of a few units of money with no scale word is a price, a fee or a threshold ("a £12 hair
// straightener", "une pénalité de 5 euros par article", "orders above $29"), never what a company
// reports.
const isPrice = (q: Quantity): boolean => q.kind === 'money' && !q.scaled && Math.abs(q.value) < 1_000;

// A sum told as an average or per head is a rate, not what a company reports: "les vendeurs y
// réalisent en moyenne 1 200 euros de ventes par mois", "$2,400 per seller", "gemiddeld 1.500 euro".
const AVERAGE_BEFORE = /(?<![\p{L}])(?:on average|an average of|average|en moyenne|moyenne de|gemiddeld|gemiddelde)\s+(?:[\p{L}'’]+\s+){0,2}$/iu;
const PER_AFTER =
  /^[^,.;]{0,30}?(?<![\p{L}])(?:per|par|a|each|chacun|chacune|elk|elke)\s+(?:month|year|week|day|seller|merchant|customer|user|order|shopper|mois|an|semaine|jour|vendeur|client|utilisateur|commande|maand|jaar|week|dag|verkoper|klant|gebruiker|bestelling)(?![\p{L}])/iu;
const isPerUnit = (q: Quantity, sentence: string): boolean =>
  q.kind === 'money' && !q.scaled && (AVERAGE_BEFORE.test(sentence.slice(Math.max(0, q.start - 30), q.start)) || PER_AFTER.test(sentence.slice(q.end, q.end + 50)));

function figureStatus(metric: string, q: Quantity, sentence: string, language: Language): Status {
  if (metric === 'investment') return investmentStatus(sentence, language) ?? statusOf(sentence, q.end, language);
  // "terwijl de markt rekende op 115 miljard yuan", "analysts had expected $5bn": the market's estimate.
  if (marketExpects(sentence.slice(Math.max(0, q.start - 80), q.start).split(/[,;:]/u).pop() ?? '')) return 'estimate';
  const status = statusOf(sentence, q.end, language);
  return metric === 'market_share' ? shareStatus(status) : status;
}

/** A figure of a "respectively" list counts what the list's last figure counts. */
function listReading(list: Respective | null, q: Quantity, sentence: string, language: Language, competitor: string): MetricReading | null {
  if (!list || list.last === q || list.last.unit !== q.unit) return null;
  const last = readMetric(list.last, sentence, language, competitor);
  return last ? { ...last, value: q.value } : null;
}

/** The period of the figure a later one is compared with: the last figure's before it, else the nearest one before it. */
function mainPeriod(facts: CandidateFact[], periods: PeriodHit[], q: Quantity): string | null {
  const last = facts[facts.length - 1];
  if (last) return last.period ?? null;
  return nearestPeriod(periods.filter((p) => p.end <= q.start), q.start, q.end);
}

function sentenceFacts(
  sentence: string,
  ctx: ArticleContext,
  previous: string,
  previousMarket: () => string | null,
  recentMarket: () => string | null,
  focusOf: () => string | null,
  severalMarkets: () => string[] = () => [],
  regionOf: (pos: number) => string | null = () => null,
  carried: Told | null = null,
  previousArm: () => string | null = () => null,
  earlier: Told | null = null,
  whole: Whole | null = null,
): CandidateFact[] {
  const { language } = ctx;
  // Most sentences carry neither a figure nor an event: a digit, a multiple word or an event cue
  // is checked first, and company names, markets and periods are only looked for after that.
  const hasDigit = mayHoldNumber(sentence);
  const multiples = findMultiples(sentence, language);
  if (!hasDigit && multiples.length === 0 && !mayHoldEvent(sentence, language)) return [];
  let mentions = ctx.mentions.get(sentence);
  if (!mentions) {
    mentions = withKnownNames(ctx, sentence, findMentions(sentence, language));
    // Kept for the sentences after this one that look back for their subject.
    ctx.mentions.set(sentence, mentions);
  }
  let focusMemo: string | null | undefined;
  const focus = (): string | null => {
    if (focusMemo === undefined) focusMemo = focusOf();
    return focusMemo;
  };
  if (!mentions.some((m) => m.competitor !== null) && focus() === null) return [];
  // Markets and periods are only looked for once a sentence has something to say.
  let markets: MarketHit[] | null = null;
  const marketsOf = (): MarketHit[] => {
    // Kept for the sentences after this one that look back for a market (lastMarket, previousMarket).
    if (!markets) {
      markets = ctx.markets.get(sentence) ?? findMarkets(sentence, language);
      ctx.markets.set(sentence, markets);
    }
    return markets;
  };
  // Where goods are sent from is no market of the sentence's figures ("colis envoyés depuis la Chine").
  let sentFrom: MarketHit[] | null = null;
  const figurePlaces = (): MarketHit[] => {
    // Countries given as a region's examples are the region's ("Latin America, chiefly Brazil and Mexico").
    sentFrom ??= withoutRegionExamples(sentence, marketsOf().filter((m) => !shippedFrom(sentence, m)));
    return sentFrom;
  };
  let periods: PeriodHit[] | null = null;
  const periodsOf = (): PeriodHit[] => {
    periods ??= findPeriods(sentence, language, ctx.anchor);
    return periods;
  };
  const out: CandidateFact[] = [];
  const base = { quote: sentence, language };

  let quantities: Quantity[] = [
    ...(hasDigit ? findQuantities(sentence, language) : []),
    ...multiples,
  ].sort((a, b) => a.start - b.start);
  const respective = quantities.length > 1 ? respectiveFigures(sentence, language, mentions, quantities) : null;
  if (respective) quantities = respective.quantities;
  // A market's size, or what a people spent, is no company's figure (market-statistic.ts).
  const statistic = quantities.length > 0 && peopleOrParcelsSentence(sentence, language, mentions);
  // Only the figures from where the company's is set against the market's (sector-compared.ts).
  const statisticFrom = statistic ? sectorComparedAt(sentence, language) : -1;
  // "in Germany, the UK and Japan ... $10.2bn, $9.1bn and $6.4bn": each figure its country (paired-markets.ts).
  let paired: Map<number, string> | null | undefined;
  let asides: Array<[number, number]> | null = null;
  let lastMoney: Quantity | null = null;
  let ofAKind = false;
  let peopleGate: boolean | undefined;
  let told = null as Told | null;
  // Figures told before an expected one, whose status a cue of that later clause must not set.
  let reported: Array<{ fact: CandidateFact; q: Quantity }> | null = null;
  // The last figure of each kind told so far, the sentence before's last sum first (expectation.ts).
  const toldKind = new Map<Quantity['kind'], Told>();
  if (carried) toldKind.set(carried.kind, carried);
  // Where a sum worked out by the writer starts (computed-figure.ts), once per sentence.
  const computedAt = quantities.length > 0 ? computedFrom(sentence, language) : -1;
  // "X, propriétaire d'une librairie. Son chiffre d'affaires a reculé": the shop's figures (introduced-owner.ts).
  if (quantities.length > 0 && !mentions.some((m) => m.competitor !== null) && possessiveOfIntroduced(sentence, previous, language)) quantities = [];
  for (const found of quantities) {
    // "Forever 21 clothes": the number of a name (numbered-names.ts).
    if (inNumberedName(found, sentence, ctx.numberedNames)) continue;
    let q = found;
    // "valorisée à 66 milliards de dollars, contre 100 milliards": the second sum keeps the currency.
    if (q.kind === 'count' && q.scaled && lastMoney && !countsSomething(q, sentence, language)) {
      q = { ...q, kind: 'money', unit: lastMoney.unit };
    }
    // A conversion in brackets ("95 milliards de yuans (environ 12 milliards d'euros)") is no
    // currency the sentence goes on in.
    if (q.kind === 'money' && q.scaled && !CONVERSION_BEFORE.test(sentence.slice(Math.max(0, q.start - 16), q.start))) lastMoney = q;
    if ((statistic && q.start >= statisticFrom && !pronounShare(q, sentence, language)) || isPrice(q) || isPerUnit(q, sentence) || marketSizeFigure(q, sentence, language)) continue;
    // "If it entered Brazil it could sell $1bn": what would follow from a supposition (conditional-figure.ts).
    // "57% of sellers named fees": a share of people is no company's figure (people-share.ts).
    if (conditionalFigure(q, sentence, language) || computedFigure(q, sentence, computedAt) || peopleShare(q, sentence, language) || ratePercent(q, sentence) || elidedPortion(q, sentence, language)) continue;
    // The most a fine could be (fine-cap.ts); the people a survey asked, whatever reads them.
    if (capFigure(q, sentence, language) || fineCeiling(q, sentence, language) || convertedSum(q, quantities, sentence) || partTold(q, sentence, language) || (q.kind === 'count' && (surveySample(q, sentence, language) || trackedPanel(q, sentence, language)))) continue;
    // "4,6 milliards de ces colis, soit deux fois plus qu'en 2023": the change told beside a count
    // of a kind is that kind's too.
    if (countOfAKind(q, sentence, language) || (ofAKind && (q.unit === 'ratio' || q.unit === 'percent') && (apposedChange(q, sentence) || bareApposedChange(q, sentence)))) {
      ofAKind = true;
      continue;
    }
    // Checked once per sentence: a people and a spending verb must both occur.
    const countable = q.kind === 'money' || q.kind === 'count';
    if (countable && peopleGate === undefined) peopleGate = mayTellSpending(sentence, language);
    const spent = countable && peopleGate ? peopleSpending(q, sentence, language, mentions) : null;
    // What a whole people spent is the market's, and so is the change told beside it.
    if (spent === 'market') {
      ofAKind = true;
      continue;
    }
    // The M of "one in M" and an age bound are no count: no reader takes them up.
    if (noCount(q, sentence)) continue;
    const owner = respective?.owners.get(q.start);
    // "€3bn, against €2bn for Shein": the second figure of a comparison is the other party's.
    const compared = respective ? undefined : comparedOwner(mentions, q, sentence);
    // "the $134.9 billion reported by Meta": who reported a figure told after it owns it (passive-agent.ts).
    const agent = respective || compared !== undefined ? undefined : passiveAgent(mentions, q, sentence, language);
    // What shoppers spend "on the app" is the app's the text is about, though shoppers open the clause.
    // "3,2 miljoen Nederlanders gebruiken de app, tegen 2,1 miljoen voor Shein": the first figure is not Shein's (comparison.ts).
    const against = owner !== undefined || compared !== undefined || agent !== undefined ? undefined : setAgainst(mentions, q, sentence);
    const named =
      owner !== undefined ? owner : compared !== undefined ? compared : agent !== undefined ? agent : against !== undefined && focus() !== against ? focus() : (competitorForFigure(mentions, q.start, sentence, focus()) ?? (spent === 'company' ? focus() : null));
    // A valuation told beside the investors who set it is the company's (investor-valuation.ts).
    const valued = named || owner !== undefined ? null : valuedByInvestors(mentions, q, sentence, language, focus());
    // "..., alors que le consensus tablait sur 157,2 milliards": what was expected of a figure told
    // before it is the same company's, counting the same (expectation.ts).
    const before = q.kind === 'percent' ? undefined : toldKind.get(q.kind);
    const expected = before && (!named || named === before.competitor) ? expectedOf(q, sentence, language, before) : null;
    // "Ahold Delhaize investira 120 millions d'euros dans un entrepôt pour bol" (invested-for.ts).
    const investedIn = named || valued || owner !== undefined ? null : investedFor(mentions, q, sentence, language);
    const competitor = expected ? expected.competitor : (named ?? valued ?? investedIn);
    if (!competitor) continue;
    if (owner === undefined && !valued && !expected && !investedIn && (otherActorsFigure(mentions, q, sentence, language) || untrackedNamedOwner(mentions, q, sentence, language) || unknownNameSubject(mentions, q, sentence) || apposedUntrackedSubject(mentions, q, sentence) || bracketedUntracked(mentions, q, sentence) || shopOwnersFigure(mentions, q, sentence, previous, language) || salesLostTo(mentions, q, sentence, language))) {
      // "..., 17 procent meer dan een jaar eerder": the change told beside another's figure is theirs too.
      ofAKind = true;
      continue;
    }
    const gapped = gappedReading(q, sentence, language, mentions, competitor, told) ?? cliticReading(q, sentence, language, told);
    // "Shein staat op de negende plaats met 420 miljoen euro": a ranking's bare sum counts what the
    // ranking counts, and is told where its sums are (ranked-sum.ts).
    const ranked = rankedSum(q, sentence, language, earlier, previous, competitor);
    const own: MetricReading | null =
      (spent === 'company' ? { metric: q.kind === 'money' ? 'gmv' : 'customers', value: q.value, unit: q.unit } : null) ??
      gapped ??
      partReading(q, sentence, language, told) ??
      readMetric(q, sentence, language, competitor) ??
      (compared ? comparedReading(q, compared, told) : null) ??
      (expected ? { ...expected.reading, value: q.value, unit: q.unit } : null) ??
      bareCountReading(q, sentence, previous, language, competitor) ??
      pointedCount(q, sentence, previous, language, competitor) ??
      (owner !== undefined ? listReading(respective, q, sentence, language, competitor) : antecedentReading(q, sentence, previous, language, competitor, earlier)) ??
      ranked ??
      continuedShare(q, sentence, previous, language);
    // "Thailand followed with $3.6 billion": a country's part of a region's figure (country-part.ts).
    const part = own ? null : countryPart(q, sentence, whole, competitor, figurePlaces());
    const reading = own ?? part;
    if (!reading) continue;
    const toldBefore: Told | null = told;
    if (reading.metric === 'orders' && boughtToTest(sentence, language)) continue;
    if ((reading.metric === 'customers' || reading.metric === 'users') && followers(q, sentence, language)) continue;
    if (reading.metric === 'valuation' && valueMoved(q, sentence, language)) continue;
    // "it fined a cosmetics retailer €3 million": another party's fine (other-fined.ts).
    if (reading.metric === 'fine' && otherFined(mentions, q, sentence, language)) continue;
    // "€45 million ..., though that amount fell 6%": the change of a sum that was no figure (amount-pointer.ts).
    if (reading.metric === 'growth' && !out.some((f) => f.type === 'metric') && quantities.some((p) => p.kind === 'money' && p.end <= q.start) && changeOfThatAmount(q, sentence, language)) continue;
    // A valuation is the whole company's: the city of a stock exchange ("a New York listing that
    // could value it at $90bn", "une cotation à Hong Kong") is no market of it.
    // A listed parent's results are worldwide unless a place is tied to the figure (group-results.ts).
    const groupPlaces = GROUP_RESULTS.has(reading.metric) ? groupResultPlaces(sentence, mentions, q, figurePlaces()) : null;
    // "la plateforme, lancée aux Etats-Unis en 2022, aurait réalisé...": an aside's places are not the figure's (participle-aside.ts).
    asides ??= participleAsides(sentence, language);
    const ownPlaces = outsideAsides(figurePlaces(), q.start, asides);
    const places = outsideAsides(reading.metric === 'valuation' ? valuationPlaces(figurePlaces(), sentence, q.end) : (groupPlaces ?? figurePlaces()), q.start, asides);
    // A figure told with the verb left out is told in the same place unless its clause names one.
    if (paired === undefined) paired = pairedMarkets(sentence, figurePlaces(), quantities);
    const market: string | null =
      paired?.get(q.start) ??
      ((gapped || (toldBefore && elidedPossessive(mentions, q, sentence))) && toldBefore && noneInClause(figurePlaces(), q.start, sentence) ? toldBefore.market : null) ??
      (ranked && noneInClause(figurePlaces(), q.start, sentence) ? (earlier ? earlier.market : previousMarket()) : null) ??
      (reading.metric === 'fine' ? finingAuthority(places, q.start, sentence) : null) ??
      regionOf(q.start) ??
      whereClausePlace(places, q.start, sentence) ??
      marketForFigure(places, q.start, q.end, sentence) ??
      (groupPlaces ? null : impliedMarket(mentions, q.start, competitor, sentence)) ??
      (figurePlaces().length === 0 ? subjectNameMarket(mentions, previous, competitor, ctx) : null) ??
      (ownPlaces.length === 0 || noneInClause(ownPlaces, q.start, sentence)
        ? // "..., but has only 1.5 million customers there": the place of the sentence's other clause (market-context.ts).
          // A pointer reaches into an aside too: "Temu, launched in Germany last year, has 5 million users there".
          (figurePlaces().length > 0 ? pointedInSentence(figurePlaces().filter((h) => h.end <= q.start && (h.end <= clauseAround(sentence, q.start)[0] || !ownPlaces.includes(h))), sentence, language) : null) ??
          inheritedMarket(reading.metric, sentence, language, previousMarket, ctx.defaultMarket, ctx.leadMarket, groupWideInvestment(reading)) ??
          // "Shein Distribution UK booked revenue of £1.55bn. Pre-tax profit rose to £24.5m.": the arm's (market-context.ts).
          (ownPlaces.length === 0 && !mentions.some((m) => m.competitor !== null) ? previousArm() : null)
        : onlyArticleMarket(ownPlaces, reading.metric, ctx.defaultMarket)) ??
      // "...dépassé 10 milliards d'euros en Europe, soit une hausse de 60 %": a change told after a
      // figure is the change of that figure, in its place.
      // "Avec 17 millions de visiteurs, son audience recule de 4 %": the change of an audience just
      // counted is told where it was counted (apposed-change.ts).
      (reading.metric === 'growth' && told && (apposedChange(q, sentence) || (told.competitor === competitor && (told.reading.metric === 'users' || told.reading.metric === 'customers') && audienceChange(q, sentence))) ? told.market : null) ??
      // A share is always of some market: the one the article last named, a few sentences back.
      (reading.metric === 'market_share' ? recentMarket() : null);
    const yearEarlier = isYearEarlierFigure(q, sentence, language);
    // A country's part of a region's figure is told for the whole's period, on the whole's word (country-part.ts).
    let period = (yearEarlier ? yearBefore(mainPeriod(out, periodsOf(), q)) : nearestPeriod(periodsOf(), q.start, q.end)) ?? (part ? whole!.period : null);
    let aimed = plannedStatus(reading.metric, q, sentence, language, period, ctx.anchor) ?? figureStatus(reading.metric, q, sentence, language);
    // "wants 12 million customers by 2028, up from 9 million now": where the aim starts from (standing-level.ts).
    if (aimed === 'target' && isStandingLevel(q, sentence, language)) {
      aimed = 'actual';
      if (!yearEarlier) period = standingPeriod(periodsOf(), q, sentence);
    }
    // "Mintel expects Temu's UK sales to grow 25%": an outsider's expectation is its estimate (outside-expecter.ts).
    const status = aimed === 'target' && outsideExpecter(sentence, q.start, competitor, mentions, language) ? 'estimate' : part && aimed === 'actual' ? whole!.status : aimed;
    // "wants to double that number": a count aimed at is told by its level (multiple-object.ts).
    if (status === 'target' && reading.unit === 'ratio' && aimedCountMultiple(q, sentence, language)) continue;
    const fact: CandidateFact = {
      competitor,
      type: 'metric',
      metric: reading.metric,
      value: reading.value,
      unit: reading.unit,
      market,
      // Money or jobs still to come are planned though no aim is named (planned-figure.ts); what
      // was expected is an estimate, never what was reported.
      status: expected && status === 'actual' ? 'estimate' : status,
      period,
      ...base,
    };
    // "...a publié un bénéfice net de 30 milliards, loin des 32 milliards attendus par les analystes":
    // the analysts' cue is the expected figure's, not the reported one's before it.
    if (expected) {
      const clause = sentence.lastIndexOf(',', q.start);
      for (const r of reported ?? []) {
        if (r.fact.status === 'estimate' && clause >= r.q.end && r.fact.metric) r.fact.status = figureStatus(r.fact.metric, r.q, sentence.slice(0, clause), language);
      }
      reported = [];
    } else if (status === 'estimate') {
      reported ??= [];
      reported.push({ fact, q });
    }
    out.push(fact);
    told = { competitor, kind: q.kind, reading, market };
    // A conversion in brackets is not the sum the sentence goes on setting figures against.
    if (q.kind !== 'money' || !CONVERSION_BEFORE.test(sentence.slice(Math.max(0, q.start - 16), q.start))) toldKind.set(q.kind, told);
    if (owner === undefined) for (const other of jointSubjects(mentions, q.start, sentence, competitor)) out.push({ ...fact, competitor: other });
  }

  let cues = findEvents(sentence, language, marketsOf, mentions);
  // A sentence whose cues were all read in another sense tells no announced entry either.
  const cued = cues.length > 0;
  if (cues.length > 0) cues = withoutOthersMoves(withoutMisreadEvents(withoutOtherSenses(withoutOthersEvents(cues, sentence, language, mentions, ctx.anchor?.year ?? null), sentence, language), sentence, language, mentions), sentence, language, mentions);
  // A named sales day in a sentence that reports a figure dates the figure ("its Black Friday
  // sales reached $2 billion"): the figure is the news, not a promotion.
  // A day of the month ("until Cyber Monday on 2 December") is a date, no figure.
  if (cues.some((c) => c.event === 'promotion') && datesAFigure(quantities, sentence, out.some((f) => f.type === 'metric'), (q) => isDuration(q, sentence))) cues = cues.filter((c) => c.event !== 'promotion' || !SALES_DAY.test(sentence.slice(c.start, c.end)));
  if (!cued && out.length === 0) {
    const entry = announcedEntry(sentence, language, marketsOf);
    if (entry) cues = [entry];
  }
  if (cues.length > 0 && (deniesEvent(sentence, language) || isHypothetical(sentence, language))) cues = [];
  // "could launch", "pourrait se lancer"; "Years ago, Amazon pulled out of China" (round 18).
  if (cues.length > 0) cues = cues.filter((c) => !unrealOrPast(sentence, c.start, c.end, language, ctx.anchor?.year ?? null));
  if (cues.some((c) => c.event === 'acquisition') && boughtToTest(sentence, language)) cues = cues.filter((c) => c.event !== 'acquisition');
  for (const cue of cues) {
    const named = competitorsForEvent(mentions, cue.start, sentence, focus(), cue.end, cue.event === 'regulation');
    // "both platforms" with no name is the title's two companies (both-companies.ts).
    const competitors = named.length === 1 && !mentions.some((m) => m.competitor !== null) ? (bothCompanies(sentence, language, ctx.titlePair) ?? named) : named;
    let places: Array<string | null> = cue.markets;
    if (places.length === 0) {
      // "TikTok Shop held its own sale in the US, with discounts of up to 50%": the one place the
      // sentence names, in another clause, before the sentences before it. A move to or from places
      // (a launch, an expansion, an exit) is not told by a place in another clause: "after winning customers
      // in the US, it wants to expand to new markets".
      // "Chen replaces Zhao, who will move to a role in Singapore": a place told of a person in an aside is their post's.
      const own = MOVES.has(cue.event) ? null : ownSingleMarket(figurePlaces().filter((m) => !namedInPersonAside(sentence, cue.end, m.start)), sentence, cues, marketsOf());
      // A raise is the whole company's: with no place of its own it takes none from the article
      // ("was valued at $66 billion in a funding round in May").
      const inherited = own ?? (cue.event === 'funding' ? null : eventMarket(recentMarket, ctx.defaultMarket));
      places = inherited && !towardNewMarkets(sentence.slice(cue.start, cue.end)) ? [inherited] : NEEDS_MARKET.has(cue.event) ? severalMarkets() : [null];
    }
    const period = competitors.length > 0 ? nearestPeriod(periodsOf(), cue.start, cue.end) : null;
    const planned = (cue.event === 'expansion' && cue.planned !== false) || isFuture(period, ctx.anchor);
    for (const competitor of competitors) {
      // Bol sells only in the Netherlands and Belgium: its sale told with no place is at home (home-sale.ts).
      // "Pinduoduo handed out coupons": a name that only exists in one market places its move there.
      const own = places.length === 0 ? ownNameMarket(mentions, competitor) : null;
      for (const market of own ? [own] : places.length === 0 && homeSale(cue.event, competitor) ? [null] : places) {
        out.push({
          competitor,
          type: 'event',
          event: cue.event,
          market,
          status: planned ? 'target' : 'actual',
          period,
          ...base,
        });
      }
    }
  }
  return out;
}

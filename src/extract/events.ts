import { type EventName, LANGUAGES, type Language } from '../domain/vocabulary.js';
import { otherSense } from './cue-senses.js';
import { worldOrThere } from './event-place.js';
import { formerPost, misreadCue } from './cue-misreadings.js';
import { cueObjectMisread } from './cue-objects.js';
import { MORE_CUES } from './event-cues-more.js';
import { ROUND_13_CUES } from './event-cues-r13.js';
import { ROUND_14_CUES } from './event-cues-r14.js';
import { ROUND_15_CUES } from './event-cues-r15.js';
import { ROUND_16_CUES } from './event-cues-r16.js';
import { ROUND_17_CUES } from './event-cues-r17.js';
import { ROUND_18_RECALL_CUES } from './event-cues-r18-recall.js';
import { ROUND_18_CUES } from './event-cues-r18.js';
import { ROUND_19_CUES } from './event-cues-r19.js';
import { ROUND_20_CUES } from './event-cues-r20.js';
import { ROUND_20B_CUES } from './event-cues-r20b.js';
import { ROUND_20C_CUES } from './event-cues-r20c.js';
import { ROUND_21_CUES } from './event-cues-r21.js';
import { lacksCapital } from './capital-after.js';
import { doubtfulCue, launchesAnotherCue } from './event-doubts.js';
import { startsASale } from './event-doubts-r14.js';
import { notAMarket } from './not-a-market.js';
import { type CompiledCues, EVENT_CUES, FUTURE, SOON } from './event-cues.js';
import { anyPassGate, holdsCue } from './cue-pass.js';
import { clauseAround, type MarketHit } from './markets.js';
import { authorityMarkets, subjectCountry } from './place-exceptions.js';
import { shippedFrom } from './shipped-from.js';
import { negatedCue } from './negated-cue.js';
import { echoesEarlierLaunch } from './event-echo.js';
import { withoutApposedRegions } from './apposed-region.js';
import { acquiredMarket } from './acquired-company.js';
import { shoppersMarket } from './shopper-market.js';
import { closesAll, ruledSuspension } from './ruled-suspension.js';
import { coordinatedClauseAt, coordinatedClauseBefore } from './coordinated-clause.js';
import { mayEndOn } from './tail-words.js';
import { declareGate } from './gates.js';
import { leftOut } from './left-out.js';
import { lacksPerson } from './person-cue.js';
import { ledByAPerson } from './led-rollout.js';
import { mustWait } from './must-wait.js';
import { openedProbe } from './opened-probe.js';
import { presentedAs } from './presented-as.js';
import { opensABuilding } from './facility-opened.js';
import { barredFrom } from './barred-from.js';

export interface EventCue {
  event: EventName;
  start: number;
  end: number;
  /** Markets this cue speaks of (empty: none named). */
  markets: string[];
  /** False for an expansion already made (a warehouse opened); else an expansion is planned. */
  planned?: boolean;
}

// Events whose market is the point of the news: without one named they are not worth a fact.
export const NEEDS_MARKET: ReadonlySet<EventName> = new Set(['launch', 'expansion', 'suspension', 'exit', 'regulation', 'promotion']);

// Where goods come from is not where the event happens: "a levy on parcels from China",
// "les colis en provenance de Chine", "livrés depuis la Chine", "pakketjes uit China". Leaving a country is the exception.
const ORIGIN_BEFORE =
  /(?<![\p{L}])(?:(?:part\p{L}*|expédi\p{L}*|arriv\p{L}*|vient|viennent|provien\p{L}*|shipped|sent|verstuurd|verzonden|komen|komt)\s+(?:directement\s+|rechtstreeks\s+|direct\s+)?(?:de|d['’]|du|des|from|uit|vanuit)(?:\s+la|\s+l['’])?|from|depuis(?:\s+la|\s+l['’])?|outside|beyond|hors d['’]|hors de(?:\s+la|\s+l['’])?|en dehors de(?:\s+la|\s+l['’])?|au-delà d['’]|au-delà de(?:\s+la|\s+l['’])?|au-delà des|au-delà du|buiten|shipped from|imported from|made in|en provenance d['’]|en provenance de(?:\s+la|\s+l['’])?|venant d['’]|venant de(?:\s+la|\s+l['’])?|venus d['’]|venus de(?:\s+la|\s+l['’])?|importés? d['’]|importés? de(?:\s+la|\s+l['’])?|uit|vanuit)\s*(?:the\s+|het\s+|(?<=buiten\s+)de\s+)?$/iu;

// The words ORIGIN_BEFORE and DEPOT_BEFORE end on (then spaces): checked first (tail-words.ts).
const ORIGIN_LAST_WORDS = ['depuis', 'de', "d'", 'd’', 'du', 'des', 'from', 'uit', 'vanuit', 'la', "l'", 'l’', 'outside', 'beyond', 'buiten', 'in', 'the', 'het'];
const DEPOT_LAST_WORDS = ['in', 'en', 'au', 'aux', 'dans', 'the', 'het'];
declareGate('events: origin before', ORIGIN_BEFORE, (text) => mayEndOn(text, ORIGIN_LAST_WORDS, 7));
for (const l of LANGUAGES) declareGate(`events: cues (${l})`, EVENT_CUES[l].re, EVENT_CUES[l].gate);

// The passes after the first, in the order their cues were added (cue-pass.ts).
const EXTRA_PASSES = [MORE_CUES, ROUND_13_CUES, ROUND_14_CUES, ROUND_15_CUES, ROUND_16_CUES, ROUND_17_CUES, ROUND_18_RECALL_CUES, ROUND_18_CUES, ROUND_19_CUES, ROUND_20_CUES, ROUND_20B_CUES, ROUND_20C_CUES, ROUND_21_CUES];
const mayNeedExtraPass = anyPassGate('extra passes', EXTRA_PASSES);

// The extra passes a sentence's gates let through, found once for mayHoldEvent and findEvents,
// which are asked about the same sentence one after the other.
let passesFor: { sentence: string; language: Language; passes: CompiledCues[] } | null = null;
function extraPasses(sentence: string, language: Language): CompiledCues[] {
  if (passesFor?.sentence === sentence && passesFor.language === language) return passesFor.passes;
  const passes = mayNeedExtraPass(sentence, language) ? EXTRA_PASSES.flatMap((pass) => pass.cues(sentence, language) ?? []) : [];
  passesFor = { sentence, language, passes };
  return passes;
}

/**
 * Event cues in a sentence, each with the markets it speaks of: those after the cue up to the
 * next cue ("launched in the US ... and arrived in Europe, starting with France, Germany"),
 * else those before it back to the previous cue or comma ("Jakarta banned ...").
 */
export function findEvents(sentence: string, language: Language, marketsOf: () => MarketHit[], names: ReadonlyArray<{ start: number; end: number }> = []): EventCue[] {
  const raw: Array<{ event: EventName; start: number; end: number }> = [];
  const eighth = ROUND_18_CUES.compiled[language];
  const passes = [EVENT_CUES[language], ...extraPasses(sentence, language)];
  for (const pass of passes) {
    const { re, events, gate, read } = pass;
    // The gate finds where the next cue starts; the cue regex, run from there, matches right there
    // and reads which cue it is, as it would have had it searched the whole way itself. The reader
    // reads the same match with fewer alternatives (cue-reader.ts); the regex is the fallback.
    gate.lastIndex = 0;
    for (let at = gate.exec(sentence); at !== null; at = gate.exec(sentence)) {
      const m = read(sentence, at.index) ?? searchFrom(re, sentence, at.index);
      if (m === null) break;
      gate.lastIndex = m.index + m[0].length;
      const groups = m.groups ?? {};
      const event = events.find((e) => groups[e] !== undefined);
      if (event && !notAnEvent(sentence, m.index, m[0], event) && !misreadCue(sentence, m.index, m[0], event, language) && !cueObjectMisread(sentence, m.index, m[0], event, language) && !DEMANDED[language].test(sentence.slice(Math.max(0, m.index - 70), m.index)) && !negatedCue(sentence, m.index, language) && !(event === 'launch' && echoesEarlierLaunch(sentence, m.index, m[0], language)) && !doubtfulCue(sentence, m.index, m[0], event, language) && !(event === 'leadership' && lacksPerson(sentence, m.index, m[0])) && !(event === 'launch' && openedProbe(sentence, m.index)) && !(event === 'promotion' && presentedAs(sentence, m.index, m[0])) && !(pass === eighth && lacksCapital(sentence, m.index, m.index + m[0].length)))
        raw.push({ event: event === 'suspension' ? (ruledSuspension(sentence, m.index, language) ? 'regulation' : closesAll(sentence, m.index) ? 'exit' : event) : event, start: m.index, end: m.index + m[0].length });
    }
  }
  if (raw.length === 0) return [];
  // The second pass's cues (event-cues-more.ts) join the first's in the order of the sentence.
  if (passes.length > 1) raw.sort((a, b) => a.start - b.start);
  // "Black Friday discounts", "promotions et réductions": one offer told with two cue words.
  for (let i = raw.length - 1; i > 0; i--) {
    const a = raw[i - 1]!;
    const b = raw[i]!;
    if (a.event === b.event && /^[\s-]*(?:(?:and|et|en|&|,)\s*)?$/iu.test(sentence.slice(a.end, b.start))) {
      a.end = b.end;
      raw.splice(i, 1);
    }
  }
  const cues = raw.filter((c) => !isObjectOfAnother(c, raw, sentence) && !launchesAnotherCue(c, raw, sentence) && !startsASale(c, raw, sentence));
  const areas = withoutApposedRegions(sentence, marketsOf().filter((m) => m.kind !== 'global'));
  // The places that are no origin of goods are the same for every cue: found once.
  let notOrigins: MarketHit[] | null = null;
  const noOrigins = (): MarketHit[] => {
    notOrigins ??= withoutOrigins(sentence, areas);
    return notOrigins;
  };
  return withoutPlacelessTwins(cues.map((cue, i) => {
    const previous = i > 0 ? cues[i - 1]!.end : 0;
    const next = Math.min(cues[i + 1]?.start ?? sentence.length, clauseEnd(sentence, cue.end), nextSubject(sentence, names, cue.end), coordinatedClauseAt(sentence, cue.end, language), relativePlaceEnd(sentence, cue.start, cue.end));
    // Leaving a country is no origin of goods, but goods sent from one still are: "stopte met het
    // verzenden van goederen uit China naar Amerikaanse klanten".
    const places = cue.event === 'exit' ? areas.filter((m) => !GOODS_FROM_BEFORE.test(sentence.slice(Math.max(0, m.start - 40), m.start))) : noOrigins();
    let mine = places.filter((m) => m.start >= cue.start && m.start < next);
    let excluded = false;
    // A new boss's former post is no market of the appointment: "appoints X, previously head of Asia".
    if (cue.event === 'leadership') mine = mine.filter((m) => !formerPost(sentence, m));
    if (cue.event === 'launch' && mine.length > 0 && next < sentence.length) mine = [...mine, ...launchedBefore(sentence, next, places)];
    // "launched Haul, its own storefront for cheap goods, in the United States": the place follows
    // an apposition that describes what was launched.
    if (mine.length === 0 && (cue.event === 'launch' || cue.event === 'expansion') && next < sentence.length && sentence.charCodeAt(next) === 44) {
      const apposition = APPOSITION_THEN_PLACE.exec(sentence.slice(next, next + 140));
      if (apposition) mine = places.filter((m) => m.start === next + apposition[0].length);
    }
    if (mine.length === 0) {
      const comma = Math.max(sentence.lastIndexOf(',', cue.start), sentence.lastIndexOf(';', cue.start));
      // "He led the rollout in Spain and Italy and is succeeded by ...": the places after another
      // cue are that cue's, not a change at the top told after it.
      // "cuts jobs in London and delays its Benelux launch": a place before the verb of the cue's own clause is the other clause's.
      const own = i > 0 ? Math.max(previous, coordinatedClauseBefore(sentence, cue.start, language)) : previous;
      mine = cue.event === 'leadership' && i > 0 ? [] : places.filter((m) => m.start >= Math.max(own, comma + 1) && m.end <= cue.start);
      // "dat al in Duitsland, Frankrijk, Spanje en Italië van start ging": the commas of a list of
      // places before a verb at the end are no clause's end.
      if (mine.length > 0 && comma > previous) mine = [...listedBefore(sentence, comma, Math.max(previous, 0), mine[0]!, places), ...mine];
      // "Belgium and the Netherlands are not part of this rollout": places left out of the event.
      if (mine.length > 0 && leftOut(sentence.slice(mine[mine.length - 1]!.end, cue.start))) {
        mine = [];
        excluded = true;
      }
      // "In Germany and Italy, where the service opened the same day, ...": a relative clause
      // tells of the places named just before it.
      // "amazon.se, die in 2020 online ging", "its Polish site, which opened in 2021": a relative
      // clause that opens on the thing launched takes the place named in it.
      if (mine.length === 0 && comma > 0 && (cue.event === 'launch' || cue.event === 'expansion') && RELATIVE_THING.test(sentence.slice(comma + 1, cue.start))) {
        const opening = Math.max(sentence.lastIndexOf(',', comma - 1), sentence.lastIndexOf(';', comma - 1));
        mine = places.filter((m) => m.start >= opening + 1 && m.end <= comma);
      }
      if (mine.length === 0 && comma > 0 && RELATIVE_PLACE.test(sentence.slice(comma + 1, cue.start))) {
        let opening = Math.max(sentence.lastIndexOf(',', comma - 1), sentence.lastIndexOf(';', comma - 1));
        // "In the United States, however, where it launched": an aside word between the place and the clause.
        if (opening > 0 && ASIDE_WORD.test(sentence.slice(opening + 1, comma))) opening = Math.max(sentence.lastIndexOf(',', opening - 1), sentence.lastIndexOf(';', opening - 1));
        // The place named just before may be where goods or growth came from, and the clause's cues all
        // tell of it: "Much of the growth came from Indonesia, where a ban forced it to close".
        mine = areas.filter((m) => m.start >= opening + 1 && m.end <= comma);
      }
      // "Temu zegt in Spanje 12 miljoen gebruikers te hebben, een jaar na de lancering": a launch
      // told to date the main clause is the launch in the one place that clause names.
      if (mine.length === 0 && cue.event === 'launch' && SINCE_THE_ENTRY.test(sentence.slice(Math.max(0, cue.start - 30), cue.start))) {
        const earlier = places.filter((m) => m.end <= cue.start);
        if (earlier.length > 0 && earlier.every((m) => m.code === earlier[0]!.code)) mine = [earlier[0]!];
      }
      // A rule's maker may stand before an apposition: "France's consumer watchdog, the DGCCRF, fined Shein".
      if (mine.length === 0 && cue.event === 'regulation') mine = places.filter((m) => m.start >= previous && m.end <= cue.start).slice(-1);
    }
    // "La CNIL a infligé à la filiale irlandaise de Shein une amende": the authority that rules, in the cue's clause, is its market.
    // So is a country that is the subject of the cue's clause: "Mexico will charge a tariff on parcels from China".
    if (cue.event === 'regulation') {
      const from = Math.max(previous, clauseAround(sentence, cue.start)[0]);
      const makers = authorityMarkets(places, from, cue.start, sentence);
      const subject = makers.length === 0 ? subjectCountry(places, from, cue.start, sentence) : null;
      if (makers.length > 0) mine = makers;
      else if (subject) mine = [subject];
    }
    if (excluded) return null;
    // "He led the rollout in Spain": a person's past job, no event (its places stay its own, not the next cue's).
    if ((cue.event === 'launch' || cue.event === 'expansion') && ledByAPerson(sentence, cue.start)) return null;
    // "arrives in France, Belgium will have to wait": a place told to wait is no market of the launch.
    if ((cue.event === 'launch' || cue.event === 'expansion') && mine.length > 0) {
      const waiting = mine.filter((m) => !mustWait(sentence, m.end));
      if (waiting.length === 0) return null;
      mine = waiting;
    }
    if (mine.length === 0) mine = worldOrThere(sentence, cue.start, cue.end, next, marketsOf(), places, language);
    // So is a partnership's, told by the shoppers its service is for (round 15): "a deal with bpost:
    // Belgian customers can collect their parcels at 1,200 more points".
    if (mine.length === 0 && (cue.event === 'promotion' || cue.event === 'partnership')) mine = shoppersMarket(sentence, places);
    // "expands its cloud infrastructure", "étend son offre", "breidt zijn assortiment uit": growing a
    // thing, not entering a place.
    if (cue.event === 'expansion' && !places.some((m) => m.start >= cue.end && m.start < next) && GROWS_A_THING[language].test(sentence.slice(cue.start, cue.end + 40))) return null;
    // "le déploiement de son infrastructure cloud", "rolling out its new checkout": deploying a thing
    // of its own, with no place named after it, is no launch in a market.
    if (cue.event === 'launch' && !places.some((m) => m.start >= cue.end && m.start < next) && DEPLOYS_A_THING[language].test(sentence.slice(cue.start, cue.end + 40))) return null;
    if ((cue.event === 'launch' || cue.event === 'expansion') && SHELVED[language].test(sentence.slice(cue.end, clauseEnd(sentence, cue.end)))) return null;
    // "courting sellers since opening a marketplace in the US and says it aims to": an entry told
    // after "since" is past, whatever the rest of its clause plans.
    const future = (!SINCE_BEFORE.test(sentence.slice(Math.max(0, cue.start - 20), cue.start)) && FUTURE[language].test(clauseAt(sentence, cue.start, cue.end))) || (language === 'en' && headlineTo(sentence, cue.start));
    const facility = cue.event === 'launch' && !future && opensABuilding(sentence, cue.start, cue.end);
    const event: EventName = cue.event === 'launch' && (future || facility) ? 'expansion' : cue.event;
    const codes = mine.map((m) => (event === 'regulation' && isBrussels(sentence.slice(m.start, m.end)) ? 'EU' : m.code));
    const bought = event === 'acquisition' && codes.length === 0 ? acquiredMarket(sentence) : null;
    if (bought) codes.push(bought);
    return { event, start: cue.start, end: cue.end, markets: [...new Set(codes)], ...(facility ? { planned: false } : {}) };
  }).filter((c): c is EventCue => c !== null), sentence).map((c, _, all) => (c.event === 'layoff' && c.markets.length === 0 ? { ...c, markets: closedPlaces(all) } : c));
}

// A headline's "Name to do": "Amazon to open Tilburg delivery station", "Shein to launch UK
// marketplace" tell what will happen (round 20c). The name before "to" is capitalised.
const HEADLINE_TO = /\p{Lu}[\p{L}\p{N}.’'-]*\s+to\s+$/u;
const headlineTo = (sentence: string, start: number): boolean => sentence.slice(Math.max(0, start - 4), start) === ' to ' && HEADLINE_TO.test(sentence.slice(Math.max(0, start - 40), start));

function searchFrom(re: RegExp, sentence: string, from: number): RegExpExecArray | null {
  re.lastIndex = from;
  return re.exec(sentence);
}

// "la fermeture de ses entrepôts québécois, une décision qui touchera 1 700 employés": jobs lost
// by a closure are lost where it closes.
const closedPlaces = (cues: EventCue[]): string[] => cues.find((o) => (o.event === 'suspension' || o.event === 'exit') && o.markets.length > 0)?.markets ?? [];

/**
 * One event told by two cues of a sentence ("Prime Day ran ..., and in the Netherlands bol answered
 * with its own deal days, offering discounts"): a cue with no market of its own is the same event
 * as one that has some, and takes no market from elsewhere.
 */
function withoutPlacelessTwins(cues: EventCue[], sentence: string): EventCue[] {
  if (cues.length < 2) return cues;
  return cues.filter((c) => c.markets.length > 0 || !cues.some((o) => o !== c && o.event === c.event && o.markets.length > 0 && !contrasted(sentence, c, o)));
}

// "Shein received the same designation, while Amazon is contesting its own designation": two
// subjects set against each other tell two events, not one told twice.
const CONTRAST = /(?:,\s*|\s)(?:while|whereas|but|alors que|tandis que|mais|terwijl|maar)\s/iu;
const contrasted = (sentence: string, a: EventCue, b: EventCue): boolean =>
  CONTRAST.test(a.end <= b.start ? sentence.slice(a.end, b.start) : sentence.slice(b.end, a.start));

const APPOSITION_THEN_PLACE =
  /^,\s+(?:its|their|his|her|son|sa|ses|leur|leurs|zijn|haar|hun|a|an|the|un|une|een)\s[^,;:.]{1,90},\s+(?:in|into|to|en|au|aux|dans|naar)\s+(?:(?:the|het|de|la|le)\s+|l['’])?/iu;

// "launched in France, a week after Germany and Italy", "quatre mois après l'Espagne": the places
// a launch came after, named alone, are launches told in passing.
const AFTER_PLACES = /^\s*(?:after|après)\s/iu;
const BETWEEN_PLACES = /^(?:\s|,|&|and|et|en|the|la|le|les|l['’])*$/iu;

function launchedBefore(sentence: string, at: number, places: MarketHit[]): MarketHit[] {
  const head = AFTER_PLACES.exec(sentence.slice(at, at + 12));
  if (!head) return [];
  const from = at + head[0].length;
  const stop = sentence.slice(from).search(/[,.;:!?]|$/u);
  const end = from + (stop < 0 ? sentence.length - from : stop);
  const named = places.filter((m) => m.start >= from && m.end <= end);
  if (named.length === 0) return [];
  let gaps = sentence.slice(from, named[0]!.start) + sentence.slice(named[named.length - 1]!.end, end);
  for (let k = 1; k < named.length; k++) gaps += ` ${sentence.slice(named[k - 1]!.end, Math.max(named[k - 1]!.end, named[k]!.start))}`;
  return BETWEEN_PLACES.test(gaps) ? named : [];
}

/** The places listed before `comma` (each ending right at a comma), when the place after it opens its clause. */
function listedBefore(sentence: string, comma: number, previous: number, first: MarketHit, places: MarketHit[]): MarketHit[] {
  if (sentence.slice(comma + 1, first.start).trim() !== '') return [];
  const out: MarketHit[] = [];
  let at = comma;
  for (;;) {
    const place = places.find((m) => m.end <= at && m.start >= previous && sentence.slice(m.end, at).trim() === '');
    if (!place) break;
    out.unshift(place);
    const before = sentence.slice(Math.max(previous, place.start - 3), place.start);
    if (!/,\s*$/u.test(before)) break;
    at = sentence.lastIndexOf(',', place.start);
  }
  return out;
}

const SINCE_THE_ENTRY = /(?<![\p{L}])(?:after|since|na|sinds|après|depuis)\s+(?:the|its|de|het|zijn|haar|le|son|sa|l['’])\s*$/iu;

// What someone calls for has not happened: "consumer groups have called on Brussels to suspend the
// app", "les commerçants réclament un durcissement de la taxe", "Ondernemers eisen een verbod".
const DEMANDED: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:call(?:s|ed|ing)? (?:on|for)|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?|lobb(?:y|ies|ied|ying) for|press(?:es|ed|ing)? for|campaign(?:s|ed|ing)? for|petition(?:s|ed|ing)? for)(?![\p{L}])[^.;:]{0,60}$/iu,
  fr: /(?<![\p{L}])(?:appell?(?:e|ent|ait|aient|é|ant) à|réclam(?:e|ent|ait|aient|é|ant)|exig(?:e|ent|eait|eaient|é|eant)|plaid(?:e|ent|ait|é) pour|militent pour|milite pour)(?![\p{L}])[^.;:]{0,60}$/iu,
  nl: /(?<![\p{L}])(?:roep(?:t|en)|riep(?:en)?|eis(?:t|en|te|ten)|pleit(?:en|te|ten)? voor|dring(?:t|en) aan op|vraag(?:t|en) om)(?![\p{L}])[^.;:]{0,60}$/iu,
};

// "In Japan, where it launched in June, it wants ... and in Brazil ...": a cue in a clause about the
// place just named ends at that clause's comma; the places after it are the main clause's (round 16).
function relativePlaceEnd(sentence: string, start: number, end: number): number {
  const comma = sentence.lastIndexOf(',', start);
  if (comma < 0 || !RELATIVE_PLACE.test(sentence.slice(comma + 1, start))) return sentence.length;
  const close = sentence.indexOf(',', end);
  return close < 0 ? sentence.length : close;
}

// A clause about the place just named: "..., where it opened", "..., où il a ouvert", "..., waar het opende".
const RELATIVE_PLACE = /^\s*(?:where|où|waar)(?![\p{L}])[^,;:]*$/iu;
const RELATIVE_THING = /^\s*(?:which|that|qui|die|dat)(?![\p{L}])[^,;:]*$/iu;
const ASIDE_WORD = /^\s*(?:however|though|meanwhile|by contrast|in turn|cependant|toutefois|pourtant|en revanche|par contre|echter|daarentegen|evenwel|intussen)\s*$/iu;

// A plan told as given up is no event: "a plan to open a warehouse there was shelved", "le projet
// d'ouvrir un entrepôt a été abandonné", "de plannen om er te openen werden in de ijskast gezet".
const SHELVED: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:shelved|scrapped|abandoned|cancell?ed|called off|put on ice|dropped)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:abandonnée?s?|enterrée?s?|annulée?s?|mise? entre parenthèses|mise? au placard)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:in de ijskast|afgeblazen|geannuleerd|opgegeven|van tafel)(?![\p{L}])/iu,
};

const GROWS_A_THING: Record<Language, RegExp> = {
  en: /^expand(?:s|ed|ing)?\s+(?:its|their|the|a|an|his|her)\s/iu,
  fr: /^(?:s['’])?étend(?:re)?\s+(?:son|sa|ses|leur|leurs|le|la|les|l['’]|un|une)\s*/iu,
  nl: /^(?:breidt\s+(?:zijn|haar|hun|het|de|een)\s|uitbreiding\s+van\s+(?:zijn|haar|hun|het|de)\s)/iu,
};

const DEPLOYS_A_THING: Record<Language, RegExp> = {
  en: /^(?:roll(?:s|ed|ing)? out|roll-?out of|unveil(?:s|ed|ing)?)\s+(?:its|their)\s/iu,
  fr: /^(?:déploiement|déploie|déployé|dévoil(?:e|é|ée|ent))\s+(?:de\s+|d['’])?(?:son|sa|ses|leur|leurs)\s/iu,
  nl: /^(?:uitrol\s+van|rolt|onthult|onthulde)\s+(?:zijn|haar|hun)\s/iu,
};

// A cue that is the object of another is no event of its own: a launch or expansion that is
// paused ("suspend le lancement", "halted its expansion"), an investigation that is launched
// ("launched an investigation", "een onderzoek gestart"), discounts that are fined ("fined for
// misleading discounts", "onderzoek naar nepkortingen").
// Cues that are capitalised by nature; any other cue capitalised mid-sentence is part of a name:
// "l'Alliance du commerce", "the Law Commission", "Promotions Ltd".
const PROPER_CUE = /^(?:Black Friday|Cyber Monday|Singles|Prime Day|French Days|Double|(?:Big |Great |Mega )?Deal Days|(?:Summer|Winter|Spring|Flash|Holiday|Anniversary|Clearance) Sales?|Digital (?:Services|Markets) Act)/u;
// Regulators as the ones told or filed with are where a figure was reported, not an action: "told
// regulators it reaches 22 million users", "a indiqué aux régulateurs", "meldde aan de toezichthouder";
// the word before may be an abbreviated place: "a report filed with U.S. regulators" (round 20).
const ADDRESSEE_BEFORE =
  /(?<![\p{L}])(?:told|informed|filed with|reported to|submitted to|aux|auprès des|indiqué aux|aan(?:\s+de)?)\s+(?:the\s+|les\s+|de\s+)?(?:\p{L}[\p{L}.]*\s+)?$/iu;
const UNSURE_STEMS = ['ncertain', 'ncertitude', 'nzekerhe'];
const UNSURE_BEFORE = /(?<![\p{L}])(?:uncertaint(?:y|ies)|incertitudes?|onzekerhe(?:id|den))\s+(?:[\p{L}'’-]+\s+){0,4}$/iu;
// "pre-tax profit" and "after-tax income" are accounting, not a tax.
const ACCOUNTING_TAX = /(?:pre|after|before|after)[-\s]$/iu;

// "a discount storefront", "une enseigne discount", "the discount app": a word for a kind of
// shop names what the shop is, not a promotion it runs.
const SHOP_AFTER =
  /^[\s-]*(?:store|stores|storefront|shop|shops|section|app|platform|chain|chains|retailer|retailers|brand|model|marketplace|site|outlet|outlets|channel|tab|programme|program|focused|oriented|player|players|giant|rival|rivals|format|enseigne|magasin|plateforme|winkel|winkels|keten|formule|platform)(?![\p{L}])/iu;
const SHOP_BEFORE = /(?:enseigne|enseignes|magasin|magasins|plateforme|modèle|chaîne|géant|acteur|acteurs|spécialiste)\s+(?:du\s+|de\s+)?$/iu;

// Leaving an app or a page is no exit from a market: "acheter sans quitter l'application",
// "without leaving the app", "zonder de app te verlaten".
const LEAVES_A_SCREEN =
  /^\s*(?:(?:the|their|its|l['’]|la|le|les|leur|son|sa|de|het|hun|zijn)\s*)?(?:app|apps|application|appli|site|website|page|platform|plateforme|panier|basket|cart|feed|fil|video|vidéo|stream|live)(?![\p{L}])/iu;
const WITHOUT_BEFORE = /(?<![\p{L}])(?:sans|without)\s+$/iu;

// Working with a number of sellers is the size of a marketplace, not a partnership: "werkt samen
// met ruim 55.000 verkooppartners", "partners with more than 10,000 brands".
const COUNTED_PARTNERS =
  /^\s*(?:(?:met|with|avec)\s+)?(?:(?:ruim|meer dan|bijna|zo['’]n|ongeveer|more than|over|nearly|almost|about|around|some|plus de|près de|environ|quelque)\s+)?\d/iu;

// A study is no investigation: "blijkt uit onderzoek van marktonderzoeker X", "volgens onderzoek",
// "selon une enquête de l'institut", "une enquête menée auprès de 2 000 consommateurs". "Selon
// l'enquête" points back to the investigation already told, and stays one.
// A study held every year is one whatever points to it (round 21): "selon l'enquête annuelle de la
// fédération", "uit het jaarlijkse onderzoek van de branchevereniging".
const RESEARCH_BEFORE = /(?<![\p{L}])(?:(?:uit|volgens|blijkens|aldus|selon|d['’]après)\s+(?:(?:een|nieuw|recent|une|nouvelle|récente)\s+)*|(?:annual|yearly|jaarlijkse?|halfjaarlijkse?|driemaandelijkse?)\s+)$/iu;
const RESEARCH_AFTER =
  /^\s*(?:(?:annuelle|semestrielle|trimestrielle|mensuelle)(?![\p{L}])|(?:van|door|de|d['’]|du|menée|réalisée|conduite)\s+(?:het\s+|de\s+|l['’]|la\s+|le\s+)?(?:markt)?(?:onderzoeks?bureau|onderzoekers?|marktonderzoeker|institut|cabinet|sondage)|(?:menée|réalisée)\s+auprès|onder\s+(?:\d|[\p{L}]+\s+)*(?:consumenten|Nederlanders|Belgen|respondenten|shoppers))/iu;

// Launching a campaign, a probe or a sale starts no business anywhere: "Shein a lancé une campagne
// d'affichage", "launched an advertising campaign", "lanceerde een reclamecampagne", "launched an
// investigation into Temu", "nous avons lancé des promotions", "launched new discounts".
// Words of time or place may stand between the verb and its object: "a lancé jeudi en France son
// opération « 11.11 »", "opende in oktober vorig jaar een formeel onderzoek" (round 20): up to five
// words with no determiner or "and" among them, then the object's determiner. A French "opération"
// named or called commercial is a sale, not the company's operations.
const LAUNCHED_NO_BUSINESS =
  /^\s+(?:(?:(?!(?:an?|the|its|their|une?|sa|son|ses|leur|een|het|zijn|haar|hun|and|et|or|ou|with|avec|met)\s)[\p{L}\d'’-]+\s+){0,5}?(?:an?|the|its|their|une?|sa|son|ses|leur|een|de|het|zijn|haar|hun)\s+|(?:an?|the|its|their|une?|sa|son|ses|leur|een|de|het|zijn|haar|hun)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:opérations?(?=\s+(?:«|"|“|commerciales?|spéciales?|promo))|\p{L}*campaign|\p{L}*campagnes?|advertising|ad|ads|marketing|investigation|probe|inquiry|lawsuit|appeal|petition|enquête|procédure|offensive|onderzoek|rechtszaak|offensief|(?:promotions?|discounts?|deals?|soldes|réductions?|remises?|kortingen|kortingsacties?|acties?|aanbiedingen)(?![\p{L}-])(?!\s+(?:store|storefront|shop|app|platform|chain|brand|site|section|format|marketplace|winkel|keten|enseigne|magasin|plateforme|site)))(?![\p{L}-])/iu;

// Every object LAUNCHED_NO_BUSINESS reads, as plain words: a text without one is no such launch.
// Each object follows a space (of "^\s+" or of a word before it).
const NO_BUSINESS_OBJECT =
  /opérations?|campaign|campagne|advertising|\sads?(?![\p{L}-])|marketing|investigation|probe|inquiry|lawsuit|appeal|petition|enquête|procédure|offensi|onderzoek|rechtszaak|promotion|discount|deal|soldes|réduction|remise|korting|actie|aanbieding/iu;
declareGate('events: launched no business', LAUNCHED_NO_BUSINESS, NO_BUSINESS_OBJECT);
const launchedNoBusiness = (after: string): boolean => NO_BUSINESS_OBJECT.test(after) && LAUNCHED_NO_BUSINESS.test(after);

// "since its 2018 listing", "depuis son introduction de 2019": a year may stand before the listing.
const SINCE_BEFORE = /(?<![\p{L}])(?:since|depuis|sinds)\s+(?:(?:its|their|the|son|sa|leur|l['’]|de|het|zijn|haar|hun)\s*)?(?:(?:19|20)\d{2}\s+)?$/iu;

function notAnEvent(sentence: string, start: number, cue: string, event: EventName): boolean {
  if (otherSense(sentence, start, cue, event)) return true;
  if (start > 0 && /^\p{Lu}\p{Ll}/u.test(cue) && !PROPER_CUE.test(cue) && /\p{L}[^.!?]*$/u.test(sentence.slice(Math.max(0, start - 40), start))) return true;
  if (event === 'promotion' && /^(?:discount|budget|low-cost|promo)/iu.test(cue)) {
    const end = start + cue.length;
    if (SHOP_AFTER.test(sentence.slice(end, end + 20)) || SHOP_BEFORE.test(sentence.slice(Math.max(0, start - 25), start))) return true;
  }
  if (event === 'exit' && (LEAVES_A_SCREEN.test(sentence.slice(start + cue.length, start + cue.length + 30)) || WITHOUT_BEFORE.test(sentence.slice(Math.max(0, start - 12), start)))) return true;
  if (event === 'launch' && launchedNoBusiness(sentence.slice(start + cue.length, start + cue.length + 50))) return true;
  // "its worst day since its IPO", "depuis son introduction en Bourse", "sinds de beursgang": a
  // listing named to date something else is long past.
  if (event === 'funding' && SINCE_BEFORE.test(sentence.slice(Math.max(0, start - 20), start))) return true;
  if (event === 'partnership' && COUNTED_PARTNERS.test(sentence.slice(start + cue.length, start + cue.length + 40))) return true;
  if (event !== 'regulation') return false;
  const before = sentence.slice(Math.max(0, start - 30), start);
  if (/^(?:onderzoek(?:en)?|enquêtes?|inquir(?:y|ies))$/iu.test(cue) && (RESEARCH_BEFORE.test(before) || RESEARCH_AFTER.test(sentence.slice(start + cue.length, start + cue.length + 40)))) return true;
  if (/^(?:regulat|toezicht|régulat)/iu.test(cue) && ADDRESSEE_BEFORE.test(before)) return true;
  // "a wide range that reflects uncertainty over tariffs", "l'incertitude liée aux droits de douane",
  // "onzekerheid over de importheffingen": a rule named as what makes a forecast unsure is no event (round 20).
  const wide = sentence.slice(Math.max(0, start - 50), start);
  if (UNSURE_STEMS.some((w) => wide.includes(w)) && UNSURE_BEFORE.test(wide)) return true;
  return /^tax/iu.test(cue) && ACCOUNTING_TAX.test(before);
}

// The words of event-cues-r15.ts's cues of a launch put off.
const PUT_OFF = /postpon|delay|pushed back|put off|on hold|on ice|report|en suspens|en pause|in de ijskast|repouss|décal|diff[éè]r|uitgesteld|opgeschoven|schuift|schoof|schuiven|schoven/iu;

const RELATIVE_OPENING = /^\s*(?:which|who|qui|dont|die|dat|waar)(?![\p{L}])/iu;

function inClosedAside(sentence: string, start: number, end: number, before: number): boolean {
  if (!/[,;]/u.test(sentence.slice(end, before))) return false;
  const open = sentence.lastIndexOf(',', start);
  return open >= 0 && RELATIVE_OPENING.test(sentence.slice(open + 1, open + 12));
}

function isObjectOfAnother(cue: { event: EventName; start: number; end: number }, all: Array<{ event: EventName; start: number; end: number }>, sentence: string): boolean {
  const near = (a: { start: number; end: number }, b: { start: number; end: number }, gap: number): boolean =>
    (a.end <= b.start && b.start - a.end <= gap) || (b.end <= a.start && a.start - b.end <= gap);
  if (cue.event === 'launch' || cue.event === 'expansion') {
    if (all.some((o) => (o.event === 'suspension' || o.event === 'exit') && o.end <= cue.start && cue.start - o.end <= 30)) return true;
    // "the launch in Spain has been postponed", "le lancement en Belgique est reporté": an entry put
    // off later in its clause (event-cues-r15.ts) is the suspension's, and the cue may hold it.
    if (all.some((o) => o.event === 'suspension' && ((o.start <= cue.start && cue.end <= o.end) || (o.start >= cue.end && o.start - cue.end <= 90 && !/[,;:]/u.test(sentence.slice(cue.end, o.start)) && PUT_OFF.test(sentence.slice(o.start, o.end)))))) return true;
    if (all.some((o) => o.event === 'regulation' && near(o, cue, 25))) return true;
  }
  // "fined for fake discounts": the offer a rule is about. A rule told in a relative clause that
  // closes before the offer ("Temu, which cut ads after the end of duty-free imports, pushed a
  // summer sale") is not what the offer is about.
  // "did not comment on the lawsuit but said it was running a welcome offer": a contrast between them
  // sets the offer apart from the rule.
  if (cue.event === 'promotion') return all.some((o) => o.event === 'regulation' && o.end <= cue.start && !inClosedAside(sentence, o.start, o.end, cue.start) && !CONTRAST.test(sentence.slice(o.end, cue.start)));
  return false;
}

// "Amazon deepens job cuts, Bol changes chief, Shein stays in France": a company named after a
// comma opens a clause of its own, and the places after it are not the event's before it.
// A name set off by commas and followed by the place is what was launched, not a new subject:
// "a lancé sa boutique intégrée, TikTok Shop, en France", "launched its store, Temu, in Spain".
function nextSubject(sentence: string, names: ReadonlyArray<{ start: number; end: number }>, from: number): number {
  for (const n of names) if (n.start > from && /,\s*$/u.test(sentence.slice(Math.max(from, n.start - 3), n.start)) && !APPOSED_NAME_THEN_PLACE.test(sentence.slice(n.end, n.end + 16))) return n.start;
  return sentence.length;
}
const APPOSED_NAME_THEN_PLACE = /^\s*,\s+(?:in|into|to|en|au|aux|dans|naar)\s/iu;

// Where the clause of an event ends: a colon or semicolon, or a comma that opens another clause
// ("..., ending years in which Irish shoppers...", "..., after its attempt to list in London"), or
// a second verb of saying ("... en kondigde aan een magazijn in Polen te openen"), or "after"
// ("Hong Kong listing after London plan stalls").
const CLAUSE_END =
  /[:;]|,\s+(?:ending|which|where|who|whose|while|whereas|but|although|after|before|as|its|their|qui|où|dont|alors que|tandis que|mais|après|avant|son|sa|ses|leur|leurs|waar|die|terwijl|maar|nadat|voordat|zijn|haar|hun)(?![\p{L}])|\s(?:and|et|en)\s+(?:announced|said|plans|a annoncé|annonce|prévoit|kondigde|kondigt|zei|zegt)(?![\p{L}])|\s(?:after|après|nadat)\s|\s(?:alors que|tandis que|whereas|terwijl)\s/iu;

function clauseEnd(sentence: string, from: number): number {
  const m = CLAUSE_END.exec(sentence.slice(from));
  return m ? from + m.index : sentence.length;
}

// A comma, semicolon or colon, by code: no regex call per character.
const isClauseMark = (code: number): boolean => code === 44 || code === 59 || code === 58;

/** The text between the commas, colons or semicolons around [start, end). */
function clauseAt(sentence: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !isClauseMark(sentence.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < sentence.length && !isClauseMark(sentence.charCodeAt(to))) to++;
  return sentence.slice(from, to);
}

// Goods named by where they come from: "China shipments", "Chinese parcels", "colis chinois".
// "les importations chinoises", "Chinese goederen", "marchandises chinoises" too (round 20).
const GOODS = '(?:shipments?|parcels?|packages?|goods|imports?|exports?|products|merchandise|sellers|factories|suppliers|colis|produits|articles|marchandises|importations|vendeurs|usines|fournisseurs|pakjes|pakketjes|pakketten|zendingen|producten|goederen|verkopers|fabrieken|leveranciers)';
const GOODS_FROM_BEFORE = new RegExp(`(?<![\\p{L}])(?:${GOODS}|goederen|marchandises)\\s+(?:from|uit|vanuit|de|d['’]|du|depuis)\\s+(?:the\\s+|la\\s+|l['’])?$`, 'iu');

const GOODS_AFTER = new RegExp(`^\\s*${GOODS}(?![\\p{L}])`, 'iu');
// "China-shipped orders", "China-made goods": a place joined to a participle of sending or making is an origin.
const MADE_IN_AFTER = /^-(?:shipped|made|sourced|sent|produced|manufactured)(?![\p{L}])/iu;
const GOODS_BEFORE = new RegExp(`(?<![\\p{L}])${GOODS}\\s+$`, 'iu');

// Goods sent from depots somewhere come from there too: "they ship from warehouses in China",
// "expédiés depuis des entrepôts en Chine", "verstuurd vanuit magazijnen in China".
const DEPOT_BEFORE =
  /(?<![\p{L}])(?:from|depuis|vanuit)\s+(?:its\s+|their\s+|ses\s+|leurs\s+|des\s+|d['’]|zijn\s+|hun\s+)?(?:[\p{L}-]+\s+)?(?:warehouses?|factories|depots?|suppliers|entrepôts?|usines|dépôts?|fournisseurs|magazijnen|fabrieken|leveranciers|depots?)\s+(?:in|en|au|aux|dans)\s+(?:the\s+|het\s+)?$/iu;

// "vanuit zijn Duitse magazijnen", "from its German warehouses", "depuis ses entrepôts allemands":
// a company's own depots named after "from" are where goods leave.
declareGate('events: depot before', DEPOT_BEFORE, (text) => mayEndOn(text, DEPOT_LAST_WORDS, 4));

const OWN_DEPOTS_BEFORE = /(?<![\p{L}])(?:from|vanuit|depuis)\s+(?:its|their|zijn|haar|hun|ses|leurs|son|sa)\s+(?:[\p{L}-]+\s+)?$/iu;

// "fined for sending European users' data to China", "des transferts de données vers la Chine",
// "doorgifte van gegevens naar China": where data goes is no market of the rule.
const DATA_TO_BEFORE = /(?<![\p{L}])(?:data|données|gegevens|transfers?|transferts?|doorgifte)(?![\p{L}])[^.;]{0,60}?(?<![\p{L}])(?:to|vers|naar)\s+(?:(?:the|la|le|het)\s+|l['’])?$/iu;

const TO_BEFORE = /(?:to|vers|naar)\s+(?:(?:the|la|le|het)\s+|l['’])?$/iu;

/**
 * The places of a sentence that are no origin of goods. A place joined to an origin is one too
 * (round 20): "packages from mainland China and Hong Kong", "hors de l'Union européenne" (read as
 * "l'Union" and "européenne"), "pakjes uit China of Hongkong".
 */
export function withoutOrigins(sentence: string, hits: MarketHit[]): MarketHit[] {
  const out: MarketHit[] = [];
  let origin: MarketHit | null = null;
  for (const m of hits) {
    if (isOrigin(sentence, m) || (origin !== null && m.start >= origin.end && JOINED_PLACE.test(sentence.slice(origin.end, m.start)))) origin = m;
    else {
      out.push(m);
      origin = null;
    }
  }
  return out;
}

const JOINED_PLACE = /^\s*(?:(?:,|and|et|en|or|ou|of|&)\s*)?(?:(?:from|de|d['’]|du|des|uit|vanuit)\s*)?(?:(?:the|la|le|l['’]|het)\s*)?$/iu;

export function isOrigin(sentence: string, m: MarketHit): boolean {
  // "proceedings from the European Commission": an authority's place is where a rule comes from.
  // Tried last: few places read as an origin, and every place of many sentences is asked about.
  return readAsOrigin(sentence, m) && !AUTHORITY_AFTER.test(sentence.slice(m.end, m.end + 24));
}

// Shoppers named by their country are where a shop sells, not where goods come from (round 20):
// "orders from Polish shoppers", "des commandes de clients polonais", "bestellingen van Poolse klanten".
const SHOPPERS_AFTER = /^\s+(?:shoppers|customers|consumers|buyers|users|households|clients|consommateurs|acheteurs|utilisateurs|internautes|klanten|consumenten|kopers|gebruikers)(?![\p{L}])/iu;
const SHOPPERS_BEFORE = /(?<![\p{L}])(?:clients|consommateurs|acheteurs|utilisateurs|internautes)\s+$/iu;

function readAsOrigin(sentence: string, m: MarketHit): boolean {
  if (m.kind === 'demonym' && (SHOPPERS_AFTER.test(sentence.slice(m.end, m.end + 16)) || SHOPPERS_BEFORE.test(sentence.slice(Math.max(0, m.start - 16), m.start)))) return false;
  const before = sentence.slice(Math.max(0, m.start - 30), m.start);
  if (m.kind !== 'region' && (before.includes('to ') || before.includes('vers ') || before.includes('naar ')) && TO_BEFORE.test(before) && DATA_TO_BEFORE.test(sentence.slice(Math.max(0, m.start - 90), m.start))) return true;
  if (
    (mayEndOn(before, ORIGIN_LAST_WORDS, 7) && ORIGIN_BEFORE.test(before) && !barredFrom(before)) ||
    OWN_DEPOTS_BEFORE.test(before) ||
    (mayEndOn(before, DEPOT_LAST_WORDS, 4) && DEPOT_BEFORE.test(sentence.slice(Math.max(0, m.start - 50), m.start))) ||
    shippedFrom(sentence, m) ||
    notAMarket(sentence, m)
  )
    return true;
  // A hyphen or a dash next to the place is checked by hand first: most places have none.
  if (routeNext(sentence, m.end) && ROUTE_START.test(sentence.slice(m.end, m.end + 12))) return true;
  if (GOODS_AFTER.test(sentence.slice(m.end, m.end + 20)) || MADE_IN_AFTER.test(sentence.slice(m.end, m.end + 12))) return true;
  return m.kind === 'demonym' && GOODS_BEFORE.test(before);
}

// The first place of a route is where goods leave from: "China-to-US shipments", "la ligne
// Chine-Europe", "Chine-vers-Europe", "de route China-Nederland", "China - naar - Europa" (round 15).
const ROUTE_START = /^\s?[-–]\s?(?:(?:to|vers|naar)\s?[-–]\s?)?\p{Lu}/u;
const isDash = (code: number): boolean => code === 45 || code === 0x2013;
// A dash right after the place, or after one space: most places have neither.
const routeNext = (sentence: string, end: number): boolean => isDash(sentence.charCodeAt(end)) || (sentence.charCodeAt(end) === 32 && isDash(sentence.charCodeAt(end + 1)));

const AUTHORITY_AFTER = /^\s*(?:[\p{L}-]+\s+)?(?:Commission|commission|ministry|regulators?|authorit(?:y|ies)|watchdog|Commissie|ministerie|toezichthouders?|autoriteit(?:en)?|ministère|régulateurs?|autorités?)(?![\p{L}])/u;

// In news about rules, "Brussels" is the EU's institutions, not Belgium.
const BRUSSELS = /^(?:brussels|bruxelles|brussel)$/iu;
const isBrussels = (name: string): boolean => BRUSSELS.test(name);

/** Cheap gate: whether any event cue or future-entry word occurs at all. */
export function mayHoldEvent(sentence: string, language: Language): boolean {
  const { gate } = EVENT_CUES[language];
  gate.lastIndex = 0;
  const found = gate.test(sentence);
  gate.lastIndex = 0;
  return found || SOON[language].test(sentence) || extraPasses(sentence, language).some((pass) => holdsCue(pass, sentence));
}

// "Le réseau européen des autorités doit adresser prochainement à Shein une liste de pratiques à
// corriger, sous peine d'amendes": what regulators will soon do is no entry into their market.
const RULE_SENTENCE =
  /(?<![\p{L}])(?:regulators?|authorit(?:y|ies)|watchdogs?|fines?|penalt(?:y|ies)|autorités?|régulateurs?|amendes?|sanctions?|toezichthouders?|autoriteit(?:en)?|boetes?|sancties?)(?![\p{L}])/iu;

// Staff to be hired by next year are jobs, no entry into a market (round 20): "compte recruter 2 500
// salariés en France d'ici l'année prochaine", "plans to hire 1,000 people in Spain next year",
// "wil volgend jaar 500 medewerkers aannemen in België".
const HIRING =
  /(?<![\p{L}])(?:recrut(?:er|e|ent|era|eront|ement)|embauch(?:er|e|ent|era|eront)|hir(?:e|es|ing)|recruit(?:s|ing)?|aan(?:nemen|werven)|(?:neemt|nemen)\s+(?:[\p{L}\d.,]+\s+){1,4}?aan|werven|werft)(?![\p{L}])/iu;

/** An announced entry with no cue verb: a time word for the future and the markets that come next. */
export function announcedEntry(sentence: string, language: Language, marketsOf: () => MarketHit[]): EventCue | null {
  if (!SOON[language].test(sentence) || RULE_SENTENCE.test(sentence) || HIRING.test(sentence)) return null;
  // "may soon get backing from Brussels": a place something comes from is not one entered.
  const areas = marketsOf().filter((m) => m.kind !== 'global' && !isOrigin(sentence, m));
  if (areas.length === 0) return null;
  return { event: 'expansion', start: areas[0]!.start, end: areas[0]!.end, markets: [...new Set(areas.map((m) => m.code))] };
}

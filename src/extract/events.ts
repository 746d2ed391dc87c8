import type { EventName, Language } from '../domain/vocabulary.js';
import { EVENT_CUES, FUTURE, SOON } from './event-cues.js';
import type { MarketHit } from './markets.js';

export interface EventCue {
  event: EventName;
  start: number;
  end: number;
  /** Markets this cue speaks of (empty: none named). */
  markets: string[];
}

// Events whose market is the point of the news: without one named they are not worth a fact.
export const NEEDS_MARKET: ReadonlySet<EventName> = new Set(['launch', 'expansion', 'suspension', 'exit', 'regulation', 'promotion']);

// Where goods come from is not where the event happens: "a levy on parcels from China",
// "les colis en provenance de Chine", "pakketjes uit China". Leaving a country is the exception.
const ORIGIN_BEFORE =
  /(?<![\p{L}])(?:from|shipped from|imported from|made in|en provenance d['’]|en provenance de(?:\s+la|\s+l['’])?|venant d['’]|venant de(?:\s+la|\s+l['’])?|venus d['’]|venus de(?:\s+la|\s+l['’])?|importés? d['’]|importés? de(?:\s+la|\s+l['’])?|uit|vanuit)\s*(?:the\s+|het\s+)?$/iu;

/**
 * Event cues in a sentence, each with the markets it speaks of: those after the cue up to the
 * next cue ("launched in the US ... and arrived in Europe, starting with France, Germany"),
 * else those before it back to the previous cue or comma ("Jakarta banned ...").
 */
export function findEvents(sentence: string, language: Language, marketsOf: () => MarketHit[]): EventCue[] {
  const raw: Array<{ event: EventName; start: number; end: number }> = [];
  const { re, events } = EVENT_CUES[language];
  re.lastIndex = 0;
  for (let m = re.exec(sentence); m !== null; m = re.exec(sentence)) {
    const groups = m.groups ?? {};
    const event = events.find((e) => groups[e] !== undefined);
    if (event) raw.push({ event, start: m.index, end: m.index + m[0].length });
  }
  if (raw.length === 0) return [];
  const future = FUTURE[language].test(sentence);
  // Something that is suspended or left is the object of the sentence, not a second event.
  const stopping = raw.some((c) => c.event === 'suspension' || c.event === 'exit');
  const cues = raw.filter((c) => !(stopping && (c.event === 'launch' || c.event === 'expansion')));
  const areas = marketsOf().filter((m) => m.kind !== 'global');
  return cues.map((cue, i) => {
    const next = cues[i + 1]?.start ?? sentence.length;
    const previous = i > 0 ? cues[i - 1]!.end : 0;
    const places = cue.event === 'exit' ? areas : areas.filter((m) => !ORIGIN_BEFORE.test(sentence.slice(Math.max(0, m.start - 30), m.start)));
    let mine = places.filter((m) => m.start >= cue.start && m.start < next);
    if (mine.length === 0) {
      const comma = Math.max(sentence.lastIndexOf(',', cue.start), sentence.lastIndexOf(';', cue.start));
      const from = Math.max(previous, comma + 1);
      mine = places.filter((m) => m.start >= from && m.end <= cue.start);
    }
    const event: EventName = cue.event === 'launch' && future ? 'expansion' : cue.event;
    const codes = mine.map((m) => (event === 'regulation' && isBrussels(sentence.slice(m.start, m.end)) ? 'EU' : m.code));
    return { event, start: cue.start, end: cue.end, markets: [...new Set(codes)] };
  });
}

// In news about rules, "Brussels" is the EU's institutions, not Belgium.
const BRUSSELS = /^(?:brussels|bruxelles|brussel)$/iu;
const isBrussels = (name: string): boolean => BRUSSELS.test(name);

/** Cheap gate: whether any event cue or future-entry word occurs at all. */
export function mayHoldEvent(sentence: string, language: Language): boolean {
  const { re } = EVENT_CUES[language];
  re.lastIndex = 0;
  const found = re.test(sentence);
  re.lastIndex = 0;
  return found || SOON[language].test(sentence);
}

/** An announced entry with no cue verb: a time word for the future and the markets that come next. */
export function announcedEntry(sentence: string, language: Language, marketsOf: () => MarketHit[]): EventCue | null {
  if (!SOON[language].test(sentence)) return null;
  const areas = marketsOf().filter((m) => m.kind !== 'global');
  if (areas.length === 0) return null;
  return { event: 'expansion', start: areas[0]!.start, end: areas[0]!.end, markets: [...new Set(areas.map((m) => m.code))] };
}

import type { Language } from '../domain/vocabulary.js';
import type { Mention } from './companies.js';
import type { EventCue } from './events.js';
import { inHistoryAside } from './history-aside.js';
import { plannedGeneralRule } from './planned-rule.js';
import { warnedOf } from './warned-rule.js';
import { notBoughtByFocus } from './bought-by-other.js';

/**
 * Round 16: event cues whose sentence tells no event of the company (each rule in its own file):
 * background in a dated relative aside, a general rule a government only weighs, a rule named in
 * a warning, a market share "taken" or a purchase made by someone else.
 */
export function withoutOthersEvents(cues: EventCue[], sentence: string, language: Language, mentions: Mention[], year: number | null): EventCue[] {
  return cues.filter((c) => {
    if (inHistoryAside(sentence, c.start, c.end, year)) return false;
    if (c.event === 'regulation' && (plannedGeneralRule(sentence, c.start, language, mentions.length > 0) || warnedOf(sentence, c.start, language))) return false;
    if (c.event === 'acquisition' && notBoughtByFocus(sentence, c.end, (from) => mentions.some((m) => m.competitor !== null && m.start >= from && m.start - from < 30))) return false;
    return true;
  });
}

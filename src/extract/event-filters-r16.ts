import type { Language } from '../domain/vocabulary.js';
import type { Mention } from './companies.js';
import type { EventCue } from './events.js';
import { inHistoryAside } from './history-aside.js';
import { plannedGeneralRule } from './planned-rule.js';
import { warnedOf } from './warned-rule.js';
import { notBoughtByFocus } from './bought-by-other.js';
import { blocksAnAccount } from './blocked-account.js';
import { opensOnOtherChief } from './other-chief.js';
import { abandonedPlan } from './abandoned-plan.js';
import { pointsBackAtEntry } from './anaphoric-entry.js';

/**
 * Round 16: event cues whose sentence tells no event of the company (each rule in its own file):
 * background in a dated relative aside, a general rule a government only weighs, a rule named in
 * a warning, a market share "taken" or a purchase made by someone else, a platform blocking one account, another company's chief as the subject, a
 * project given up, an entry pointed back at.
 */
export function withoutOthersEvents(cues: EventCue[], sentence: string, language: Language, mentions: Mention[], year: number | null): EventCue[] {
  const otherChief = opensOnOtherChief(sentence, language);
  return cues.filter((c) => {
    if (otherChief && !mentions.some((m) => m.competitor !== null && m.start < c.start)) return false;
    if (c.event === 'exit' && abandonedPlan(sentence, c.start, c.end)) return false;
    if ((c.event === 'expansion' || c.event === 'launch') && c.markets.length === 0 && pointsBackAtEntry(sentence, c.start)) return false;
    // A past post is background; an entry told in passing still counts (round 15b).
    if (c.event === 'leadership' && inHistoryAside(sentence, c.start, c.end, year)) return false;
    if (c.event === 'regulation' && (plannedGeneralRule(sentence, c.start, language, mentions.length > 0) || warnedOf(sentence, c.start, language) || blocksAnAccount(sentence, c.start, sentence.slice(c.start, c.end)))) return false;
    if (c.event === 'acquisition' && notBoughtByFocus(sentence, c.end, (from) => mentions.some((m) => m.competitor !== null && m.start >= from && m.start - from < 30))) return false;
    return true;
  });
}

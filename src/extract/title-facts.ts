import type { CandidateFact } from '../domain/vocabulary.js';
import { type FactKeys, FactSet } from './fact-keys.js';

/**
 * A headline says in few words what the body tells in full: "TikTok Shop hits $9 billion in US
 * sales" and "...$9 billion in US sales in 2024, according to analysts" are one fact, and the body's
 * period, status and market are the ones to keep. The body fact takes the title fact's place when
 * they agree on competitor, metric or event, value and unit, and the title named no other market.
 */
export function replacesTitleFact(facts: CandidateFact[], fromTitle: FactKeys<number>, fact: CandidateFact): boolean {
  // Most titles tell no fact the body repeats: no look-up then.
  if (fromTitle.size === 0) return false;
  const at = fromTitle.get(fact);
  if (at === undefined) return false;
  const title = facts[at]!;
  if (title.market !== null && fact.market !== null && title.market !== fact.market) return false;
  facts[at] = { ...fact, market: fact.market ?? title.market, period: fact.period ?? title.period };
  fromTitle.delete(fact);
  return true;
}

/**
 * A fact told without a market (often in the title: "Bol schrapt 150 banen") and again with one
 * in the body is one fact: the placeless copy goes.
 */
export function dropPlaceless(facts: CandidateFact[], headline = ''): CandidateFact[] {
  const placed = new FactSet(false);
  for (const f of facts) if (f.market !== null) placed.add(f);
  // A change is no level: two sentences of the body telling the same percent are two figures as
  // often as one ("net sales rose 10%" for the group, "the North America segment grew 10%"), and
  // the group's placeless one stays (round 20). The title's copy of a body change still goes.
  const placedChanges = new Map<string, string[]>();
  for (const f of facts) if (f.market !== null && f.metric === 'growth') placedChanges.set(changeKey(f), [...(placedChanges.get(changeKey(f)) ?? []), f.quote]);
  return facts.filter((f) => {
    if (f.market !== null || !placed.has(f)) return true;
    if (f.metric !== 'growth' || f.quote === headline) return false;
    return !(placedChanges.get(changeKey(f)) ?? []).includes(f.quote);
  });
}

const changeKey = (f: CandidateFact): string => `${f.competitor}|${f.value}|${f.unit}`;

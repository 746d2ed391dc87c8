import type { CandidateFact } from '../domain/vocabulary.js';

/**
 * A headline rounds a figure down to a threshold the body tells in full (round 18): "Amazon tops
 * €15 billion of sales in France" over "€15.5 billion", "Bol haalt 2 miljoen klanten" over "2,1
 * miljoen klanten". The body's figure is the fact; the title's, within a tenth below it, goes.
 */
export function withoutRoundedTitle(facts: CandidateFact[], title: string): CandidateFact[] {
  const rounded = facts.filter((f) => f.quote === title && f.type === 'metric' && f.unit !== 'percent' && f.unit !== 'ratio' && (f.value ?? 0) > 0);
  if (rounded.length === 0) return facts;
  const toldInFull = (t: CandidateFact): boolean =>
    facts.some(
      (f) =>
        f.quote !== title &&
        f.competitor === t.competitor &&
        f.metric === t.metric &&
        f.unit === t.unit &&
        (t.market === null || f.market === t.market) &&
        (f.value ?? 0) > t.value! &&
        (f.value ?? 0) < t.value! * 1.1,
    );
  return facts.filter((f) => !rounded.includes(f) || !toldInFull(f));
}

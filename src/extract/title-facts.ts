import type { CandidateFact } from '../domain/vocabulary.js';
import { type FactKeys, FactSet } from './fact-keys.js';
import type { Anchor } from './periods.js';

const MOVES: ReadonlySet<string> = new Set(['launch', 'expansion', 'suspension', 'exit']);

// "Temu opens its marketplace to French merchants" and, further down, "Temu arrived in France in
// April 2023": a move the body dates long before the article is background, not the headline's
// news, which the title tells undated (round 20c).
// A title that counts the time since the move ("souffle sa première bougie", "one year after its
// launch") is about that move.
const olderMove = (title: CandidateFact, fact: CandidateFact, anchor: Anchor | null): boolean =>
  title.period === null && fact.type === 'event' && MOVES.has(fact.event ?? '') && longBefore(fact.period, anchor) && !COUNTS_TIME.test(title.quote ?? '');
const COUNTS_TIME =
  /(?<![\p{L}])(?:bougies?|anniversaire|anniversary|birthday|verjaardag|jubileum|kaarsjes?|(?:un|deux|trois|one|two|three|a|een|twee|drie)\s+(?:an|ans|year|years|jaar)\s+(?:après|after|na|since|depuis|sinds|on|later|plus tard))(?![\p{L}])/iu;

/**
 * A move the body dates long before the article, told like the title's undated one: a second
 * fact beside the title's, not a copy of it. The title's entry is then let go, so the body's
 * next telling of that move is a copy again.
 */
export function olderThanTitleMove(facts: CandidateFact[], fromTitle: FactKeys<number>, fact: CandidateFact, anchor: Anchor | null): boolean {
  if (fromTitle.size === 0 || fact.type !== 'event') return false;
  const at = fromTitle.get(fact);
  if (at === undefined) return false;
  const title = facts[at]!;
  if (title.market !== fact.market || !olderMove(title, fact, anchor)) return false;
  fromTitle.delete(fact);
  return true;
}

/** Whether a period ("2023-04", "2023") ends six months or more before the article's date. */
function longBefore(period: string | null | undefined, anchor: Anchor | null): boolean {
  if (!period || !anchor) return false;
  const m = /^(\d{4})(?:-(\d{2}))?$/u.exec(period.split('/').pop()!);
  if (!m) return false;
  const months = (anchor.year - Number(m[1])) * 12 + (anchor.month - (m[2] ? Number(m[2]) : 12));
  return months >= 6;
}

/**
 * A headline says in few words what the body tells in full: "TikTok Shop hits $9 billion in US
 * sales" and "...$9 billion in US sales in 2024, according to analysts" are one fact, and the body's
 * period, status and market are the ones to keep. The body fact takes the title fact's place when
 * they agree on competitor, metric or event, value and unit, and the title named no other market.
 */
export function replacesTitleFact(facts: CandidateFact[], fromTitle: FactKeys<number>, fact: CandidateFact, anchor: Anchor | null = null): boolean {
  // Most titles tell no fact the body repeats: no look-up then.
  if (fromTitle.size === 0) return false;
  const at = fromTitle.get(fact);
  if (at === undefined) return false;
  const title = facts[at]!;
  if (title.market !== null && fact.market !== null && title.market !== fact.market) return false;
  if (olderMove(title, fact, anchor)) return false;
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

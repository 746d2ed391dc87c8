import type { Mention } from './companies.js';

/**
 * The company a rule takes off or blocks, named right after the verb, when the ones told to act are
 * other companies: "asked Apple and Google to remove Temu", "a demandé aux opérateurs de bloquer
 * Shein". The app stores or operators named inside the cue are the rule's addressees, not its
 * target, so the tracked name after the verb is who the rule is about. Null when the cue is not
 * such a request or no tracked name follows at once.
 */
export function ruledObject(all: Mention[], sentence: string, start: number, end: number): string[] | null {
  if (!TAKE_OFF_END.test(sentence.slice(Math.max(start, end - 12), end))) return null;
  const next = all.find((m) => m.start >= end);
  if (!next || next.competitor === null || !/^\s*(?:the\s+|l['’]application\s+|l['’]appli\s+)?$/iu.test(sentence.slice(end, next.start))) return null;
  return [next.competitor];
}

const TAKE_OFF_END = /(?<![\p{L}])(?:remove|block|delist|take down|suspend|ban|retirer|bloquer|supprimer|suspendre|bannir)$/iu;

/**
 * The name a relative clause hangs on owns the event told inside it, even when that name is
 * governed by a preposition: "puts the app in competition with Shein, which last month struck a
 * partnership with a mall owner", "face à Temu, qui a ouvert un entrepôt", "met Shein, dat een
 * samenwerking sloot". A name we do not track owns it too, and then the event is none of ours.
 * Null when the cue is not in such a clause.
 */
export function relativeOwner(all: Mention[], sentence: string, pos: number): string[] | null {
  let last: Mention | undefined;
  for (const m of all) if (m.end <= pos) last = m;
  if (!last || !RELATIVE_THEN_CUE.test(sentence.slice(last.end, pos))) return null;
  return last.competitor ? [last.competitor] : [];
}

const RELATIVE_THEN_CUE = /^\s*,\s*(?:which|who|qui|dont|die|dat)\s[^,;:()]{0,60}$/iu;

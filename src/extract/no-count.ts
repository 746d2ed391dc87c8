import { ageBound } from './age-bound.js';
import type { Quantity } from './numbers.js';
import { oneInMany } from './one-in-many.js';

/**
 * Whether a plain number is no count at all (round 17, non-metric): the "M" of "one in M",
 * or an age bound. Such a number is skipped before any reader, so that no reader
 * that looks back for a noun ("the number counts what its sentence counted") takes it up.
 */
export function noCount(q: Quantity, sentence: string): boolean {
  return q.kind === 'count' && (oneInMany(q, sentence) || ageBound(q, sentence));
}

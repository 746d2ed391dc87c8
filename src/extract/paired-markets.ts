import type { MarketHit } from './markets.js';
import type { Quantity } from './numbers.js';

/**
 * "Net sales in Germany, the UK and Japan reached $10.2bn, $9.1bn and $6.4bn", "les ventes en
 * France et en Espagne ont atteint 3 et 1,2 milliard d'euros", "in Nederland en België 5,5 en 4
 * miljoen klanten": a list of countries and, after it, a list of as many figures of one unit take
 * each other in order, with or without "respectively". Read otherwise, the figures name several
 * countries at once and get none (markets.ts reads a place joined to another as a pair).
 * Only countries (names and peoples) count, each once; the figure list must be as long as the
 * country list, so "13 millions de clients en France et en Belgique" is left alone.
 */
// Between two places of a list: ", ", ", the ", " and ", " et en ", " en in ", ", l'".
const PLACE_GAP = /^\s*(?:,|,?\s*(?:and|et|en|&))\s*(?:(?:in|en|au|aux|the|la|le|les|het|de)\s+|l['’])?$/iu;
// Between two figures of a list: ", ", " and ", " et ", " en ".
const FIGURE_GAP = /^\s*(?:,|,?\s*(?:and|et|en|&))\s*$/iu;

/** Each listed figure's country, by the figure's start; null when the sentence holds no such pair of lists. */
export function pairedMarkets(sentence: string, places: readonly MarketHit[], quantities: readonly Quantity[]): Map<number, string> | null {
  if (quantities.length < 2) return null;
  const countries = places.filter((m) => m.kind === 'name' || m.kind === 'demonym');
  if (countries.length < 2) return null;
  const figures = runs(quantities, (a, b) => a.unit === b.unit && FIGURE_GAP.test(sentence.slice(a.end, b.start)));
  const lists = runs(countries, (a, b) => a.code !== b.code && PLACE_GAP.test(sentence.slice(a.end, b.start)));
  let out: Map<number, string> | null = null;
  for (const figs of figures) {
    // The nearest list of places before the figures, as long as they are.
    const list = lists.filter((l) => l[l.length - 1]!.end <= figs[0]!.start).pop();
    if (!list || list.length !== figs.length || new Set(list.map((m) => m.code)).size !== list.length) continue;
    out ??= new Map();
    for (let i = 0; i < figs.length; i++) out.set(figs[i]!.start, list[i]!.code);
  }
  return out;
}

/** Maximal runs (two or more items) of neighbours that `joined` links. */
function runs<T>(items: readonly T[], joined: (a: T, b: T) => boolean): T[][] {
  const out: T[][] = [];
  let run: T[] = [];
  for (const item of items) {
    if (run.length > 0 && joined(run[run.length - 1]!, item)) run.push(item);
    else {
      if (run.length > 1) out.push(run);
      run = [item];
    }
  }
  if (run.length > 1) out.push(run);
  return out;
}

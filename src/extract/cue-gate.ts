/**
 * A faster regex for where event cues are, built from the same fragments as the cue regex.
 *
 * The cue regex (event-cues.ts) keeps each event's fragments in a named group, so at every word
 * start the engine tries every fragment of every event in turn, among the largest regex costs of
 * the extractor in a CPU profile of the benchmark. This regex
 * holds the very same fragments, regrouped behind their first letter ("launch…|lanc…" →
 * "l(?:aunch…|anc…)"), so most word starts are given up after one test. It matches at exactly the
 * positions where the cue regex does (the same alternatives, in another order and grouping), and
 * is used to find those positions; what is matched there, and which event, is still read with
 * the cue regex itself (see findEvents).
 */
export function cueGate(fragments: readonly string[], flags: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${firstLetterAlternation(fragments, flags)})(?![\\p{L}\\p{N}])`, flags);
}

/**
 * The alternatives of `fragments` as one alternation, regrouped behind their first letter
 * ("launch…|lanc…" → "l(?:aunch…|anc…)"): under `flags` it matches where any fragment does.
 */
export function firstLetterAlternation(fragments: readonly string[], flags: string): string {
  const groups = new Map<string, string[]>();
  const other: string[] = [];
  for (const fragment of fragments) {
    for (const alternative of topAlternatives(fragment)) {
      const key = firstLetterKey(alternative, flags);
      if (key !== null) {
        const rests = groups.get(key) ?? [];
        rests.push(alternative.slice(1));
        groups.set(key, rests);
      } else other.push(alternative);
    }
  }
  return [...[...groups].map(([key, rests]) => `${key}(?:${rests.join('|')})`), ...other].join('|');
}

/**
 * The plain letter an alternative must start with (lower-cased when the i flag makes its capital
 * match the same characters), or null when it may start otherwise.
 */
export function firstLetterKey(alternative: string, flags: string): string | null {
  const first = alternative[0] ?? '';
  // Only a plain letter that no quantifier follows can stand before the rest of its alternative.
  if (!/^\p{L}$/u.test(first) || /^[?*+{]/u.test(alternative[1] ?? '') || alternative.length <= 1) return null;
  // Under the i flag an ASCII letter and its capital match the same characters: one group.
  return flags.includes('i') && /^[A-Za-z]$/u.test(first) ? first.toLowerCase() : first;
}

/** The alternatives of a regex fragment at its top level: "a(?:b|c)|d" → ["a(?:b|c)", "d"]. */
export function topAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let current = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      current += c + (source[i + 1] ?? '');
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
    } else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(current);
      current = '';
      continue;
    }
    current += c;
  }
  out.push(current);
  return out;
}

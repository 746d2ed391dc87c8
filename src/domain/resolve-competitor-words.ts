import { type CompetitorNames, normaliseName, type Resolved, resolveCompetitor } from './competitor-names.js';

/**
 * Resolves typed words to competitor ids, joining neighbours when together they are one name
 * (tiktok shop, bol com): the longest run that is a known name wins. The first unknown word
 * comes back with suggestions.
 */
export function resolveCompetitorWords(
  names: CompetitorNames,
  words: string[],
): { ok: true; ids: string[] } | Extract<Resolved, { ok: false }> {
  const ids: string[] = [];
  for (let i = 0; i < words.length; ) {
    let matched = 0;
    for (let len = Math.min(3, words.length - i); len >= 1; len--) {
      const id = names.byName.get(normaliseName(words.slice(i, i + len).join(' ')));
      if (id) {
        if (!ids.includes(id)) ids.push(id);
        matched = len;
        break;
      }
    }
    if (!matched) {
      const r = resolveCompetitor(names, words[i]!);
      if (!r.ok) return r;
      matched = 1;
    }
    i += matched;
  }
  return { ok: true, ids };
}

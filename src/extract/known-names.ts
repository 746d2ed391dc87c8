import type { Mention } from './companies.js';

/**
 * A company we do not track, once the article has named it as one ("un partenariat avec
 * l'enseigne Pimkie", "rival chain Kruidvat", "webwinkel Coolblue"), is the same company wherever
 * the article names it again, even where nothing around the name says so: "Pour Pimkie, qui a
 * réalisé un chiffre d'affaires de 250 millions d'euros" is Pimkie's figure, not the figure of the
 * company the article is about (round 11, b).
 *
 * Names are remembered per article (keyed by the article's context object) in the order the
 * sentences are read; a sentence only gains a mention where it has none overlapping.
 */
const KNOWN = new WeakMap<object, Set<string>>();

export function withKnownNames(article: object, sentence: string, mentions: Mention[]): Mention[] {
  let names = KNOWN.get(article);
  let added: Mention[] | null = null;
  if (names && names.size > 0) {
    for (const name of names) {
      let at = sentence.indexOf(name);
      while (at >= 0) {
        const end = at + name.length;
        const whole = !isWordChar(sentence.charCodeAt(at - 1)) && !isWordChar(sentence.charCodeAt(end));
        const from = at;
        const overlaps = (m: Mention): boolean => m.start < end && from < m.end;
        if (whole && !mentions.some(overlaps) && !(added ?? []).some(overlaps)) {
          added ??= [];
          added.push({ start: at, end, competitor: null });
        }
        at = sentence.indexOf(name, end);
      }
    }
  }
  for (const m of mentions) {
    if (m.competitor !== null) continue;
    const name = sentence.slice(m.start, m.end);
    // A name of one capitalised word of a few letters may be a word that opens a sentence.
    if (name.length < 4 || !/^\p{Lu}/u.test(name)) continue;
    if (!names) {
      names = new Set();
      KNOWN.set(article, names);
    }
    names.add(name);
  }
  return added ? [...mentions, ...added].sort((a, b) => a.start - b.start) : mentions;
}

const isWordChar = (code: number): boolean => !Number.isNaN(code) && /[\p{L}\p{N}]/u.test(String.fromCharCode(code));

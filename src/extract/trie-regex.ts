import { escapeRegex, NOT_AFTER_WORD } from './words.js';
/**
 * One regex matching any of `phrases` (lower case) as whole words, built as a trie:
 * "france|frankrijk|français" → "fran(?:ce|krijk|çais)". The market names are several hundred
 * phrases; an alternation tries each phrase that opens on the same character at every word start,
 * a trie only the characters that can still match. Matches are the same as wordsRegex's
 * longest-first alternation: children of a node are distinct characters, so at most one can go on,
 * and going on is tried before ending (the longest phrase wins). A space matches any whitespace.
 */
interface Node {
  next: Map<string, Node>;
  end: boolean;
}

const escapeChar = (c: string): string => (c === ' ' ? '\\s+' : escapeRegex(c));

function body(node: Node): string {
  const parts = [...node.next].map(([c, child]) => escapeChar(c) + body(child));
  if (parts.length === 0) return '';
  if (node.end) return `(?:${parts.join('|')})?`;
  return parts.length === 1 ? parts[0]! : `(?:${parts.join('|')})`;
}

export function trieRegex(phrases: readonly string[], flags: string): RegExp {
  const root: Node = { next: new Map(), end: false };
  for (const p of phrases) {
    let node = root;
    for (const c of p) {
      let child = node.next.get(c);
      if (!child) {
        child = { next: new Map(), end: false };
        node.next.set(c, child);
      }
      node = child;
    }
    node.end = true;
  }
  return new RegExp(`${NOT_AFTER_WORD}(?:${body(root)})(?![\\p{L}\\p{N}])`, flags);
}

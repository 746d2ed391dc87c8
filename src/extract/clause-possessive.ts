import type { Mention } from './companies.js';

/**
 * A figure whose own clause opens on a singular possessive belongs to the company named last
 * before it, though that name stood in an aside (round 19): "Au Royaume-Uni, où TikTok Shop est
 * présent depuis 2021, son volume d'affaires aurait atteint 2 milliards de livres, selon le cabinet
 * X", "In Britain, where Temu arrived in 2023, its sales reached...", "In Duitsland, waar bol nog
 * niet actief is, ligt zijn omzet...". A name after the figure (a source, a rival) owns nothing.
 * Returns the owner (null for an untracked company), or undefined when the clause does not open so.
 */
export function possessiveClauseOwner(mentions: readonly Mention[], pos: number, sentence: string, focus: string | null): string | null | undefined {
  const before = sentence.slice(0, pos);
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'));
  if (cut < 0 || !OPENS_ON_POSSESSIVE.test(before.slice(cut + 1))) return undefined;
  let owner: Mention | undefined;
  for (const m of mentions) if (m.end <= cut) owner = m;
  return owner ? owner.competitor : focus;
}

const OPENS_ON_POSSESSIVE = /^\s*(?:its|son|sa|ses|zijn|haar)\s/iu;

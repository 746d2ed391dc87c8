import type { Mention } from './companies.js';
import type { MarketHit } from './markets.js';
import type { Quantity } from './numbers.js';

/**
 * The consolidated results of a listed parent are worldwide: "Temu's growth in the US pushed PDD
 * Holdings' quarterly revenue up 86% to RMB97bn", "PDD Holdings, which runs Pinduoduo in China,
 * reported revenue of...", "ByteDance boekte een omzet van 110 miljard dollar, dankzij de groei
 * van TikTok in de VS". The places told around such a figure are where the growth came from or
 * what the group does, not the figure's market. Only a place tied to the figure or its noun
 * counts: "revenue in the US rose 40% to $20bn", "PDD's US revenue", "$20bn in Europe", or a
 * sentence opening on it ("In the US, PDD said revenue rose 40%").
 * Returns the places the figure may take (possibly none), or null when the figure is not a
 * parent's (then nothing changes). A parent's figure takes no market from a shop's name either
 * ("PDD Holdings, which runs Pinduoduo in China, ..."): the caller skips that for it.
 */
// The listed parents of tracked shops, as the name the figure hangs on.
const PARENT = /^(?:PDD|ByteDance|Bytedance|Ahold)/u;
const OPENS_ON_PLACE = /^\s*(?:in|en|au|aux|dans|op)\s+(?:(?:the|la|le|les|het|de)\s+|l['’])?$/iu;

const OWNED_THING_BEFORE =
  /(?<![\p{L}])(?:app|apps|application|appli|platform|plateforme|site|website|marketplace|subsidiary|filiale|dochter|dochterbedrijf|webwinkel|winkel|shop)\s+(?:of\s+(?:the\s+)?(?:group\s+)?|(?:du|de|d['’])\s*(?:(?:groupe|géant)\s+)?|van\s+(?:het\s+)?(?:(?:concern|moederbedrijf|bedrijf)\s+)?)$/iu;

// A break between parts of a sentence; a comma between digits is a thousands separator.
const BREAK = /[;:(]|,(?!\d)/gu;

export function groupResultPlaces(sentence: string, mentions: readonly Mention[], q: Quantity, places: readonly MarketHit[]): MarketHit[] | null {
  const named = mentions.filter((m) => m.competitor !== null && m.end <= q.start);
  if (named.length === 0) return null;
  // "l'application du groupe PDD", "the shopping app of PDD Holdings", "het platform van PDD": the
  // parent named as the owner of the app the sentence is about is no parent's result (round 20).
  const isParent = (m: Mention): boolean => PARENT.test(sentence.slice(m.start, m.end)) && !OWNED_THING_BEFORE.test(sentence.slice(Math.max(0, m.start - 40), m.start));
  // The part of the sentence the figure is in, from the last break before it.
  let from = 0;
  BREAK.lastIndex = 0;
  for (let b = BREAK.exec(sentence); b !== null && b.index < q.start; b = BREAK.exec(sentence)) from = b.index + 1;
  const inPart = named.filter((m) => m.start >= from);
  const parent = inPart.filter(isParent).pop();
  // The parent names the figure in its part ("...pushed PDD's revenue up 86%"), or opens the
  // sentence with no other name in the figure's part ("PDD Holdings, which runs Pinduoduo in
  // China, reported revenue of...").
  if (!parent && !(isParent(named[0]!) && inPart.length === 0)) return null;
  const partStart = Math.max(from, parent?.end ?? 0);
  return places.filter((h) => {
    // Right after the figure, or right before it, with no break between.
    if (h.start >= q.end) return h.start - q.end <= 45 && !/[,;:]|\.\s/u.test(sentence.slice(q.end, h.start));
    if (h.end <= q.start && q.start - h.end <= 20 && !/[,;:]/u.test(sentence.slice(h.end, q.start))) return true;
    // In the figure's own part, after the parent's name: "PDD's US revenue", "said revenue in Europe".
    if (h.start >= partStart) return true;
    // "In the US, PDD Holdings said...": the sentence opens on the place.
    return OPENS_ON_PLACE.test(sentence.slice(0, h.start)) && /^\s*,/u.test(sentence.slice(h.end));
  });
}

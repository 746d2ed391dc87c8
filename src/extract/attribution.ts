import type { Mention } from './companies.js';

const CONJUNCTION = /^\s*(?:,|and|et|en|&|as well as|ainsi que|evenals|of|or|ou)\s*$/iu;

// A figure in a sentence that names no company but talks about the market at large
// ("online retail in Europe grew 8%") belongs to nobody we track.
const GENERIC_SUBJECT =
  /(?<![\p{L}])(?:market|sector|industry|e-commerce|ecommerce|online retail|retail sales|shoppers|consumers|households|marché|secteur|commerce en ligne|consommateurs|ménages|français|markt|sector|branche|consumenten|huishoudens|Nederlanders|Belgen|webwinkels)(?![\p{L}])/iu;

/**
 * Which competitor a figure at `pos` is about: the company named last before it in the
 * sentence (the subject or owner), else the first one after it, else the article's focus.
 * An untracked company in that place means the figure is not ours: null.
 */
export function competitorForFigure(mentions: Mention[], pos: number, sentence: string, focus: string | null): string | null {
  let before: Mention | undefined;
  for (const m of mentions) if (m.end <= pos) before = m;
  if (before) return before.competitor;
  const after = mentions.find((m) => m.start >= pos);
  if (after) return after.competitor;
  if (GENERIC_SUBJECT.test(sentence.slice(0, pos))) return null;
  return focus;
}

// Companies named after the cue as rivals ("to compete with Temu", "face à Shein", "de
// concurrentie met Amazon") are what the subject measures itself against, not who acts.
const RIVALS_BETWEEN =
  /(?<![\p{L}])(?:compet\p{L}*|rival\p{L}*|against|versus|concurren\p{L}*|face à|contre|tegen|tegenover)(?![\p{L}])/iu;

/** The competitors an event cue at `pos` is about, including ones joined to it ("Temu et Shein"). */
export function competitorsForEvent(mentions: Mention[], pos: number, sentence: string, focus: string | null): string[] {
  let index = -1;
  for (let i = 0; i < mentions.length; i++) if (mentions[i]!.end <= pos) index = i;
  if (index < 0) {
    index = mentions.findIndex((m) => m.start >= pos);
    if (index >= 0 && RIVALS_BETWEEN.test(sentence.slice(pos, mentions[index]!.start))) index = -1;
  }
  if (index < 0) return focus ? [focus] : [];
  const chosen = mentions[index]!;
  if (chosen.competitor === null) return [];
  const out = [chosen.competitor];
  // Walk both ways while neighbours are linked by "and", "et", "en" or a comma.
  for (const step of [-1, 1]) {
    for (let i = index; ; i += step) {
      const here = mentions[i]!;
      const next = mentions[i + step];
      if (!next || next.competitor === null) break;
      const gap = step > 0 ? sentence.slice(here.end, next.start) : sentence.slice(next.end, here.start);
      if (!CONJUNCTION.test(gap)) break;
      if (!out.includes(next.competitor)) out.push(next.competitor);
    }
  }
  return out;
}

import type { Language } from '../domain/vocabulary.js';

/**
 * The text after a sum in which a money word may still name it, cut at a "but", "mais" or "maar"
 * that opens a clause of its own: "Shein raises $2 billion but sees its valuation shrink", "lève
 * 2 milliards mais voit sa valorisation fondre", "haalt 2 miljard op maar ziet zijn waardering
 * dalen". The valuation there is what shrank, not the sum raised; the sum takes a word of its own
 * clause or none.
 */
const BUT: Record<Language, RegExp> = {
  en: /(?<![\p{L}])but(?![\p{L}])/iu,
  fr: /(?<![\p{L}])mais(?![\p{L}])/iu,
  nl: /(?<![\p{L}])maar(?![\p{L}])/iu,
};
const WORD: Record<Language, string> = { en: 'but', fr: 'mais', nl: 'maar' };

export function beforeBut(after: string, language: Language): string {
  const lower = after.toLowerCase();
  // A relative clause after the sum tells of its own noun (round 21, precision): "raised $2 billion
  // in a funding round that valued it at $66 billion", "une levée de fonds qui la valorise", "een
  // ronde die het bedrijf waardeerde op": the valuation is the round's, not the sum raised.
  const relative = RELATIVE_GATE[language].test(lower) ? RELATIVE[language].exec(after) : null;
  const cut = relative ? after.slice(0, relative.index) : after;
  if (!lower.includes(WORD[language])) return cut;
  const m = BUT[language].exec(cut);
  return m ? cut.slice(0, m.index) : cut;
}

// A relative pronoun right after a noun: "a round that", "une levée qui", "een ronde die".
const RELATIVE: Record<Language, RegExp> = {
  en: /(?<=\p{L}[\s\u00A0]+)(?:that|which)(?![\p{L}])/iu,
  fr: /(?<=\p{L}[\s\u00A0]+)qui(?![\p{L}])/iu,
  nl: /(?<=\p{L},?[\s\u00A0]+)(?:die|dat)(?![\p{L}])/iu,
};
const RELATIVE_GATE: Record<Language, RegExp> = { en: /that|which/u, fr: /qui/u, nl: /die|dat/u };

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
  if (!after.toLowerCase().includes(WORD[language])) return after;
  const m = BUT[language].exec(after);
  return m ? after.slice(0, m.index) : after;
}

import type { Language } from '../domain/vocabulary.js';

/**
 * A figure told inside a relative clause on the company keeps the status of its own verb, not of
 * the main clause's hedge after it: "Voor bol, dat vorig jaar een omzet van 6,6 miljard euro
 * boekte, zou dat neerkomen op ...", "Amazon, which reported sales of $575 billion last year,
 * could be fined ...", "Shein, qui a réalisé 38 milliards de chiffre d'affaires, serait ...". The
 * conditional or the estimate after the clause is about the main clause's own figure.
 *
 * Returns where the relative clause holding the figure ending at `end` closes (its comma), or -1
 * when the figure is in no closed relative clause. A decimal comma ("6,6") is no clause break.
 */
const OPENER: Record<Language, RegExp> = {
  en: /,\s+(?:which|who|whose)\s/giu,
  fr: /,\s+(?:qui|dont|lequel|laquelle)\s/giu,
  nl: /,\s+(?:dat|die|waarvan|wiens)\s/giu,
};
const BREAK = /[,;:](?=\s)|[.!?]\s/u;

export function relativeClauseEnd(sentence: string, end: number, language: Language): number {
  const re = OPENER[language];
  re.lastIndex = 0;
  let open = -1;
  for (let m = re.exec(sentence); m !== null && m.index < end; m = re.exec(sentence)) open = m.index + m[0].length;
  if (open < 0 || BREAK.test(sentence.slice(open, end))) return -1;
  const close = sentence.slice(end).search(BREAK);
  return close < 0 || sentence[end + close] !== ',' ? -1 : end + close;
}

import type { Language } from '../domain/vocabulary.js';
import { declareGate } from './gates.js';
import type { Quantity } from './numbers.js';

/**
 * Whether a figure is only what would follow from a supposition: an "if" clause before it and a
 * conditional verb between that clause and the figure. "If TikTok Shop matched Amazon, it would
 * need to grow fivefold", "analysts reckon that if it entered Chile it could sell $2bn a year",
 * "Si Temu ouvrait un entrepôt, il pourrait embaucher 500 personnes", "Als Shein hier begint, zou
 * het 4 procent van de markt kunnen pakken". Nobody reports such a figure. An "if" told after the
 * figure ("expects sales to reach $5bn if demand holds") leaves it an estimate.
 */
export function conditionalFigure(q: Quantity, sentence: string, language: Language): boolean {
  if (!IF_GATE[language].test(sentence)) return false;
  const before = sentence.slice(0, q.start);
  const opened = lastIf(before, language);
  if (opened < 0) return false;
  const after = before.slice(opened);
  // In Dutch "als" also means "as" ("als grootste webwinkel"): its clause must close with a comma.
  if (language === 'nl' && !after.includes(',')) return false;
  return MODAL[language].test(after);
}

function lastIf(text: string, language: Language): number {
  const re = IF_WORD[language];
  re.lastIndex = 0;
  let at = -1;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    // "even if", "même si", "zelfs als" concede a fact: what follows is still reported.
    if (!CONCESSIVE.test(text.slice(Math.max(0, m.index - 8), m.index + m[0].search(/\p{L}/u)))) at = m.index + m[0].length;
  }
  return at;
}

// "if"; French "si"/"s'il" and Dutch "als"/"indien" only where a clause opens, as "si" is also
// "so" ("si grand") and "als" is also "as" or "than" ("groter als").
const IF_WORD: Record<Language, RegExp> = {
  en: /(?<![\p{L}])if\s/giu,
  fr: /(?:^|[,;:«"“(]\s*|(?<![\p{L}])(?:que|qu['’]|mais|et)\s+)(?:si\s|s['’]ils?\s)/giu,
  nl: /(?:^|[,;:«"“'‘(]\s*|(?<![\p{L}])(?:dat|maar|en)\s+)(?:als|indien|mocht|mochten)\s/giu,
};

const CONCESSIVE = /(?<![\p{L}])(?:even|même|zelfs)\s*$/iu;

const IF_GATE: Record<Language, RegExp> = {
  en: /if\s/i,
  fr: /s(?:i\s|['’]il)/i,
  nl: /als\s|indien\s|mocht/i,
};

for (const l of ['en', 'fr', 'nl'] as const) declareGate(`conditional figure: if (${l})`, IF_WORD[l], IF_GATE[l]);

// The verb of what would follow: "would", "could", "might"; "pourrait", "serait", "atteindrait";
// "zou", "kan", "kunnen".
const MODAL: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:would|could|might)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])\p{L}{2,}(?:rait|raient)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:zou|zouden|kan|kunnen)(?![\p{L}])/iu,
};

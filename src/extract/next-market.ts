import type { Language } from '../domain/vocabulary.js';
import { declareGate } from './gates.js';
import type { MarketHit } from './markets.js';

/**
 * A market named as the one to come next is not where the article's later events happen (round
 * 18): "TikTok Shop opened in Mexico. Brazil will follow later this year. Shoppers get free
 * shipping" is free shipping in Mexico; so with "Le Brésil suivra", "Later dit jaar volgt
 * Brazilië". Looking back for a market, such a place is passed over.
 */
const FOLLOWS_AFTER: Record<Language, RegExp> = {
  en: /^\s*(?:(?:is|will be|comes|could be) next|(?:will|should|is set to|is due to|is expected to) follow|follows)(?![\p{L}])/iu,
  fr: /^\s*(?:suivra|suivront|devrait suivre|doit suivre|sera le prochain|sera la prochaine)(?![\p{L}])/iu,
  nl: /^\s*(?:volgt|volgen|zal volgen|moet volgen|is de volgende|komt daarna)(?![\p{L}])/iu,
};
const FOLLOWS_BEFORE: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:followed later by|next up is|next in line is|(?:will|should) then come)\s+(?:the\s+)?$/iu,
  fr: /(?<![\p{L}])(?:suivra|suivront|suivi plus tard (?:par|de)|viendra ensuite|puis viendra)\s+(?:le\s+|la\s+|l['’]\s*|les\s+)?$/iu,
  nl: /(?<![\p{L}])(?:volgt|volgen|volgt daarna|volgt later|komt daarna)\s+(?:(?:ook|dan|nog)\s+)?$/iu,
};
const GATE = /follow|next|come|suiv|prochain|viendra|volg|daarna/iu;
for (const l of ['en', 'fr', 'nl'] as const) {
  declareGate(`next-market: follows after (${l})`, FOLLOWS_AFTER[l], GATE);
  declareGate(`next-market: follows before (${l})`, FOLLOWS_BEFORE[l], GATE);
}

/** Whether the sentence names `m` as the market to come next. */
export function isNextMarket(sentence: string, m: MarketHit, language: Language): boolean {
  if (!GATE.test(sentence)) return false;
  return FOLLOWS_AFTER[language].test(sentence.slice(m.end, m.end + 30)) || FOLLOWS_BEFORE[language].test(sentence.slice(Math.max(0, m.start - 30), m.start));
}

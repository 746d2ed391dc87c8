import type { Language } from '../domain/vocabulary.js';
import type { Mention } from './companies.js';
import type { Quantity } from './numbers.js';

/**
 * A sum an owner invests for a tracked company is that company's investment (round 20): "Its owner
 * will invest about $200 million in a new hub for Temu", "le groupe investira 80 millions d'euros
 * dans un entrepôt pour Shein", "het moederbedrijf investeert 50 miljoen euro in een magazijn voor
 * bol". The verb stands right before the sum, the tracked name right after "for"/"pour"/"voor" in
 * the same clause. A sum invested "in" a company ("invested $1bn in Temu") is not read here.
 */
const INVEST_BEFORE: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:invest|invests|invested|investing|spend|spends|spending|pour|pours|poured|pump|pumps|pumped)\s+(?:(?:about|around|some|nearly|roughly|up to|an additional|a further|another|more than)\s+)?$/iu,
  fr: /(?<![\p{L}])(?:investir|investit|investi|investira|investiront|investirait|investissent|injecter|injecte|injecté|injectera|consacrer|consacre|consacré|consacrera)\s+(?:(?:environ|près de|quelque|plus de|jusqu['’]à|au moins)\s+)?$/iu,
  nl: /(?<![\p{L}])(?:investeert|investeerde|investeren|steekt|stak|pompt|pompte)\s+(?:(?:ongeveer|zo['’]n|ruim|bijna|circa|meer dan)\s+)?$/iu,
};
const FOR_BEFORE_NAME: Record<Language, RegExp> = {
  en: /(?<![\p{L}])for\s+$/iu,
  fr: /(?<![\p{L}])pour\s+$/iu,
  nl: /(?<![\p{L}])voor\s+$/iu,
};

/** The tracked company a sum is invested for, when the clause tells it after the sum. */
export function investedFor(mentions: Mention[], q: Quantity, sentence: string, language: Language): string | null {
  if (q.kind !== 'money') return null;
  if (!INVEST_BEFORE[language].test(sentence.slice(Math.max(0, q.start - 50), q.start))) return null;
  for (const m of mentions) {
    if (m.start < q.end) continue;
    if (m.start - q.end > 100) break;
    const between = sentence.slice(q.end, m.start);
    if (/[,;:.]/u.test(between)) return null;
    if (m.competitor === null) continue;
    return FOR_BEFORE_NAME[language].test(between) ? m.competitor : null;
  }
  return null;
}

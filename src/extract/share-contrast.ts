import type { Language } from '../domain/vocabulary.js';
import type { Quantity } from './numbers.js';
import { GROWTH_DOWN_RE, GROWTH_UP_RE, PEOPLE_PORTION_RE, SHARE_AFTER_RE, SHARE_RE } from './metric-cues.js';
import { hits } from './words.js';
import { declareGate } from './gates.js';

// A share set against another one is a share too (round 14, metrics): "Amazon takes 3% of Dutch
// online spending, while bol comes in at about 18%", "neemt Amazon 3 procent van de
// onlinebestedingen voor zijn rekening, terwijl bol op 18 procent uitkomt", "4 procent, tegen 19
// procent voor bol", "détient 5 % du marché, contre 20 % pour Cdiscount".
const CONTRAST: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:while|whereas|against|compared with|versus|vs\.?)(?![\p{L}])(?<rest>[^.;]{0,50})$/iu,
  fr: /(?<![\p{L}])(?:tandis que|tandis qu['’]|alors que|alors qu['’]|contre|face à)(?<rest>[^.;]{0,50})$/iu,
  nl: /(?<![\p{L}])(?:terwijl|tegen|tegenover|versus)(?![\p{L}])(?<rest>[^.;]{0,50})$/iu,
};
const GATE: Record<Language, RegExp> = {
  en: /while|whereas|against|compared|versus|vs/iu,
  fr: /tandis|alors|contre|face/iu,
  nl: /terwijl|tegen|versus/iu,
};
for (const l of ['en', 'fr', 'nl'] as const) declareGate(`share contrast (${l})`, CONTRAST[l], GATE[l]);
const PERCENT = /\d[\s\u00A0]*(?:%|procent|pour cent|per cent|percent)/iu;

/** Whether the percentage at `q` is set against an earlier share in its sentence. */
export function contrastedShare(q: Quantity, sentence: string, language: Language): boolean {
  const before = sentence.slice(Math.max(0, q.start - 200), q.start);
  if (!GATE[language].test(before)) return false;
  const m = CONTRAST[language].exec(before);
  if (!m) return false;
  const rest = m.groups!.rest!;
  // The second figure must not be told as a change: "while its sales rose 5%".
  if (PERCENT.test(rest) || hits(GROWTH_UP_RE[language], rest).length > 0 || hits(GROWTH_DOWN_RE[language], rest).length > 0) return false;
  const earlier = before.slice(0, m.index);
  const figure = EARLIER_PERCENT.exec(earlier);
  if (!figure) return false;
  // The earlier figure is a share: a share cue before it, or a market named right after it; a
  // portion of shoppers ("28 procent van de online shoppers") is none.
  const next = earlier.slice(figure.index + figure[0].length);
  if (PEOPLE_PORTION_RE.test(next)) return false;
  return SHARE_RE[language].test(earlier) || SHARE_AFTER_RE[language].test(next);
}
const EARLIER_PERCENT = /\d[\d.,]*[\s\u00A0]*(?:%|procent|pour cent|per cent|percent)(?=[^\d]*$)/iu;

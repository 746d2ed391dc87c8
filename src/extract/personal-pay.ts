import { declareGate } from './gates.js';
import type { Quantity } from './numbers.js';

/**
 * A sum told as someone's pay is that person's, never a figure the company reports: "Jassy,
 * whose pay package was valued at $40 million", "la rémunération de son PDG a atteint 12 millions
 * d'euros", "het salaris van de topman bedroeg 3 miljoen euro". The pay word stands earlier in
 * the figure's clause.
 */
const PAY_BEFORE =
  /(?<![\p{L}])(?:pay packages?|pay deals?|compensation|salary|salaries|remuneration|rémunérations?|salaires?|indemnités? de départ|salaris(?:sen)?|beloning|bezoldiging|vertrekpremie)(?![\p{L}])[^.;:!?()]{0,60}$/iu;
const PAY_GATE = /pay|compens|sala|remun|rémun|indemn|beloning|bezoldig|vertrekpremie/iu;

declareGate('personal pay', PAY_BEFORE, PAY_GATE);

/** Whether the money figure at `q` is someone's pay. */
export function personalPay(q: Quantity, sentence: string): boolean {
  if (q.kind !== 'money') return false;
  const before = sentence.slice(Math.max(0, q.start - 100), q.start);
  return PAY_GATE.test(before) && PAY_BEFORE.test(before);
}

import type { Mention } from './companies.js';
import { declareGate } from './gates.js';
import type { Quantity } from './numbers.js';

/**
 * A sentence opening on a name we do not know, with a verb of results right after it, tells that
 * company's figures (round 18): "Intertoys zag de omzet in november met 4 procent dalen", "Kmart
 * saw its sales fall 3%", "Maisons du Monde a vu ses ventes reculer de 5 %". Unless a tracked
 * company is named before the figure, the figure is not the one of the company the article is about.
 */
export function unknownNameSubject(mentions: readonly Mention[], q: Quantity, sentence: string): boolean {
  if (mentions.some((m) => m.competitor !== null && m.start < q.start)) return false;
  if (RELATIVE_GATE.test(sentence)) {
    // "SGM, qui revendique 300 millions d'euros de chiffre d'affaires, défend...": a figure the
    // relative clause of an unknown opening name claims is that name's (round 20).
    const relative = NAME_THEN_CLAIM.exec(sentence.slice(0, q.start));
    if (relative && !COMMON_OPENING.test(relative[1]!.split(/\s/u)[0]!)) return true;
  }
  if (!RESULT_GATE.test(sentence)) return false;
  const opening = NAME_THEN_RESULT.exec(sentence);
  return opening !== null && opening[0].length <= q.start && !COMMON_OPENING.test(opening[1]!.split(/\s/u)[0]!);
}

const NAME_THEN_CLAIM =
  /^[\s"“«]*(\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*)?)\s*,\s*(?:qui|which|who|that|die|dat)\s+(?:[\p{L}'’]+\s+){0,2}?(?:revendique|revendiquait|affiche|affichait|compte|comptait|réalise|réalisait|emploie|employait|pèse|claims|claimed|has|had|reports|reported|employs|employed|boasts|posts|posted|telt|telde|heeft|had|boekt|boekte|claimt|claimde|realiseert|realiseerde)(?![\p{L}])[^,;:()]*$/u;
const RELATIVE_GATE = /,\s*(?:qui|which|who|that|die|dat)\s/u;
declareGate('unknown subject: name then relative claim', NAME_THEN_CLAIM, RELATIVE_GATE);

const NAME_THEN_RESULT =
  /^[\s"“«]*(\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*)?)\s+(?:zag|ziet|boekte|meldde|rapporteerde|saw|sees|reported|posted|booked|recorded|a\s+vu|voit|a\s+enregistré|a\s+affiché|affiche)(?![\p{L}])/u;
const RESULT_GATE = /zag|ziet|boekte|meldde|rapporteerde|saw|sees|reported|posted|booked|recorded|vu|voit|enregistré|affich/u;
declareGate('unknown subject: name then result verb', NAME_THEN_RESULT, RESULT_GATE);

// Words that open sentences without naming anyone (the name's first word is tried: "De Groot",
// "In Nederland").
const COMMON_OPENING =
  /^(?:De|Het|Een|Die|Dat|Dit|Deze|Daar|Ook|Toen|Zo|Vorig|Vorige|Er|Men|The|This|That|These|Those|It|Its|He|She|They|We|There|Then|Last|Sales|Il|Elle|Ils|Elles|On|Le|La|Les|Ce|Cet|Cette|Ces|Celle|Celui|Chacun|In|Op|Bij|Na|Volgens|Voor|Met|At|On|After|For|With|According|En|Au|Aux|Dans|Selon|Pour|Sur|Avec|Après)$/u;

import type { Language } from '../domain/vocabulary.js';
import { lastMoneyCue, type MetricReading } from './metrics.js';
import type { Quantity } from './numbers.js';
import { endsOnExpectation } from './expectation.js';
import type { Told } from './gapping.js';

// A sentence that opens by pointing back at an amount named before: "That figure rose to...",
// "Celui-ci s'élevait à...", "Dat bedrag steeg tot...".
// A pronoun subject with a verb of amounting points back too (round 16): "It would have reached
// about €11bn", "Il aurait atteint environ 11 milliards d'euros", "Die zou zo'n 11 miljard euro
// hebben bedragen", "Volgens GfK zou die ... hebben bedragen".
const POINTS_BACK: Record<Language, RegExp> = {
  en: /^(?:(?:that|this|the) (?:figure|amount|sum|total)|(?:it|that|this) (?:(?:would|could|may|might|will) (?:have )?|(?:has|had) )?(?:rose|risen|grew|grown|stood|reached|came|amounted|was|been|fell|fallen|climbed|increased|jumped|totall?ed|dropped|reach|amount|total|stand|exceed(?:ed)?|topped))(?![\p{L}])/iu,
  fr: /^(?:celui-ci|celle-ci|ce montant|ce chiffre|cette somme|ce total|(?:il|elle) (?:(?:a|aurait|avait|aura|serait|est|était|se serait|s['’]est|s['’]était)\s*)?(?:atteint|atteignait|atteindrait|dépassé|dépassait|dépasserait|élevé|élevée|élevait|élèverait|établi|établie|établissait|monté|montée|montait|représenté|représentait|pesé|pesait|pèserait|totalisé|culminé))(?![\p{L}])/iu,
  nl: /^(?:(?:dat|dit|die|het) (?:bedrag|cijfer|getal|totaal)|(?:die|deze|dat|dit) (?:steeg|groeide|bedroeg|kwam|lag|was|daalde|nam|zou|zal)|volgens\s+(?:[\p{L}.&-]+\s+){1,3}?(?:zou|zal|bedroeg|lag|kwam)\s+(?:die|deze|dat|dit))(?![\p{L}])/iu,
};
// A source told first is no clause of the figure: "Selon le cabinet Xerfi, il aurait atteint...".
const SOURCE_OPENING = /^\s*(?:according to|selon|d['’]après|volgens)\s+[^,;:]{1,60},\s*/iu;

/**
 * A sum told without a money word in a sentence that points back ("Celui-ci s'élevait à 640
 * millions d'euros") is what the sentence before named: "notre chiffre d'affaires belge" makes it
 * revenue. Only a sum in the opening clause counts.
 */
export function antecedentReading(q: Quantity, sentence: string, previous: string, language: Language, competitor: string, earlier: Told | null = null): MetricReading | null {
  if (q.kind !== 'money' || previous === '') return null;
  const whole = sentence.slice(0, q.start);
  const opening = whole.slice(SOURCE_OPENING.exec(whole)?.[0].length ?? 0);
  if (/[,;:]/u.test(opening)) return null;
  if (POINTS_BACK[language].test(opening.trimStart())) {
    const metric = lastMoneyCue(previous, language, competitor);
    return metric ? { metric, value: q.value, unit: q.unit } : null;
  }
  // "Analysts on average had expected $158.6 billion", "Les analystes tablaient sur 9,4 milliards",
  // "Analisten rekenden op 2 miljard euro": what was expected of the figure the sentence before
  // told, with no money word of its own (round 20).
  // "ByteDance has set Douyin a target of 3 trillion yuan for 2024", "un objectif de 3 000
  // milliards de yuans", "een doel van 3 biljoen yuan": the aim for the measure told before (round 21).
  if (endsOnExpectation(opening, language) || BARE_AIM[language].test(opening.slice(-40))) {
    const metric = lastMoneyCue(previous, language, competitor);
    return metric === 'revenue' || metric === 'gmv' || metric === 'profit' ? { metric, value: q.value, unit: q.unit } : null;
  }
  // "Bol haalde in Nederland € 4,9 miljard", "Shein posted $2 billion", "Vinted a réalisé 800
  // millions d'euros" after a sentence on another company's sales or profit: the same measure,
  // told for the next company with a verb of result and no money word.
  if (!RESULT_VERB[language].test(opening)) return null;
  // A sentence before that told its sum bare ("Shein staat negende met 420 miljoen euro.") leaves
  // the measure to the last sum read a few sentences back (round 21).
  const metric = lastMoneyCue(previous, language, competitor) ?? (earlier && earlier.reading.unit === q.unit ? earlier.reading.metric : null);
  return metric === 'revenue' || metric === 'gmv' || metric === 'profit' ? { metric, value: q.value, unit: q.unit } : null;
}

const BARE_AIM: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:an?|its|the)\s+(?:\p{L}+\s+)?(?:target|goal)\s+of\s+(?:(?:about|around|some|at least)\s+)?$/iu,
  fr: /(?<![\p{L}])(?:un|son|l['’])\s*(?:\p{L}+\s+)?objectif\s+(?:\p{L}+\s+)?de\s+(?:(?:environ|quelque|au moins)\s+)?$/iu,
  nl: /(?<![\p{L}])(?:een|het|zijn|haar)\s+(?:\p{L}+\s+)?(?:doel|streefcijfer|doelstelling)\s+van\s+(?:(?:ongeveer|zo['’]n|minstens)\s+)?$/iu,
};

const RESULT_VERB: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:posted|booked|generated|achieved|recorded|made|brought in|took in|reported)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:réalisé|réalise|réalisait|enregistré|enregistre|généré|génère|affiché|affiche|dégagé|dégage)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:haalde|haalt|boekte|boekt|realiseerde|realiseert|noteerde|noteert|genereerde|genereert|kwam uit op|komt uit op)(?![\p{L}])/iu,
};

import type { Language } from '../domain/vocabulary.js';
import type { Mention } from './companies.js';

/**
 * A company's expectation of its own figure is its aim; an outsider's expectation of a company's
 * figure is that outsider's estimate (round 21): "Mintel expects Temu's UK sales to grow 25%",
 * "Kantar prévoit que les ventes de Shein progresseront de 10 %", "GfK verwacht dat de omzet van
 * bol met 8 procent stijgt". The outsider is a name we do not track standing right before the verb;
 * the company whose figure it is is named between the verb and the figure. "Amazon expects its
 * sales to rise 10%", "the company expects" stay aims.
 */
const EXPECTS: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:expects|expected|forecasts|forecast|predicts|predicted|projects|projected|sees)(?![\p{L}])/giu,
  fr: /(?<![\p{L}])(?:s['’]attend|s['’]attendait|prévoit|prévoyait|anticipe|anticipait|table sur|tablait sur)(?![\p{L}])/giu,
  nl: /(?<![\p{L}])(?:verwacht|verwachtte|voorspelt|voorspelde|rekent op|rekende op)(?![\p{L}])/giu,
};
// The expecter's name ends right before the verb: one to three capitalised words.
const NAME_BEFORE = /(?:^|[\s(])(\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*){0,2})\s+$/u;
// People and pronouns are no outside firms: "Chief executive Andy Jassy expects", "Il prévoit".
const NOT_A_FIRM = /^(?:It|They|He|She|We|Il|Elle|Ils|Elles|On|Nous|Het|Hij|Zij|Ze|Wij|The|La|Le|Les|De|Het)$/u;
const PERSON_BEFORE = /(?:chief|executive|boss|founder|president|chairman|CEO|CFO|PDG|patron|directeur|directrice|fondateur|topman|topvrouw|baas|oprichter|topbestuurder)\s+$/iu;

export function outsideExpecter(sentence: string, figureStart: number, competitor: string, mentions: readonly Mention[], language: Language): boolean {
  const re = EXPECTS[language];
  re.lastIndex = 0;
  let verb: RegExpExecArray | null = null;
  for (let m = re.exec(sentence); m !== null && m.index < figureStart; m = re.exec(sentence)) verb = m;
  if (!verb || /[;.]\s/u.test(sentence.slice(verb.index, figureStart))) return false;
  const verbEnd = verb.index + verb[0].length;
  if (!mentions.some((m) => m.competitor === competitor && m.start >= verbEnd && m.end <= figureStart)) return false;
  const before = sentence.slice(Math.max(0, verb.index - 60), verb.index);
  const name = NAME_BEFORE.exec(before);
  if (!name || NOT_A_FIRM.test(name[1]!)) return false;
  const nameStart = verb.index - before.length + name.index + name[0].indexOf(name[1]!);
  if (mentions.some((m) => m.competitor !== null && m.end > nameStart && m.start < verb.index)) return false;
  return !PERSON_BEFORE.test(sentence.slice(Math.max(0, nameStart - 30), nameStart));
}

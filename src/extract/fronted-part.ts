import { LANGUAGES, type Language } from '../domain/vocabulary.js';
import { declareGate } from './gates.js';

/**
 * A part told after the whole it is taken from, the whole fronted (round 21): "Of its 60,000
 * sellers, about 8,000 are Belgian", "Sur ses 60 000 vendeurs, 8 000 sont belges", "Van de ruim
 * 60.000 verkooppartners van het platform zijn er zo'n 8.000 Belgisch". The part counts what the
 * whole counts. The whole must open the sentence and be owned ("its", "ses", "de", "zijn"), so a
 * count set against another ("out of 2,000 people surveyed") is read elsewhere.
 */
const FRONTED_WHOLE: Record<Language, RegExp> = {
  en: /^[\s\u00A0]*(?:of|out of|among)[\s\u00A0]+(?:its|their|the|his|her)[\s\u00A0]+(?:(?:about|around|some|roughly|more than|over|nearly|almost)[\s\u00A0]+)?\d[\d.,\s\u00A0]*(?:million[\s\u00A0]+)?/iu,
  fr: /^[\s\u00A0]*(?:sur|parmi)[\s\u00A0]+(?:ses|leurs|les)[\s\u00A0]+(?:(?:quelque|environ|plus de|près de)[\s\u00A0]+)?\d[\d.,\s\u00A0]*(?:millions?[\s\u00A0]+(?:de[\s\u00A0]+|d['’])?)?/iu,
  nl: /^[\s\u00A0]*(?:van|onder)[\s\u00A0]+(?:de|zijn|haar|hun)[\s\u00A0]+(?:(?:ruim|bijna|circa|ongeveer|zo['’]n|meer dan)[\s\u00A0]+)?\d[\d.,\s\u00A0]*(?:miljoen[\s\u00A0]+)?/iu,
};
const GATE = /^[\s\u00A0]*(?:of|out|among|sur|parmi|van|onder)[\s\u00A0]/iu;
for (const l of LANGUAGES) declareGate(`fronted part (${l})`, FRONTED_WHOLE[l], GATE);

/** Where the noun of a fronted whole starts, when the sentence opens on one before `pos` ("Of its 60,000 |sellers, ..."); -1 otherwise. */
export function frontedWholeNoun(sentence: string, pos: number, language: Language): number {
  if (pos > 160 || !GATE.test(sentence)) return -1;
  const whole = FRONTED_WHOLE[language].exec(sentence.slice(0, pos));
  return whole ? whole[0].length : -1;
}

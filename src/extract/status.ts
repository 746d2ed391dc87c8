import type { Language, Status } from '../domain/vocabulary.js';
import { wordsRegex } from './words.js';

/**
 * Whether a figure is reported (actual), aimed at (target) or someone's estimate. Approximators
 * alone ("about", "environ", "ruim") do not make an estimate: a company saying it has "about 6
 * million sellers" is still reporting. An estimate needs someone estimating or hearsay
 * ("analysts estimate", "naar schatting", a French conditional "aurait réalisé").
 */
const ESTIMATE: Record<Language, string[]> = {
  en: ['analyst', 'analysts', 'estimate', 'estimates', 'estimated', 'estimating', 'reportedly', 'is said to', 'are said to', 'is believed to', 'according to estimates', 'projected', 'forecast', 'forecasts', 'would have'],
  fr: ['analyste', 'analystes', 'estime', 'estiment', 'estimé', 'estimée', 'estimés', 'estimées', 'estimation', 'estimations', 'aurait', 'auraient', 'serait', 'seraient', 'selon les estimations', 'évalué', 'évaluée'],
  nl: ['naar schatting', 'geschat', 'geschatte', 'schat', 'schatten', 'schatting', 'schattingen', 'analist', 'analisten', 'zou hebben', 'zouden hebben', 'zou zijn'],
};
const TARGET: Record<Language, string[]> = {
  en: ['aim', 'aims', 'aimed', 'aiming', 'target', 'targets', 'targeted', 'targeting', 'goal', 'plans to', 'planned', 'hopes', 'hoped', 'hope to', 'wants', 'wanted', 'expects', 'expected to', 'intends', 'ambition', 'seeks', 'seeking', 'on track to', 'ambitions'],
  fr: ['vise', 'visait', 'visent', 'viser', 'objectif', 'ambitionne', 'ambition', 'espère', 'espérait', 'espèrent', 'souhaite', 'veut', 'voulait', 'veulent', 'compte atteindre', 'prévoit', 'table sur', 'mise sur', "s'attend"],
  nl: ['wil', 'wilde', 'willen', 'streeft', 'streefde', 'streven', 'doel', 'doelstelling', 'ambitie', 'ambieert', 'hoopt', 'hoopte', 'mikt', 'verwacht', 'rekent op', 'beoogt'],
};
const ESTIMATE_RE: Record<Language, RegExp> = { en: wordsRegex(ESTIMATE.en, 'iu'), fr: wordsRegex(ESTIMATE.fr, 'iu'), nl: wordsRegex(ESTIMATE.nl, 'iu') };
const TARGET_RE: Record<Language, RegExp> = { en: wordsRegex(TARGET.en, 'iu'), fr: wordsRegex(TARGET.fr, 'iu'), nl: wordsRegex(TARGET.nl, 'iu') };

/**
 * Status of a figure ending at `end`: estimate cues anywhere in the sentence, target cues
 * before the figure (the verb that governs it), actual otherwise.
 */
export function statusOf(sentence: string, end: number, language: Language): Status {
  if (ESTIMATE_RE[language].test(sentence)) return 'estimate';
  if (TARGET_RE[language].test(sentence.slice(0, end))) return 'target';
  return 'actual';
}

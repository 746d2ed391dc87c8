import type { Language } from '../domain/vocabulary.js';
import type { Quantity } from './numbers.js';
import { declareGate } from './gates.js';

// The people a survey asked are its sample, not anyone's customers: "polled 4,500 online
// shoppers", "a survey of 2,000 consumers", "un sondage auprès de 3 000 acheteurs", "un panel de
// 12 000 foyers", "onderzoek onder 6.000 online shoppers", "ondervroeg 1.500 consumenten".
const ASKED_BEFORE: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:polls|polled|polling|surveys|surveyed|surveying|questions|questioned|interviews|interviewed|asked|(?:survey|poll|study|panel|sample|questionnaire)\s+(?:of|among)|among)\s+(?:(?:about|around|some|more than|over|nearly|almost|roughly)\s+)?$/iu,
  fr: /(?<![\p{L}])(?:interroge|interrogent|interrogé|interrogés|interrogées|interrogeant|sonde|sondent|sondé|sondés|sondées|auprès d['’]un panel de|auprès de|panel de|échantillon de|parmi)\s*(?:(?:environ|près de|plus de|quelque)\s+)?$/iu,
  nl: /(?<![\p{L}])(?:onder|bij|ondervraagt|ondervragen|ondervroeg|ondervroegen|ondervraagd|ondervraagde|bevraagd|bevroeg|enquêteerde|panel van|steekproef van)\s+(?:(?:ruim|bijna|circa|ongeveer|zo['’]n|meer dan)\s+)?$/iu,
};
// "onder" and "among" only ask in a sentence about a survey.
const SURVEY: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:survey\p{L}*|poll\p{L}*|study|research|questioned|interviewed|asked|panel|respondents)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:sondage|enquête|étude|panel|baromètre|interrog\p{L}*|sond\p{L}+|échantillon|répondants)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:onderzoek|enquête|bevraging|peiling|panel|steekproef|ondervra\p{L}*|ondervroeg\p{L}*|bevraagd|bevroeg|respondenten)(?![\p{L}])/iu,
};

// The survey's verb may follow the people it asked (round 17, non-metric): "of the 1,200 members
// it polled", "1 000 acheteurs interrogés en mars", "dat daarvoor 7.500 consumenten ondervroeg".
const ASKED_AFTER: Record<Language, RegExp> = {
  en: /^[\s\u00A0]*(?:[\p{L}'’-]+[\s\u00A0]+){0,3}?(?:(?:it|they|we|he|she|who|that|which)[\s\u00A0]+(?:had[\s\u00A0]+)?)?(?:polled|surveyed|questioned|interviewed)(?![\p{L}])/iu,
  fr: /^[\s\u00A0]*(?:(?:de|d['’])[\s\u00A0]*)?(?:[\p{L}'’-]+[\s\u00A0]+){0,2}?(?:interrogée?s|sondée?s|questionnée?s)(?![\p{L}])/iu,
  nl: /^[\s\u00A0]*(?:[\p{L}'’-]+[\s\u00A0]+){0,3}?(?:ondervraagt|ondervragen|ondervroeg|ondervroegen|ondervraagd|bevraagt|bevroeg|bevraagd|enquêteert|enquêteerde)(?![\p{L}])/iu,
};

// Each count of a sentence is asked about in turn: whether the sentence tells of a survey is found once.
let lastAsked: { sentence: string; language: Language; survey: boolean } | null = null;
function tellsOfSurvey(sentence: string, language: Language): boolean {
  if (lastAsked?.sentence !== sentence || lastAsked.language !== language) lastAsked = { sentence, language, survey: SURVEY[language].test(sentence) };
  return lastAsked.survey;
}

/** Whether a count of people at `q` is the sample a survey asked. */
export function surveySample(q: Quantity, sentence: string, language: Language): boolean {
  if (q.kind !== 'count' || !tellsOfSurvey(sentence, language)) return false;
  return ASKED_BEFORE[language].test(sentence.slice(Math.max(0, q.start - 40), q.start)) || ASKED_AFTER[language].test(sentence.slice(q.end, q.end + 60));
}

/**
 * The brands or sellers a data firm follows are its panel, not anyone's sellers (round 20):
 * "Momentum Commerce, which tracks sales for about 50 brands, estimated...", "le cabinet, qui suit
 * les ventes de 800 marques", "het bureau, dat de verkoop van zo'n 50 merken volgt". Only in a
 * relative clause: the tracker is described, so it is not the company whose count it would be.
 */
const TRACKS_BEFORE: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:which|that|who)\s+(?:tracks|tracked|monitors|monitored|follows|followed|measures|measured)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:(?:for|of|across|at|from)\s+)?(?:(?:about|around|some|more than|over|nearly|almost|roughly)\s+)?$/iu,
  fr: /(?<![\p{L}])(?:qui)\s+(?:suit|suivait|surveille|surveillait|mesure|mesurait)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:(?:de|des|d['’]|auprès de)\s*)?(?:(?:environ|près de|plus de|quelque)\s+)?$/iu,
  nl: /(?<![\p{L}])(?:dat|die)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:van|bij)\s+(?:(?:ruim|bijna|circa|ongeveer|zo['’]n|meer dan)\s+)?$/iu,
};
const TRACKS_AFTER_NL = /^[\s\u00A0]*(?:[\p{L}'’-]+[\s\u00A0]+){0,2}?(?:volgt|volgde|bijhoudt|bijhield|monitort|monitorde|meet|mat)(?![\p{L}])/iu;
const TRACKS_GATE: Record<Language, RegExp> = {
  en: /track|monitor|follow|measur/iu,
  fr: /suit|suivait|surveill|mesur/iu,
  nl: /volg|bijh|monitor|meet|mat/iu,
};
declareGate('survey sample: tracker (en)', TRACKS_BEFORE.en, TRACKS_GATE.en);
declareGate('survey sample: tracker (fr)', TRACKS_BEFORE.fr, TRACKS_GATE.fr);

/** Whether a count at `q` is the panel a data firm follows, told in a relative clause about it. */
export function trackedPanel(q: Quantity, sentence: string, language: Language): boolean {
  if (q.kind !== 'count' || !TRACKS_GATE[language].test(sentence)) return false;
  const before = sentence.slice(Math.max(0, q.start - 70), q.start);
  if (language === 'nl') return TRACKS_BEFORE.nl.test(before) && TRACKS_AFTER_NL.test(sentence.slice(q.end, q.end + 40));
  return TRACKS_BEFORE[language].test(before);
}

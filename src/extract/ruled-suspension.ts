import type { Language } from '../domain/vocabulary.js';

/**
 * A suspension a government or a court tries, asks for or orders is a rule, not a shop closed:
 * "despite the government's attempt to suspend its website", "la tentative du gouvernement de
 * suspendre le site", "de poging van de regering om de site op te schorten". Whether the shop did
 * close is told elsewhere ("ont ordonné la suspension de Temu" keeps both, through the order cue).
 */
export function ruledSuspension(sentence: string, start: number, language: Language): boolean {
  return ATTEMPT_BEFORE[language].test(sentence.slice(Math.max(0, start - 90), start));
}

const ATTEMPT_BEFORE: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:government|authorities|authority|court|regulators?|ministry|state)['’]?s?\s+(?:attempt|bid|move|request|efforts?|plan)\s+(?:[\p{L}\d]+\s+){0,3}to\s+$/iu,
  fr: /(?<![\p{L}])(?:tentative|demande|volonté|projet)\s+(?:du|de la|des)\s+(?:gouvernement|autorités|tribunal|justice|ministère|régulateur|État)\s+(?:[\p{L}\d]+\s+){0,3}(?:de|d['’])\s*$/iu,
  nl: /(?<![\p{L}])(?:poging|verzoek|plan)\s+van\s+(?:de|het)\s+(?:regering|overheid|kabinet|rechter|rechtbank|toezichthouder|ministerie)\s+(?:[\p{L}\d]+\s+){0,3}om\s+(?:[\p{L}'’-]+\s+){0,4}$/iu,
};

/**
 * Closing every shop a company has in a place is leaving it, not a pause (round 21): "sluit alle
 * winkels in Duitsland", "to shut all its Spanish warehouses", "ferme tous ses magasins en Italie".
 */
export function closesAll(sentence: string, start: number): boolean {
  return CLOSES_ALL.test(sentence.slice(start, start + 40));
}

const CLOSES_ALL = /^(?:sluit|shut|clos|ferm)\p{L}*(?:\s+down)?\s+(?:all|alle|tous|toutes)\s/iu;

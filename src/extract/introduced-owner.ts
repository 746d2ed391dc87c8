import type { Language } from '../domain/vocabulary.js';

/**
 * A sentence opening on a possessive, right after one that brings in the owner of a small
 * business, speaks of that business: "..., says Jane Roe, who owns a bookshop in the old town. Her
 * sales have fallen 12% since 2022", "..., lance X, propriétaire d'une librairie. Son chiffre
 * d'affaires a reculé de 12 %", "..., zegt Y, eigenaar van een speelgoedwinkel. Zijn omzet daalde
 * met 12 procent". The figure is the shop's, not the tracked company's the article is about. Only
 * sentences that name no tracked company are asked.
 */
export function possessiveOfIntroduced(sentence: string, previous: string, language: Language): boolean {
  return POSSESSIVE[language].test(sentence) && INTRODUCED[language].test(previous);
}

const POSSESSIVE: Record<Language, RegExp> = {
  en: /^\s*(?:Her|His|Their)\s/u,
  fr: /^\s*(?:Son|Sa|Ses|Leur|Leurs)\s/u,
  nl: /^\s*(?:Zijn|Haar|Hun)\s/u,
};

// Someone who owns, runs or founded "a" business, told by an indefinite article.
const INTRODUCED: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:(?:co-)?owner|manager|founder|proprietor|boss)\s+of\s+(?:a|an)\s|(?<![\p{L}])who\s+(?:runs|owns|manages|founded|opened|has\s+run)\s+(?:a|an)\s/iu,
  fr: /(?<![\p{L}])(?:(?:co-?)?propriétaire|(?:co-?)?gérante?|patronne?|fondat(?:eur|rice)|responsable)\s+d['’](?:une?\s)|(?<![\p{L}])qui\s+(?:tient|dirige|gère|a\s+fondé|a\s+ouvert)\s+(?:une?\s)/iu,
  nl: /(?<![\p{L}])(?:(?:mede-?)?eigena(?:ar|resse)|uitbat(?:er|ster)|zaakvoer(?:der|ster)|oprichter|bedrijfsleider)\s+van\s+(?:een)\s|(?<![\p{L}])die\s+(?:al\s+)?(?:[\p{L}-]+\s+){0,3}?een\s+(?:[\p{L}-]+\s+){0,2}?(?:runt|uitbaat|leidt|heeft|bestiert)(?![\p{L}])/iu,
};

import type { Language } from '../domain/vocabulary.js';
import type { Quantity } from './numbers.js';

/**
 * Followers of a person are that person's audience, not a platform's customers or users: "une
 * influenceuse suivie par 1,2 million d'abonnés", "creators need at least 5,000 followers to sell
 * live", "makers met meer dan 10.000 volgers" (round 14). Tried only on a figure already read as
 * customers or users.
 */
const FOLLOWERS_AFTER: Record<Language, RegExp> = {
  en: /^[\s\u00A0]*(?:[\p{L}-]+[\s\u00A0]+){0,1}?(?:followers|subscribers|fans)(?![\p{L}])/iu,
  fr: /^[\s\u00A0]*(?:d['’]|de[\s\u00A0]+)?(?:abonnés|followers|fans)(?![\p{L}])/iu,
  nl: /^[\s\u00A0]*(?:[\p{L}-]+[\s\u00A0]+){0,1}?(?:volgers|abonnees|followers|fans)(?![\p{L}])/iu,
};
const PERSON: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:influencers?|creators?|streamers?|vloggers?|hosts?|celebrit(?:y|ies)|stars?|followed by|account with|accounts with)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:influenceu(?:r|rs|se|ses)|créat(?:eur|eurs|rice|rices)|streameu(?:r|rs|se|ses)|vidéastes?|animat(?:eur|eurs|rice|rices)|célébrités?|vedettes?|star|stars|suivie?s? par)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:influencers?|makers?|creators?|streamers?|vloggers?|presentat(?:or|ors|rice|rices)|sterren|bekende nederlanders|gevolgd door|accounts?)(?![\p{L}])/iu,
};

export function followersOfPerson(q: Quantity, sentence: string, language: Language): boolean {
  return q.kind === 'count' && FOLLOWERS_AFTER[language].test(sentence.slice(q.end, q.end + 40)) && PERSON[language].test(sentence);
}

import type { Language } from '../domain/vocabulary.js';
import type { Quantity } from './numbers.js';

/**
 * Who follows a creator, a person or an account is an audience, not a shop's customers or users
 * (round 14): "une influenceuse suivie par 1,2 million d'abonnés", "creators need at least 5,000
 * followers to sell live", "a creator with 2 million subscribers", "makers met meer dan 10.000
 * volgers". Tried only on a count already read as customers or users.
 */
const FOLLOWERS_AFTER: Record<Language, RegExp> = {
  en: /^[\s\u00A0]*(?:[\p{L}-]+[\s\u00A0]+){0,1}?(?:followers|subscribers|fans)(?![\p{L}])/iu,
  fr: /^[\s\u00A0]*(?:d['’]|de[\s\u00A0]+)?(?:abonnés|followers|fans)(?![\p{L}])/iu,
  nl: /^[\s\u00A0]*(?:[\p{L}-]+[\s\u00A0]+){0,1}?(?:volgers|abonnees|followers|fans)(?![\p{L}])/iu,
};
/** Followed by whom, just before the figure: "suivie par plus de", "followed by some". */
const FOLLOWED_BEFORE =
  /(?<![\p{L}])(?:suivie?s?|followed|gevolgd)[\s\u00A0]+(?:par|by|door)[\s\u00A0]+(?:(?:plus de|près de|environ|more than|nearly|about|some|ruim|bijna|meer dan)[\s\u00A0]+)?$/iu;
/** A person or an account anywhere in the sentence. */
const PERSON: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:influencers?|creators?|streamers?|vloggers?|youtubers?|tiktokers?|hosts?|celebrit(?:y|ies)|stars?|followed by|accounts?|channels?)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:influenceu(?:r|rs|se|ses)|créat(?:eur|eurs|rice|rices)|streameu(?:r|rs|se|ses)|youtubeu(?:r|rs|se|ses)|vidéastes?|animat(?:eur|eurs|rice|rices)|célébrités?|vedettes?|star|stars|chaînes?|suivie?s? par)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:influencers?|makers?|creators?|streamers?|vloggers?|presentat(?:or|ors|rice|rices)|sterren|bekende nederlanders|gevolgd door|accounts?|kanalen|kanaal)(?![\p{L}])/iu,
};

/** Whether the count at `q` is the audience of a person or an account (followers, subscribers). */
export function followers(q: Quantity, sentence: string, language: Language): boolean {
  if (q.kind !== 'count' || !FOLLOWERS_AFTER[language].test(sentence.slice(q.end, q.end + 40))) return false;
  return FOLLOWED_BEFORE.test(sentence.slice(Math.max(0, q.start - 40), q.start)) || PERSON[language].test(sentence);
}

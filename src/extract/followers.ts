import type { Language } from '../domain/vocabulary.js';
import type { Quantity } from './numbers.js';

// Who follows a creator or an account is an audience, not a shop's customers (round 14,
// metrics): "une influenceuse suivie par 1,2 million d'abonnés", "les créateurs doivent compter 5 000
// abonnés", "a creator with 2 million subscribers", "een influencer met 300.000 abonnees".
const FOLLOWED_BEFORE = /(?<![\p{L}])(?:suivie?s?|followed|gevolgd)[\s\u00A0]+(?:par|by|door)[\s\u00A0]+(?:(?:plus de|près de|environ|more than|nearly|about|some|ruim|bijna|meer dan)[\s\u00A0]+)?$/iu;
const AUDIENCE: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:creators?|influencers?|streamers?|youtubers?|tiktokers?|followers?|accounts?|channels?)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:créat(?:eur|rice)s?|influenceu(?:r|se)s?|streameu(?:r|se)s?|youtubeu(?:r|se)s?|chaînes?)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:makers?|creators?|influencers?|streamers?|volgers|accounts?|kanalen|kanaal)(?![\p{L}])/iu,
};
const SUBSCRIBERS = /^[\s\u00A0]+(?:d['’]|de[\s\u00A0]+)?(?:abonnés|subscribers|abonnees|followers|volgers)(?![\p{L}])/iu;

/** Whether a count of subscribers at `q` is the audience of a creator or an account. */
export function followers(q: Quantity, sentence: string, language: Language): boolean {
  if (!SUBSCRIBERS.test(sentence.slice(q.end, q.end + 20))) return false;
  return FOLLOWED_BEFORE.test(sentence.slice(Math.max(0, q.start - 40), q.start)) || AUDIENCE[language].test(sentence.slice(0, q.start));
}

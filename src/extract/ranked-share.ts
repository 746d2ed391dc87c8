import { LANGUAGES, type Language } from '../domain/vocabulary.js';
import { declareGate } from './gates.js';
import type { Quantity } from './numbers.js';

/**
 * A percentage told with a company's rank is its share of the market it ranks in (round 20):
 * "Lazada comes third with about 15%", "TikTok Shop ranks second with an estimated 20% of sales",
 * "Cdiscount se classe deuxième avec 9 %", "arrive en troisième position avec près de 7 %",
 * "bol staat tweede met zo'n 12 procent", "daar staat bol nu tweede met 12 procent", "Zalando eindigt
 * op de derde plaats met 6 procent".
 * A rank told with a count ("ranks second with 40 million users") is not read here.
 */
// Down to the tenth place: a ranking of shops goes on past the podium (round 21).
const ORDINAL_EN = '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|No\\.\\s?\\d|number (?:one|two|three|four|five))';
const ORDINAL_FR = '(?:premier|première|deuxième|second|seconde|troisième|quatrième|cinquième|sixième|septième|huitième|neuvième|dixième)';
const ORDINAL_NL = '(?:eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende)';
const RANKED_WITH: Record<Language, RegExp> = {
  en: new RegExp(
    `(?<![\\p{L}])(?:ranks?|ranked|ranking|comes?|came|coming|is|was|sits|sat|stands|stood|places|placed|finishes|finished)\\s+(?:in\\s+)?${ORDINAL_EN}(?:\\s+place)?\\s+with\\s+(?:(?:an estimated|about|around|roughly|some|nearly|almost|just over|just under|more than)\\s+)?$`,
    'iu',
  ),
  fr: new RegExp(
    `(?<![\\p{L}])(?:arrive|arrivait|se classe|se classait|est|était|se place|se plaçait|pointe|pointait|figure)\\s+(?:(?:en|à la)\\s+)?${ORDINAL_FR}(?:\\s+(?:place|position|rang))?\\s+avec\\s+(?:(?:environ|près de|quelque|plus de|un peu plus de|presque)\\s+)?$`,
    'iu',
  ),
  nl: new RegExp(
    `(?<![\\p{L}])(?:staat|stond|is|was|komt|kwam|eindigt|eindigde)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:op\\s+(?:de\\s+)?)?(?:${ORDINAL_NL}(?:\\s+plaats)?|plek\\s+(?:twee|drie|vier|vijf|\\d))\\s+met\\s+(?:(?:ongeveer|zo['’]n|ruim|bijna|circa|naar schatting)\\s+)?$`,
    'iu',
  ),
};

// Every pattern ends on "with", "avec" or "met" and a few words.
const RANK_GATE = /with|avec|met/iu;
for (const l of LANGUAGES) declareGate(`ranked share (${l})`, RANKED_WITH[l], RANK_GATE);

/** Whether the percentage at `q` is told with the company's rank ("comes second with 24%"). */
export function rankedShare(q: Quantity, sentence: string, language: Language): boolean {
  if (q.kind !== 'percent' || Math.abs(q.value) > 100) return false;
  return toldWithRank(q, sentence, language);
}

/** Whether the figure at `q` is told with its company's rank: "comes second with", "staat op de negende plaats met". */
export function toldWithRank(q: Quantity, sentence: string, language: Language): boolean {
  const before = sentence.slice(Math.max(0, q.start - 60), q.start);
  if (!RANK_GATE.test(before)) return false;
  return RANKED_WITH[language].test(before);
}

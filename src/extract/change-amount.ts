import type { Language } from '../domain/vocabulary.js';
import type { Quantity } from './numbers.js';

/**
 * A count or a sum told as what a figure moved by, with the level it reached right after ("the
 * number of sellers rose by 1,500 to 52,000", "a augmenté de 1 500 pour atteindre 52 000", "nam
 * met 1.500 toe tot ruim 52.000"), is the change, not the figure: the level is the fact. Only
 * read so when a level follows, so a bare "rose by 1,500" keeps whatever it said before.
 */

const ABOUT = '(?:(?:about|around|roughly|some|nearly|almost|more than|over|an estimated|environ|près de|quelque|plus de|ongeveer|zo[\'’]n|ruim|bijna|circa|meer dan)\\s+)*';
const CURRENCY = '(?:US\\$|\\$|€|£)?';

const BY_BEFORE: Record<Language, RegExp> = {
  en: new RegExp(`(?<![\\p{L}])(?:rose|risen|rising|grew|grown|growing|increased|increasing|jumped|climbed|gained|added|fell|dropped|declined|decreased|shrank|slipped|up|down)\\s+by\\s+${ABOUT}${CURRENCY}$`, 'iu'),
  fr: new RegExp(`(?<![\\p{L}])(?:augment\\p{L}*|progress\\p{L}*|grimp\\p{L}*|bondi|cr[ûu]|recul\\p{L}*|baiss\\p{L}*|diminu\\p{L}*|chut\\p{L}*|hausse|baisse)\\s+(?:de|d['’])\\s*${ABOUT}${CURRENCY}$`, 'iu'),
  // The Dutch verb may stand well before "met": "nam in het eerste halfjaar met".
  nl: new RegExp(`(?<![\\p{L}])(?:steeg|stegen|gestegen|stijgt|groeide|groeiden|gegroeid|groeit|nam|namen|neemt|daalde|daalden|gedaald|daalt|kromp|toename|daling)(?![\\p{L}])[^,.;]{0,50}?\\smet\\s+${ABOUT}${CURRENCY}$`, 'iu'),
};

// The level reached, a few words on: "to 52,000", "pour atteindre 52 000", "toe tot ruim 52.000".
const LEVEL_AFTER: Record<Language, RegExp> = {
  en: new RegExp(`^[^,.;\\d]{0,30}?(?<![\\p{L}])to\\s+${ABOUT}${CURRENCY}\\d`, 'iu'),
  fr: new RegExp(`^[^,.;\\d]{0,30}?(?<![\\p{L}])(?:à|pour atteindre|pour s['’]établir à|pour passer à)\\s+${ABOUT}${CURRENCY}\\d`, 'iu'),
  nl: new RegExp(`^[^,.;\\d]{0,30}?(?<![\\p{L}])(?:tot|naar)\\s+${ABOUT}${CURRENCY}\\d`, 'iu'),
};

/** Whether a count or a sum is the amount its figure moved by, with the level told after it. */
export function isChangeAmount(q: Quantity, sentence: string, language: Language): boolean {
  if (q.kind !== 'count' && q.kind !== 'money') return false;
  // The level after (anchored, cheap) is looked for first: most figures have none.
  return LEVEL_AFTER[language].test(sentence.slice(q.end, q.end + 60)) && BY_BEFORE[language].test(sentence.slice(Math.max(0, q.start - 90), q.start));
}

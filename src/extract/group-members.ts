import type { Language } from '../domain/vocabulary.js';
import { findMentions } from './companies.js';
import type { Quantity } from './numbers.js';
import { lowerCase } from './lower-case.js';
import { declareGate } from './gates.js';

/*
 * People counted as the members of a group are that group's, not a company's customers or sellers
 * (round 17, non-metric): "an association of 400 importers", "un collectif de 1 500 commerçants",
 * "een actiegroep van 300 webwinkeliers", "the consumer body, which has 300,000 members",
 * "Testachats, qui compte 350 000 membres", "de consumentenbond, die 400.000 leden telt".
 */
const GROUP = String.raw`(?:association|federation|union|trade body|collective|coalition|alliance|club|consumer (?:group|body|organi[sz]ation)|organi[sz]ation|fédération|syndicat|collectif|regroupement|groupement|vereniging|bond|federatie|koepel\p{L}*|organisatie|collectief|belangengroep|actiegroep|consumentenorganisatie|brancheorganisatie)`;
const ABOUT = String.raw`(?:(?:about|around|some|nearly|almost|more than|over|environ|près de|quelque|plus de|ruim|bijna|circa|ongeveer|zo['’]n|meer dan)[\s\u00A0]+)?`;
const GROUP_OF = new RegExp(String.raw`(?<![\p{L}])${GROUP}[\s\u00A0]+(?:of|de|d['’]|van)[\s\u00A0]*${ABOUT}$`, 'iu');
const GROUP_WORD = new RegExp(String.raw`(?<![\p{L}])${GROUP}(?![\p{L}])`, 'iu');
const GROUP_STEMS = ['associ', 'federat', 'fédérat', 'union', 'body', 'collecti', 'group', 'coalition', 'alliance', 'club', 'organi', 'syndicat', 'groupement', 'vereniging', 'bond', 'koepel', 'groep'];

const mayNameGroup = (text: string): boolean => GROUP_STEMS.some((w) => lowerCase(text).includes(w));
declareGate('group members: group of', GROUP_OF, mayNameGroup);
declareGate('group members: group word', GROUP_WORD, mayNameGroup);

// Members as such (no "Prime members", "paying members": those are a company's subscribers).
const MEMBERS_AFTER = /^[\s\u00A0]*(?:(?:de|d['’])[\s\u00A0]*)?(?:members|membres|adhérents|leden)(?![\p{L}])/iu;
// "Name, which has 280,000 members": the count in a relative clause belongs to the name.
const NAMED_OWNER = /(\p{Lu}[\p{L}'’.-]*(?:[\s\u00A0]+\p{Lu}[\p{L}'’.-]*){0,3}),[\s\u00A0]+(?:which|who|qui|que|dat|die)(?![\p{L}])[^,;()]*$/u;

/** Whether the count of people at `q` is the membership of a group or of a body other than a company. */
export function groupMembers(q: Quantity, sentence: string, language: Language): boolean {
  if (q.kind !== 'count') return false;
  const mayName = mayNameGroup(sentence);
  const before = sentence.slice(Math.max(0, q.start - 60), q.start);
  if (mayName && GROUP_OF.test(before)) return true;
  if (!MEMBERS_AFTER.test(sentence.slice(q.end, q.end + 16))) return false;
  if (mayName && GROUP_WORD.test(sentence)) return true;
  const named = NAMED_OWNER.exec(sentence.slice(Math.max(0, q.start - 90), q.start));
  return named !== null && findMentions(named[1]!, language).every((m) => m.competitor === null);
}

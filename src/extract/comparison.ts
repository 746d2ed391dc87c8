import type { Mention } from './companies.js';
import type { Quantity } from './numbers.js';
import { declareGate } from './gates.js';
import { ownedRemainder } from './owned-remainder.js';

// "Temu has 5%, against 21% for bol", "5 %, contre 21 % pour bol", "5 procent, tegen 21 procent
// voor bol", "compared with €2bn at Shein": the second figure is the other party's.
const COMPARE_BEFORE =
  /(?<![\p{L}])(?:against|versus|vs\.?|compared (?:with|to)|as against|contre|comparé à|comparés? aux?|par rapport à|tegen|tegenover|vergeleken met|versus)\s+(?:(?:about|around|roughly|some|nearly|almost|just|only|over|more than|under|less than|an estimated|environ|près de|quelque|à peine|seulement|plus de|moins de|ongeveer|zo['’]n|ruim|bijna|circa|slechts|naar schatting|meer dan|minder dan)\s+)*$/iu;
// Every match of COMPARE_BEFORE holds one of these (same flags): tried first, as most text before
// a figure compares nothing.
const COMPARE_GATE = /against|versus|vs|compar|contre|rapport|tegen|vergeleken/iu;
declareGate('comparison: compared before', COMPARE_BEFORE, COMPARE_GATE);
const comparedBefore = (text: string): boolean => COMPARE_GATE.test(text) && COMPARE_BEFORE.test(text);
// What may stand between the figure and the other party: its unit or noun, then "for", "pour", "voor".
// A lower-case title may stand before the name: "voor marktleider bol", "for market leader Amazon";
// sales "via bol" or "through Amazon" are that party's too (round 13).
const FOR_OTHER = /^[^,.;:\d]{0,40}?(?<![\p{L}])(?:for|at|through|via|pour|chez|voor|bij)\s+(?:(?:the|le|la|les|de|het)\s+|l['’])?(?:\p{Ll}[\p{Ll}-]*\s+){0,2}$/u;
// "voor 450 miljoen euro bij Temu, en voor 380 miljoen euro bij Shein", "$2bn at Temu and $1bn at
// Shein": a figure joined to another by "and" and set at a name after it is that name's (round 13).
const JOINED_BEFORE = /(?<![\p{L}])(?:and|en|et)\s+(?:(?:for|voor|pour|about|around|some|ongeveer|zo['’]n|ruim|bijna|environ|près de)\s+)*$/iu;
// Every match of JOINED_BEFORE holds one of these (same flags).
const JOINED_GATE = /and|en|et/iu;
declareGate('comparison: joined before', JOINED_BEFORE, JOINED_GATE);
// The other party may be the market at large or rivals in general: then the figure is nobody's.
// A place or a kind may stand before the market: "for the wider US market", "voor de Chinese
// onlinemarkt als geheel" (round 15).
const FOR_NOBODY =
  /^[^,.;:\d]{0,40}?(?<![\p{L}])(?:for|at|pour|chez|voor|bij)\s+(?:(?:the|le|la|les|de|het)\s+|l['’])?(?:[\p{L}-]+\s+){0,3}?(?:market|sector|industry|average|rivals|competitors|marché|secteur|moyenne|concurrents|rivaux|\p{L}*markt|sector|branche|gemiddelde|concurrenten)(?![\p{L}])/iu;
// "against Shein's €2bn", "tegenover bol's 21 procent".
const POSSESSIVE_THEN = /^['’]s?\s+(?:(?:about|around|roughly|some|nearly|almost|just|only|an estimated|ongeveer|zo['’]n|ruim|bijna|circa)\s+)*$/iu;

/**
 * Whose figure a figure set against another is: "Temu's sales reached €3bn, against €2bn for
 * Shein" makes the second Shein's. The competitor (null for a company not tracked or for the
 * market at large); undefined when the figure is not the second half of such a comparison.
 */
export function comparedOwner(mentions: Mention[], q: Quantity, sentence: string): string | null | undefined {
  if (comparedBefore(sentence.slice(Math.max(0, q.start - 60), q.start))) {
    const other = mentions.find((m) => m.start >= q.end && m.start - q.end <= 45);
    if (other && FOR_OTHER.test(sentence.slice(q.end, other.start))) return other.competitor;
    return FOR_NOBODY.test(sentence.slice(q.end, q.end + 60)) ? null : undefined;
  }
  const before = sentence.slice(Math.max(0, q.start - 30), q.start);
  if (JOINED_GATE.test(before) && JOINED_BEFORE.test(before)) {
    const other = mentions.find((m) => m.start >= q.end && m.start - q.end <= 45);
    if (other && FOR_OTHER.test(sentence.slice(q.end, other.start))) return other.competitor;
  }
  const remainder = ownedRemainder(mentions, q, sentence);
  if (remainder !== undefined) return remainder;
  // "against Shein's €2bn": the name stands between the comparison word and the figure.
  let named: Mention | undefined;
  for (const m of mentions) if (m.end <= q.start) named = m;
  if (!named || q.start - named.end > 30 || !POSSESSIVE_THEN.test(sentence.slice(named.end, q.start))) return undefined;
  return comparedBefore(sentence.slice(Math.max(0, named.start - 40), named.start)) ? named.competitor : undefined;
}


/**
 * The party a figure is set against, when only that party is named in the sentence (round 21,
 * precision): "3,2 miljoen Nederlanders gebruiken de app, tegen 2,1 miljoen voor Shein", "the app
 * has 3.2 million users, against 2.1 million for Shein", "3,2 millions d'utilisateurs, contre 2,1
 * millions pour Shein". The first figure is not that party's; it is the company the text is
 * about. The competitor set against, or undefined when the figure is no first half of such a pair.
 */
export function setAgainst(mentions: Mention[], q: Quantity, sentence: string): string | null | undefined {
  if (mentions.some((m) => m.end <= q.start)) return undefined;
  const after = sentence.slice(q.end, q.end + 120);
  if (!COMPARE_GATE.test(after)) return undefined;
  const pair = AGAINST_AFTER.exec(after);
  if (pair === null) return undefined;
  const at = q.end + pair[0].length;
  const other = mentions.find((m) => m.start >= at && m.start - at <= 45);
  return other && FOR_OTHER.test(sentence.slice(at, other.start)) ? other.competitor : undefined;
}

// The rest of the figure's clause, a comma, the comparison word and the other figure.
const AGAINST_AFTER =
  /^[^,.;:]{0,80}?,\s*(?:against|versus|compared (?:with|to)|contre|comparé à|par rapport à|tegen|tegenover|vergeleken met)\s+(?:(?:about|around|roughly|some|nearly|almost|just|only|over|more than|environ|près de|quelque|plus de|ongeveer|zo['’]n|ruim|bijna|circa|meer dan)\s+)*\d[\d.,\s\u00A0]*/iu;

import type { Mention } from './companies.js';

/**
 * The companies a rule is aimed at, named after a word of aiming that follows the rule's cue in
 * its clause (round 20): "a levy aimed chiefly at Temu and Shein", "a rule widely seen as aimed at
 * Amazon", "a measure that ministers have linked to Temu and Shein", "une taxe qui cible avant
 * tout les plateformes chinoises Shein et Temu", "de heffing is vooral gericht op Chinese
 * webwinkels als Temu, Shein en AliExpress". Every tracked name of the list is a target, the
 * second and later ones too, and a kind of shop named before the list ("Chinese webwinkels als",
 * "platforms such as") stands for the names it introduces. Null when no such word follows the
 * cue, or no tracked name follows the word.
 */
export function targetedNames(all: Mention[], sentence: string, cueStart: number, cueEnd: number): string[] | null {
  if (all.length === 0) return null;
  const stop = clauseStop(sentence, cueEnd);
  let at: number;
  // A cue that holds its "against" already: "une procédure contre Shein", "proceedings against Temu".
  if (AGAINST_END.test(sentence.slice(Math.max(cueStart, cueEnd - 20), cueEnd))) at = cueEnd;
  else {
    const window = sentence.slice(cueEnd, stop);
    // Cheap first: one of the aiming words at all.
    if (!AIM_WORD.test(window)) return null;
    const aim = AIMED.exec(window);
    if (!aim) return null;
    at = cueEnd + aim.index + aim[0].length;
  }
  let first = true;
  const out: string[] = [];
  for (const m of all) {
    if (m.start < at) continue;
    if (m.start >= stop) break;
    // "webwinkels" is read as a company we do not track: here it is the kind of shop the list names.
    if (m.competitor === null && first && SHOP_KIND.test(sentence.slice(m.start, m.end))) continue;
    // The first name may follow a kind of shop ("les plateformes chinoises", "Chinese platforms
    // such as"); later ones only a comma or "and".
    if (!(first ? FIRST_GAP : LIST_GAP).test(sentence.slice(at, m.start))) break;
    first = false;
    if (m.competitor !== null && !out.includes(m.competitor)) out.push(m.competitor);
    at = m.end;
  }
  return out.length > 0 ? out : null;
}

// Where the cue's clause ends: a stop, a colon or semicolon, or a comma that opens another clause.
function clauseStop(sentence: string, from: number): number {
  const rest = sentence.slice(from, from + 160);
  const m = /[.;:!?]\s|[;:]|,\s+(?:while|whereas|but|although|as|after|mais|alors que|tandis que|après|maar|terwijl|nadat)\s/u.exec(rest);
  return from + (m ? m.index : rest.length);
}

const AGAINST_END = /(?<![\p{L}])(?:against|contre|tegen|encontre\s+de)$/iu;

const AIM_WORD = /aimed|targete?d|targeting|directed|linked|tied|vis|cibl|gericht|richt|mikt|against|contre|encontre|tegen/iu;

// The word of aiming, a few words after the cue at most: "is aimed chiefly at", "qui vise en
// priorité", "is nadrukkelijk gericht op"; or "against" right after it: "proceedings against Temu",
// "une procédure contre Shein", "een rechtszaak tegen Temu".
const AIMED =
  /^(?:\s+(?:against|contre|à\s+l['’]encontre\s+de|tegen)(?=\s)|(?:[^,.;:]{0,70}?\s)?(?:(?:aimed|targeted|directed|seen as aimed|pointed)\s+(?:(?:chiefly|mainly|largely|primarily|squarely|partly|principally|especially|particularly|directly|explicitly|clearly|openly|in particular)\s+)?at|targeting|(?:linked|tied)\s+(?:(?:directly|explicitly|openly|clearly)\s+)?to|(?:vis(?:e|ent|ait|aient|ant|ée|ées|és|é)|cibl(?:e|ent|ait|aient|ant|ée|ées|és|é))(?:\s+(?:en priorité|avant tout|d['’]abord|surtout|principalement|notamment|directement|explicitement|en particulier|au premier chef|nommément))?|(?:gericht|richt\s+zich|richten\s+zich|mikt|mikken)\s+(?:(?:vooral|voornamelijk|nadrukkelijk|expliciet|met name|in het bijzonder|specifiek|direct|duidelijk|vooral)\s+)?op))(?=\s)/iu;

// Before the first name: articles, adjectives and a kind of shop, with "such as", "like", "comme",
// "als", "zoals" before the names they introduce.
const FIRST_GAP =
  /^\s*(?:(?:the|les|la|le|l['’]|de|het|des)\s*)?(?:(?:[\p{L}-]+\s+){0,3}?(?:platforms?|plateformes?|platformen|platforms|apps?|applications?|webwinkels?|webshops?|e-?commerce\s+(?:sites|players|giants)|retailers?|sites?|marketplaces?|shops?|giants?|géants?|acteurs?|enseignes?|sites\s+marchands|winkels|spelers|reuzen|players)(?:\s+[\p{L}-]+){0,2}?\s*,?\s*(?:such\s+as|like|including|notably|comme|tels?\s+que|telles?\s+que|dont|notamment|à\s+commencer\s+par|als|zoals|waaronder|met\s+name)?\s*)?$/iu;

const SHOP_KIND = /^(?:webwinkels|retailers|platforms|plateformes)$/iu;

// Between two names of a list: a comma, "and", "et", "en", "or"; English may put a comma before
// its last "and", French and Dutch do not: "contre Shein, et Temu se tait" opens another clause.
const LIST_GAP = /^\s*(?:(?:,\s*)?(?:and|or)|,|et|en|&|ou|of|as well as|ainsi que)?\s*$/iu;

import type { Mention } from './companies.js';

// "according to Kantar", "selon le baromètre de la Fevad", "d'après Médiamétrie", "volgens
// Thuiswinkel.org", "zo blijkt uit de jaarcijfers van moederbedrijf Ahold Delhaize", "figures
// published by the parent group": the words that name who tells a figure,
// with up to three words (a report, a survey, an article) between them and the name.
const SOURCE_BEFORE =
  /(?<![\p{L}])(?:according to|as reported by|cited by|figures from|data from|published by|filed by|selon|d['’]après|publiés par|publiées par|volgens|aldus|blijkt uit|bleek uit|cijfers van|jaarcijfers van|jaarverslag van|gepubliceerd door)\s+(?:[\p{L}'’.-]+\s+){0,4}?(?:(?:the|of|le|la|les|de|du|des|het|van|l['’])\s*)?$/iu;

/**
 * Whether an untracked name is only the source of what the sentence tells, not its subject: a
 * research firm, a trade body or a newspaper. A tracked competitor named as the source speaks of
 * itself ("according to Temu, it has ...") and is left as it is.
 */
export function isSourceMention(m: Mention, sentence: string): boolean {
  if (m.competitor !== null) return false;
  const before = sentence.slice(Math.max(0, m.start - 60), m.start);
  if (SOURCE_BEFORE.test(before) || toldByName(sentence, m.start, m.end) || inOpeningSource(m, sentence)) return true;
  return ESTIMATES_AFTER.test(sentence.slice(m.end, m.end + 40)) && RESEARCHER_BEFORE.test(before);
}

// A parent company named as the one telling its unit's figures is their source (round 16): after
// an inverted verb of telling closing the sentence ("..., said parent company X on Tuesday", "...,
// a annoncé la maison mère X", "..., maakte moederbedrijf X woensdag bekend") or before its own
// verb ("parent company X said"). Without the role ("Group revenue rose 6%, X said") or without a
// verb ("parent company PDD, with revenue of...") the name stays a possible owner.
const PARENT_BEFORE =
  /(?<![\p{L}])(?:moederbedrijf|moederconcern|moedergroep|moedermaatschappij|parent(?:\s+(?:company|group|firm))?|maison[\s-]mère|société[\s-]mère|groupe propriétaire)\s+$/iu;
const TELLS_BEFORE =
  /,\s*(?:said|says|reported|reports|announced|announces|told|a (?:annoncé|indiqué|précisé|déclaré|fait savoir)|annonce|indique|précise|maakte|maakt|meldde|meldt|zei|zegt|liet|schreef)\s+(?:[\p{Ll}'’-]+\s+){0,2}?$/u;
const TELLS_AFTER =
  /^\s*(?:[\p{L}]+\s+){0,2}?(?:said|says|reported|announced|told|bekend|weten|meldde|meldt|zei|zegt|a annoncé|a indiqué|a précisé|a publié|annonce|indique|précise)(?![\p{L}])/iu;

/** Whether the name at `start`..`end` is a parent company told as the one announcing what the sentence says. */
export function toldByName(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(Math.max(0, start - 60), start);
  const role = PARENT_BEFORE.exec(before);
  if (!role) return false;
  return TELLS_BEFORE.test(before.slice(0, role.index)) || TELLS_AFTER.test(sentence.slice(end, end + 40));
}

// A research firm named as the one estimating is a source too: "le cabinet Momentum Works estime
// son volume d'affaires à...", "research firm Marketplace Pulse estimates that its sales...",
// "marktonderzoeker Multiscope schat dat...". A company estimating its own figure ("Walmart
// expects sales of...") has no such class noun before it and stays the subject.
const RESEARCHER_BEFORE =
  /(?<![\p{L}])(?:cabinet|cabinet d['’]études|bureau d['’]études|institut|consultancy|consulting firm|research firm|research group|analytics firm|data firm|market research firm|market intelligence firm|analysts? (?:at|from)|analystes? (?:de|d['’]|chez)|onderzoeksbureau|marktonderzoeker|marktonderzoeksbureau|analisten (?:van|bij)|adviesbureau)\s+$/iu;
const ESTIMATES_AFTER =
  /^\s*(?:[\p{L}.-]+\s+){0,2}?(?:estime|estiment|évalue|évaluent|prévoit|prévoient|chiffre|estimates?|estimated|expects?|forecasts?|predicts?|projects?|reckons?|puts|schat|schatten|schatte|verwacht|verwachten|voorspelt|raamt|becijfert)(?![\p{L}])/iu;

// A sentence may open on a clause that only tells where its figures come from, set off by a comma:
// every name in it is a source, however far from the opening word (round 20): "Selon le baromètre
// Médiamétrie publié par la Fédération du e-commerce (Fevad), le géant américain a attiré...",
// "According to a survey run by Kantar for the trade body Ecommerce Europe, the group...",
// "Volgens het onderzoek van Multiscope voor Thuiswinkel.org, ...".
const OPENING_SOURCE = /^[\s"“«]*(?:according to|figures from|data from|selon|d['’]après|volgens|aldus|blijkens)\s/iu;

function inOpeningSource(m: Mention, sentence: string): boolean {
  // Checked by hand first: the opening word, then a comma closing the clause after the name.
  const c = sentence.charCodeAt(0) | 32;
  if (c !== 97 && c !== 102 && c !== 100 && c !== 115 && c !== 118 && c !== 98) return false;
  if (!OPENING_SOURCE.test(sentence.slice(0, 20))) return false;
  // The opening clause ends at its first comma outside brackets; the name lies in it.
  let depth = 0;
  for (let i = 0; i < sentence.length; i++) {
    const ch = sentence[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (ch === ',' || ch === ';' || ch === ':' || ch === '.')) return ch === ',' && m.end <= i;
  }
  return false;
}

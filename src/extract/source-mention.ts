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
  if (SOURCE_BEFORE.test(before) || REPORTED_BY_BEFORE.test(before)) return true;
  return ESTIMATES_AFTER.test(sentence.slice(m.end, m.end + 40)) && RESEARCHER_BEFORE.test(before);
}

// A name after an inverted reporting verb closing the sentence tells who announced the figure
// (round 16, metrics): "..., said parent company X on Tuesday", "..., a annoncé le groupe X",
// "..., maakte moederbedrijf X woensdag bekend".
const REPORTED_BY_BEFORE =
  /,\s*(?:said|says|reported|reports|announced|announces|told|a (?:annoncé|indiqué|précisé|déclaré|fait savoir)|annonce|indique|précise|maakte|maakt|meldde|meldt|zei|zegt|liet|schreef)\s+(?:[\p{Ll}'’-]+\s+){0,3}?$/u;

// A research firm named as the one estimating is a source too: "le cabinet Momentum Works estime
// son volume d'affaires à...", "research firm Marketplace Pulse estimates that its sales...",
// "marktonderzoeker Multiscope schat dat...". A company estimating its own figure ("Walmart
// expects sales of...") has no such class noun before it and stays the subject.
const RESEARCHER_BEFORE =
  /(?<![\p{L}])(?:cabinet|cabinet d['’]études|bureau d['’]études|institut|consultancy|consulting firm|research firm|research group|analytics firm|data firm|market research firm|market intelligence firm|analysts? (?:at|from)|analystes? (?:de|d['’]|chez)|onderzoeksbureau|marktonderzoeker|marktonderzoeksbureau|analisten (?:van|bij)|adviesbureau)\s+$/iu;
const ESTIMATES_AFTER =
  /^\s*(?:[\p{L}.-]+\s+){0,2}?(?:estime|estiment|évalue|évaluent|prévoit|prévoient|chiffre|estimates?|estimated|expects?|forecasts?|predicts?|projects?|reckons?|puts|schat|schatten|schatte|verwacht|verwachten|voorspelt|raamt|becijfert)(?![\p{L}])/iu;

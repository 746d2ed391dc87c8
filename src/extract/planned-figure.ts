import type { Language, MetricName, Status } from '../domain/vocabulary.js';
import { declareGate } from './gates.js';
import type { Anchor } from './periods.js';
import { isFuture } from './status.js';

/**
 * An investment or a number of jobs told for what is still to come is what the company plans,
 * a target, though no word of aim is used (round 18): a sum to be spent in a year not yet over
 * ("va investir 1,2 milliard en 2025"), money for a site that is still to open ("a €80m hub that
 * is to open next spring"), jobs that "will be created", "er komen 200 banen bij", "emploiera à
 * terme 500 personnes". A sum promised with no date stays as told ("TikTok will invest $1.5
 * billion in Tokopedia" is reported as made).
 */

// Someone else telling it keeps it their estimate.
const HEARSAY: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:analysts?|reportedly|sources?|people familiar|estimates?|estimated)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:analystes?|sources?|proches? du dossier|estime\p{L}*|aurait|auraient|serait|seraient)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:ingewijden?|bronnen|analist\p{L}*|naar schatting|geschat\p{L}*)(?![\p{L}])/iu,
};

// The plain future of spending: "will invest", "va investir", "investira", "gaat ... investeren".
// An investment announced for the year is still to be spent too (round 21): "announced a €1.2bn
// investment this year", "a annoncé un investissement de 1,2 milliard cette année", "kondigde een
// investering van 1,2 miljard aan voor dit jaar".
const WILL_INVEST: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:(?:will|is going to|are going to|is to|are to|plans to|intends to) (?:[\p{L}]+ ){0,2}(?:invest|spend)|(?:announced|announces|unveiled|unveils) (?:an? |its )?(?:new |fresh )?(?:(?:[^.;,]|\.(?=\d)){0,30}? )?investment)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:(?:va|vont|doit|doivent) (?:[\p{L}'’]+ ){0,2}(?:investir|dépenser)|investira|investiront|dépensera|dépenseront|(?:a|ont) annoncé (?:\p{L}+ )?(?:un|une|son|sa) (?:nouvel |nouveau |nouvelle )?(?:investissement|enveloppe|plan d['’]investissement)|annonce (?:un|une|son|sa) (?:nouvel |nouveau |nouvelle )?(?:investissement|enveloppe))(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:(?:gaat|gaan|zal|zullen) (?:[^.;,]{0,40}? )?(?:investeren|steken|uitgeven)|(?:kondigt|kondigde|kondigden) (?:[^.;,]{0,20}? )?(?:een|de) (?:nieuwe )?investering)(?![\p{L}])/iu,
};

// A site that is still to open: the money spent on it is planned.
const SITE_TO_OPEN: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:(?:is|are) (?:due|set|scheduled|expected) to|(?:is|are) to|will) (?:open|start operating|begin operating|become operational|be operational|come into service|go into service)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:(?:doit|doivent|devrait|devraient|va|vont) (?:entrer en service|ouvrir ses portes|être opérationnel\p{L}*)|ouvrira ses portes|entrera en service|sera opérationnel\p{L}*|(?:prévoit|prévoient) (?:une|sa|son) (?:mise en service|ouverture))(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:(?:moet|moeten|zal|zullen|gaat|gaan) (?:[^.;,]{0,30}? )?(?:opengaan|in gebruik (?:worden )?genomen|operationeel (?:zijn|worden))|(?:opent|openen) (?:naar verwachting|volgend jaar))(?![\p{L}])/iu,
};
const SITE_GATE = /open|servi|opéra|operat|ouvr|ouver|gebruik/iu;
declareGate('planned-figure: site to open (en)', SITE_TO_OPEN.en, SITE_GATE);
declareGate('planned-figure: site to open (fr)', SITE_TO_OPEN.fr, SITE_GATE);
declareGate('planned-figure: site to open (nl)', SITE_TO_OPEN.nl, SITE_GATE);

// Jobs still to come, in the figure's own clause: "will be created", "devraient y être créés",
// "emploiera à terme", "er komen 150 banen bij", "avec à la clé 3 000 emplois" (round 21).
const JOBS_TO_COME: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:(?:will|should|are to|are expected to|are set to) be (?:created|added)|will (?:eventually )?employ [^,.;]{0,20}?(?:at|on) the site)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:(?:seront|devraient|doivent|vont)(?: y)? (?:être )?créé(?:e|s|es)?|emploiera|emploieront|occupera|occuperont|à terme|à la clé)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:komen [^,.;]{0,40}?(?:banen|arbeidsplaatsen|jobs|werkplekken) bij|(?:zullen|moeten|gaan) (?:er )?[^,.;]{0,30}?(?:banen|arbeidsplaatsen|jobs) (?:bij ?komen|ontstaan))(?![\p{L}])/iu,
};
const JOBS_GATE = /be |cré|clé|emploiera|emploieront|occuper|terme|komen|ontstaan|employ/iu;
declareGate('planned-figure: jobs to come (en)', JOBS_TO_COME.en, JOBS_GATE);
declareGate('planned-figure: jobs to come (fr)', JOBS_TO_COME.fr, JOBS_GATE);
declareGate('planned-figure: jobs to come (nl)', JOBS_TO_COME.nl, JOBS_GATE);

// The clause around a figure: from the last comma or semicolon before it to the next after it.
function clauseOf(sentence: string, start: number, end: number): string {
  const from = Math.max(sentence.lastIndexOf(',', start), sentence.lastIndexOf(';', start)) + 1;
  const comma = sentence.indexOf(',', end);
  const semi = sentence.indexOf(';', end);
  const to = Math.min(comma < 0 ? sentence.length : comma, semi < 0 ? sentence.length : semi);
  return sentence.slice(from, to);
}

const yearOf = (period: string | null): number | null => (period && /^\d{4}/u.test(period) ? Number(period.slice(0, 4)) : null);

/**
 * 'target' for an investment or a number of jobs still to come; null to leave the status to the
 * usual reading.
 */
export function plannedStatus(
  metric: MetricName,
  figure: { start: number; end: number },
  sentence: string,
  language: Language,
  period: string | null,
  anchor: Anchor | null,
): Status | null {
  if (metric !== 'investment' && metric !== 'employees') return null;
  if (HEARSAY[language].test(sentence)) return null;
  const clause = clauseOf(sentence, figure.start, figure.end);
  if (metric === 'employees') return JOBS_GATE.test(clause) && JOBS_TO_COME[language].test(clause) ? 'target' : null;
  // A sum spent over a span still running: "a £40 billion programme over 2025-2027" (round 21).
  if (isFuture(period, anchor) || (period !== null && period.includes('/') && isFuture(period.slice(period.indexOf('/') + 1), anchor))) return 'target';
  const year = yearOf(period);
  if (year !== null && anchor !== null && year >= anchor.year && WILL_INVEST[language].test(sentence)) return 'target';
  return SITE_GATE.test(sentence) && SITE_TO_OPEN[language].test(sentence) ? 'target' : null;
}

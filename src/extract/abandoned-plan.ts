/**
 * Whether an exit cue of giving up ("abandonné") tells a plan given up, not a market left: "le
 * projet de Fournès avait été abandonné", "Amazon a abandonné son projet d'entrepôt", "l'idée a
 * été abandonnée". A project never built is left, not a market (French reads "abandonner" as an
 * exit; English and Dutch cues of leaving a market have no such sense).
 */
export function abandonedPlan(sentence: string, start: number, end: number): boolean {
  if (!GIVE_UP.test(sentence.slice(start, end))) return false;
  const open = Math.max(sentence.lastIndexOf(':', start), sentence.lastIndexOf(';', start));
  return PLAN_BEFORE.test(sentence.slice(open + 1, start)) || PLAN_AFTER.test(sentence.slice(end, end + 40));
}

const GIVE_UP = /^abandonn/iu;
const PLAN_BEFORE = /(?<![\p{L}])(?:projets?|plans?|idée|chantier|construction)(?![\p{L}])/iu;
const PLAN_AFTER = /^\s*(?:(?:son|sa|ses|le|la|les|leur|ce|cet|cette|l['’])\s*)?(?:projets?|plans?|idée|chantier|construction)(?![\p{L}])/iu;

/**
 * What may stand before a company's name that opens a sentence as its subject (round 18): a class
 * noun ("Rival Zalando had a strong year", "Son concurrent Zalando y est présent", "Concurrent
 * Coolblue zag de omzet dalen", "Its German rival Zalando"), perhaps after a linking adverb
 * ("Meanwhile, rival Zalando", "De son côté, l'enseigne Kiabi", "Ondertussen zag concurrent ...").
 * Named so, the company is who "the company", "le groupe", "het bedrijf" in the next sentence
 * means, as a reader takes it.
 */
const LINK = String.raw`(?:(?:meanwhile|by contrast|in contrast|elsewhere|pendant ce temps|de son côté|de leur côté|en revanche|ailleurs|ondertussen|intussen|daarentegen)\s*,?\s+)?`;
const DETERMINER = String.raw`(?:(?:its|their|the|a|son|sa|leur|le|la|zijn|haar|hun|de|het)\s+|l['’])?`;
const CLASS = String.raw`(?:rival|rivals|competitor|retailer|e-tailer|marketplace|chain|group|company|firm|giant|web ?shop|concurrent|concurrente|rivale|groupe|géant|enseigne|distributeur|plateforme|société|entreprise|rivaal|webwinkel|bedrijf|concern|keten|platform|winkelketen)`;
const LEAD = new RegExp(String.raw`^\s*${LINK}${DETERMINER}(?:[\p{L}-]+\s+)?${CLASS}\s+(?=\p{Lu})`, 'iu');
// Every lead holds a class noun in its first words, one of these stems: checked first.
const STEMS = /rival|compet|retail|market|chain|group|compan|firm|giant|shop|concurren|géant|enseigne|distribut|plat|société|entreprise|winkel|bedrijf|concern|keten/u;

/** The length of the lead before a subject's name at the start of `text`, 0 if it has none. */
export function subjectLeadLength(text: string): number {
  // A sentence is asked about twice (its leading mentions, then its subject): the last answer is kept.
  if (text !== lastText) {
    lastText = text;
    lastLength = STEMS.test(text.slice(0, 60).toLowerCase()) ? (LEAD.exec(text)?.[0].length ?? 0) : 0;
  }
  return lastLength;
}
let lastText: string | null = null;
let lastLength = 0;

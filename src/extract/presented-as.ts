/**
 * Discounts a probe found "presented as" such are claims under scrutiny, not a promotion run: "57%
 * of the offers presented as discounts were not", "des offres présentées comme des réductions", "als
 * korting gepresenteerde aanbiedingen" / "gepresenteerd als korting". Read on the words right
 * before the cue.
 */
const PRESENTED_AS =
  /(?<![\p{L}])(?:(?:presented|advertised|billed|labelled|labeled|marketed|shown|displayed|touted|passed\s+off)\s+as(?:\s+(?:a|an|the))?|(?:présentée?s?|affichée?s?|annoncée?s?|vantée?s?|présentant)\s+comme\s+(?:des|une?|de|d['’])|(?:als|tot)(?:\s+(?:een|de|het))?|(?:gepresenteerd|aangeprezen|voorgesteld|geafficheerd|aangekondigd)\s+als(?:\s+(?:een|de|het))?)\s*$/iu;
// Dutch "als korting" is only read after a verb of presenting: "als korting gepresenteerd" puts the verb after.
const NL_VERB_AFTER = /^[\p{L}-]*\s+(?:gepresenteerd|aangeprezen|voorgesteld|geafficheerd)|^[\p{L}-]*\s+(?:gepresenteerde|aangeprezen|voorgestelde)/iu;
const NL_BARE_AS = /(?<![\p{L}])(?:als|tot)(?:\s+(?:een|de|het))?\s*$/iu;

/** Whether the promotion cue at `start` (`cue` long) names discounts only claimed as such. */
export function presentedAs(sentence: string, start: number, cue: string): boolean {
  const before = sentence.slice(Math.max(0, start - 40), start);
  if (!PRESENTED_AS.test(before)) return false;
  if (!NL_BARE_AS.test(before)) return true;
  return NL_VERB_AFTER.test(sentence.slice(start + cue.length - 1, start + cue.length + 30)) || /(?:gepresenteerd|aangeprezen|voorgesteld|geafficheerd|aangekondigd)\s+(?:als|tot)(?:\s+(?:een|de|het))?\s*$/iu.test(before);
}

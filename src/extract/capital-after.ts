/**
 * Whether a cue of the round-18 pass (event-cues-r18.ts) that must name a place, a company or a person lacks the capital letter
 * that names it (the cue regexes ignore case, so their own `\p{Lu}` matches any letter): "lands in
 * Chile" but not "lands in trouble", "enter Belgium" but not "enter service", "fines Shein" but not
 * "fines imposed", "snaps up Missguided" but not "snaps up bargains", "names Jan de Vries chief"
 * but not "names its new chief", "succeed Ann Smit as" but not "succeed in Europe as", "stapt uit
 * China" but not "stapt uit de raad", "wil naar Brazilië", "naar Chili te komen", "étend ... à l'Allemagne".
 */
export function lacksCapital(sentence: string, start: number, end: number): boolean {
  const cue = sentence.slice(start, end);
  if (PLACE_NEXT_CUE.test(cue)) return !CAPITAL_NEXT.test(sentence.slice(end, end + 12));
  if (NAME_INSIDE_CUE.test(cue)) return !SECOND_WORD_CAPITAL.test(cue);
  if (NAME_AFTER_NAAR.test(cue)) return !/naar\s+\p{Lu}/u.test(cue);
  if (SNAP_UP.test(cue)) return !(LAST_WORD_CAPITAL.test(cue) || FIRM_LAST.test(cue));
  return false;
}

// Cues whose place or company follows them.
const PLACE_NEXT_CUE = /^(?:lands?\s+in|enter|fines|st(?:a|e)p(?:t|pen|te)\s+uit|onderzoek(?:t|en)|(?:komt|komen)(?:\s+\p{L}+){0,2}\s+naar|(?:wil|willen)(?:\s+\p{L}+)?\s+naar|étend\p{L}*(?:\s+[\p{L}'’-]+){0,4}\s+(?:à|au|aux|en|vers))$/iu;
const CAPITAL_NEXT = /^\s+(?:(?:the|de|het|la|le)\s+|l['’])?\p{Lu}/u;
// Cues whose second word opens a person's name.
// A title right after the verb ("named chief executive", "names its new CEO") needs no name.
const NAME_INSIDE_CUE = /^(?:name[sd]?|taps?|tapped|succeed|volg(?:t|de))\s(?!(?:(?:its|the|a)\s+)?(?:new\s+)?(?:chief|CEO|president|head|boss)(?![\p{L}]))/iu;
const SECOND_WORD_CAPITAL = /^\S+\s+\p{Lu}/u;
const NAME_AFTER_NAAR = /^naar\s.*komen$/iu;
const SNAP_UP = /^snap/iu;
const LAST_WORD_CAPITAL = /(?:^|\s)\p{Lu}[\p{L}'’.-]*$/u;
const FIRM_LAST = /(?:company|companies|label|brand|retailer|start-?up|rival|firm|chain|group|platform|marketplace|business|operator|courier|maker|seller|e-?tailer|app)$/iu;

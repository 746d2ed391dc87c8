/**
 * A place that "will have to wait" is where the launch has not come: "TikTok Shop arrives in
 * France, Belgium will have to wait", "débarque en France, la Belgique devra patienter", "start in
 * Frankrijk, België moet nog wachten". Read on the words right after the place.
 */
const MUST_WAIT =
  /^[\s\u00A0]*(?:(?:will|must|shall)\s+(?:still\s+)?(?:have\s+to\s+)?wait|has\s+to\s+wait|(?:is|are)\s+still\s+waiting|(?:devra|devront|doit|doivent)\s+(?:encore\s+)?(?:patienter|attendre)|(?:attend|attendent)\s+encore|(?:moet|moeten|zal|zullen)\s+(?:nog\s+)?(?:even\s+)?(?:moeten\s+)?wachten|wacht\s+nog)(?![\p{L}])/iu;

/** Whether the place ending at `end` is told to have to wait for the event. */
export const mustWait = (sentence: string, end: number): boolean => MUST_WAIT.test(sentence.slice(end, end + 40));

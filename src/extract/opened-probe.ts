/**
 * A probe that "was opened" is a rule's step, not a launch: "The investigation into Temu was opened
 * in October", "L'enquête visant Shein a été ouverte en mai", "Het onderzoek naar Temu werd in
 * oktober geopend". Read on the clause before the cue: a probe noun as its subject, then a passive
 * auxiliary and a few words.
 */
const PROBE_PASSIVE =
  /(?<![\p{L}])(?:investigations?|probes?|inquiry|inquiries|proceedings|case|enquêtes?|procédures?|instruction|onderzoek(?:en)?|procedure|zaak)(?![\p{L}])[^.;:!?]{0,60}?(?<![\p{L}])(?:was|were|has\s+been|had\s+been|have\s+been|a\s+été|ont\s+été|avait\s+été|est|sont|werd|werden|is|zijn|was)(?:\s+[^\s.;:!?]+){0,5}\s+$/iu;

/** Whether the launch cue at `start` is the passive verb of a probe being opened. */
export const openedProbe = (sentence: string, start: number): boolean => PROBE_PASSIVE.test(sentence.slice(Math.max(0, start - 120), start));

/**
 * Dutch puts the finite verb second and the change far after it, past the subject and the time:
 * "In de VS steeg het verkoopvolume van TikTok Shop in het tweede kwartaal met 85 procent". The
 * verb then stands too far before the figure for the near-cue search; "met" right before the
 * figure, with a change verb earlier in the same clause, tells the change and its sign.
 */
const VERB_MET =
  /(?<![\p{L}])(?:(steeg|stegen|gestegen|stijgt|stijgen|groeide|groeiden|gegroeid|groeit|groeien)|(daalde|daalden|gedaald|daalt|dalen|kromp|krompen|gekrompen|krimpt))(?![\p{L}])[^,.;:]{0,100}?[\s\u00A0]met[\s\u00A0]+(?:(?:ruim|bijna|zo['’]n|circa|ongeveer|meer dan|liefst|maar liefst)[\s\u00A0]+)*$/iu;

/** The sign (1 up, -1 down) of a Dutch change told by "met" after a far verb, or 0 when none. */
export function dutchChangeSign(sentence: string, start: number): number {
  const m = VERB_MET.exec(sentence.slice(Math.max(0, start - 130), start));
  return m ? (m[1] ? 1 : -1) : 0;
}

/**
 * Spans of `text` that are phone numbers: "01 74 18 10 38", "030 310 49 99", "0800 279 7234",
 * "+33 1 74 18 10 38". Each group of such a run would otherwise read as a number of its own
 * ("... 10 38" as 38 customers). A run is a phone number when it opens on 0 or + and has three
 * groups or more, or has four groups or more that are not thousands ("1 200 000 000" is a number).
 */
const RUN = /(?<![\p{N}.,])(\+\d{1,3}[ .\u00A0]?)?(\(?\d{1,4}\)?(?:[ .\u00A0-]\d{1,4}){2,})(?![\p{N}]|[.,]\d)/gu;
// Cheap gate: three digit groups in a row, each set off by one separator.
const GATE = /\d[ .\u00A0-]\d{1,4}[ .\u00A0-]\d/u;

export function phoneSpans(text: string): Array<[number, number]> {
  if (!GATE.test(text)) return [];
  const out: Array<[number, number]> = [];
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m !== null; m = RUN.exec(text)) {
    const groups = m[2]!.split(/[ .\u00A0-]/u);
    const thousands = /^[1-9]\d{0,2}$/u.test(groups[0]!) && groups.slice(1).every((g) => g.length === 3);
    const opensLikePhone = m[1] !== undefined || /^\(?0/u.test(m[2]!);
    if ((opensLikePhone && groups.length >= 3) || (groups.length >= 4 && !thousands)) out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

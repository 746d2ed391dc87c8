/**
 * Whether a launch or expansion cue is a noun pointing back at one already told, opening its
 * sentence with no place of its own: "The expansion has been costly.", "Ce lancement a coûté
 * cher.", "De uitbreiding kostte veel geld." The entry is the earlier sentence's fact; this one
 * tells only what it cost or brought.
 */
export function pointsBackAtEntry(sentence: string, start: number): boolean {
  return DEFINITE_OPENING.test(sentence.slice(0, start));
}

const DEFINITE_OPENING = /^[\s"“«'‘]*(?:The|This|That|Its|Cette|Cet|Ce|Son|Sa|L['’]|Le|La|Deze|Die|Dat|De|Het|Zijn|Haar)\s*$/u;

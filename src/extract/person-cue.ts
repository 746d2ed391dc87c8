/**
 * Leadership cues of event-cues-r15.ts that are told by the person named after the verb: "named
 * Jane Doe as chief", "replaces John Roe", "remplace Paul Durand", "volgt Jan de Vries op". The cue
 * regexes are case-blind, so whether a name follows is checked here with case: "replaces its app"
 * and "remplace les sacs" name no one.
 */
const NEEDS_PERSON = /^(?:nam(?:e|es|ed|ing)|replac(?:es|ed|ing)|remplac(?:e|era|ent|é|ée)|volg(?:t|de|en|den)|(?:succeeded|replaced) by)$/iu;
const PERSON_AFTER = /^ \p{Lu}[\p{L}'’-]+(?: (?:de|van|der|den|von|le|la|du|da|di)){0,2} \p{Lu}[\p{L}'’-]+/u;

/** Whether a leadership cue that must name a person after it names none. */
export function lacksPerson(sentence: string, start: number, cue: string): boolean {
  return NEEDS_PERSON.test(cue) && !PERSON_AFTER.test(sentence.slice(start + cue.length, start + cue.length + 60));
}

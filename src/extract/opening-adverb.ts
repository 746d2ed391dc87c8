/**
 * "Globally, the group is still growing: PDD Holdings reported...", "Parallèlement, le groupe
 * ...": one capitalised word opening a sentence before a comma, ending like an adverb (English
 * "-ly", French "-ment"), is the sentence's adverb, not a company told with an apposition (round
 * 16). Read as a company it stood before the real subject and took its figures away. A name
 * ending so ("Souqly") is told by an apposition closed by a second comma. Dutch puts
 * no comma after such openers ("Wereldwijd groeit het concern"), so it has no such case.
 */
const ADVERB = /^\p{Lu}\p{Ll}{2,}(?:ly|ment)$/u;

// A name's apposition closes on a second comma ("Souqly, le distributeur marocain, compte..."); an
// adverb's clause goes on to its verb ("Globally, the group is growing: ...").
const CLOSED_APPOSITION = /^,[^,;:.]{1,60},/u;

/** Whether the one-word name at `start`..`end` of `text` is an adverb opening the sentence. */
export function isOpeningAdverb(text: string, start: number, end: number): boolean {
  return text.slice(0, start).trim() === '' && text.charCodeAt(end) === 44 && ADVERB.test(text.slice(start, end)) && !CLOSED_APPOSITION.test(text.slice(end, end + 64));
}

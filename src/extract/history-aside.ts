/**
 * Whether an event cue stands in a relative aside dated to a year before the article's: "Founder
 * Jane Roe, who stepped down as chair in 2019, still holds ...", "La fondatrice, qui avait quitté
 * la présidence en 2020, ...", "De oprichter, die in 2021 opstapte als voorzitter, ...". Such an
 * aside recalls a person's past post for the main clause; it is no news of its own (the caller
 * asks it of changes at the top only: an entry told in passing is still counted, round 15b). An
 * aside dated to the article's own year ("who stepped down in June") still tells the news.
 */
export function inHistoryAside(sentence: string, start: number, end: number, year: number | null): boolean {
  if (year === null) return false;
  const open = Math.max(sentence.lastIndexOf(',', start), sentence.lastIndexOf('(', start));
  if (open < 0) return false;
  const head = RELATIVE_HEAD.exec(sentence.slice(open + 1, start));
  if (!head) return false;
  const close = sentence.slice(end).search(/[,;:)]/u);
  if (close < 0) return false;
  const aside = sentence.slice(open + 1, end + close);
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(aside); m !== null; m = YEAR.exec(aside)) if (Number(m[0]) < year) return true;
  return false;
}

// The aside opens on a relative pronoun and holds no other clause mark before the cue.
const RELATIVE_HEAD = /^\s*(?:who|which|that|qui|dont|die|dat)(?![\p{L}])[^,;:()]*$/iu;
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/gu;

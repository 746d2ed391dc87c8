/**
 * A takeover whose clause has a buyer of another kind for its subject is done to the company, not
 * by it: "a new joint venture controlled by American investors would take over the app's US
 * operations", "un consortium d'investisseurs rachèterait la filiale", "een groep investeerders
 * neemt de Amerikaanse tak over". Only when no company we track is named in that subject.
 */
export function boughtByOtherBuyer(sentence: string, start: number, trackedBetween: (from: number, to: number) => boolean): boolean {
  const from = Math.max(sentence.lastIndexOf(',', start), sentence.lastIndexOf(';', start)) + 1;
  const subject = sentence.slice(from, start);
  return OTHER_BUYER.test(subject) && !trackedBetween(from, start);
}

const OTHER_BUYER =
  /(?<![\p{L}])(?:joint venture|consortium|investors|investor group|group of investors|buyers?|bidders?|coentreprise|co-entreprise|investisseurs|repreneurs?|acheteurs?|investeerders|kopers?|overnemers?|joint-venture)(?![\p{L}])/iu;

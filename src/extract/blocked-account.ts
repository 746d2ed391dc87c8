/**
 * Whether a ban cue tells a platform blocking one account: "the platform had blocked his seller
 * account", "la plateforme a bloqué le compte du vendeur", "Het platform had diens verkoopaccount
 * geblokkeerd". Moderating a seller is the company's own act, no rule applied to it; blocking the
 * company's app or site ("blocked access to the app") still is.
 */
export function blocksAnAccount(sentence: string, start: number, cue: string): boolean {
  if (!BLOCK_CUE.test(cue)) return false;
  const from = Math.max(0, start - 80);
  const open = Math.max(sentence.lastIndexOf(',', start), sentence.lastIndexOf(';', start), from - 1);
  const close = sentence.slice(start).search(/[,;.]/u);
  const clause = sentence.slice(open + 1, close < 0 ? sentence.length : start + close);
  return ACCOUNT.test(clause);
}

const BLOCK_CUE = /^(?:block|bloqu|blokk|geblokkeerd)/iu;
const ACCOUNT = /(?:account|compte)s?(?![\p{L}])/iu;

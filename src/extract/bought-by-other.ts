/**
 * Acquisition cues that tell no purchase by the company the sentence is about:
 * - a share of a market taken: "grabs 4% of the market", "s'empare de 4 % du marché", "pakt 4
 *   procent van de markt" — a market share, not a company bought;
 * - a passive purchase by someone named after it: "the network, bought by the Polish group X in
 *   2021", "le réseau, racheté par le polonais X", "het netwerk, overgenomen door X" — the buyer is
 *   that other; when it is a company we track, the sentence names it (an acquisition told with its
 *   buyer named first, "X bought the network", is not affected).
 */
export function notBoughtByFocus(sentence: string, end: number, buyerTracked: (from: number) => boolean): boolean {
  const after = sentence.slice(end, end + 60);
  if (SHARE_TAKEN.test(after)) return true;
  const agent = BY_AGENT.exec(after);
  return agent !== null && !buyerTracked(end + agent[0].length);
}

// A share of a market, not of a company: "4% of the market", "4 % du marché", "4 procent van de kledingmarkt".
const SHARE_TAKEN =
  /^\s+(?:(?:de|d['’]|of|van|du)\s+)?(?:(?:près|plus|bijna|ruim|nearly|almost|about|some)\s+(?:de\s+|d['’]|van\s+|than\s+)?)?\d[\d.,\s]*\s*(?:%|pour\s*cent|per\s*cent|percent|procent)\s+(?:of\s+(?:the\s+)?|du\s+|de\s+la\s+|des\s+|van\s+(?:de|het)\s+)(?:[\p{L}-]+\s+){0,2}?\p{L}*(?:market|marché|markt|sales|ventes|verkopen)(?![\p{L}])/iu;
const BY_AGENT = /^\s+(?:by|par|door)\s+/iu;

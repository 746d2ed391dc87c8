/**
 * A place a company is barred from is the market of the ban, not where goods come from: "it is
 * still barred from Indonesia", "banned from India since 2020", "exclu du marché indonésien",
 * "banni d'Inde", "geweerd uit Indonesië", "verbannen uit India". Read before the origin test
 * (events.ts), which takes any place after "from", "de" or "uit" for an origin.
 */
export function barredFrom(before: string): boolean {
  return BARRED.test(before);
}

const BARRED =
  /(?<![\p{L}])(?:barred|banned|expelled|excluded|kicked out|shut out|blocked|bann(?:i|ie|is|ies)|exclue?s?|expulsée?s?|chassée?s?|geweerd|verbannen|verdreven|uitgesloten)\s+(?:from|de|d['’]|du|des|uit|van)\s*(?:the\s+|la\s+|l['’]|het\s+)?$/iu;

/**
 * The home market of a company bought, when the sentence of the takeover names no place: "TikTok
 * bought a controlling stake in Tokopedia", "il a racheté 75 % de Tokopedia", "nam een belang in
 * Tokopedia". A stake in a national marketplace is an event in its country; the article often names
 * the country in another sentence, or in another clause, and the nearest market before it is
 * another one. Only well-known marketplaces and retailers that operate in one market or region.
 */
const HOMES: ReadonlyArray<[RegExp, string]> = [
  [/(?<![\p{L}])Tokopedia(?![\p{L}])/u, 'ID'],
  [/(?<![\p{L}])Bukalapak(?![\p{L}])/u, 'ID'],
  [/(?<![\p{L}])Lazada(?![\p{L}])/u, 'SEA'],
  [/(?<![\p{L}])Flipkart(?![\p{L}])/u, 'IN'],
  [/(?<![\p{L}])(?:Zalando|About You)(?![\p{L}])/u, 'DE'],
  [/(?<![\p{L}])Allegro(?![\p{L}])/u, 'PL'],
  [/(?<![\p{L}])(?:Coolblue|Wehkamp)(?![\p{L}])/u, 'NL'],
  [/(?<![\p{L}])Trendyol(?![\p{L}])/u, 'TR'],
  [/(?<![\p{L}])Souq(?![\p{L}])/u, 'AE'],
  [/(?<![\p{L}])(?:Whole Foods|Forever 21)(?![\p{L}])/u, 'US'],
  [/(?<![\p{L}])Missguided(?![\p{L}])/u, 'GB'],
];

/** The home market of the known company a takeover's sentence names, if it names those of one market only. */
export function acquiredMarket(sentence: string): string | null {
  let found: string | null = null;
  for (const [re, code] of HOMES) {
    if (!re.test(sentence)) continue;
    if (found !== null && found !== code) return null;
    found = code;
  }
  return found;
}

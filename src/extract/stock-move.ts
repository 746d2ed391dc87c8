/**
 * A share price told with the company's name right after the word for the stock, or closing
 * higher or lower, is the stock market's news, not a business metric (round 11, b): "Het aandeel
 * PDD Holdings, moederbedrijf van Temu, is dinsdag 13,6 procent lager gesloten", "L'action Amazon,
 * qui ..., a clôturé en baisse de 4 %", "The stock closed 3% lower". metrics.ts already reads
 * "shares of X fell" and "het aandeel daalde 5 procent" when the stock is close to the figure.
 */
const NAMED_STOCK = /^\s*(?:(?:[Tt]he|[Hh]et|[Dd]e|[Ll]['’]|[Ll]es)\s*)?(?:[Ss]hares|[Ss]tock|[Aa]andeel|[Aa]andelen|[Aa]ction|[Aa]ctions|[Tt]itre)\s+\p{Lu}/u;
const CLOSED_AFTER =
  /^[\s\u00A0]*(?:%|procent|per ?cent|percent|pour ?cent)?[\s\u00A0]*(?:lager|hoger)[\s\u00A0]+(?:gesloten|geëindigd|uitgekomen|geopend|genoteerd)|^[\s\u00A0]*(?:%|per ?cent|percent)?[\s\u00A0]*(?:lower|higher)[\s\u00A0]+(?:at the close|on the day|in (?:early |late )?trading)/iu;
const CLOSED_BEFORE = /(?<![\p{L}])(?:closed|clôtur\p{L}*|sloot|slot)\s+(?:(?:up|down|en hausse de|en baisse de|en repli de|hoger|lager)\s+)?$/iu;

export function stockMove(start: number, end: number, sentence: string): boolean {
  if (NAMED_STOCK.test(sentence)) return true;
  return CLOSED_AFTER.test(sentence.slice(end, end + 40)) || CLOSED_BEFORE.test(sentence.slice(Math.max(0, start - 30), start));
}

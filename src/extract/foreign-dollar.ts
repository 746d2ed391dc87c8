/**
 * Dollars that are not US dollars: "A$20 billion", "C$2bn", "HK$5bn", "NZ$", "S$", "R$", "NT$",
 * "dollars canadiens", "dollars de Hong Kong", "dollars australiens". The money reader knows
 * USD, EUR, GBP and CNY only; such a sum is no USD and is left out. ("Canadian dollars",
 * "Canadese dollar" put the country first, and the money reader already does not take them.)
 */
const LETTERS_BEFORE_SIGN = /(?<!\p{L})(?!US\$)\p{L}{1,3}\$[ \u00A0\u202F]?$/u;
const COUNTRY_AFTER =
  /^[ \u00A0]+(?:canadiens?|australiens?|néo-zélandais|neo-zelandais|singapouriens?|taïwanais|taiwanais|de Hong Kong|de Hongkong|de Singapour|de Taïwan|de Taiwan|du Canada|d['’]Australie|zimbabwéens?)(?![\p{L}])/iu;

/** Whether the `$` ending `before` belongs to another dollar than the US one. */
export const otherDollarSign = (before: string): boolean => LETTERS_BEFORE_SIGN.test(before);

/** Whether the dollar word just before `after` is named for another country. */
export const otherDollarAfter = (after: string): boolean => COUNTRY_AFTER.test(after);

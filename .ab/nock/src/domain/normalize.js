/** How aliases are stored: lower case, single spaces, accents and dots kept ("bol.com", "amazon belgië"). */
export const normalizeAlias = (s) => s.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim();
/**
 * How typed names are compared: without accents, punctuation or spaces, so "Bol.com", "bolcom",
 * "TikTok-Shop" and "tik tok" meet their aliases. Compatibility forms (full-width "ＴｉｋＴｏｋ" from
 * CJK keyboards, ligatures) are folded first.
 */
export const looseKey = (s) => s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
//# sourceMappingURL=normalize.js.map
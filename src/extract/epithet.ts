// A tracked name used as an epithet for another company names no one: "bol, « l'Amazon du
// Benelux »", "Mercado Libre, the Amazon of Latin America", "het Amazon van China", "l'Amazon
// chinois". The article, then the name, then a place after "of/du/van" or (French) a people's
// adjective. A people's adjective before the name is no sign: "het Chinese Temu" is Temu.
const PEOPLE_FR = '(?:chinois|chinoise|européen|européenne|néerlandais|néerlandaise|belge|français|française|britannique|allemand|allemande|américain|américaine|indien|indienne|africain|africaine|latino-américain|polonais|turc|russe|japonais|coréen|brésilien)';

// The article right before the name: "the", "an", "l'", "un", "une", "het", "de", "een".
const ARTICLE_BEFORE = /(?:^|[\s«“"'‘(])(?:the|an?|l['’]|une?|het|de|een)\s*$/iu;
// A place after "of"/"du"/"van" ("of Latin America", "du Benelux", "van China"), or a people's
// adjective after the name ("l'Amazon chinois").
const PLACE_AFTER = new RegExp(String.raw`^\s+(?:(?:of|du|de|des|van)\s+(?:(?:the|la|le|l['’]|het)\s*)?\p{Lu}|d['’]\p{Lu}|${PEOPLE_FR}(?![\p{L}]))`, 'u');

// Checked by hand before ARTICLE_BEFORE: white space aside, the text before the name ends on the
// last letter of an article ("the", "an", "l'", "une", "het", "een") or on its apostrophe.
const SPACE = /\s/u;
const ARTICLE_ENDS = new Set([...'eanEAN\'’tT'].map((c) => c.charCodeAt(0)));
function mayEndOnArticle(text: string, start: number): boolean {
  let at = start - 1;
  for (; at >= 0; at--) {
    const c = text.charCodeAt(at);
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    if (c > 127 && SPACE.test(text[at]!)) continue;
    break;
  }
  return at >= 0 && ARTICLE_ENDS.has(text.charCodeAt(at));
}

/** Whether the name at [start, end) of `text` is an epithet for another company. */
export function isEpithet(text: string, start: number, end: number): boolean {
  if (!mayEndOnArticle(text, start)) return false;
  const before = text.slice(Math.max(0, start - 30), start);
  if (!ARTICLE_BEFORE.test(before)) return false;
  return PLACE_AFTER.test(text.slice(end, end + 30));
}

import { findMarkets } from './markets.js';
/**
 * Whether the "together" word that `combined` finds in `text` joins places, not companies: "in
 * Nederland en België samen 3.000 mensen", "in the US and Canada combined", "en France et en
 * Belgique ensemble". A figure for places together is still the company's.
 */
export function placesJoined(text, combined, language) {
    const word = combined.exec(text);
    if (!word)
        return false;
    const before = text.slice(Math.max(0, word.index - 40), word.index);
    const trimmed = before.trimEnd();
    // Places joined are two or more: "in België samen" after two company names joins the companies.
    const places = findMarkets(trimmed, language).filter((m) => m.kind !== 'global');
    return places.length >= 2 && places.some((m) => m.end === trimmed.length);
}
//# sourceMappingURL=places-joined.js.map
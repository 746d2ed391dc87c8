/** European countries: an EU-wide entry is made of theirs. */
const EUROPEAN = new Set([
    'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT',
    'RO', 'SK', 'SI', 'ES', 'SE', 'GB', 'NO', 'CH', 'IS',
]);
/** Events that happen country by country: a company enters, or plans to enter, one market at a time. */
const BY_COUNTRY = new Set(['launch', 'expansion']);
/**
 * A launch or expansion told for Europe in an article that tells the same company's launch or
 * expansion in European countries is those countries' entry told as a whole ("its European debut
 * starts in Spain and Italy"; "the launch across Europe" in a later sentence): the countries are
 * the news, and the Europe-wide copy goes. Alone, an entry into Europe stays.
 */
export function withoutRegionEcho(facts) {
    const inCountries = new Set();
    for (const f of facts) {
        if (f.type === 'event' && BY_COUNTRY.has(f.event) && f.market !== null && EUROPEAN.has(f.market))
            inCountries.add(`${f.competitor}|${f.event}`);
    }
    if (inCountries.size === 0)
        return facts;
    return facts.filter((f) => !(f.type === 'event' && f.market === 'EU' && inCountries.has(`${f.competitor}|${f.event}`)));
}
//# sourceMappingURL=region-echo.js.map
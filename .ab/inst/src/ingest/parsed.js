/** "fr-BE" → "fr"; anything that is not a language tag → null. */
export const languageOf = (tag) => {
    const m = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]+)*\s*$/i.exec(tag ?? '');
    return m ? m[1].toLowerCase() : null;
};
/** A date a source gave, as ISO text; unparseable dates are dropped rather than guessed. */
export const isoDate = (value) => {
    if (!value)
        return null;
    const t = Date.parse(value.trim());
    return Number.isNaN(t) ? null : new Date(t).toISOString();
};
//# sourceMappingURL=parsed.js.map
// "according to Kantar", "selon le baromètre de la Fevad", "d'après Médiamétrie", "volgens
// Thuiswinkel.org", "zo blijkt uit de jaarcijfers van moederbedrijf Ahold Delhaize", "figures
// published by the parent group": the words that name who tells a figure,
// with up to three words (a report, a survey, an article) between them and the name.
const SOURCE_BEFORE = /(?<![\p{L}])(?:according to|as reported by|cited by|figures from|data from|published by|filed by|selon|d['’]après|publiés par|publiées par|volgens|aldus|blijkt uit|bleek uit|cijfers van|jaarcijfers van|jaarverslag van|gepubliceerd door)\s+(?:[\p{L}'’.-]+\s+){0,4}?(?:(?:the|of|le|la|les|de|du|des|het|van|l['’])\s*)?$/iu;
/**
 * Whether an untracked name is only the source of what the sentence tells, not its subject: a
 * research firm, a trade body or a newspaper. A tracked competitor named as the source speaks of
 * itself ("according to Temu, it has ...") and is left as it is.
 */
export function isSourceMention(m, sentence) {
    if (m.competitor !== null)
        return false;
    const before = sentence.slice(Math.max(0, m.start - 60), m.start);
    return SOURCE_BEFORE.test(before);
}
//# sourceMappingURL=source-mention.js.map
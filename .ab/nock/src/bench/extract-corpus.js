/** mulberry32: small, fast, seedable. */
export function rng(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
const COMPETITORS = ['Temu', 'Shein', 'TikTok Shop', 'Amazon', 'Bol.com', 'ByteDance', 'PDD Holdings', 'Zalando'];
const MARKETS = {
    en: ['the United States', 'the UK', 'France', 'Germany', 'Southeast Asia', 'the European Union', 'Spain', 'Latin America'],
    fr: ['aux Etats-Unis', 'au Royaume-Uni', 'en France', 'en Allemagne', 'en Asie du Sud-Est', 'dans l’Union européenne', 'en Belgique', 'dans l’Hexagone'],
    nl: ['in de Verenigde Staten', 'in het Verenigd Koninkrijk', 'in Frankrijk', 'in Duitsland', 'in België', 'in Nederland', 'in Spanje', 'in Europa'],
};
const TEMPLATES = {
    en: [
        (p, n, c, m) => `${c} reported revenue of $${n()} billion in ${m} ${p(['last year', 'in 2023', 'in the third quarter'])}.`,
        (_p, n, c, m) => `${c} said it had ${n()} million monthly active users in ${m}.`,
        (p, n, c) => `Analysts estimate that ${c}'s gross merchandise value reached $${n()} billion ${p(['worldwide', 'globally', ''])}.`,
        (_p, n, c, m) => `${c} aims to reach ${n()} million customers in ${m} by 2026.`,
        (p, _n, c, m) => `${c} launched in ${m} in ${p(['March', 'September', 'October'])} 2023.`,
        (_p, n, c) => `Sales at ${c} rose ${n()}% from a year earlier, while operating income climbed to $${n()} billion.`,
        (_p, _n, c, m) => `Regulators in ${m} opened an investigation into ${c} over product safety.`,
        (_p, n, c) => `The company now employs about ${n()} thousand people, Mr. Smith of ${c} said.`,
        () => 'Shoppers remain cautious about live shopping, according to a survey of 2,000 consumers.',
    ],
    fr: [
        (_p, n, c, m) => `${c} a réalisé un chiffre d'affaires de ${n()} milliards d'euros ${m} l'an dernier.`,
        (_p, n, c, m) => `La plateforme chinoise ${c} revendique ${n()} millions d'utilisateurs ${m}.`,
        (_p, n, c) => `Selon les analystes, les ventes de ${c} auraient atteint ${n()} milliards de dollars en 2023.`,
        (_p, n, c, m) => `${c} vise ${n()} 000 vendeurs ${m} d'ici 2025.`,
        (p, _n, c, m) => `${c} s'est lancé ${m} en ${p(['avril', 'septembre dernier', 'mars 2024'])}.`,
        (_p, n, c) => `Le bénéfice net de ${c} a progressé de ${n()} % sur un an.`,
        (_p, _n, c, m) => `Le gouvernement envisage de taxer les colis vendus par ${c} ${m}.`,
        (_p, n, c) => `M. Martin, porte-parole de ${c}, affirme que le groupe emploie ${n()} 000 salariés.`,
        () => '« Les consommateurs restent prudents », estime la Fevad.',
    ],
    nl: [
        (_p, n, c, m) => `${c} boekte vorig jaar een omzet van ${n()} miljard euro ${m}.`,
        (_p, n, c, m) => `${c} heeft ${m} inmiddels ${n()} miljoen klanten.`,
        (_p, n, c) => `De verkopen van ${c} bedroegen naar schatting ${n()} mld. dollar.`,
        (_p, n, c, m) => `${c} wil ${m} groeien tot ${n()}.000 verkooppartners.`,
        (p, _n, c, m) => `${c} lanceert zijn webwinkel ${p(['deze week', 'in oktober', 'volgend jaar'])} ${m}.`,
        (_p, n, c) => `De winst van ${c} steeg met ${n()} procent.`,
        (_p, _n, c, m) => `De toezichthouder ${m} onderzoekt een verbod op ${c}.`,
        (_p, n, c) => `Dhr. Janssen van ${c} zegt dat het bedrijf ${n()}.000 medewerkers in dienst heeft.`,
        () => 'Consumenten blijven voorzichtig, zegt de branchevereniging.',
    ],
};
export function generateCorpus(count, seed = 20240601) {
    const r = rng(seed);
    const pick = (xs) => xs[Math.floor(r() * xs.length)];
    const languages = ['en', 'fr', 'nl'];
    const out = [];
    for (let i = 0; i < count; i++) {
        const language = languages[i % 3];
        const decimal = language === 'en' ? '.' : ',';
        const n = () => (r() < 0.5 ? String(1 + Math.floor(r() * 90)) : `${1 + Math.floor(r() * 90)}${decimal}${Math.floor(r() * 10)}`);
        const competitor = pick(COMPETITORS);
        const sentences = [];
        const length = 6 + Math.floor(r() * 6);
        for (let s = 0; s < length; s++) {
            const other = r() < 0.7 ? competitor : pick(COMPETITORS);
            sentences.push(pick(TEMPLATES[language])(pick, n, other, pick(MARKETS[language])));
        }
        const month = String(1 + Math.floor(r() * 12)).padStart(2, '0');
        out.push({
            title: `${competitor}: ${sentences[0].slice(0, 60)}`,
            text: sentences.join(' '),
            language,
            published: `2024-${month}-15`,
            sentences: length + 1,
        });
    }
    return out;
}
//# sourceMappingURL=extract-corpus.js.map
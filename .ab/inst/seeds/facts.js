const metric = (competitor, name, value, unit, where, summary, source) => ({
    fact: {
        competitor,
        type: 'metric',
        metric: name,
        value,
        unit,
        market: where.market,
        period: where.period,
        status: where.status ?? 'actual',
        quote: summary,
        language: source.language,
    },
    summary,
    source,
});
const event = (competitor, name, where, summary, source) => ({
    fact: {
        competitor,
        type: 'event',
        event: name,
        market: where.market,
        period: where.period,
        status: where.status ?? 'actual',
        quote: summary,
        language: source.language,
    },
    summary,
    source,
});
// The user's seed article: a late-2023 French-language report citing De Standaard and the WSJ.
const cited = 'Cited in a late-2023 French-language report on TikTok Shop';
const deStandaard = { publisher: 'De Standaard', date: '2023-11', language: 'fr', title: cited };
const wsj = { publisher: 'The Wall Street Journal', date: '2023-11', language: 'fr', title: cited };
const amazonQ4 = { publisher: 'Amazon results', date: '2024-02-01', language: 'en', url: 'https://ir.aboutamazon.com' };
const amazonQ3 = { publisher: 'Amazon results', date: '2023-10-26', language: 'en', url: 'https://ir.aboutamazon.com' };
const pddResults = { publisher: 'PDD Holdings annual results', date: '2024-03', language: 'en', url: 'https://investor.pddholdings.com' };
const europeanCommission = (date) => ({ publisher: 'European Commission', date, language: 'en' });
/**
 * Bol's figures cover the Netherlands and Belgium together, not either country alone. Markets
 * joined with "+" say so; `/facts bol NL` and `/facts bol BE` both find them.
 */
const NL_BE = 'NL+BE';
const bolStatements = { publisher: 'bol (company statements)', date: '2023', language: 'nl' };
export const seedFacts = [
    // TikTok Shop
    metric('tiktok-shop', 'customers', 5_000_000, 'count', { market: 'US', period: '2023-09/2023-11' }, '5 million new US customers in the two months after the September 2023 launch', deStandaard),
    metric('tiktok-shop', 'gmv', 17_500_000_000, 'USD', { market: 'US', period: '2023', status: 'target' }, 'US sales target of $17.5 billion for 2023', deStandaard),
    metric('tiktok-shop', 'growth', 10, 'ratio', { market: 'US', period: '2023', status: 'target' }, 'US sales aimed at ten times the previous level in 2023', deStandaard),
    metric('tiktok-shop', 'users', 150_000_000, 'count', { market: 'US', period: '2023' }, '150 million TikTok app users in the US', deStandaard),
    event('tiktok-shop', 'launch', { market: 'US', period: '2023-09' }, 'TikTok Shop launched in the US in September 2023', deStandaard),
    event('tiktok-shop', 'launch', { market: 'GB', period: '2021' }, 'TikTok Shop active in the UK since 2021', deStandaard),
    event('tiktok-shop', 'launch', { market: 'SEA', period: null }, 'TikTok Shop present in Southeast Asia', deStandaard),
    event('tiktok-shop', 'expansion', { market: 'LATAM', period: null, status: 'target' }, 'Latin America announced as the next market (late 2023)', deStandaard),
    metric('tiktok-shop', 'growth', 3, 'ratio', { market: 'CN', period: '2023' }, 'Douyin livestream sales tripled in 2023', deStandaard),
    metric('tiktok-shop', 'orders', 10_000_000_000, 'count', { market: 'CN', period: '2023' }, 'Douyin livestreams sell 10 billion products a year', deStandaard),
    metric('tiktok-shop', 'gmv', 20_000_000_000, 'USD', { market: 'GLOBAL', period: '2022', status: 'target' }, 'Global sales target of $20 billion set in 2022', wsj),
    event('tiktok-shop', 'suspension', { market: 'EU', period: '2023' }, 'ByteDance suspended the European expansion of TikTok Shop (late 2023)', deStandaard),
    event('tiktok-shop', 'regulation', { market: 'ID', period: '2023-10' }, 'Indonesia banned transactions on social media, halting TikTok Shop there (October 2023)', deStandaard),
    event('tiktok-shop', 'acquisition', { market: 'ID', period: '2023-12' }, 'TikTok invests $1.5 billion for 75% of Tokopedia (December 2023)', { publisher: 'TikTok (company announcement)', date: '2023-12', language: 'en' }),
    // Amazon
    metric('amazon', 'revenue', 574_800_000_000, 'USD', { market: 'GLOBAL', period: '2023' }, 'Net sales of $574.8 billion in 2023', amazonQ4),
    metric('amazon', 'growth', 12, 'percent', { market: 'GLOBAL', period: '2023' }, 'Net sales up 12% in 2023', amazonQ4),
    metric('amazon', 'revenue', 143_100_000_000, 'USD', { market: 'GLOBAL', period: '2023-Q3' }, 'Net sales of $143.1 billion in Q3 2023', amazonQ3),
    metric('amazon', 'growth', 13, 'percent', { market: 'GLOBAL', period: '2023-Q3' }, 'Net sales up 13% in Q3 2023', amazonQ3),
    metric('amazon', 'employees', 1_500_000, 'count', { market: 'GLOBAL', period: '2023' }, 'About 1.5 million employees at the end of 2023', { publisher: 'Amazon annual report', date: '2024', language: 'en' }),
    event('amazon', 'launch', { market: 'NL', period: '2020-03' }, 'Launched amazon.nl in the Netherlands (March 2020)', { publisher: 'Amazon', date: '2020-03', language: 'en' }),
    event('amazon', 'launch', { market: 'BE', period: '2022-10' }, 'Launched amazon.com.be in Belgium (October 2022)', { publisher: 'Amazon', date: '2022-10', language: 'en' }),
    event('amazon', 'launch', { market: 'US', period: '2024-11' }, 'Launched Amazon Haul, a low-price store with most items under $20', { publisher: 'Amazon (announcement)', date: '2024-11', language: 'en' }),
    // Temu (PDD Holdings)
    event('temu', 'launch', { market: 'US', period: '2022-09' }, 'Temu launched in the US in September 2022', { publisher: 'PDD Holdings', date: '2022-09', language: 'en' }),
    event('temu', 'launch', { market: 'EU', period: '2023' }, 'Temu launched in France, Germany, Italy, the Netherlands and Spain (spring 2023)', { publisher: 'PDD Holdings', date: '2023', language: 'en' }),
    event('temu', 'launch', { market: 'GB', period: '2023' }, 'Temu launched in the UK (spring 2023)', { publisher: 'PDD Holdings', date: '2023', language: 'en' }),
    metric('temu', 'revenue', 247_600_000_000, 'CNY', { market: 'GLOBAL', period: '2023' }, 'PDD Holdings revenue of 247.6 billion yuan in 2023 (whole group)', pddResults),
    metric('temu', 'growth', 90, 'percent', { market: 'GLOBAL', period: '2023' }, 'PDD Holdings revenue up 90% in 2023 (whole group)', pddResults),
    metric('temu', 'users', 75_000_000, 'count', { market: 'EU', period: '2023-07/2023-12' }, 'About 75 million monthly users in the EU (second half of 2023)', { publisher: "Temu's report to the European Commission", date: '2023', language: 'en' }),
    event('temu', 'regulation', { market: 'EU', period: '2024-05' }, 'Designated a very large online platform under the Digital Services Act (31 May 2024)', europeanCommission('2024-05-31')),
    // Shein
    metric('shein', 'valuation', 66_000_000_000, 'USD', { market: 'GLOBAL', period: '2023-05' }, 'Valued at $66 billion in a May 2023 funding round (reported, not confirmed)', { publisher: 'Press reports (funding round)', date: '2023-05', language: 'en' }),
    metric('shein', 'users', 108_000_000, 'count', { market: 'EU', period: '2023' }, 'About 108 million monthly users in the EU in 2023', { publisher: "Shein's report to the European Commission", date: '2023', language: 'en' }),
    event('shein', 'regulation', { market: 'EU', period: '2024-04' }, 'Designated a very large online platform under the Digital Services Act (April 2024)', europeanCommission('2024-04')),
    // Bol.com
    metric('bol', 'customers', 13_000_000, 'count', { market: NL_BE, period: '2023' }, 'About 13 million active customers in the Netherlands and Belgium', bolStatements),
    metric('bol', 'sellers', 50_000, 'count', { market: NL_BE, period: '2023' }, 'More than 50,000 sales partners in the Netherlands and Belgium', bolStatements),
];
//# sourceMappingURL=facts.js.map
/** DESIGN.md's fact vocabulary, in one place. */
export const METRICS = [
    'customers', 'users', 'sellers', 'gmv', 'revenue', 'profit', 'orders', 'valuation',
    'market_share', 'growth', 'investment', 'fine', 'employees',
];
export const EVENTS = [
    'launch', 'expansion', 'suspension', 'exit', 'regulation', 'partnership', 'acquisition',
    'funding', 'promotion', 'leadership', 'layoff',
];
export const UNITS = ['USD', 'EUR', 'GBP', 'CNY', 'count', 'percent', 'ratio'];
export const STATUSES = ['actual', 'target', 'estimate'];
export const LANGUAGES = ['en', 'fr', 'nl'];
export const factName = (f) => (f.metric ?? f.event);
//# sourceMappingURL=vocabulary.js.map
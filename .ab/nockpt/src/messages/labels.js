const SPECIAL = { gmv: 'GMV', market_share: 'Market share' };
/** "gmv" → "GMV", "market_share" → "Market share", "revenue" → "Revenue". */
export const metricLabel = (name) => SPECIAL[name] ?? `${name.charAt(0).toUpperCase()}${name.slice(1).replace(/_/g, ' ')}`;
/** "a, b and c" */
export function listing(items, and = 'and') {
    if (items.length <= 1)
        return items.join('');
    return `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
}
//# sourceMappingURL=labels.js.map
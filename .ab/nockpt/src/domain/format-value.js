const SYMBOL = { USD: '$', EUR: '€', GBP: '£', CNY: '¥' };
/** A number people read at a glance: 17500000000 → "17.5B", 5000000 → "5M", 1500 → "1,500". */
export function shortNumber(n) {
    const abs = Math.abs(n);
    const fmt = (x, suffix) => `${trim(x)}${suffix}`;
    if (abs >= 1e12)
        return fmt(n / 1e12, 'T');
    if (abs >= 1e9)
        return fmt(n / 1e9, 'B');
    if (abs >= 1e6)
        return fmt(n / 1e6, 'M');
    if (abs >= 1e4)
        return fmt(n / 1e3, 'K');
    return withDigits(n, 2);
}
// toLocaleString(…, options) builds an Intl.NumberFormat on every call (most of a new fact's cost
// when ingesting); the same formatter, made once per digit count, gives the same text.
const formats = new Map();
const withDigits = (x, maximumFractionDigits) => {
    let f = formats.get(maximumFractionDigits);
    if (!f) {
        f = new Intl.NumberFormat('en-US', { maximumFractionDigits });
        formats.set(maximumFractionDigits, f);
    }
    return f.format(x);
};
const trim = (x) => withDigits(x, Math.abs(x) < 10 ? 2 : 1);
/** A value with its unit: "$17.5B", "€1.2M", "12%", "×3", "5M". */
export function formatValue(value, unit) {
    if (value === null || !Number.isFinite(value))
        return '—';
    if (unit && SYMBOL[unit])
        return `${value < 0 ? '-' : ''}${SYMBOL[unit]}${shortNumber(Math.abs(value))}`;
    if (unit === 'percent')
        return `${trim(value)}%`;
    if (unit === 'ratio')
        return `×${trim(value)}`;
    return shortNumber(value);
}
//# sourceMappingURL=format-value.js.map
import { formatValue } from '../domain/format-value.js';
/** Longest quote shown in a line; cut at a word boundary beyond it. */
export const QUOTE_MAX = 220;
/**
 * One fact in one line. A fact a person described (seeds) shows that description, tagged with its
 * figure. A fact read from an article has only a summary generated from its figure, so it shows the
 * figure and the sentence it was read from ("22M users · FR, 2024-H1 — “Shein a atteint …”").
 * The status is not written here: renderers show it from the line's status.
 */
export function factText(f) {
    const label = f.name.replace(/_/g, ' ');
    const figure = f.type === 'metric' ? `${formatValue(f.value, f.unit)} ${label}` : label;
    const where = [f.market, f.period].filter(Boolean).join(', ');
    const tag = `${figure}${where ? ` · ${where}` : ''}`;
    const summary = f.summary.trim();
    if (summary && !isGenerated(f))
        return `${summary} [${tag}]`;
    const quote = f.quote ? shorten(f.quote.replace(/\s+/g, ' ').trim(), QUOTE_MAX) : '';
    return quote ? `${tag} — “${quote}”` : tag;
}
/**
 * A summary describe() wrote for a fact stored without one ("customers 3M (NL) — estimate",
 * "regulation in FR (2025)"): it only repeats the figure. Matched on its whole form, not a prefix,
 * so a person's sentence that happens to start with the metric's name still shows.
 */
function isGenerated(f) {
    const head = f.type === 'metric' ? `${f.name.replace(/_/g, ' ')} ${formatValue(f.value, f.unit)}` : `${f.name}${f.market ? ` in ${f.market}` : ''}`;
    const escaped = head.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`^${escaped}( \\([^)]*\\))?( — (actual|target|estimate))?$`).test(f.summary.trim());
}
/** Cuts at a word boundary with an ellipsis. */
export function shorten(text, max) {
    if (text.length <= max)
        return text;
    const cut = text.slice(0, max - 1);
    const space = cut.lastIndexOf(' ');
    return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}
//# sourceMappingURL=fact-text.js.map
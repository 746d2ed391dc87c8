import { formatValue } from '../domain/format-value.js';
import { factText } from './fact-text.js';
const asStatus = (s) => s === 'actual' || s === 'target' || s === 'estimate' ? s : undefined;
export function sourceRef(f) {
    if (!f.source)
        return undefined;
    return {
        label: f.source.publisher,
        ...(f.source.url ? { url: f.source.url } : {}),
        ...(f.source.published_at ? { date: f.source.published_at.slice(0, 10) } : {}),
    };
}
/** One table cell: the value with its unit, then "market · period · status". */
export function factCell(f) {
    if (!f)
        return { text: 'no data', empty: true };
    const source = sourceRef(f);
    const status = asStatus(f.status);
    return {
        text: formatValue(f.value, f.unit),
        detail: [f.market, f.period, f.status].filter(Boolean).join(' · '),
        ...(status ? { status } : {}),
        ...(source ? { source } : {}),
    };
}
/** One line of a fact list: its summary, status, date, source and how well it is backed. */
export function factLine(f, opts = {}) {
    const source = sourceRef(f);
    const status = asStatus(f.status);
    const text = factText({ ...f, quote: f.source?.quote });
    return {
        text: `${opts.prefix ?? ''}${text}`,
        ...(status ? { status } : {}),
        ...(f.as_of ? { date: f.as_of.slice(0, 10) } : {}),
        ...(source ? { source } : {}),
        ...(f.source_count > 1 ? { sourceCount: f.source_count } : {}),
        ...(f.conflict_with !== null ? { conflict: true } : {}),
    };
}
//# sourceMappingURL=fact-blocks.js.map
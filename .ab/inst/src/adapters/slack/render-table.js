import { cut, escapeMrkdwn, mrkdwnLink, SLACK_LIMITS, webUrlOrUndefined } from './mrkdwn.js';
/** "US · 2023 · target": the cell's detail, with its status added when the detail does not already say it. */
export function cellDetail(cell) {
    const parts = cell.detail ? [cell.detail] : [];
    if (cell.status && !cell.detail?.includes(cell.status))
        parts.push(cell.status);
    return parts.join(' · ');
}
const raw = (text) => ({ type: 'raw_text', text: text || ' ' });
/** "De Standaard, 2023-11": who reported the figure, and when. */
export const sourceLabel = (cell) => cell.source ? [cell.source.label, cell.source.date].filter(Boolean).join(', ') : undefined;
/** The figure in bold, its detail and status, then its source (a link when the source has a URL). */
function tableCell(cell) {
    if (cell.empty)
        return raw(cell.text);
    const detail = cellDetail(cell);
    const label = sourceLabel(cell);
    const url = webUrlOrUndefined(cell.source?.url);
    const elements = [{ type: 'text', text: cell.text, style: { bold: true } }];
    if (detail)
        elements.push({ type: 'text', text: ` (${detail})`, style: { italic: true } });
    if (label) {
        elements.push({ type: 'text', text: ' — ' });
        elements.push(url ? { type: 'link', url, text: label } : { type: 'text', text: label });
    }
    return { type: 'rich_text', elements: [{ type: 'rich_text_section', elements }] };
}
const bold = (text) => ({
    type: 'rich_text',
    elements: [{ type: 'rich_text_section', elements: [{ type: 'text', text: text || ' ', style: { bold: true } }] }],
});
/**
 * The comparison as Slack's `table` block: a header row (corner + competitors), then one row per
 * metric. Columns beyond 20 and rows beyond 100 cannot be shown; `cutColumns`/`cutRows` say how many.
 */
export function renderTableBlock(table) {
    const maxColumns = SLACK_LIMITS.tableCells - 1;
    const maxRows = SLACK_LIMITS.tableRows - 1;
    const columns = table.columns.slice(0, maxColumns);
    const rows = table.rows.slice(0, maxRows);
    const header = [bold(table.corner), ...columns.map(bold)];
    const body = rows.map((row) => [
        raw(row.label),
        ...columns.map((_, i) => {
            const cell = row.cells[i];
            return cell ? tableCell(cell) : raw('no data');
        }),
    ]);
    return {
        block: { type: 'table', column_settings: [{ is_wrapped: true }], rows: [header, ...body] },
        cutColumns: table.columns.length - columns.length,
        cutRows: table.rows.length - rows.length,
    };
}
/** mrkdwn for one cell: "*$17.5B* _(US · 2023 · target)_ — <url|Reuters, 2023-11>". */
export function cellMrkdwn(cell) {
    if (cell.empty)
        return `_${escapeMrkdwn(cell.text)}_`;
    const detail = cellDetail(cell);
    const label = sourceLabel(cell);
    return [
        `*${escapeMrkdwn(cell.text)}*`,
        detail ? ` _(${escapeMrkdwn(detail)})_` : '',
        label ? ` — ${mrkdwnLink(label, cell.source?.url)}` : '',
    ].join('');
}
/**
 * The same comparison as sections with fields (one section per row, one field per competitor):
 * used for a second table in one message, since Slack allows a single `table` block per message.
 */
export function renderTableAsSections(table) {
    const perSection = SLACK_LIMITS.fieldsPerSection;
    return table.rows.flatMap((row) => {
        const fields = table.columns.map((column, i) => {
            const cell = row.cells[i];
            const value = cell ? cellMrkdwn(cell) : '_no data_';
            return { type: 'mrkdwn', text: cut(`*${escapeMrkdwn(column)}*\n${value}`, SLACK_LIMITS.fieldText) };
        });
        const sections = [];
        for (let i = 0; i < Math.max(fields.length, 1); i += perSection) {
            sections.push({
                type: 'section',
                text: { type: 'mrkdwn', text: cut(`*${escapeMrkdwn(row.label)}*`, SLACK_LIMITS.sectionText) },
                ...(fields.length ? { fields: fields.slice(i, i + perSection) } : {}),
            });
        }
        return sections;
    });
}
//# sourceMappingURL=render-table.js.map
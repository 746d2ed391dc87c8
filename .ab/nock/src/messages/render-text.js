import { channelText, withChannel } from './reply.js';
import { displayWidth, padEnd, wrap } from './text-width.js';
/** Narrower than this, a cell's words break mid-word: past that point a line may overflow instead. */
const MIN_COLUMN = 10;
/** A Reply as aligned plain text for the terminal, ending with a newline. */
export function renderText(reply, opts = {}) {
    const paint = opts.color ? (code, s) => (s ? `\u001b[${code}m${s}\u001b[0m` : s) : (_code, s) => s;
    const width = opts.maxColumnWidth ?? 32;
    const parts = reply.blocks.map((b) => renderBlock(b, paint, width, opts.lineWidth)).filter((s) => s.length > 0);
    return `${parts.join('\n\n')}\n`;
}
function renderBlock(block, paint, width, lineWidth) {
    switch (block.kind) {
        case 'heading':
            return `${paint('1', block.text)}\n${'='.repeat(Math.min(72, displayWidth(block.text)))}`;
        case 'text':
            return renderTextBlock(block);
        case 'table':
            return renderTable(block, paint, width, lineWidth);
        case 'facts':
            return renderFacts(block, paint);
        case 'context':
            return paint('2', block.text);
        case 'divider':
            return '-'.repeat(40);
        case 'image':
            return `[image: ${block.alt}] ${block.url}`;
    }
}
const LABEL_MAX = 24;
function renderTextBlock(block) {
    const text = block.channel ? withChannel(channelText(block.channel), block.text) : block.text;
    const lines = text ? [text] : [];
    const fields = block.fields ?? [];
    // Long labels (command usages) take their own line, so short ones still line up.
    const fits = (label) => displayWidth(label) <= LABEL_MAX;
    const labelWidth = Math.max(0, ...fields.filter((f) => fits(f.label)).map((f) => displayWidth(f.label)));
    for (const f of fields) {
        if (fits(f.label))
            lines.push(`  ${padEnd(f.label, labelWidth)}  ${f.value}`.trimEnd());
        else
            lines.push(`  ${f.label}`, `  ${' '.repeat(labelWidth)}  ${f.value}`);
    }
    return lines.join('\n');
}
const sourceText = (s, fallbackDate) => s ? [s.label, s.date ?? fallbackDate].filter(Boolean).join(', ') : '';
/** A cell's lines: value (with a marker for targets and estimates), detail, source. */
function cellLines(cell, width) {
    if (cell.empty)
        return [cell.text];
    return [cell.text, cell.detail ?? '', sourceText(cell.source)].filter(Boolean).flatMap((l) => wrap(l, width));
}
function renderTable(table, paint, maxWidth, lineWidth) {
    // On a terminal the label column takes at most a quarter of the line; longer labels wrap.
    const labelCap = lineWidth ? Math.min(maxWidth, Math.max(MIN_COLUMN, Math.floor(lineWidth / 4))) : maxWidth;
    const labelWidth = Math.min(labelCap, Math.max(displayWidth(table.corner), ...table.rows.map((r) => displayWidth(r.label))));
    const n = table.columns.length;
    // Each column gets an equal share of what the label column and the gaps leave of the line.
    const share = lineWidth ? Math.floor((lineWidth - 1 - labelWidth - 2 * n) / Math.max(1, n)) : maxWidth;
    const cellWidth = Math.max(MIN_COLUMN, Math.min(maxWidth, share));
    const cells = table.rows.map((r) => [wrap(r.label, labelWidth), ...r.cells.map((c) => cellLines(c, cellWidth))]);
    const header = [table.corner, ...table.columns];
    const widths = header.map((h, i) => Math.min(i === 0 ? labelWidth : cellWidth, Math.max(displayWidth(h), ...cells.flatMap((row) => (row[i] ?? []).map(displayWidth)))));
    const line = (values) => values
        .map((v, i) => padEnd(v, widths[i]))
        .join('  ')
        .trimEnd();
    const out = [];
    if (table.title)
        out.push(paint('1', table.title));
    out.push(paint('1', line(header.map((h, i) => wrap(h, widths[i])[0]))));
    out.push(widths.map((w) => '-'.repeat(w)).join('  '));
    table.rows.forEach((_row, r) => {
        const columns = cells[r];
        const height = Math.max(...columns.map((c) => c.length));
        if (r > 0)
            out.push('');
        for (let k = 0; k < height; k++) {
            const values = columns.map((c) => c[k] ?? '');
            const text = line(values);
            // The value line stands out; detail and source lines are quieter.
            out.push(k === 0 ? text : paint('2', text));
        }
    });
    return out.join('\n');
}
function factText(item) {
    const marks = [
        item.status && item.status !== 'actual' ? item.status : '',
        item.conflict ? 'conflicting reports' : '',
        item.sourceCount && item.sourceCount > 1 ? `${item.sourceCount} sources` : '',
    ].filter(Boolean);
    return `${item.text}${marks.length ? ` (${marks.join(', ')})` : ''}`;
}
function renderFacts(block, paint) {
    const out = [];
    if (block.title)
        out.push(paint('1', block.title));
    if (!block.items.length)
        out.push('  (none recorded yet)');
    for (const item of block.items) {
        out.push(`  - ${factText(item)}`);
        const source = sourceText(item.source, item.date) || (item.date ? item.date : '');
        const where = [source, item.source?.url].filter(Boolean).join(' · ');
        if (where)
            out.push(paint('2', `    ${where}`));
    }
    if (block.more)
        out.push(`  ${block.more}`);
    return out.join('\n');
}
//# sourceMappingURL=render-text.js.map
import { withChannel } from '../../messages/reply.js';
import { cut, escapeMrkdwn, mrkdwnChannel, mrkdwnLink, SLACK_LIMITS, webUrlOrUndefined } from './mrkdwn.js';
import { cellDetail, renderTableAsSections, renderTableBlock, sourceLabel } from './render-table.js';
const section = (text) => ({
    type: 'section',
    text: { type: 'mrkdwn', text: cut(text, SLACK_LIMITS.sectionText) },
});
const context = (text) => ({
    type: 'context',
    elements: [{ type: 'mrkdwn', text: cut(text, SLACK_LIMITS.sectionText) }],
});
const piece = (block, facts = 0) => ({ block, facts });
/**
 * Renders the neutral Reply as Block Kit within Slack's limits: at most 50 blocks (the rest
 * replaced by a note pointing to /facts), 3,000 characters per text, 150 per header.
 */
export function renderBlocks(reply) {
    const pointer = factsPointer(reply);
    let tableUsed = false;
    const pieces = reply.blocks.flatMap((block) => {
        if (block.kind === 'table' && !tableUsed) {
            tableUsed = true;
            return renderFirstTable(block, pointer);
        }
        return renderBlock(block);
    });
    const blocks = fitBlockLimit(pieces, pointer);
    return { text: fallbackText(reply), blocks: blocks.length ? blocks : [section(' ')] };
}
function renderBlock(block) {
    switch (block.kind) {
        case 'heading':
            return [
                piece({ type: 'header', text: { type: 'plain_text', text: cut(block.text || ' ', SLACK_LIMITS.header), emoji: true } }),
            ];
        case 'text':
            return renderText(block).map((b) => piece(b));
        case 'table':
            return [
                ...(block.title ? [piece(section(`*${escapeMrkdwn(block.title)}*`))] : []),
                ...renderTableAsSections(block).map((b) => piece(b, 1)),
            ];
        case 'facts':
            return renderFacts(block);
        case 'context':
            return [piece(context(escapeMrkdwn(block.text)))];
        case 'divider':
            return [piece({ type: 'divider' })];
        case 'image': {
            const url = webUrlOrUndefined(block.url);
            if (!url || url.length > SLACK_LIMITS.imageUrl)
                return [piece(context(escapeMrkdwn(block.alt)))];
            return [piece({ type: 'image', image_url: url, alt_text: cut(block.alt || 'chart', SLACK_LIMITS.altText) })];
        }
    }
}
function renderFirstTable(block, pointer) {
    const { block: table, cutColumns, cutRows } = renderTableBlock(block);
    const notes = [
        cutColumns ? `${cutColumns} more ${cutColumns === 1 ? 'column' : 'columns'}` : '',
        cutRows ? `${cutRows} more ${cutRows === 1 ? 'row' : 'rows'}` : '',
    ].filter(Boolean);
    const note = `${notes.join(' and ')} not shown (Slack tables hold 20 columns, 100 rows). See everything with ${escapeMrkdwn(pointer)}`;
    return [
        ...(block.title ? [piece(section(`*${escapeMrkdwn(block.title)}*`))] : []),
        piece(table, block.rows.length),
        ...(notes.length ? [piece(context(note))] : []),
    ];
}
function renderText(block) {
    const fields = (block.fields ?? []).map((f) => ({
        type: 'mrkdwn',
        text: cut(`*${escapeMrkdwn(f.label)}*\n${escapeMrkdwn(f.value)}`, SLACK_LIMITS.fieldText),
    }));
    const sections = [];
    if (block.text || block.channel || !fields.length)
        sections.push(section(paragraph(block) || ' '));
    for (let i = 0; i < fields.length; i += SLACK_LIMITS.fieldsPerSection) {
        sections.push({ type: 'section', fields: fields.slice(i, i + SLACK_LIMITS.fieldsPerSection) });
    }
    return sections;
}
/** The text of a text block as mrkdwn, led by its channel mention when it names one. */
const paragraph = (block) => block.channel ? withChannel(mrkdwnChannel(block.channel), escapeMrkdwn(block.text)) : escapeMrkdwn(block.text);
/** "_target_ · 2024-02-01 · <url|Reuters> · 3 sources · ⚠ conflicting values" */
export function factMeta(fact) {
    const parts = [];
    if (fact.status)
        parts.push(`_${fact.status}_`);
    const date = fact.date ?? fact.source?.date;
    if (date)
        parts.push(escapeMrkdwn(date));
    if (fact.source)
        parts.push(mrkdwnLink(fact.source.label, fact.source.url));
    if (fact.sourceCount && fact.sourceCount > 1)
        parts.push(`${fact.sourceCount} sources`);
    if (fact.conflict)
        parts.push('⚠ conflicting values');
    return parts.join(' · ');
}
function renderFacts(block) {
    return [
        ...(block.title ? [piece(section(`*${escapeMrkdwn(block.title)}*`))] : []),
        ...block.items.map((fact) => {
            const line = factMeta(fact);
            // Cut the fact text, never the links after it, so the markup stays whole.
            const room = SLACK_LIMITS.sectionText - line.length - 1;
            return piece(section(`${cut(escapeMrkdwn(fact.text), Math.max(room, 100))}${line ? `\n${line}` : ''}`), 1);
        }),
        ...(block.more ? [piece(context(escapeMrkdwn(block.more)))] : []),
    ];
}
/** The command that shows everything: the first "/facts …" a fact list suggests, else a generic hint. */
function factsPointer(reply) {
    for (const block of reply.blocks) {
        const match = block.kind === 'facts' ? block.more?.match(/\/facts\b[^\n]*/) : null;
        if (match)
            return match[0].trim();
    }
    return '/facts <competitor>';
}
function fitBlockLimit(pieces, pointer) {
    if (pieces.length <= SLACK_LIMITS.blocks)
        return pieces.map((p) => p.block);
    const kept = pieces.slice(0, SLACK_LIMITS.blocks - 1);
    const droppedFacts = pieces.slice(kept.length).reduce((n, p) => n + p.facts, 0);
    const what = droppedFacts ? `${droppedFacts} more ${droppedFacts === 1 ? 'fact' : 'facts'}` : 'The rest of this answer';
    const note = `${what} not shown (Slack shows at most ${SLACK_LIMITS.blocks} blocks). See everything with ${escapeMrkdwn(pointer)}`;
    return [...kept.map((p) => p.block), context(note)];
}
/** Plain text for notifications and screen readers: the gist of every block, cut to Slack's advice. */
export function fallbackText(reply) {
    // Escaped line by line: a channel mention is markup that must stay whole.
    const text = reply.blocks
        .flatMap((block) => block.kind === 'text' && block.channel
        ? [paragraph(block), ...blockLines({ ...block, text: '' }).map(escapeMrkdwn)]
        : blockLines(block).map(escapeMrkdwn))
        .filter((l) => l.trim())
        .join('\n');
    return cut(text || 'rivalwatch', SLACK_LIMITS.fallbackText);
}
function blockLines(block) {
    switch (block.kind) {
        case 'heading':
        case 'context':
            return [block.text];
        case 'text':
            return [block.text, ...(block.fields ?? []).map((f) => `${f.label}: ${f.value}`)].filter(Boolean);
        case 'table':
            return [
                ...(block.title ? [block.title] : []),
                ...block.rows.map((row) => {
                    const cells = block.columns.map((c, i) => {
                        const cell = row.cells[i];
                        const detail = cell ? cellDetail(cell) : '';
                        const source = cell ? sourceLabel(cell) : undefined;
                        return `${c} ${cell?.text ?? 'no data'}${detail ? ` (${detail})` : ''}${source ? ` [${source}]` : ''}`;
                    });
                    return `${row.label}: ${cells.join('; ')}`;
                }),
            ];
        case 'facts':
            return [...(block.title ? [block.title] : []), ...block.items.map((f) => `• ${f.text}`), ...(block.more ? [block.more] : [])];
        case 'image':
            return [block.alt];
        case 'divider':
            return [];
    }
}
//# sourceMappingURL=render-blocks.js.map
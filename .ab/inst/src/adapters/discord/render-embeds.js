import { channelText, withChannel, } from '../../messages/reply.js';
import { DISCORD_LIMITS, fitDiscordLimits } from './fit-limits.js';
/** Embed side-bar colours: Discord's blurple for answers, yellow for "check your input", red for refusals and failures. */
const COLOR = {
    ok: 0x5865f2,
    usage: 0xfee75c,
    not_found: 0xfee75c,
    refused: 0xed4245,
    error: 0xed4245,
};
const emptyDraft = () => ({ lines: [], fields: [], footer: [] });
const isEmpty = (d) => !d.title && !d.lines.length && !d.fields.length && !d.footer.length && !d.image;
/**
 * Renders the neutral Reply as Discord embeds: a heading opens an embed, text and fact lists fill
 * its description, a comparison table becomes one inline field per competitor, context lines and
 * as-of dates go to the footer, a divider closes the embed. Discord's limits are enforced last.
 */
export function renderEmbeds(reply) {
    const drafts = [emptyDraft()];
    const current = () => drafts[drafts.length - 1];
    const open = () => {
        if (!isEmpty(current()))
            drafts.push(emptyDraft());
        return current();
    };
    // Discord shows fields below the description, so prose after fields needs an embed of its own.
    const forProse = () => (current().fields.length || current().image ? open() : current());
    // A titled table or list after other content gets its own embed: its title and its as-of footer
    // then belong to it alone.
    const startsSection = (title) => Boolean(title) && (current().lines.length > 0 || current().fields.length > 0);
    for (const block of reply.blocks)
        addBlock(block);
    function addBlock(block) {
        switch (block.kind) {
            case 'heading':
                open().title = block.text;
                return;
            case 'text':
                addText(forProse(), block);
                return;
            case 'table':
                addTable(current().fields.length || startsSection(block.title) ? open() : current(), block);
                return;
            case 'facts':
                addFacts(startsSection(block.title) ? open() : forProse(), block);
                return;
            case 'context':
                current().footer.push(block.text);
                return;
            case 'divider':
                drafts.push(emptyDraft());
                return;
            case 'image': {
                const target = current().image ? open() : current();
                target.image = block.url;
                if (block.alt)
                    target.footer.push(block.alt);
                return;
            }
        }
    }
    const color = COLOR[reply.status];
    const embeds = drafts.filter((d) => !isEmpty(d)).map((d) => toEmbed(d, color));
    return fitDiscordLimits(embeds.length ? { embeds } : { content: 'Nothing to show.', embeds: [] });
}
function addText(draft, block) {
    if (block.channel)
        draft.lines.push(withChannel(channelMention(block.channel), block.text));
    else if (block.text)
        draft.lines.push(block.text);
    for (const f of block.fields ?? [])
        draft.fields.push({ name: f.label, value: f.value || '—', inline: true });
}
/** A Discord channel as a clickable mention (`<#id>`, shown by name); a channel of another platform as text. */
const channelMention = (ref) => ref.platform === 'discord' && /^\d{15,21}$/.test(ref.id) ? `<#${ref.id}>` : channelText(ref);
function addTable(draft, table) {
    if (table.title) {
        if (!draft.title)
            draft.title = table.title;
        else
            draft.lines.push(`**${table.title}**`);
    }
    const asOf = [];
    const byColumn = table.columns.map((column, i) => {
        const lines = table.rows.map((row) => `**${row.label}**: ${cellText(row.cells[i])}`);
        const latest = latestDate(table.rows.map((row) => row.cells[i]?.source?.date));
        if (latest)
            asOf.push(`${column} ${latest}`);
        return { name: column, value: lines.join('\n') || '—', inline: true };
    });
    // A long list (sources) would be cut in every column; a field per row shows every row whole,
    // when there are few enough rows for one embed's fields.
    const fits = byColumn.every((f) => f.value.length <= DISCORD_LIMITS.fieldValue);
    const rowWise = !fits && table.rows.length <= DISCORD_LIMITS.fields;
    draft.fields.push(...(rowWise ? table.rows.map((row) => rowField(table.columns, row)) : byColumn));
    if (asOf.length)
        draft.footer.push(`As of: ${asOf.join(' · ')}`);
}
function rowField(columns, row) {
    const lines = columns.map((column, i) => `**${column}**: ${cellText(row.cells[i])}`);
    return { name: row.label, value: lines.join('\n') || '—', inline: true };
}
function cellText(cell) {
    if (!cell || cell.empty)
        return `_${cell?.text || 'no data'}_`;
    const parts = [cell.text];
    if (cell.detail)
        parts.push(`(${cell.detail})`);
    if (cell.status && cell.status !== 'actual' && !cell.detail?.includes(cell.status))
        parts.push(`_${cell.status}_`);
    const link = cell.source ? sourceLink(cell.source, false) : '';
    return link ? `${parts.join(' ')} · ${link}` : parts.join(' ');
}
function addFacts(draft, list) {
    if (list.title) {
        if (!draft.title)
            draft.title = list.title;
        else
            draft.lines.push(`**${list.title}**`);
    }
    draft.lines.push(list.items.map(factLine).join('\n') || '_No facts._');
    if (list.more)
        draft.lines.push(`_${list.more}_`);
    const latest = latestDate(list.items.map((i) => i.date ?? i.source?.date));
    if (latest)
        draft.footer.push(`As of ${latest}`);
}
function factLine(item) {
    let line = `• ${item.text}`;
    if (item.status && item.status !== 'actual')
        line += ` _${item.status}_`;
    if (item.conflict)
        line += ' ⚠️ sources disagree';
    const tail = [];
    if (item.source)
        tail.push(sourceLink(item.source, !item.date));
    if (item.date)
        tail.push(item.date);
    if (item.sourceCount && item.sourceCount > 1)
        tail.push(`${item.sourceCount} sources`);
    return tail.length ? `${line} — ${tail.join(', ')}` : line;
}
/** A markdown link (Discord renders them in descriptions and field values, not in titles or names). */
function sourceLink(source, withDate) {
    const label = source.label.replace(/[[\]]/g, '');
    const text = source.url ? `[${label}](${source.url.replace(/\)/g, '%29').replace(/\s/g, '%20')})` : label;
    return withDate && source.date ? `${text} ${source.date}` : text;
}
function latestDate(dates) {
    return dates.filter((d) => Boolean(d)).sort((a, b) => b.localeCompare(a))[0]?.slice(0, 10);
}
function toEmbed(draft, color) {
    const embed = { color };
    if (draft.title)
        embed.title = draft.title;
    if (draft.lines.length)
        embed.description = draft.lines.join('\n\n');
    if (draft.fields.length)
        embed.fields = draft.fields;
    if (draft.image)
        embed.image = { url: draft.image };
    if (draft.footer.length)
        embed.footer = { text: draft.footer.join(' · ') };
    return embed;
}
//# sourceMappingURL=render-embeds.js.map
/** Discord's published message limits (characters unless said otherwise). */
export const DISCORD_LIMITS = {
    embeds: 10,
    fields: 25,
    title: 256,
    description: 4096,
    fieldName: 256,
    fieldValue: 1024,
    footer: 2048,
    /** Sum of titles, descriptions, field names and values, footers and authors of all embeds. */
    total: 6000,
    content: 2000,
};
export const CUT_NOTE = '… cut to fit Discord; see /facts for the full list';
const MESSAGE_NOTE = 'Part of this answer was cut to fit Discord’s limits; /facts lists everything.';
/**
 * Makes a message acceptable to Discord without losing the fact that something was cut: every
 * truncated text says so and points to /facts, and the message content says so when whole
 * embeds or fields had to go.
 */
export function fitDiscordLimits(message) {
    let dropped = false;
    let embeds = message.embeds.map(fitEmbed);
    if (embeds.length > DISCORD_LIMITS.embeds) {
        embeds = embeds.slice(0, DISCORD_LIMITS.embeds);
        dropped = true;
    }
    while (totalLength(embeds) > DISCORD_LIMITS.total) {
        dropped = true;
        shrinkLast(embeds, totalLength(embeds) - DISCORD_LIMITS.total);
    }
    const content = [message.content, dropped ? MESSAGE_NOTE : undefined].filter(Boolean).join('\n');
    return content ? { content: cut(content, DISCORD_LIMITS.content, '…'), embeds } : { embeds };
}
function fitEmbed(embed) {
    const out = { ...embed };
    if (out.title)
        out.title = cut(out.title, DISCORD_LIMITS.title, '…');
    if (out.description)
        out.description = cut(out.description, DISCORD_LIMITS.description, `\n${CUT_NOTE}`);
    if (out.footer)
        out.footer = { ...out.footer, text: cut(out.footer.text, DISCORD_LIMITS.footer, '…') };
    if (out.fields)
        out.fields = fitFields(out.fields);
    return out;
}
function fitFields(fields) {
    const fitted = fields.map((f) => ({
        ...f,
        name: cut(f.name.trim() ? f.name : '—', DISCORD_LIMITS.fieldName, '…'),
        value: cut(f.value.trim() ? f.value : '—', DISCORD_LIMITS.fieldValue, `\n${CUT_NOTE}`),
    }));
    if (fitted.length <= DISCORD_LIMITS.fields)
        return fitted;
    const kept = fitted.slice(0, DISCORD_LIMITS.fields - 1);
    const hidden = fitted.length - kept.length;
    return [...kept, { name: `${hidden} more not shown`, value: 'See /facts for the full list.', inline: false }];
}
/** Removes about `over` characters from the end of the message: fields first, then text, then whole embeds. */
function shrinkLast(embeds, over) {
    const last = embeds[embeds.length - 1];
    if (last.fields?.length) {
        last.fields = last.fields.slice(0, -1);
        if (!last.fields.length)
            delete last.fields;
        return;
    }
    const room = (last.description?.length ?? 0) - over;
    if (last.description && room >= CUT_NOTE.length + 40) {
        last.description = cut(last.description, room, `\n${CUT_NOTE}`);
        return;
    }
    if (embeds.length > 1) {
        embeds.pop();
        return;
    }
    // One embed with no fields and too little description left: shorten the footer, then the rest.
    if (last.footer && last.footer.text.length > over) {
        last.footer = { ...last.footer, text: cut(last.footer.text, last.footer.text.length - over, '…') };
        return;
    }
    delete last.footer;
    if (last.description)
        last.description = cut(last.description, Math.max(1, room), '…');
}
export function totalLength(embeds) {
    let n = 0;
    for (const e of embeds) {
        n += (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0);
        n += e.author?.name.length ?? 0;
        for (const f of e.fields ?? [])
            n += f.name.length + f.value.length;
    }
    return n;
}
/** Cuts `text` to at most `max` characters ending with `note`, at a line break when one is near. */
export function cut(text, max, note) {
    if (text.length <= max)
        return text;
    if (note.length >= max)
        return text.slice(0, max);
    const budget = max - note.length;
    const lineEnd = text.lastIndexOf('\n', budget);
    const end = lineEnd > budget / 2 ? lineEnd : budget;
    return text.slice(0, end).trimEnd() + note;
}
//# sourceMappingURL=fit-limits.js.map
import { listing } from './labels.js';
import { notFound } from './reply.js';
/** "No competitor called "amazzon". Did you mean Amazon?" with the known names as a hint. */
export function unknownCompetitorReply(unknown, known) {
    if (!known.length) {
        // Nothing to suggest and an empty "Known competitors:" would read like a bug.
        return notFound('No competitors are configured yet, so there is nothing to look up.', 'This database was most likely started with SEED=false. Start rivalwatch once with SEED=true (the default) to add the competitors, their aliases, feeds and baseline facts.');
    }
    const lines = unknown.flatMap((u) => u.found
        ? []
        : [
            `No competitor called "${u.typed.slice(0, 60)}".${u.suggestions.length ? ` Did you mean ${listing(u.suggestions.map((c) => c.name), 'or')}?` : ''}`,
        ]);
    return notFound(lines.slice(0, 5).join('\n'), `Known competitors: ${known.map((c) => `${c.name} (${c.id})`).join(', ')}`);
}
//# sourceMappingURL=unknown-competitor.js.map
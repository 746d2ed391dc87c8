import type { Competitor } from '../domain/competitors.js';
import type { Resolution } from '../domain/resolve-competitor.js';
import { listing } from './labels.js';
import { notFound, type Reply } from './reply.js';

/** "No competitor called "amazzon". Did you mean Amazon?" with the known names as a hint. */
export function unknownCompetitorReply(unknown: Resolution[], known: Competitor[]): Reply {
  const lines = unknown.flatMap((u) =>
    u.found
      ? []
      : [
          `No competitor called "${u.typed.slice(0, 60)}".${
            u.suggestions.length ? ` Did you mean ${listing(u.suggestions.map((c) => c.name), 'or')}?` : ''
          }`,
        ],
  );
  return notFound(lines.slice(0, 5).join('\n'), `Known competitors: ${known.map((c) => `${c.name} (${c.id})`).join(', ')}`);
}

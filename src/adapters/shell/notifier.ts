import type { Notifier } from '../../alerts/notifier.js';
import type { Block, Reply } from '../../messages/reply.js';

/**
 * The terminal's notifier: prints each alert or digest as plain text to the stream it was given.
 * A stream that is gone is a permanent failure (nothing later can print there).
 */
export function shellNotifier(out: NodeJS.WritableStream): Notifier {
  return {
    platform: 'shell',
    async send(to, message) {
      if ((out as { destroyed?: boolean }).destroyed) return { ok: false, permanent: true, reason: 'output stream closed' };
      const text = `── #${to.channel} ──\n${plainText(message)}\n`;
      return new Promise((resolve) => {
        out.write(text, (err) => resolve(err ? { ok: false, permanent: false, reason: err.message } : { ok: true }));
      });
    },
  };
}

// A small plain rendering until src/messages/render-text.ts (the core's aligned renderer) is merged.
export function plainText(r: Reply): string {
  return r.blocks.map(block).filter(Boolean).join('\n');
}

function block(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return `== ${b.text} ==`;
    case 'text':
      return [b.text, ...(b.fields ?? []).map((f) => `  ${f.label}: ${f.value}`)].join('\n');
    case 'context':
      return `  (${b.text})`;
    case 'divider':
      return '----';
    case 'image':
      return `[image: ${b.alt}] ${b.url}`;
    case 'table':
      return [
        b.title ?? '',
        [b.corner, ...b.columns].join(' | '),
        ...b.rows.map((r) => [r.label, ...r.cells.map((c) => c.text)].join(' | ')),
      ]
        .filter(Boolean)
        .join('\n');
    case 'facts':
      return [
        ...(b.title ? [`${b.title}:`] : []),
        ...b.items.map((f) => {
          const marks = [f.status && f.status !== 'actual' ? f.status : '', f.conflict ? 'CONFLICT' : '', f.sourceCount && f.sourceCount > 1 ? `${f.sourceCount} sources` : '']
            .filter(Boolean)
            .join(', ');
          const src = f.source ? ` — ${f.source.label}${f.source.date ? ` ${f.source.date}` : ''}${f.source.url ? ` <${f.source.url}>` : ''}` : '';
          return `• ${f.text}${marks ? ` [${marks}]` : ''}${src}`;
        }),
        ...(b.more ? [`  ${b.more}`] : []),
      ].join('\n');
  }
}

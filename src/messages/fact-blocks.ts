import type { FactWithSource } from '../domain/fact-queries.js';
import { formatValue } from '../domain/format-value.js';
import type { Cell, FactLine, FactStatus, SourceRef } from './reply.js';

const asStatus = (s: string): FactStatus | undefined =>
  s === 'actual' || s === 'target' || s === 'estimate' ? s : undefined;

export function sourceRef(f: FactWithSource): SourceRef | undefined {
  if (!f.source) return undefined;
  return {
    label: f.source.publisher,
    ...(f.source.url ? { url: f.source.url } : {}),
    ...(f.source.published_at ? { date: f.source.published_at.slice(0, 10) } : {}),
  };
}

/** One table cell: the value with its unit, then "market · period · status". */
export function factCell(f: FactWithSource | undefined): Cell {
  if (!f) return { text: 'no data', empty: true };
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
export function factLine(f: FactWithSource, opts: { prefix?: string } = {}): FactLine {
  const source = sourceRef(f);
  const status = asStatus(f.status);
  const label = f.name.replace('_', ' ');
  const figure = f.type === 'metric' ? `${formatValue(f.value, f.unit)} ${label}` : f.name;
  const where = [f.market, f.period].filter(Boolean).join(', ');
  const tag = `${figure}${where ? ` · ${where}` : ''}`;
  // A summary written by a person (seeds) reads well; one generated from the figure ("users 22M
  // (FR, 2024-H1)") would only repeat the tag, so the sentence it was read from is shown instead.
  const generated = f.summary.startsWith(`${label} `);
  const quote = f.source?.quote ? shorten(f.source.quote.replace(/\s+/g, ' ').trim(), QUOTE_MAX) : '';
  const text = generated ? (quote ? `${tag} — “${quote}”` : tag) : `${f.summary} [${tag}]`;
  return {
    text: `${opts.prefix ?? ''}${text}`,
    ...(status ? { status } : {}),
    ...(f.as_of ? { date: f.as_of.slice(0, 10) } : {}),
    ...(source ? { source } : {}),
    ...(f.source_count > 1 ? { sourceCount: f.source_count } : {}),
    ...(f.conflict_with !== null ? { conflict: true } : {}),
  };
}

const QUOTE_MAX = 220;

/** Cuts at a word boundary with an ellipsis. */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

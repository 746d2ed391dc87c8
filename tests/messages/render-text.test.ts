import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/messages/render-text.js';
import { type Block, reply } from '../../src/messages/reply.js';

const one = (block: Block) => renderText(reply([block]));

describe('plain-text renderer (golden)', () => {
  it('text renderer: heading is underlined', () => {
    expect(one({ kind: 'heading', text: 'TikTok Shop vs Amazon' })).toBe('TikTok Shop vs Amazon\n=====================\n');
  });

  it('text renderer: text with fields aligns the labels, long labels take their own line', () => {
    expect(
      one({
        kind: 'text',
        text: 'Profile',
        fields: [
          { label: 'Parent', value: 'ByteDance' },
          { label: 'Headquarters', value: 'Singapore' },
          { label: '/facts <competitor> [metric|event]', value: 'Facts, newest first.' },
        ],
      }),
    ).toBe(
      [
        'Profile',
        '  Parent        ByteDance',
        '  Headquarters  Singapore',
        '  /facts <competitor> [metric|event]',
        '                Facts, newest first.',
        '',
      ].join('\n'),
    );
  });

  it('text renderer: table aligns value, detail and source lines in columns; empty cells say "no data"', () => {
    const out = one({
      kind: 'table',
      title: 'Latest figures',
      corner: 'Metric',
      columns: ['TikTok Shop', 'Amazon'],
      rows: [
        {
          label: 'Revenue',
          cells: [
            { text: 'no data', empty: true },
            { text: '$574.8B', detail: 'GLOBAL · 2023 · actual', status: 'actual', source: { label: 'Amazon results', date: '2024-02-01' } },
          ],
        },
        {
          label: 'GMV',
          cells: [
            { text: '$17.5B', detail: 'US · 2023 · target', status: 'target', source: { label: 'De Standaard', date: '2023-11' } },
            { text: 'no data', empty: true },
          ],
        },
      ],
    });
    expect(out).toBe(
      [
        'Latest figures',
        'Metric   TikTok Shop            Amazon',
        '-------  ---------------------  --------------------------',
        'Revenue  no data                $574.8B',
        '                                GLOBAL · 2023 · actual',
        '                                Amazon results, 2024-02-01',
        '',
        'GMV      $17.5B                 no data',
        '         US · 2023 · target',
        '         De Standaard, 2023-11',
        '',
      ].join('\n'),
    );
  });

  it('text renderer: long cell text wraps inside its column', () => {
    const out = renderText(
      reply([{ kind: 'table', corner: 'M', columns: ['A'], rows: [{ label: 'x', cells: [{ text: 'one two three four five' }] }] }]),
      { maxColumnWidth: 10 },
    );
    expect(out).toBe(['M  A', '-  ----------', 'x  one two', '   three four', '   five', ''].join('\n'));
  });

  it('text renderer: on a terminal of a given width, table columns narrow so every row fits', () => {
    const cell = { text: '$574.8B', detail: 'GLOBAL · 2023 · actual', source: { label: 'Amazon results', date: '2024-02-01' } };
    const table: Block = {
      kind: 'table',
      corner: 'Metric',
      columns: ['Amazon', 'Temu', 'Shein'],
      rows: [{ label: 'Revenue', cells: [cell, cell, { text: 'no data', empty: true }] }],
    };
    const wide = renderText(reply([table]));
    expect(Math.max(...wide.split('\n').map((l) => l.length))).toBeGreaterThan(60);
    expect(renderText(reply([table]), { lineWidth: 60 })).toBe(
      [
        'Metric   Amazon           Temu             Shein',
        '-------  ---------------  ---------------  -------',
        'Revenue  $574.8B          $574.8B          no data',
        '         GLOBAL · 2023 ·  GLOBAL · 2023 ·',
        '         actual           actual',
        '         Amazon results,  Amazon results,',
        '         2024-02-01       2024-02-01',
        '',
      ].join('\n'),
    );
  });

  it('text renderer: a row label longer than a column wraps instead of pushing the row out of line', () => {
    const out = renderText(
      reply([{ kind: 'table', corner: 'M', columns: ['A'], rows: [{ label: 'Market share · GLOBAL', cells: [{ text: '5%' }] }] }]),
      { maxColumnWidth: 14 },
    );
    expect(out).toBe(['M               A', '--------------  --', 'Market share ·  5%', 'GLOBAL', ''].join('\n'));
  });

  it('text renderer: fact list shows status, conflicts, source count, source with date and link, and the "more" hint', () => {
    expect(
      one({
        kind: 'facts',
        title: 'Recent events',
        items: [
          { text: 'Launched in the US', date: '2023-11-02', source: { label: 'De Standaard', date: '2023-11' } },
          { text: 'Aims at $17.5B', status: 'target', conflict: true, sourceCount: 2, source: { label: 'WSJ', url: 'https://wsj.example/a' } },
          { text: 'No source at all', date: '2024-01-01' },
        ],
        more: '4 more: /facts tiktok-shop page 2',
      }),
    ).toBe(
      [
        'Recent events',
        '  - Launched in the US',
        '    De Standaard, 2023-11',
        '  - Aims at $17.5B (target, conflicting reports, 2 sources)',
        '    WSJ · https://wsj.example/a',
        '  - No source at all',
        '    2024-01-01',
        '  4 more: /facts tiktok-shop page 2',
        '',
      ].join('\n'),
    );
  });

  it('text renderer: an empty fact list says none are recorded', () => {
    expect(one({ kind: 'facts', title: 'Last events', items: [] })).toBe('Last events\n  (none recorded yet)\n');
  });

  it('text renderer: context, divider and image', () => {
    expect(
      renderText(
        reply([
          { kind: 'context', text: 'Each cell is the latest figure.' },
          { kind: 'divider' },
          { kind: 'image', url: 'https://example.test/chart.png', alt: 'GMV chart' },
        ]),
      ),
    ).toBe(['Each cell is the latest figure.', '', '-'.repeat(40), '', '[image: GMV chart] https://example.test/chart.png', ''].join('\n'));
  });

  it('text renderer: colours only when asked', () => {
    const block: Block = { kind: 'heading', text: 'Temu' };
    expect(renderText(reply([block]))).not.toContain('\u001b[');
    expect(renderText(reply([block]), { color: true })).toBe('\u001b[1mTemu\u001b[0m\n====\n');
  });

  it('text renderer: wide characters (CJK, emoji) keep columns aligned', () => {
    const out = one({ kind: 'table', corner: 'M', columns: ['拼多多', 'B'], rows: [{ label: 'x', cells: [{ text: '🛍️' }, { text: 'b' }] }] });
    expect(out).toBe(['M  拼多多  B', '-  ------  -', 'x  🛍️      b', ''].join('\n'));
  });
});

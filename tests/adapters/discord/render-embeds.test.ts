import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CUT_NOTE, DISCORD_LIMITS, fitDiscordLimits, totalLength } from '../../../src/adapters/discord/fit-limits.js';
import { type DiscordMessage, renderEmbeds } from '../../../src/adapters/discord/render-embeds.js';
import { type Block, type Reply, reply, usage } from '../../../src/messages/reply.js';

const golden = (name: string) => `./golden/${name}.json`;
const json = (m: DiscordMessage) => `${JSON.stringify(m, null, 2)}\n`;

/** Every limit Discord enforces on a message, checked on each rendered answer. */
function expectWithinLimits(m: DiscordMessage): void {
  expect(m.embeds.length).toBeLessThanOrEqual(DISCORD_LIMITS.embeds);
  expect(m.content?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.content);
  expect(m.embeds.length + (m.content ? 1 : 0)).toBeGreaterThan(0);
  expect(totalLength(m.embeds)).toBeLessThanOrEqual(DISCORD_LIMITS.total);
  for (const e of m.embeds) {
    expect(e.title?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.title);
    expect(e.description?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.description);
    expect(e.footer?.text.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.footer);
    expect(e.fields?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.fields);
    for (const f of e.fields ?? []) {
      expect(f.name.length).toBeGreaterThan(0);
      expect(f.value.length).toBeGreaterThan(0);
      expect(f.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldName);
      expect(f.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue);
    }
  }
}

const comparison: Block = {
  kind: 'table',
  title: 'Key figures',
  corner: 'Metric',
  columns: ['TikTok Shop', 'Amazon'],
  rows: [
    {
      label: 'GMV',
      cells: [
        { text: '$17.5B', detail: 'GLOBAL · 2023', source: { label: 'Reuters', url: 'https://example.com/gmv', date: '2024-01-15' } },
        { text: '$700B', detail: 'GLOBAL · 2023', status: 'estimate', source: { label: 'Marketplace Pulse', date: '2024-02-02' } },
      ],
    },
    {
      label: 'Sellers',
      cells: [
        { text: '500K', detail: 'US · 2024 · target', status: 'target', source: { label: 'The [Verge]', url: 'https://example.com/a_(b)' } },
        { text: 'no data', empty: true },
      ],
    },
  ],
};

const facts: Block = {
  kind: 'facts',
  title: 'Latest facts',
  items: [
    {
      text: 'TikTok Shop: 5M new customers (US, 2023-09/2023-11)',
      date: '2023-12-01',
      source: { label: 'Reuters', url: 'https://example.com/5m' },
      sourceCount: 2,
    },
    { text: 'Temu: exit from Vietnam', status: 'actual', source: { label: 'VnExpress', date: '2023-11-20' } },
    { text: 'Shein: revenue $45B (2024)', status: 'target', conflict: true },
  ],
  more: '12 more: /facts tiktok metric',
};

const cases: Record<string, Reply> = {
  'heading-text-fields': reply([
    { kind: 'heading', text: 'TikTok Shop' },
    { kind: 'text', text: 'Social commerce inside TikTok.', fields: [{ label: 'Parent', value: 'ByteDance' }, { label: 'Markets', value: 'US, GB, SEA' }] },
  ]),
  comparison: reply([{ kind: 'heading', text: 'TikTok Shop vs Amazon' }, comparison, { kind: 'context', text: 'Figures are the latest reported per market.' }]),
  'fact-list': reply([{ kind: 'heading', text: 'TikTok Shop' }, facts]),
  'divider-and-image': reply([
    { kind: 'heading', text: 'Daily digest' },
    { kind: 'text', text: 'Three new facts since yesterday.' },
    { kind: 'divider' },
    { kind: 'text', text: 'GMV over time' },
    { kind: 'image', url: 'https://example.com/chart.png', alt: 'GMV chart, 2021–2024' },
  ]),
  'text-after-table-opens-embed': reply([comparison, { kind: 'text', text: 'Prose after a table.' }]),
  'titled-sections-get-own-embeds': reply([
    { kind: 'heading', text: 'TikTok Shop vs Amazon' },
    comparison,
    { kind: 'facts', title: 'TikTok Shop: recent events', items: [{ text: 'Launch in the US', date: '2023-09' }] },
    { kind: 'facts', title: 'Amazon: recent events', items: [{ text: 'Amazon Haul launched', date: '2024-11' }] },
  ]),
  'usage-status': usage('Name two competitors.', 'Usage: /compare <competitor> <competitor>'),
  empty: reply([]),
};

describe('discord embed renderer: golden output for every block type', () => {
  for (const [name, r] of Object.entries(cases)) {
    it(`render: ${name}`, async () => {
      const rendered = renderEmbeds(r);
      expectWithinLimits(rendered);
      await expect(json(rendered)).toMatchFileSnapshot(golden(name));
    });
  }

  it('render: a comparison shows one inline field per competitor with as-of dates in the footer', () => {
    const [embed] = renderEmbeds(cases['comparison']!).embeds;
    expect(embed!.fields!.map((f) => [f.name, f.inline])).toEqual([
      ['TikTok Shop', true],
      ['Amazon', true],
    ]);
    expect(embed!.fields![0]!.value).toContain('[Reuters](https://example.com/gmv)');
    expect(embed!.footer!.text).toContain('As of: TikTok Shop 2024-01-15 · Amazon 2024-02-02');
  });
});

const long = (n: number, line = 'x'.repeat(59)) => Array.from({ length: Math.ceil(n / 60) }, () => line).join('\n').slice(0, n);

describe('discord embed renderer: limits', () => {
  it('limit: a title over 256 characters is cut with an ellipsis', async () => {
    const m = renderEmbeds(reply([{ kind: 'heading', text: 'T'.repeat(300) }]));
    expect(m.embeds[0]!.title).toHaveLength(256);
    expectWithinLimits(m);
    await expect(json(m)).toMatchFileSnapshot(golden('limit-title'));
  });

  it('limit: a description over 4096 characters ends with a note pointing to /facts', async () => {
    const m = renderEmbeds(reply([{ kind: 'text', text: long(5000) }]));
    expect(m.embeds[0]!.description!.endsWith(CUT_NOTE)).toBe(true);
    expectWithinLimits(m);
    await expect(json(m)).toMatchFileSnapshot(golden('limit-description'));
  });

  it('limit: a competitor column over 1024 characters is cut at a line with a /facts note', async () => {
    const rows = Array.from({ length: 40 }, (_, i) => ({ label: `Metric ${i}`, cells: [{ text: `${i}M`, detail: 'US · 2023 · a long detail' }] }));
    const m = renderEmbeds(reply([{ kind: 'table', corner: 'Metric', columns: ['N'.repeat(300)], rows }]));
    const field = m.embeds[0]!.fields![0]!;
    expect(field.value.endsWith(CUT_NOTE)).toBe(true);
    expect(field.value).toContain('**Metric 0**');
    expect(field.name).toHaveLength(256);
    expect(field.value.length).toBeLessThanOrEqual(1024);
    expect(field.value.length).toBeGreaterThan(900); // cut near the limit, not far before it
    expectWithinLimits(m);
    await expect(json(m)).toMatchFileSnapshot(golden('limit-field-value'));
  });

  it('limit: a list too long for its columns (sources) gets a field per row, every row whole', async () => {
    const columns = ['Health', 'Last success', 'Last error', 'Items', 'Facts', 'Next try'];
    const rows = Array.from({ length: 22 }, (_, i) => ({
      label: `#${i + 1} Google News (en): Competitor number ${i + 1}`,
      cells: [{ text: 'ok' }, { text: '2024-03-01 08:00' }, { text: '—', empty: true }, { text: '12' }, { text: '3' }, { text: '2024-03-01 08:30' }],
    }));
    const m = renderEmbeds(reply([{ kind: 'heading', text: 'Sources (22)' }, { kind: 'table', corner: 'Source', columns, rows }]));
    const fields = m.embeds[0]!.fields!;
    expect(fields.map((f) => f.name)).toEqual(rows.map((r) => r.label));
    expect(fields[21]!.value).toBe('**Health**: ok\n**Last success**: 2024-03-01 08:00\n**Last error**: _—_\n**Items**: 12\n**Facts**: 3\n**Next try**: 2024-03-01 08:30');
    expect(JSON.stringify(m)).not.toContain(CUT_NOTE);
    expect(m.content).toBeUndefined();
    expectWithinLimits(m);
    await expect(json(m)).toMatchFileSnapshot(golden('long-list-by-row'));
  });

  it('limit: more than 25 fields keeps 24 and says how many more', async () => {
    const fields = Array.from({ length: 30 }, (_, i) => ({ label: `F${i}`, value: `v${i}` }));
    const m = renderEmbeds(reply([{ kind: 'text', text: 'Many', fields }]));
    const shown = m.embeds[0]!.fields!;
    expect(shown).toHaveLength(25);
    expect(shown[24]).toEqual({ name: '6 more not shown', value: 'See /facts for the full list.', inline: false });
    expectWithinLimits(m);
    await expect(json(m)).toMatchFileSnapshot(golden('limit-fields'));
  });

  it('limit: more than 10 embeds keeps 10 and the content says the answer was cut', async () => {
    const blocks: Block[] = Array.from({ length: 14 }, (_, i) => ({ kind: 'heading', text: `Part ${i}` }));
    const m = renderEmbeds(reply(blocks));
    expect(m.embeds).toHaveLength(10);
    expect(m.embeds[9]!.title).toBe('Part 9');
    expect(m.content).toMatch(/cut to fit.*\/facts/);
    expectWithinLimits(m);
    await expect(json(m)).toMatchFileSnapshot(golden('limit-embeds'));
  });

  it('limit: more than 6000 characters in all drops from the end and keeps the start intact', async () => {
    const blocks: Block[] = Array.from({ length: 4 }, (_, i) => [
      { kind: 'heading', text: `Section ${i}` } as const,
      { kind: 'text', text: long(2500, `${i}`.repeat(59)) } as const,
    ]).flat();
    const m = renderEmbeds(reply(blocks));
    expect(totalLength(m.embeds)).toBeLessThanOrEqual(6000);
    expect(m.embeds[0]!.description).toBe(long(2500, '0'.repeat(59)));
    expect(m.embeds.at(-1)!.description!.endsWith(CUT_NOTE)).toBe(true);
    expect(m.content).toMatch(/\/facts/);
    expectWithinLimits(m);
    await expect(json(m)).toMatchFileSnapshot(golden('limit-total'));
  });

  it('limit: 6000 in all with fields drops trailing fields first', () => {
    const fields = Array.from({ length: 25 }, (_, i) => ({ label: `F${i}`, value: 'v'.repeat(300) }));
    const m = renderEmbeds(reply([{ kind: 'text', text: 'Fields', fields }]));
    expect(m.embeds[0]!.fields!.length).toBeLessThan(25);
    expect(m.embeds[0]!.fields![0]!.name).toBe('F0');
    expectWithinLimits(m);
  });

  it('limit: message content over 2000 characters is cut', () => {
    const m = fitDiscordLimits({ content: 'c'.repeat(2500), embeds: [] });
    expect(m.content).toHaveLength(2000);
  });

  it('limit: any reply, however large, renders within every limit', () => {
    const text = fc.string({ maxLength: 3000 });
    const source = fc.record({ label: fc.string({ maxLength: 300 }), url: fc.constant('https://example.com/x') });
    const block: fc.Arbitrary<Block> = fc.oneof(
      fc.record({ kind: fc.constant('heading' as const), text }),
      fc.record({ kind: fc.constant('text' as const), text, fields: fc.array(fc.record({ label: text, value: text }), { maxLength: 30 }) }),
      fc.record({ kind: fc.constant('context' as const), text }),
      fc.constant({ kind: 'divider' as const }),
      fc.record({
        kind: fc.constant('facts' as const),
        items: fc.array(fc.record({ text, source }), { maxLength: 40 }),
      }),
      fc.record({
        kind: fc.constant('table' as const),
        corner: fc.constant('Metric'),
        columns: fc.array(fc.string({ maxLength: 300 }), { minLength: 1, maxLength: 5 }),
        rows: fc.array(fc.record({ label: text, cells: fc.array(fc.record({ text, source }), { maxLength: 5 }) }), { maxLength: 10 }),
      }),
    );
    fc.assert(
      fc.property(fc.array(block, { maxLength: 30 }), (blocks) => {
        expectWithinLimits(renderEmbeds(reply(blocks)));
      }),
      { numRuns: 100 },
    );
  });
});

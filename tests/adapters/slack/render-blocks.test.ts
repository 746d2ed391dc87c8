import { describe, expect, it } from 'vitest';
import { escapeMrkdwn, mrkdwnLink } from '../../../src/adapters/slack/mrkdwn.js';
import { renderBlocks } from '../../../src/adapters/slack/render-blocks.js';
import type { FactLine, Reply, TableBlock } from '../../../src/messages/reply.js';
import { reply } from '../../../src/messages/reply.js';

const golden = (name: string) => `./golden/${name}.json`;
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

const comparison: TableBlock = {
  kind: 'table',
  title: 'TikTok Shop vs Amazon',
  corner: 'Metric',
  columns: ['TikTok Shop', 'Amazon'],
  rows: [
    {
      label: 'GMV',
      cells: [
        { text: '$17.5B', detail: 'US · 2023', status: 'target', source: { label: 'Reuters', url: 'https://example.com/tt?a=1&b=2' } },
        { text: '$700B', detail: 'GLOBAL · 2023 · estimate', status: 'estimate', source: { label: 'Marketplace Pulse', url: 'https://example.com/amzn' } },
      ],
    },
    { label: 'Sellers', cells: [{ text: '500K', status: 'actual', source: { label: 'TikTok', date: '2023-11' } }, { text: 'no data', empty: true }] },
  ],
};

const fact = (i: number): FactLine => ({
  text: `TikTok Shop: fact number ${i} <important> & true`,
  status: 'actual',
  date: '2024-01-15',
  source: { label: 'Reuters', url: `https://example.com/${i}` },
});

describe('slack render-blocks: every block type (golden)', () => {
  it('slack render: heading becomes a plain_text header', async () => {
    const out = renderBlocks(reply([{ kind: 'heading', text: 'Compare <TikTok> & Amazon' }]));
    expect(out.blocks).toEqual([{ type: 'header', text: { type: 'plain_text', text: 'Compare <TikTok> & Amazon', emoji: true } }]);
    expect(out.text).toBe('Compare &lt;TikTok&gt; &amp; Amazon');
    await expect(json(out)).toMatchFileSnapshot(golden('heading'));
  });

  it('slack render: text is escaped mrkdwn; fields become section fields', async () => {
    const out = renderBlocks(
      reply([{ kind: 'text', text: 'a <b> & c', fields: [{ label: 'Founded', value: '2016' }, { label: 'HQ', value: 'Singapore <SG>' }] }]),
    );
    expect(out.blocks).toEqual([
      { type: 'section', text: { type: 'mrkdwn', text: 'a &lt;b&gt; &amp; c' } },
      {
        type: 'section',
        fields: [
          { type: 'mrkdwn', text: '*Founded*\n2016' },
          { type: 'mrkdwn', text: '*HQ*\nSingapore &lt;SG&gt;' },
        ],
      },
    ]);
    await expect(json(out)).toMatchFileSnapshot(golden('text'));
  });

  it('slack render: the comparison becomes a table block; each figure links its source and shows its status', async () => {
    const out = renderBlocks(reply([comparison]));
    expect(out.blocks[0]).toEqual({ type: 'section', text: { type: 'mrkdwn', text: '*TikTok Shop vs Amazon*' } });
    const table = out.blocks[1] as { type: string; rows: unknown[][] };
    expect(table.type).toBe('table');
    expect(table.rows).toHaveLength(3);
    expect(table.rows[1]![1]).toEqual({
      type: 'rich_text',
      elements: [
        {
          type: 'rich_text_section',
          elements: [
            { type: 'text', text: '$17.5B', style: { bold: true } },
            { type: 'text', text: ' (US · 2023 · target)', style: { italic: true } },
            { type: 'text', text: ' — ' },
            { type: 'link', url: 'https://example.com/tt?a=1&b=2', text: 'Reuters' },
          ],
        },
      ],
    });
    // The status already in the detail is not repeated.
    expect(JSON.stringify(table.rows[1]![2])).toContain(' (GLOBAL · 2023 · estimate)');
    expect(table.rows[2]![2]).toEqual({ type: 'raw_text', text: 'no data' });
    // A source without a URL is still named, with its date.
    expect(JSON.stringify(table.rows[2]![1])).toContain('"text":"TikTok, 2023-11"');
    expect(out.text).toContain('GMV: TikTok Shop $17.5B (US · 2023 · target) [Reuters]; Amazon $700B');
    await expect(json(out)).toMatchFileSnapshot(golden('table'));
  });

  it('slack render: a second table in one message becomes sections with fields (Slack allows one table block)', async () => {
    const out = renderBlocks(reply([comparison, { ...comparison, title: 'Again' }]));
    expect(out.blocks.filter((b) => b.type === 'table')).toHaveLength(1);
    const gmv = out.blocks.find((b) => b.type === 'section' && 'fields' in b && JSON.stringify(b).includes('GMV'));
    expect(JSON.stringify(gmv)).toContain('*$17.5B* _(US · 2023 · target)_ — <https://example.com/tt?a=1&b=2|Reuters>');
    await expect(json(out)).toMatchFileSnapshot(golden('table-as-sections'));
  });

  it('slack render: a fact list is one section per fact, with status, date, source link, count and conflict', async () => {
    const out = renderBlocks(
      reply([
        {
          kind: 'facts',
          title: 'Latest facts',
          items: [{ ...fact(1), status: 'estimate', sourceCount: 3, conflict: true }, { text: 'No source fact' }],
          more: '12 more: /facts tiktok metric',
        },
      ]),
    );
    expect(out.blocks).toEqual([
      { type: 'section', text: { type: 'mrkdwn', text: '*Latest facts*' } },
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: 'TikTok Shop: fact number 1 &lt;important&gt; &amp; true\n_estimate_ · 2024-01-15 · <https://example.com/1|Reuters> · 3 sources · ⚠ conflicting values',
        },
      },
      { type: 'section', text: { type: 'mrkdwn', text: 'No source fact' } },
      { type: 'context', elements: [{ type: 'mrkdwn', text: '12 more: /facts tiktok metric' }] },
    ]);
    await expect(json(out)).toMatchFileSnapshot(golden('facts'));
  });

  it('slack render: context, divider and image', async () => {
    const out = renderBlocks(
      reply([
        { kind: 'context', text: 'Sources: 3 <feeds>' },
        { kind: 'divider' },
        { kind: 'image', url: 'https://example.com/chart.png', alt: 'GMV chart' },
        { kind: 'image', url: 'file:///etc/passwd', alt: 'not a web image' },
      ]),
    );
    expect(out.blocks).toEqual([
      { type: 'context', elements: [{ type: 'mrkdwn', text: 'Sources: 3 &lt;feeds&gt;' }] },
      { type: 'divider' },
      { type: 'image', image_url: 'https://example.com/chart.png', alt_text: 'GMV chart' },
      { type: 'context', elements: [{ type: 'mrkdwn', text: 'not a web image' }] },
    ]);
    await expect(json(out)).toMatchFileSnapshot(golden('context-divider-image'));
  });

  it('slack render: an empty reply still has a block and a text fallback', () => {
    const out = renderBlocks(reply([]));
    expect(out.blocks).toHaveLength(1);
    expect(out.text).toBe('rivalwatch');
  });
});

describe('slack render-blocks: Slack limits', () => {
  it('slack render: 60 facts fit in 50 blocks, ending with a note that points to /facts', async () => {
    const long: Reply = reply([
      { kind: 'heading', text: 'TikTok Shop facts' },
      { kind: 'facts', items: Array.from({ length: 60 }, (_, i) => fact(i + 1)), more: 'All of them: /facts tiktok' },
    ]);
    const out = renderBlocks(long);
    expect(out.blocks.length).toBeLessThanOrEqual(50);
    expect(out.blocks).toHaveLength(50);
    const note = out.blocks.at(-1) as { type: string; elements: { text: string }[] };
    expect(note.type).toBe('context');
    expect(note.elements[0]!.text).toBe('12 more facts not shown (Slack shows at most 50 blocks). See everything with /facts tiktok');
    expect(JSON.stringify(out.blocks)).toContain('fact number 48 ');
    expect(JSON.stringify(out.blocks)).not.toContain('fact number 49 ');
    await expect(json(out)).toMatchFileSnapshot(golden('limit-60-facts'));
  });

  it('slack render: a 10,000-character text is cut to 3,000 characters', () => {
    const out = renderBlocks(reply([{ kind: 'text', text: 'x'.repeat(10_000) }]));
    const text = (out.blocks[0] as { text: { text: string } }).text.text;
    expect(text).toHaveLength(3000);
    expect(text.endsWith('…')).toBe(true);
    expect(out.text.length).toBeLessThanOrEqual(3000);
  });

  it('slack render: every text of a long, mixed answer stays within 3,000 characters (golden)', async () => {
    const long = 'Long paragraph about TikTok Shop & friends. '.repeat(120);
    const out = renderBlocks(
      reply([
        { kind: 'heading', text: long },
        { kind: 'text', text: long, fields: [{ label: 'Quote', value: long }] },
        { kind: 'facts', title: long, items: [{ ...fact(1), text: long }], more: long },
        { kind: 'context', text: long },
      ]),
    );
    const texts: string[] = [];
    JSON.stringify(out.blocks, (key, value) => {
      if (key === 'text' && typeof value === 'string') texts.push(value);
      return value;
    });
    expect(texts.length).toBeGreaterThanOrEqual(6);
    expect(Math.max(...texts.map((t) => t.length))).toBeLessThanOrEqual(3000);
    expect(out.text.length).toBeLessThanOrEqual(3000);
    await expect(json(out)).toMatchFileSnapshot(golden('limit-3000-characters'));
  });

  it('slack render: cutting escaped text never leaves half an entity', () => {
    const out = renderBlocks(reply([{ kind: 'text', text: '&'.repeat(10_000) }]));
    const text = (out.blocks[0] as { text: { text: string } }).text.text;
    expect(text.length).toBeLessThanOrEqual(3000);
    expect(text.replace(/&amp;/g, '')).toBe('…');
  });

  it('slack render: a long fact is cut before its source link, so the link stays whole', () => {
    const out = renderBlocks(reply([{ kind: 'facts', items: [{ ...fact(1), text: 'y'.repeat(5000) }] }]));
    const text = (out.blocks[0] as { text: { text: string } }).text.text;
    expect(text.length).toBeLessThanOrEqual(3000);
    expect(text.endsWith('<https://example.com/1|Reuters>')).toBe(true);
  });

  it('slack render: a header longer than 150 characters is cut', () => {
    const out = renderBlocks(reply([{ kind: 'heading', text: 'h'.repeat(400) }]));
    expect((out.blocks[0] as { text: { text: string } }).text.text).toHaveLength(150);
  });

  it('slack render: a table wider than 20 columns keeps 20 cells per row and says what was left out', () => {
    const columns = Array.from({ length: 25 }, (_, i) => `C${i}`);
    const out = renderBlocks(
      reply([{ kind: 'table', corner: 'Metric', columns, rows: [{ label: 'GMV', cells: columns.map(() => ({ text: '1', empty: true })) }] }]),
    );
    const table = out.blocks[0] as { rows: unknown[][] };
    expect(table.rows.every((row) => row.length === 20)).toBe(true);
    expect(out.blocks[1]).toEqual({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: '6 more columns not shown (Slack tables hold 20 columns, 100 rows). See everything with /facts &lt;competitor&gt;' }],
    });
  });

  it('slack render: a table longer than 100 rows keeps the header and 99 rows, and points to /facts (golden)', async () => {
    const rows = Array.from({ length: 120 }, (_, i) => ({ label: `Metric ${i + 1}`, cells: [{ text: `${i + 1}`, status: 'actual' as const }] }));
    const out = renderBlocks(
      reply([
        { kind: 'table', corner: 'Metric', columns: ['TikTok Shop'], rows },
        { kind: 'facts', items: [], more: 'All of them: /facts tiktok metric' },
      ]),
    );
    const table = out.blocks[0] as { type: string; rows: unknown[][] };
    expect(table.type).toBe('table');
    expect(table.rows).toHaveLength(100);
    expect(JSON.stringify(table.rows.at(-1))).toContain('Metric 99');
    expect((out.blocks[1] as { elements: { text: string }[] }).elements[0]!.text).toBe(
      '21 more rows not shown (Slack tables hold 20 columns, 100 rows). See everything with /facts tiktok metric',
    );
    await expect(json(out)).toMatchFileSnapshot(golden('limit-table-100-rows'));
  });

  it('slack render: one column and one row over the limit are named in the singular', () => {
    const columns = Array.from({ length: 20 }, (_, i) => `C${i}`);
    const rows = Array.from({ length: 100 }, () => ({ label: 'GMV', cells: columns.map(() => ({ text: '1', empty: true })) }));
    const out = renderBlocks(reply([{ kind: 'table', corner: 'Metric', columns, rows }]));
    expect((out.blocks[1] as { elements: { text: string }[] }).elements[0]!.text).toMatch(/^1 more column and 1 more row not shown /);
  });

  it('slack render: more than ten fields are split over sections of at most ten (Slack\'s limit per section)', () => {
    const fields = Array.from({ length: 23 }, (_, i) => ({ label: `Field ${i + 1}`, value: `${i + 1}` }));
    const out = renderBlocks(reply([{ kind: 'text', text: 'Profile', fields }]));
    const counts = out.blocks.map((b) => ('fields' in b && b.fields ? b.fields.length : 0));
    expect(counts).toEqual([0, 10, 10, 3]);
  });
});

describe('slack mrkdwn helpers', () => {
  it('slack mrkdwn: &, < and > are escaped, in that order', () => {
    expect(escapeMrkdwn('<a href="x">&amp;</a>')).toBe('&lt;a href="x"&gt;&amp;amp;&lt;/a&gt;');
  });

  it('slack mrkdwn: links keep their label; a | or > in the URL cannot end the link early', () => {
    expect(mrkdwnLink('Le Monde | Eco', 'https://example.com/a|b>c')).toBe('<https://example.com/a%7Cb%3Ec|Le Monde / Eco>');
    expect(mrkdwnLink('Local file', 'file:///tmp/x')).toBe('Local file');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply, TableBlock } from '../../src/messages/reply.js';
import type { TestDb } from '../helpers/test-db.js';
import { replyText, seededDb } from '../helpers/seeded.js';

const tableOf = (r: Reply) => r.blocks.find((b): b is TableBlock => b.kind === 'table');

describe('/compare', () => {
  let t: TestDb;
  let run: (line: string) => Promise<Reply>;
  beforeAll(async () => {
    ({ t, run } = await seededDb());
  });
  afterAll(async () => t.cleanup());

  it('compare: tiktok amazon puts the seeded figures side by side with source and date', async () => {
    const r = await run('/compare tiktok amazon');
    expect(r.status).toBe('ok');
    const table = tableOf(r)!;
    expect(table.columns).toEqual(['TikTok Shop', 'Amazon']);
    const customers = table.rows.find((row) => row.label === 'Customers')!;
    expect(customers.cells[0]).toMatchObject({ text: '5M', detail: 'US · 2023-09/2023-11 · actual', source: { label: 'De Standaard', date: '2023-11' } });
    expect(customers.cells[1]).toEqual({ text: 'no data', empty: true });
    const revenue = table.rows.find((row) => row.label === 'Revenue')!;
    expect(revenue.cells[1]).toMatchObject({ text: '$574.8B', status: 'actual', source: { label: 'Amazon results', date: '2024-02-01' } });
    const gmv = table.rows.find((row) => row.label === 'GMV')!;
    expect(gmv.cells[0]).toMatchObject({ text: '$17.5B', status: 'target' });
  });

  it('compare: figures from different markets are never in one row; each market gets its own', async () => {
    const r = await run('/compare tiktok amazon');
    const table = tableOf(r)!;
    // TikTok's latest growth is Douyin's (CN, ×3), Amazon's the group's (GLOBAL, 12%).
    expect(table.rows.find((row) => row.label === 'Growth')).toBeUndefined();
    const cn = table.rows.find((row) => row.label === 'Growth · CN')!;
    expect(cn.cells.map((c) => c.text)).toEqual(['×3', 'no data']);
    const global = table.rows.find((row) => row.label === 'Growth · GLOBAL')!;
    expect(global.cells.map((c) => c.text)).toEqual(['no data', '12%']);
    for (const row of table.rows) {
      const markets = new Set(row.cells.filter((c) => !c.empty).map((c) => c.detail?.split(' · ')[0]));
      expect(markets.size, row.label).toBeLessThanOrEqual(1);
    }
    expect(replyText(r)).toContain('Growth: the latest figures are from different markets, so each market has a row of its own.');
  });

  it('compare: figures of one market share a row, each competitor its latest figure there', async () => {
    const r = await run('/compare temu amazon');
    const growth = tableOf(r)!.rows.find((row) => row.label === 'Growth')!;
    expect(growth.cells.map((c) => c.text)).toEqual(['90%', '12%']);
    expect(replyText(r)).not.toContain('different markets');
  });

  it('compare: every row has one cell per competitor', async () => {
    const table = tableOf(await run('/compare temu shein bol amazon'))!;
    expect(table.rows.length).toBeGreaterThan(3);
    for (const row of table.rows) expect(row.cells).toHaveLength(4);
  });

  it('compare: recent events follow the table, one list per competitor', async () => {
    const r = await run('/compare tiktok amazon');
    const lists = r.blocks.filter((b) => b.kind === 'facts');
    expect(lists.map((b) => b.kind === 'facts' && b.title)).toEqual(['TikTok Shop: recent events', 'Amazon: recent events']);
    expect(replyText(r)).toContain('Amazon Haul');
  });

  it('compare: names are case-insensitive and aliases work', async () => {
    const r = await run('/compare TIKTOK SHOP vs Bol.com and PDD');
    expect(tableOf(r)?.columns).toEqual(['TikTok Shop', 'Bol.com', 'Temu']);
  });

  it('compare: one competitor alone explains the usage', async () => {
    const r = await run('/compare tiktok');
    expect(r.status).toBe('usage');
    expect(replyText(r)).toMatch(/at least two/);
    expect(replyText(r)).toContain('/compare <competitor> <competitor>');
  });

  it('compare: the same competitor twice collapses to one and asks for another', async () => {
    const r = await run('/compare tiktok douyin');
    expect(r.status).toBe('usage');
    expect(replyText(r)).toContain('with TikTok Shop');
  });

  it('compare: an unknown competitor suggests the closest alias', async () => {
    const r = await run('/compare tiktok amazzon');
    expect(r.status).toBe('not_found');
    expect(replyText(r)).toContain('No competitor called "amazzon". Did you mean Amazon?');
  });

  it('compare: more than six competitors is refused with a clear usage message', async () => {
    const { t: t2 } = { t };
    await t2.db
      .insertInto('competitors')
      .values(['a', 'b'].map((x) => ({ id: `extra-${x}`, name: `Extra ${x.toUpperCase()}`, parent: null, headquarters: null, founded: null, business_model: null, markets: '[]', website: null, created_at: '2025-01-01' })))
      .execute();
    const r = await run('/compare tiktok shein temu amazon bol extra-a extra-b');
    expect(r.status).toBe('usage');
    expect(replyText(r)).toContain('at most 6');
  });

  it('compare: competitors without figures get "no data" cells, not missing ones', async () => {
    const r = await run('/compare extra-a bol');
    const table = tableOf(r)!;
    for (const row of table.rows) expect(row.cells[0]).toEqual({ text: 'no data', empty: true });
  });
});

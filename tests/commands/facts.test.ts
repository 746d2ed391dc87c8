import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FactListBlock, Reply } from '../../src/messages/reply.js';
import type { TestDb } from '../helpers/test-db.js';
import { replyText, seededDb } from '../helpers/seeded.js';

const listOf = (r: Reply) => r.blocks.find((b): b is FactListBlock => b.kind === 'facts');

describe('/facts', () => {
  let t: TestDb;
  let run: (line: string) => Promise<Reply>;
  beforeAll(async () => {
    ({ t, run } = await seededDb());
  });
  afterAll(async () => t.cleanup());

  it('facts: lists ten, newest first, each with its source, and hints at the rest', async () => {
    const r = await run('/facts tiktok');
    const list = listOf(r)!;
    expect(list.items).toHaveLength(10);
    for (const item of list.items) expect(item.source?.label).toBeTruthy();
    const dates = list.items.map((i) => i.date ?? '');
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(list.more).toBe('4 more: /facts tiktok-shop page 2');
  });

  it('facts: the "more" hint leads to the rest', async () => {
    const r = await run('/facts tiktok-shop page 2');
    expect(listOf(r)!.items).toHaveLength(4);
    expect(listOf(r)!.more).toBeUndefined();
  });

  it('facts: filter by metric name and market', async () => {
    const r = await run('/facts amazon revenue global');
    const list = listOf(r)!;
    expect(list.items.map((i) => i.text)).toEqual([
      'Net sales of $574.8 billion in 2023 [$574.8B revenue · GLOBAL, 2023]',
      'Net sales of $143.1 billion in Q3 2023 [$143.1B revenue · GLOBAL, 2023-Q3]',
    ]);
  });

  it('facts: a figure for the Netherlands and Belgium together is found under either country, not under others', async () => {
    for (const market of ['NL', 'nl', 'belgique', 'België', 'NL+BE']) {
      const r = await run(`/facts bol ${market}`);
      expect(r.status, market).toBe('ok');
      expect(listOf(r)!.items.map((i) => i.text)).toEqual([
        'More than 50,000 sales partners in the Netherlands and Belgium [50K sellers · NL+BE, 2023]',
        'About 13 million active customers in the Netherlands and Belgium [13M customers · NL+BE, 2023]',
      ]);
    }
    expect((await run('/facts bol FR')).status).toBe('not_found');
    expect((await run('/facts bol customers BE')).status).toBe('ok');
  });

  it('facts: a second competitor is not taken for a filter word; the reply points at /compare', async () => {
    const r = await run('/facts tiktok shein');
    expect(r.status).toBe('usage');
    expect(replyText(r)).toContain('/facts shows one competitor at a time (you named TikTok Shop and Shein).');
    expect(replyText(r)).toContain('/compare tiktok-shop shein');
    // An alias of the same competitor is still just an unknown filter word.
    expect(replyText(await run('/facts tiktok douyin'))).toContain('"douyin" is not a fact type');
  });

  it('facts: filter by type', async () => {
    const r = await run('/facts temu event');
    expect(listOf(r)!.items.every((i) => /\[(launch|regulation)/.test(i.text))).toBe(true);
  });

  it('facts: an empty result says so plainly', async () => {
    const r = await run('/facts bol layoff');
    expect(r.status).toBe('not_found');
    expect(replyText(r)).toContain('No layoff recorded for Bol.com yet.');
  });

  it('facts: an unknown filter word is a usage error naming it', async () => {
    const r = await run('/facts bol banana');
    expect(r.status).toBe('usage');
    expect(replyText(r)).toContain('"banana"');
  });

  it('facts: an unknown competitor suggests', async () => {
    const r = await run('/facts temoo');
    expect(r.status).toBe('not_found');
    expect(replyText(r)).toContain('Did you mean Temu?');
  });

  it('facts: a metric with the opposite type says which word to drop instead of "none recorded"', async () => {
    const r = await run('/facts amazon revenue event');
    expect(r.status).toBe('usage');
    expect(replyText(r)).toContain('"revenue" is a metric; drop "event".');
    expect(replyText(await run('/facts amazon events launch metric'))).toContain('"launch" is an event; drop "metric".');
  });

  it('facts: a four-digit year filters by period instead of being read as a page', async () => {
    const r = await run('/facts amazon revenue 2023');
    expect(r.status).toBe('ok');
    expect(r.blocks[0]).toEqual({ kind: 'heading', text: 'Amazon: revenue for 2023' });
    expect(listOf(r)!.items.map((i) => i.text.replace(/^.*, /, ''))).toEqual(['2023]', '2023-Q3]']);
    const launches = await run('/facts amazon launch 2022');
    expect(listOf(launches)!.items.map((i) => i.text)).toEqual([expect.stringContaining('amazon.com.be')]);
    expect(replyText(await run('/facts amazon revenue 2019'))).toContain('No revenue for 2019 recorded for Amazon yet.');
  });

  it('facts: a French or Dutch country name after the competitor is the market, not part of an alias', async () => {
    for (const market of ['belgique', 'België', 'belgium', 'BE']) {
      const r = await run(`/facts amazon ${market}`);
      expect(r.blocks[0]).toEqual({ kind: 'heading', text: 'Amazon: facts in BE' });
      expect(listOf(r)!.items.map((i) => i.text)).toEqual([expect.stringContaining('Belgium')]);
    }
    expect(replyText(await run('/facts temu frankrijk'))).toContain('No facts in FR recorded for Temu yet.');
    expect(replyText(await run('/facts amazon pays-bas launch'))).toContain('amazon.nl');
  });

  it('facts: page words that are not a page number get a message about pages', async () => {
    const abc = await run('/facts amazon page abc');
    expect(abc.status).toBe('usage');
    expect(replyText(abc)).toContain('"page" needs a number, e.g. "page 2" (not "abc").');
    const zero = await run('/facts amazon page 0');
    expect(zero.status).toBe('usage');
    expect(replyText(zero)).toContain('Pages start at 1');
    expect(replyText(await run('/facts amazon page'))).toContain('Which page?');
    expect(replyText(await run('/facts amazon 0'))).toContain('Pages start at 1');
  });
});

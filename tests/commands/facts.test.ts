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
});

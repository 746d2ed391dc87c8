import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/messages/reply.js';
import { renderText } from '../../src/messages/render-text.js';
import type { TestDb } from '../helpers/test-db.js';
import { seededDb } from '../helpers/seeded.js';

const ODD = [
  '',
  '   ',
  'tiktok amazon shein temu bol douyin pdd bytedance amazon.nl bol.com',
  'a b c d e f g h i j',
  'тикток 亚马逊',
  '🛍️ 🚀',
  'tiktok 🛍️',
  'x'.repeat(5000),
  'tiktok '.repeat(700),
  '"tiktok shop" "amazon',
  "'bol' “temu” «shein» „pdd“",
  '\\u0000 \u0000 \u202e tiktok',
  'page -1 9999999',
  'amazon revenue page 0',
  '; drop table facts; --',
];

describe('odd inputs', () => {
  let t: TestDb;
  let run: (line: string) => Promise<Reply>;
  beforeAll(async () => {
    ({ t, run } = await seededDb());
  });
  afterAll(async () => t.cleanup());

  for (const command of ['compare', 'rival', 'facts', 'help', 'nosuchcommand']) {
    it(`odd inputs: /${command} answers every odd input with a Reply, never an error`, async () => {
      for (const input of ODD) {
        const r = await run(`/${command} ${input}`);
        expect(['ok', 'usage', 'not_found'], `/${command} ${input.slice(0, 30)}`).toContain(r.status);
        expect(r.blocks.length).toBeGreaterThan(0);
        expect(renderText(r).length).toBeGreaterThan(0);
      }
    });
  }

  it('odd inputs: the facts table survives', async () => {
    const n = await t.db.selectFrom('facts').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(n.n)).toBeGreaterThan(30);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/messages/reply.js';
import { replyText, seededDb } from '../helpers/seeded.js';
import type { TestDb } from '../helpers/test-db.js';

// Numbers too large for the database's integer types must get the ordinary reply, never a
// "datatype mismatch" (SQLite) or "out of range for type bigint" (Postgres).
const HUGE = ['2147483648', '9007199254740993', '99999999999999999999', '9'.repeat(400)];

describe('numbers beyond any page or id', () => {
  let t: TestDb;
  let run: (line: string) => Promise<Reply>;
  let runAdmin: (line: string) => Promise<Reply>;
  beforeAll(async () => {
    const s = await seededDb();
    t = s.t;
    run = s.run;
    runAdmin = (line) => {
      s.ctx.invoker.isAdmin = true;
      return s.run(line);
    };
  });
  afterAll(async () => t.cleanup());

  for (const n of HUGE) {
    it(`big numbers: /facts tiktok page ${n.slice(0, 24)} says the page is empty`, async () => {
      const r = await run(`/facts tiktok page ${n}`);
      expect(r.status).toBe('not_found');
      expect(replyText(r)).toMatch(/: facts: there are only \d+, so page \d+…? is empty\./);
      expect(replyText(r)).toContain(`page ${n.length > 24 ? `${n.slice(0, 24)}…` : n} is empty`);
    });

    it(`big numbers: /sources remove ${n.slice(0, 24)} is an unknown source`, async () => {
      const r = await runAdmin(`/sources remove ${n}`);
      expect(r.status).toBe('not_found');
      expect(replyText(r)).toContain(`No source #${n.slice(0, 24)}.`);
    });
  }

  it('big numbers: /subscribe times, levels and offsets made of huge numbers are usage replies', async () => {
    for (const words of ['at 99999999999999999999:00', 'min 99999999999999999999', 'utc+99999999999999999999', 'tiktok 99999999999999999999']) {
      const r = await runAdmin(`/subscribe ${words}`);
      expect(['usage', 'not_found'], words).toContain(r.status);
    }
  });
});

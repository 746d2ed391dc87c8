import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/messages/reply.js';
import type { TestDb } from '../helpers/test-db.js';
import { replyText, seededDb } from '../helpers/seeded.js';

describe('/rival', () => {
  let t: TestDb;
  let run: (line: string) => Promise<Reply>;
  beforeAll(async () => {
    ({ t, run } = await seededDb());
  });
  afterAll(async () => t.cleanup());

  it('rival: shows parent, headquarters, markets, figures, events and sources', async () => {
    const r = await run('/rival bol.com');
    expect(r.status).toBe('ok');
    const text = replyText(r);
    expect(text).toContain('Parent: Ahold Delhaize');
    expect(text).toContain('Headquarters: Utrecht');
    expect(text).toContain('Markets: NL, BE');
    expect(text).toContain('50,000 sales partners');
    expect(text).toContain('Sources: bol (company statements). 3 news feeds watched.');
  });

  it('rival: a multi-word alias works ("pdd holdings" is Temu)', async () => {
    const r = await run('/rival pdd holdings');
    expect(r.blocks[0]).toEqual({ kind: 'heading', text: 'Temu' });
    expect(replyText(r)).toContain('Digital Services Act');
  });

  it('rival: an unknown name says so and suggests', async () => {
    const r = await run('/rival sheinn');
    expect(r.status).toBe('not_found');
    expect(replyText(r)).toContain('Did you mean Shein?');
  });

  it('rival: no name is a usage error', async () => {
    const r = await run('/rival');
    expect(r.status).toBe('usage');
    expect(replyText(r)).toContain('/rival <competitor>');
  });
});

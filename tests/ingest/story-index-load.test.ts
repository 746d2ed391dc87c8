import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoryIndex } from '../../src/ingest/story-index.js';
import { signatureOf, signatureToStored } from '../../src/ingest/story-signature.js';
import { type TestDb, testDb } from '../helpers/test-db.js';

const WARSAW = 'Shein opens a warehouse near Warsaw with four hundred jobs, the company said on Tuesday morning';
const LISBON = 'Temu starts deliveries to Portugal from a new depot in Lisbon, its first in the Iberian peninsula';
const ANTWERP = 'Amazon adds a parcel locker network across Antwerp and Mechelen before the holiday season starts';
const GHENT = 'Bol.com tests same-day delivery in Ghent and Antwerp, a spokesperson told a Belgian newspaper';

let db: TestDb;

beforeAll(async () => {
  db = await testDb();
});
afterAll(async () => {
  await db.cleanup();
});

describe('story index from the database', () => {
  it('story index: loads signatures stored now and rows written as base64 or JSON arrays before; skips damaged ones', async () => {
    const row = (id: number, signature: string | Uint8Array) => ({
      id,
      title: `item ${id}`,
      content_hash: `hash-${id}`,
      story_id: id,
      signature,
      baseline: 0,
      fetched_at: '2024-04-01T10:00:00.000Z',
    });
    await db.db
      .insertInto('items')
      .values([
        row(1, signatureToStored(signatureOf(WARSAW)!, db.dialect)),
        row(2, JSON.stringify(Array.from(signatureOf(LISBON)!, (v) => v >>> 0))),
        row(3, '[1,2,'),
        row(4, signatureToStored(signatureOf(ANTWERP)!, 'postgres')),
      ])
      .execute();
    const index = await StoryIndex.load(db.db, '2024-03-18T00:00:00.000Z');
    expect(index.find(signatureOf(WARSAW)!)).toBe(1);
    expect(index.find(signatureOf(LISBON)!)).toBe(2);
    expect(index.find(signatureOf(ANTWERP)!)).toBe(4);
    expect(index.find(signatureOf(GHENT)!)).toBeNull();
  });
});

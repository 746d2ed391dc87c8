import type { Kysely } from 'kysely';
import type { Database } from '../../../src/db/schema.js';

/** The five tracked competitors, enough for facts' foreign keys. */
export async function seedCompetitors(db: Kysely<Database>): Promise<void> {
  const names: Record<string, string> = { 'tiktok-shop': 'TikTok Shop', shein: 'Shein', temu: 'Temu', amazon: 'Amazon', bol: 'Bol.com' };
  await db
    .insertInto('competitors')
    .values(Object.entries(names).map(([id, name]) => ({ id, name, markets: '[]', created_at: '2024-01-01T00:00:00.000Z' })))
    .execute();
}

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderBlocks } from '../../src/adapters/slack/render-blocks.js';
import { renderEmbeds } from '../../src/adapters/discord/render-embeds.js';
import { loadFactViews } from '../../src/alerts/fact-lines.js';
import { renderAlert } from '../../src/alerts/render-alert.js';
import { renderDigest } from '../../src/alerts/render-digest.js';
import { mergeFact } from '../../src/domain/merge-fact.js';
import type { CandidateFact } from '../../src/domain/vocabulary.js';
import { renderText } from '../../src/messages/render-text.js';
import type { FactListBlock } from '../../src/messages/reply.js';
import { type TestDb, testDb } from '../helpers/test-db.js';
import { seedCompetitors } from './helpers.js';

const NOW = '2025-03-02T08:00:00.000Z';

/** Stores a fact the way ingestion does: the sentence it was read from goes with its source. */
async function ingested(t: TestDb, fact: CandidateFact, url: string): Promise<number> {
  const { factId } = await mergeFact(
    t.db,
    fact,
    { itemId: null, publisher: 'Reuters', url, title: 'Story', publishedAt: '2025-03-01', language: 'en', quote: fact.quote },
    NOW,
  );
  return factId;
}

const event = (competitor: string, name: CandidateFact['event'], over: Partial<CandidateFact>): CandidateFact => ({
  competitor, type: 'event', event: name, market: null, status: 'actual', period: null, quote: '', language: 'en', ...over,
});

describe('alert and digest lines', () => {
  let t: TestDb;
  beforeEach(async () => {
    t = await testDb();
    await seedCompetitors(t.db);
  });
  afterEach(async () => t.cleanup());

  it('lines: an event read from the news shows the sentence it was read from, in the alert and the digest', async () => {
    const quote = 'Shein raised $2 billion from investors including Mubadala, valuing the fast-fashion retailer at $66 billion.';
    const funding = await ingested(t, event('shein', 'funding', { quote }), 'https://example.com/shein-funding');
    const promo = await ingested(
      t,
      event('temu', 'promotion', { market: 'EU', quote: 'Temu is running a spring sale across the EU with discounts of up to 90%.' }),
      'https://example.com/temu-promo',
    );
    const views = await loadFactViews(t.db, [funding, promo]);
    const shein = views.find((v) => v.id === funding)!;
    const alert = renderText(renderAlert(shein));
    expect(alert).toContain(`funding — “${quote}”`);
    expect(alert).toContain('Reuters, 2025-03-01 · https://example.com/shein-funding');
    const digest = renderText(renderDigest(views, { date: '2025-03-02', timezone: 'UTC', since: '2025-03-01T08:00:00.000Z', after: 'day' }));
    expect(digest).toContain('promotion · EU — “Temu is running a spring sale across the EU with discounts of up to 90%.”');
    expect(digest).toContain(`funding — “${quote}”`);
  });

  it('lines: a long sentence is cut on a word, with an ellipsis', async () => {
    const quote = `Temu said ${'its European regulators asked questions about the marketplace again and '.repeat(6)}then answered.`;
    const id = await ingested(t, event('temu', 'regulation', { market: 'FR', period: '2025', quote }), 'https://example.com/temu-reg');
    const [view] = await loadFactViews(t.db, [id]);
    const text = (renderAlert(view!).blocks[1] as FactListBlock).items[0]!.text;
    expect(text.startsWith('regulation · FR, 2025 — “Temu said its European')).toBe(true);
    expect(text.endsWith('…”')).toBe(true);
    expect(text.length).toBeLessThan(260);
    const cut = text.slice(text.indexOf('“') + 1, -2);
    expect(quote.startsWith(cut)).toBe(true);
    expect(quote[cut.length]).toBe(' ');
  });

  it.each(['actual', 'target', 'estimate'] as const)('lines: a %s figure says its status once, in text, Slack and Discord', async (status) => {
    const id = await ingested(
      t,
      { competitor: 'bol', type: 'metric', metric: 'customers', value: 3e6, unit: 'count', market: 'NL', status, period: null, quote: 'Bol.com has about 3 million customers in the Netherlands.', language: 'en' },
      `https://example.com/bol/${["actual", "target", "estimate"].indexOf(status)}`,
    );
    const [view] = await loadFactViews(t.db, [id]);
    const alert = renderAlert(view!);
    const digest = renderDigest([view!], { date: '2025-03-02', timezone: 'UTC', since: '2025-03-01T08:00:00.000Z', after: 'day' });
    const line = (digest.blocks.find((b) => b.kind === 'facts') as FactListBlock).items[0]!;
    expect(line.status).toBe(status);
    expect(line.text).not.toMatch(/actual|target|estimate/);
    // Once at most (the text renderer leaves 'actual' unsaid; chat renderers may say it), never twice.
    const once = (rendered: string) => {
      const n = rendered.split(status).length - 1;
      if (status === 'actual') expect(n, rendered).toBeLessThanOrEqual(1);
      else expect(n, rendered).toBe(1);
    };
    const factsOnly = <T extends { blocks: { kind: string }[] }>(r: T): T => ({ ...r, blocks: r.blocks.filter((b) => b.kind === 'facts') });
    for (const r of [factsOnly(digest), factsOnly(alert)]) {
      once(renderText(r));
      once(JSON.stringify(renderBlocks(r)));
      once(JSON.stringify(renderEmbeds(r)));
    }
  });
});

/**
 * Ingestion benchmark: ≥10,000 generated articles as RSS files. Baseline: rss-parser's raw parse
 * of the same feeds. Then the whole pipeline (parse, dedupe, signature, extraction, merge, store)
 * into a fresh SQLite file. Targets: ≥ 2,000 items/s; pipeline ≤ 3× the raw parse time.
 * Both sides are warmed first (every feed parsed once; the pipeline run once on two feeds into a
 * throwaway database), and the baseline is the median of three passes: a single pass after a
 * one-feed warm-up varied 3× from run to run, and that noise went straight into the ratio.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import Parser from 'rss-parser';
import { systemClock } from '../clock.js';
import { connect } from '../db/connect.js';
import { migrate } from '../db/migrate.js';
import type { Extraction } from '../extract/index.js';
import { runSources } from '../ingest/run-sources.js';
import { addSource } from '../ingest/sources.js';
import { silentLogger } from '../logger.js';

const FEEDS = Number(process.env.BENCH_FEEDS ?? 20);
const PER_FEED = Number(process.env.BENCH_PER_FEED ?? 500);
const COMPETITORS = [
  ['tiktok-shop', 'TikTok Shop'],
  ['shein', 'Shein'],
  ['temu', 'Temu'],
  ['amazon', 'Amazon'],
  ['bol', 'Bol.com'],
] as const;
const MARKETS = ['Spain', 'France', 'Germany', 'Italy', 'Poland', 'Brazil', 'Mexico', 'Japan', 'Canada', 'Belgium'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const FILLER = [
  'Shoppers can now buy products directly inside short videos and live streams.',
  'The company said local sellers had joined during a test phase over the winter.',
  'Payments and delivery are handled by partners in the country.',
  'Retail analysts said competition for cheap imported goods is growing quickly.',
  'Consumer groups asked regulators to look at product safety and returns.',
];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function article(n: number): { title: string; text: string } {
  const [, name] = COMPETITORS[n % COMPETITORS.length]!;
  const market = MARKETS[(n >> 3) % MARKETS.length]!;
  const month = MONTHS[n % 12]!;
  const year = 2019 + (n % 6);
  const users = 10 + (n % 900);
  const lines = [
    `${name} launched in ${market} in ${month} ${year}.`,
    `${name} had ${users} million monthly users in ${market} in ${year}.`,
    FILLER[n % FILLER.length]!,
    FILLER[(n + 2) % FILLER.length]!,
    `Story reference ${n}: reporters counted ${n * 7} comments under the announcement.`,
  ];
  return { title: `${name} in ${market}: update ${n}`, text: lines.join(' ') };
}

function feed(f: number): string {
  const items: string[] = [];
  for (let i = 0; i < PER_FEED; i++) {
    const n = f * PER_FEED + i;
    const a = article(n);
    const date = new Date(Date.UTC(2024, 0, 1) + n * 60_000).toUTCString();
    items.push(
      `<item><guid>bench-${n}</guid><title>${esc(a.title)}</title><link>https://bench${f}.example/a/${n}</link><pubDate>${date}</pubDate><description>${esc(a.text)}</description></item>`,
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Bench ${f}</title><link>https://bench${f}.example/</link><description>bench</description><language>en</language>${items.join('')}</channel></rss>`;
}

/** Runs the pipeline over `files` into a fresh SQLite file; timed from the run's start. */
async function pipeline(path: string, files: string[], extract: () => Extraction) {
  const db = connect(`sqlite:${path}`);
  await migrate(db);
  const sources = [];
  for (const url of files) sources.push((await addSource(db.db, { url, language: 'en' }, systemClock.now().toISOString())).source);
  const t = performance.now();
  const report = await runSources(
    { db: db.db, clock: systemClock, log: silentLogger, fetch: { timeoutMs: 15_000, maxBytes: 64 * 1024 * 1024 }, extract },
    sources,
    { concurrency: 4 },
  );
  const ms = performance.now() - t;
  await db.close();
  return { report, ms };
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'rivalwatch-bench-'));
  try {
    const files = Array.from({ length: FEEDS }, (_, f) => {
      const path = join(dir, `feed-${f}.xml`);
      writeFileSync(path, feed(f));
      return path;
    });
    const total = FEEDS * PER_FEED;
    const texts = files.map((p) => readFileSync(p, 'utf8'));

    const noFacts = (): Extraction => ({ language: 'en', facts: [] });
    // Warm-up so neither side pays for JIT alone: every feed parsed once, the pipeline run once.
    const parser = new Parser();
    for (const xml of texts) await parser.parseString(xml);
    await pipeline(join(dir, 'warm.sqlite'), files.slice(0, 2), noFacts);

    // The baseline: rss-parser on the same feeds, median of three passes.
    const passes: number[] = [];
    let parsed = 0;
    for (let pass = 0; pass < 3; pass++) {
      const t = performance.now();
      parsed = 0;
      for (const xml of texts) parsed += (await parser.parseString(xml)).items.length;
      passes.push(performance.now() - t);
    }
    passes.sort((a, b) => a - b);
    const rawMs = passes[1]!;

    // The pipeline without extraction (no facts), to separate fetch/parse/dedupe/store from the extractor.
    const { report: bareReport, ms: bareMs } = await pipeline(join(dir, 'bare.sqlite'), files, noFacts);

    const rate = (n: number, ms: number) => Math.round(n / (ms / 1000));
    console.log(`machine: ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}, node ${process.version}, load average ${loadavg()[0]!.toFixed(1)}`);
    console.log(`corpus: ${FEEDS} RSS files, ${total} articles (${parsed} parsed by rss-parser)`);
    console.log(`raw parse (rss-parser): ${rawMs.toFixed(0)} ms (median of 3: ${passes.map((p) => p.toFixed(0)).join(', ')}), ${rate(total, rawMs)} items/s`);
    console.log(
      `pipeline without extraction: ${bareMs.toFixed(0)} ms, ${rate(bareReport.total.itemsNew, bareMs)} items/s, ${(bareMs / rawMs).toFixed(2)}× raw parse`,
    );
    // BENCH_EXTRACTION=off stops here: the extractor is measured on its own in bench/extract.
    if (process.env.BENCH_EXTRACTION === 'off') return;

    const db = connect(`sqlite:${join(dir, 'bench.sqlite')}`);
    await migrate(db);
    await db.db
      .insertInto('competitors')
      .values(COMPETITORS.map(([id, name]) => ({ id, name, markets: '[]', created_at: '2024-01-01T00:00:00.000Z' })))
      .execute();
    const nowIso = systemClock.now().toISOString();
    const sources = [];
    for (const path of files) sources.push((await addSource(db.db, { url: path, language: 'en' }, nowIso)).source);

    const t = performance.now();
    const report = await runSources(
      { db: db.db, clock: systemClock, log: silentLogger, fetch: { timeoutMs: 15_000, maxBytes: 64 * 1024 * 1024 } },
      sources,
      { concurrency: 4 },
    );
    const pipelineMs = performance.now() - t;
    const facts = await db.db.selectFrom('facts').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    await db.close();

    console.log(
      `pipeline into SQLite: ${pipelineMs.toFixed(0)} ms, ${rate(report.total.itemsNew, pipelineMs)} items/s ` +
        `(${report.total.itemsNew} items, ${report.total.factsNew} new facts, ${report.total.factsCorroborated} corroborated, ` +
        `${report.total.factsConflicting} conflicting; ${facts.n} facts stored; ${report.failed} failed sources)`,
    );
    const ratio = pipelineMs / rawMs;
    console.log(`pipeline / raw parse: ${ratio.toFixed(2)}× (target ≤ 3×); items/s target ≥ 2000`);
    if (report.total.itemsNew !== total) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();

import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { systemClock } from '../clock.js';
import { fetchSettingsFrom } from '../ingest/fetch-settings.js';
import type { SourceRow } from '../ingest/lease.js';
import { isRemote } from '../ingest/load-source.js';
import { DATE_LINE_FORMAT } from '../ingest/parse-document.js';
import { type RunReport, runSources } from '../ingest/run-sources.js';
import { addSource, checkSourceUrl } from '../ingest/sources.js';
import { openCore } from '../main.js';
import { IngestProgress } from './ingest-progress.js';
import type { CliIo } from './io.js';
import { usageError } from './usage-error.js';

export const usage = `Usage: rivalwatch ingest FILE|URL…             ingest feeds, pages or text files once; new facts alert
       rivalwatch ingest --baseline FILE|URL…  the same, stored as background: no alerts
       rivalwatch ingest --all                 ingest every enabled source now

A FILE or URL may be an RSS/Atom feed (each item is read), a web page (its main text) or a plain
text file: the first line is the title, and an optional second line "Published: YYYY-MM-DD" dates
it. Relative dates ("last year", "vorig jaar") count from that date; a text file without that line
is dated by its modification time, and the summary says so. Sources named here are remembered
(not polled). Exit 0 when at least one source worked, 1 when all failed, 2 on bad usage.
`;

const FLAGS = ['--all', '--baseline'];

/**
 * A command-line input as a source URL: an http(s) URL checked as /sources add checks it, a
 * file:// URL or a path as an absolute path. Another scheme (ftp://, a mistyped htp://) is refused
 * by name rather than looked for as a file.
 */
function inputUrl(input: string): { ok: true; url: string } | { ok: false; reason: string } {
  if (isRemote(input)) return checkSourceUrl(input);
  if (/^file:\/\//i.test(input)) {
    try {
      return { ok: true, url: fileURLToPath(input) };
    } catch {
      return { ok: false, reason: 'not a file URL this system can open' };
    }
  }
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(input)?.[1];
  if (scheme) return { ok: false, reason: `${scheme}:// is not supported: give an http:// or https:// URL, or a file path` };
  return { ok: true, url: resolve(input) };
}

/**
 * `rivalwatch ingest`: one ingestion run, with a progress bar on a terminal and a summary at the
 * end. Exit 0 when at least one source worked, 1 when every source failed, 2 on bad usage.
 */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const unknown = argv.find((a) => a.startsWith('-') && !FLAGS.includes(a));
  if (unknown) return usageError(io, 'ingest', `unknown option ${unknown}`, usage);
  const all = argv.includes('--all');
  const quiet = argv.includes('--baseline');
  const inputs = argv.filter((a) => !FLAGS.includes(a));
  if (!all && !inputs.length) return usageError(io, 'ingest', 'nothing to ingest: name a FILE or URL, or --all', usage);
  // The same start as `rivalwatch start` (.env, migrations, seeds), so facts find their competitors.
  const core = await openCore(io.env, systemClock, { writesMuch: true });
  const { config, log, db: handle } = core;
  let stopListening = () => {};
  try {
    const nowIso = systemClock.now().toISOString();
    const sources: SourceRow[] = [];
    for (const input of inputs) {
      const url = inputUrl(input);
      if (!url.ok) {
        io.stderr.write(`rivalwatch ingest: ${input}: ${url.reason}\n`);
        return 2;
      }
      if (!isRemote(url.url) && !existsSync(url.url)) {
        io.stderr.write(`rivalwatch ingest: ${input}: no such file\n`);
        return 2;
      }
      if (!isRemote(url.url) && statSync(url.url).isDirectory()) {
        io.stderr.write(`rivalwatch ingest: ${input}: is a directory: name the files in it (${join(input, '*.txt')})\n`);
        return 2;
      }
      // One-off inputs are remembered (for provenance and health) but not polled. What someone hands
      // over by name is news: its new facts alert (unlike the first read of a subscribed feed,
      // whose backlog is background), unless they asked for --baseline.
      const { source } = await addSource(handle.db, { url: url.url, enabled: false }, nowIso);
      // The same input named twice (or by two spellings of one path or URL) is read once.
      if (sources.some((s) => s.id === source.id)) continue;
      // A source that is polled keeps its own baseline state: only one-off inputs are decided here.
      if (source.enabled) {
        sources.push(source);
        continue;
      }
      const baselineDone = quiet ? 0 : 1;
      if (source.baseline_done !== baselineDone) {
        await handle.db.updateTable('sources').set({ baseline_done: baselineDone }).where('id', '=', source.id).execute();
      }
      sources.push({ ...source, baseline_done: baselineDone });
    }
    if (all) {
      const enabled = await handle.db.selectFrom('sources').selectAll().where('enabled', '=', 1).orderBy('id').execute();
      for (const s of enabled) if (!sources.some((x) => x.id === s.id)) sources.push(s);
    }
    if (!sources.length) {
      io.stdout.write('No sources to ingest. Add one with /sources add <url> or pass FILE|URL.\n');
      return 0;
    }
    const progress = new IngestProgress(io, sources.length);
    // Ctrl-C: what finished sources stored is committed and stays; say so, and what was left.
    const interrupted = () => {
      progress.stop();
      const left = sources.length - progress.finished.length;
      io.stdout.write(
        `\nInterrupted after ${progress.finished.length} of ${sources.length} source(s): what they stored is kept; ` +
          `${left} not finished (run the same command again to read them).\n${summary(progress.partialReport())}`,
      );
      process.exit(130);
    };
    process.once('SIGINT', interrupted);
    stopListening = () => process.off('SIGINT', interrupted);
    // New facts and conflicts fan out to subscriptions in the merge transaction, exactly as when
    // polling; a running `rivalwatch start` delivers them.
    // Counted in the database: a chunk rolled back and retried item by item runs the hook twice.
    const { onMerged } = await import('../alerts/fan-out.js');
    const alertRows = async () =>
      Number((await handle.db.selectFrom('outbox').select((eb) => eb.fn.countAll<number>().as('n')).where('kind', '=', 'alert').executeTakeFirst())?.n ?? 0);
    const before = await alertRows();
    const report = await runSources(
      {
        db: handle.db,
        clock: systemClock,
        log,
        fetch: fetchSettingsFrom(config),
        onMerged: (trx, result, fact, item) => onMerged(trx, result, fact, item).then(() => {}),
        failuresListed: true,
      },
      sources,
      {
        concurrency: config.INGEST_CONCURRENCY,
        onStart: (source) => progress.sourceStarted(source),
        onDone: (report) => progress.sourceDone(report),
      },
    );
    io.stdout.write(summary(report, (await alertRows()) - before));
    return report.failed === report.sources.length ? 1 : 0;
  } finally {
    stopListening();
    await handle.close();
  }
}

/** The end-of-run summary: totals, then one line per source that failed. */
export function summary(report: RunReport, alertsQueued = 0): string {
  const t = report.total;
  const ok = report.sources.filter((s) => s.ok);
  // A 304 says nothing changed since the last fetch: "0 new, 0 duplicate" would say it was read.
  const allNotModified = ok.length > 0 && ok.every((s) => s.notModified);
  const lines = [
    `Sources: ${report.sources.length - report.failed} ok, ${report.failed} failed`,
    allNotModified
      ? `Items: not modified since the last fetch (HTTP 304), nothing to read`
      : `Items: ${t.itemsNew} new (${t.itemsSameStory} retelling a known story), ${t.itemsDuplicate} duplicate`,
    `Facts: ${t.factsNew} new, ${t.factsCorroborated} corroborated, ${t.factsConflicting} conflicting`,
  ];
  const baseline = report.sources.filter((s) => s.ok && s.baseline && s.tally.itemsNew > 0).length;
  if (baseline) lines.push(`Baseline: ${baseline} source(s) stored without alerts`);
  if (alertsQueued) lines.push(`Alerts: ${alertsQueued} queued for subscribed channels (sent by a running rivalwatch start)`);
  for (const s of report.sources) {
    if (!s.ok) lines.push(`  error  ${s.label}: ${s.error}`);
    else if (s.itemErrors) lines.push(`  warn   ${s.label}: ${s.itemErrors} item(s) could not be stored`);
    if (s.ok && s.notModified && !allNotModified) lines.push(`  note   ${s.label}: not modified since the last fetch (HTTP 304)`);
    if (s.ok && s.unreadableDateLine) {
      lines.push(`  note   ${s.label}: the line "${s.unreadableDateLine}" could not be read as a date: write it as ${DATE_LINE_FORMAT}`);
    }
    if (s.ok && s.guessedCharset) {
      lines.push(`  note   ${s.label}: not valid UTF-8 and no charset declared, so it was read as ${s.guessedCharset} (save it as UTF-8 to be sure)`);
    }
    if (s.ok && s.datedByMtime && s.tally.itemsNew > 0) {
      lines.push(
        `  note   ${s.label}: ${s.unreadableDateLine ? 'no readable' : 'no'} "Published: YYYY-MM-DD" second line, so it is dated by the file's modification time, ${s.datedByMtime.slice(0, 10)} (relative dates such as "last year" count from there)`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

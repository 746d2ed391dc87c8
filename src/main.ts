/**
 * The composition root: the one place that reads configuration, opens the database and builds
 * each part from what it needs. Everything below receives its dependencies from here.
 */
import type { Server } from 'node:http';
import { commands } from '../commands/index.js';
import { createShellAdapter } from './adapters/shell/shell-adapter.js';
import { createShellNotifier } from './adapters/shell/shell-notifier.js';
import type { Notifier } from './alerts/notifier.js';
import type { CliIo } from './cli/io.js';
import { type Clock, systemClock } from './clock.js';
import type { Adapter } from './core/adapter.js';
import type { CommandContext, Services } from './core/command.js';
import { StartFailure } from './core/start-failure.js';
import { type Config, ConfigError, discordConfigured, halfSetChat, loadConfig, slackConfigured } from './config.js';
import { connect, type Db } from './db/connect.js';
import { migrate } from './db/migrate.js';
import { databaseOpenFailure } from './db/open-failure.js';
import { seed } from './domain/seed.js';
import { withEnvFile } from './env-file.js';
import { createLogger, type Logger } from './logger.js';
import { opsRoutes, type Route } from './ops/http-routes.js';
import { startHttpServer } from './ops/http-server.js';

/** What every front-end and worker shares: configuration, a migrated and seeded database. */
export interface Core {
  config: Config;
  log: Logger;
  clock: Clock;
  db: Db;
  services: Services;
  /** A summary for humans: where the data is, what the seeds added. */
  status: string;
  /** Sends log lines elsewhere from now on (default: stderr); the terminal session prints them above its prompt. */
  logTo(write: (line: string) => void): void;
}

/**
 * Steps 1–4: config (env over .env) → logger → database → migrations → seeds. `writesMuch`: the
 * process stores many items (start, ingest), so SQLite's checkpoints get a thread of their own
 * (see startCheckpointer); one-shot commands do without it.
 */
export async function openCore(env: Record<string, string | undefined>, clock: Clock = systemClock, opts: { writesMuch?: boolean } = {}): Promise<Core> {
  const config = loadConfig(withEnvFile(env));
  let write = (line: string) => {
    process.stderr.write(`${line}\n`);
  };
  const log = createLogger(config.LOG_LEVEL, config.LOG_FORMAT, (line) => write(line));
  const db = openDatabase(config.DATABASE_URL, opts.writesMuch ?? false);
  try {
    const applied = await migrate(db).catch((err: unknown) => {
      throw databaseOpenFailure(db.location, err);
    });
    if (applied.length) log.debug('migrated', { applied });
    let seeded = '';
    if (config.SEED) {
      const counts = await seed(db.db, clock.now().toISOString());
      log.debug('seeded', { ...counts });
      seeded = counts.facts.new ? `, seeded ${counts.facts.new} baseline facts` : '';
    }
    const logTo = (w: (line: string) => void) => {
      write = w;
    };
    return { config, log, clock, db, services: {}, status: `data in ${db.location}${seeded}`, logTo };
  } catch (err) {
    await db.close();
    throw err;
  }
}

/** A database that cannot even be opened (a SQLite path that cannot be created) stops with DATABASE_URL named. */
function openDatabase(url: string, checkpointThread: boolean): Db {
  try {
    return connect(url, { checkpointThread });
  } catch (err) {
    throw databaseOpenFailure(url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1@'), err);
  }
}

export const commandContext = (core: Core): Omit<CommandContext, 'channel' | 'invoker'> => ({
  db: core.db.db,
  config: core.config,
  clock: core.clock,
  log: core.log,
  services: core.services,
});

/** all: everything in one process; chat: slash commands only; worker: polling, alerts and digests only. */
export type Role = 'all' | 'chat' | 'worker';

const hasChatTokens = (c: Config) => slackConfigured(c) || discordConfigured(c);

/**
 * `rivalwatch start [--role all|chat|worker]`: runs until the terminal session ends or the process
 * is stopped. Several processes may share one database: sources and deliveries are leased, digests
 * are unique per subscription and local date.
 */
export async function main(io: CliIo, role: Role = 'all'): Promise<number> {
  // Checked before the database opens: a half-configured platform stops the start, as a bad value does.
  const halfSet = halfSetChat(loadConfig(withEnvFile(io.env)));
  if (halfSet) throw new ConfigError(halfSet);
  const core = await openCore(io.env, systemClock, { writesMuch: true });
  const { config, log } = core;
  const db = core.db.db;
  const adapters: Adapter[] = [];
  const stops: (() => Promise<unknown>)[] = [];
  const routes = opsRoutes(db, core.clock, role);
  const chat = role !== 'worker';
  const work = role !== 'chat';

  // 5. Chat adapters. Their notifiers post alerts and digests; a worker builds them without starting them.
  const notifiers: Partial<Record<string, Notifier>> = {};
  // Platform SDKs load only when configured: a terminal session or a one-shot command starts fast.
  const slack = slackConfigured(config)
    ? (await import('./adapters/slack/index.js')).createSlackAdapter({ ...commandContext(core), commands, routes })
    : undefined;
  if (slack) notifiers.slack = slack.notifier;
  const discord = discordConfigured(config)
    ? (await import('./adapters/discord/index.js')).createDiscordAdapter({ ...commandContext(core), commands })
    : undefined;
  if (discord) notifiers.discord = discord.notifier;
  // Shards are gateway connections: only a chat process opens them; a worker posts over REST alone.
  if (config.DISCORD_SHARDS !== undefined && !discord) log.warn('DISCORD_SHARDS is set but Discord is not configured: ignored');
  if (chat) adapters.push(...[slack, discord].filter((a) => a !== undefined));

  // 6. No chat token: the terminal is the chat, and alerts for its subscriptions print there.
  const shell =
    chat && !hasChatTokens(config)
      ? createShellAdapter({
          commands,
          context: commandContext(core),
          input: io.stdin,
          output: io.stdout,
          banner: `rivalwatch: ${core.status}. Type /help, or /quit to leave.`,
        })
      : undefined;
  if (shell) adapters.push(shell);
  // On a terminal, a log line goes above the prompt, which is drawn again with what was typed.
  if (shell?.interactive) core.logTo((line) => shell.printAbove(line, io.stderr));
  notifiers.shell = createShellNotifier(io.stdout);

  // 7. /healthz and /metrics on PORT (Slack's HTTP receiver serves them when it owns the port),
  // then the chat adapters. Nothing runs in the background yet, so a failure here leaves nothing behind.
  // Commands piped into the terminal (a script) run and exit without a server or background work.
  const scripted = shell !== undefined && io.stdin.isTTY !== true;
  const slackOwnsPort = chat && slack !== undefined && !config.SLACK_APP_TOKEN;
  const started: Adapter[] = [];
  try {
    if (!slackOwnsPort && !scripted) {
      const server = await serveOps(routes, config.PORT, log, shell !== undefined);
      if (server) stops.push(() => new Promise((resolve) => server.close(resolve)));
    }
    for (const adapter of adapters) {
      started.push(adapter);
      await adapter.start();
    }
  } catch (err) {
    await closeAll(started, stops, core, log);
    throw err;
  }

  // 8. Work: feed polling (new facts fan out to subscriptions in the same transaction), then delivery and digests.
  if (work && !scripted) {
    const { startAlerts } = await import('./alerts/start.js');
    const { onMerged } = await import('./alerts/fan-out.js');
    const { startPolling } = await import('./ingest/polling.js');
    const alerts = startAlerts({ db, clock: core.clock, log, config, notifiers });
    stops.push(() => alerts.stop());
    if (config.POLL) {
      const polling = startPolling({
        db,
        config,
        clock: core.clock,
        log,
        onMerged: async (trx, result, fact, item) => {
          await onMerged(trx, result, fact, item);
          alerts.wake();
        },
      });
      stops.push(() => polling.stop());
    }
  }

  // Piped commands are a script's, like a one-shot command: stderr stays for what went wrong.
  const summary = { role, adapters: adapters.map((a) => a.name), database: core.db.location };
  if (scripted) log.debug('started', summary);
  else log.info('started', summary);
  const code = shell ? await shell.done : await untilStopped();
  await closeAll(started, stops, core, log);
  return code;
}

/**
 * The ops server. PORT taken: a service stops (its health checks would fail anyway), but a
 * terminal session only warns, so a second `npm start` beside a running bot still gets its prompt.
 */
async function serveOps(routes: Route[], port: number, log: Logger, terminal: boolean): Promise<Server | undefined> {
  try {
    return await startHttpServer(routes, port);
  } catch (err) {
    const taken = (err as { code?: unknown }).code === 'EADDRINUSE';
    const why = taken ? `PORT ${port} is already in use` : `cannot listen on PORT ${port}: ${(err as Error).message}`;
    if (!terminal) throw new StartFailure(`${why}; set PORT to a free port`);
    log.warn(`${why}: /healthz and /metrics are not served (set PORT to a free port to serve them)`);
    return undefined;
  }
}

/** Stops adapters newest first, then background work and servers, then closes the database. */
async function closeAll(adapters: Adapter[], stops: (() => Promise<unknown>)[], core: Core, log: Logger): Promise<void> {
  const quietly = (what: string) => (err: unknown) => log.debug(`stopping ${what} failed`, { err });
  for (const adapter of [...adapters].reverse()) await adapter.stop().catch(quietly(adapter.name));
  for (const stop of [...stops].reverse()) await stop().catch(quietly('background work'));
  await core.db.close();
}

function untilStopped(): Promise<number> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve(0));
    process.once('SIGTERM', () => resolve(0));
  });
}

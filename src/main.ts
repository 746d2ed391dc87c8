/**
 * The composition root: the one place that reads configuration, opens the database and builds
 * each part from what it needs. Everything below receives its dependencies from here.
 */
import { commands } from '../commands/index.js';
import { createDiscordAdapter, discordConfigured } from './adapters/discord/index.js';
import { createShellAdapter } from './adapters/shell/shell-adapter.js';
import { createSlackAdapter } from './adapters/slack/index.js';
import type { Notifier } from './alerts/notifier.js';
import type { CliIo } from './cli/io.js';
import { type Clock, systemClock } from './clock.js';
import type { Adapter } from './core/adapter.js';
import type { CommandContext, Services } from './core/command.js';
import { type Config, loadConfig } from './config.js';
import { connect, type Db } from './db/connect.js';
import { migrate } from './db/migrate.js';
import { seed } from './domain/seed.js';
import { withEnvFile } from './env-file.js';
import { createLogger, type Logger } from './logger.js';

/** What every front-end and worker shares: configuration, a migrated and seeded database. */
export interface Core {
  config: Config;
  log: Logger;
  clock: Clock;
  db: Db;
  services: Services;
  /** A summary for humans: where the data is, what the seeds added. */
  status: string;
}

/** Steps 1–4: config (env over .env) → logger → database → migrations → seeds. */
export async function openCore(env: Record<string, string | undefined>, clock: Clock = systemClock): Promise<Core> {
  const config = loadConfig(withEnvFile(env));
  const log = createLogger(config.LOG_LEVEL, config.LOG_FORMAT);
  const db = connect(config.DATABASE_URL);
  try {
    const applied = await migrate(db);
    if (applied.length) log.debug('migrated', { applied });
    let seeded = '';
    if (config.SEED) {
      const counts = await seed(db.db, clock.now().toISOString());
      log.debug('seeded', { ...counts });
      seeded = counts.facts.new ? `, seeded ${counts.facts.new} baseline facts` : '';
    }
    return { config, log, clock, db, services: {}, status: `data in ${db.location}${seeded}` };
  } catch (err) {
    await db.close();
    throw err;
  }
}

export const commandContext = (core: Core): Omit<CommandContext, 'channel' | 'invoker'> => ({
  db: core.db.db,
  config: core.config,
  clock: core.clock,
  log: core.log,
  services: core.services,
});

const hasChatTokens = (c: Config) => Boolean(c.SLACK_BOT_TOKEN || c.DISCORD_TOKEN);

/** `rivalwatch start`: runs until the terminal session ends or the process is stopped. */
export async function main(io: CliIo): Promise<number> {
  const core = await openCore(io.env);
  const adapters: Adapter[] = [];
  /** Chat notifiers by platform, for the alerts delivery worker (step 6). */
  const notifiers: Partial<Record<string, Notifier>> = {};

  // 5. Ingestion: feed polling when POLL is on (src/ingest) — wired here.
  // 6. Alerts: outbox delivery and digest scheduler over the chat notifiers (src/alerts) — wired here.
  // 7. Chat adapters: Slack when SLACK_BOT_TOKEN is set, Discord when DISCORD_TOKEN is set — wired here.
  if (core.config.SLACK_BOT_TOKEN) {
    const slack = createSlackAdapter({ ...commandContext(core), commands });
    adapters.push(slack);
    notifiers.slack = slack.notifier;
  }
  // Discord: `discord.notifier` is the alerts notifier for platform 'discord' (works before start()).
  const discord = discordConfigured(core.config)
    ? createDiscordAdapter({ ...commandContext(core), commands })
    : undefined;
  if (discord) adapters.push(discord);

  // 8. No chat token: the terminal is the chat.
  const shell = hasChatTokens(core.config)
    ? undefined
    : createShellAdapter({
        commands,
        context: commandContext(core),
        input: io.stdin,
        output: io.stdout,
        banner: `rivalwatch: ${core.status}. Type /help, or /quit to leave.`,
      });
  if (shell) adapters.push(shell);

  for (const adapter of adapters) await adapter.start();
  core.log.debug('started', { adapters: adapters.map((a) => a.name) });
  const code = shell ? await shell.done : await untilStopped();
  for (const adapter of adapters.reverse()) await adapter.stop();
  await core.db.close();
  return code;
}

function untilStopped(): Promise<number> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve(0));
    process.once('SIGTERM', () => resolve(0));
  });
}

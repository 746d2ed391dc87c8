import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Database } from '../db/schema.js';
import type { Logger } from '../logger.js';
import type { Reply } from '../messages/reply.js';

/** Where a command was typed. Platform-neutral: adapters fill it in. */
export interface Channel {
  platform: 'shell' | 'slack' | 'discord';
  /** Slack team id, Discord guild id, "local" for the shell. */
  workspace: string;
  channel: string;
}

export interface Invoker {
  id: string;
  name?: string;
  /** Workspace admin/owner, Manage Server, or listed in config: may change sources and subscriptions. */
  isAdmin: boolean;
}

/** Everything a command may use, passed in by the adapter. */
export interface CommandContext {
  db: Kysely<Database>;
  config: Config;
  clock: Clock;
  log: Logger;
  channel: Channel;
  invoker: Invoker;
  /** Optional services wired in main (ingestion for /sources add, digest preview...). */
  services: Services;
  /**
   * How this platform spells a command, when it differs from the core name: Slack and Discord
   * register /help as /rivalwatch. Replies that name commands use it. Absent: the core name.
   */
  commandName?: (coreName: string) => string;
  /**
   * Who may run admin commands here, in this platform's words ("members with the Manage Server
   * permission…"): refusals name it. Absent: a generic wording.
   */
  admins?: string;
  /**
   * Set by the adapter when the platform says at command time that the bot cannot post in this
   * channel: why, and how to fix it. /subscribe refuses with it rather than save a subscription
   * whose first alert would fail. Absent: posting is assumed to work (or cannot be told cheaply).
   */
  cannotPost?: string;
  /**
   * False in a one-shot CLI run (`rivalwatch sources add …`), where nothing polls sources until
   * `npm start` runs: replies do not promise a fetch "within a minute". Absent: a poller runs.
   */
  pollsSources?: boolean;
}

/** Hooks a command may need from parts wired in main; absent ones make the command say so. */
export interface Services {
  [name: string]: unknown;
}

/** An argument as adapters see it: Discord turns these into typed options, Slack and the shell into words. */
export interface OptionSpec {
  name: string;
  description: string;
  required: boolean;
  /** competitor: autocompleted from competitors and aliases; choice: one of `choices`. */
  kind: 'competitor' | 'string' | 'choice' | 'integer';
  choices?: string[];
}

export interface Command<A = unknown> {
  name: string;
  description: string;
  /** One line: "/compare <competitor> <competitor> [more…]". */
  usage: string;
  /** Example invocations shown by /help. */
  examples: string[];
  options: OptionSpec[];
  /** Other names typed for it, e.g. /rivalwatch for /help (the name Slack and Discord use). */
  aliases?: string[];
  /** read: anyone; admin: changes shared state (sources, subscriptions). */
  access: 'read' | 'admin';
  /** Validates the words typed after the command name; a failure becomes a usage reply. */
  args: z.ZodType<A, string[]>;
  execute(ctx: CommandContext, args: A): Promise<Reply>;
}

/** Helps TypeScript infer A from the schema while the registry holds Command<any>. */
export const defineCommand = <A>(command: Command<A>): Command<A> => command;

import type { App, RespondFn } from '@slack/bolt';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Clock } from '../../clock.js';
import type { Config } from '../../config.js';
import type { Command, Services } from '../../core/command.js';
import { dispatch } from '../../core/dispatch.js';
import type { Database } from '../../db/schema.js';
import type { Logger } from '../../logger.js';
import type { Reply } from '../../messages/reply.js';
import type { AdminCheck } from './admin-check.js';
import { renderBlocks } from './render-blocks.js';

/** Slack reserves /help, so the help command is typed as /rivalwatch. */
export const slackCommandName = (coreName: string): string => (coreName === 'help' ? 'rivalwatch' : coreName);

/** The fields of a slash-command payload we rely on; anything else Slack sends is ignored. */
const slashPayload = z.object({
  command: z.string().regex(/^\/\S+$/),
  text: z.string().default(''),
  user_id: z.string().min(1),
  user_name: z.string().optional(),
  channel_id: z.string().min(1),
  team_id: z.string().min(1).optional(),
  enterprise_id: z.string().optional(),
  response_url: z.string().optional(),
});

export interface SlashDeps {
  // biome-ignore lint/suspicious/noExplicitAny: the registry holds commands of different argument types (see defineCommand)
  commands: readonly Command<any>[];
  db: Kysely<Database>;
  config: Config;
  clock: Clock;
  log: Logger;
  services: Services;
  isAdmin: AdminCheck;
}

/**
 * Registers one Bolt listener per command. Each acks at once (Slack allows 3 seconds), then runs
 * the command through the shared dispatcher and answers through response_url: results in the
 * channel for everyone, usage errors, "not found", refusals and failures only to the person who typed.
 */
export function registerSlashCommands(app: App, deps: SlashDeps): string[] {
  const names = deps.commands.map((c) => c.name);
  for (const name of names) {
    app.command(`/${slackCommandName(name)}`, async ({ command, ack, respond, client }) => {
      await ack();
      const payload = slashPayload.safeParse(command);
      if (!payload.success) {
        deps.log.warn('slack: malformed slash command payload', { issue: payload.error.issues[0]?.message });
        await respond({ response_type: 'ephemeral', text: 'Sorry, Slack sent a command rivalwatch could not read.' });
        return;
      }
      const p = payload.data;
      const reply = await runCommand(deps, name, p);
      await answer(deps.log, reply, respond, async (message) => {
        await client.chat.postMessage({ channel: p.channel_id, ...message, unfurl_links: false });
      });
    });
  }
  return names.map((n) => `/${slackCommandName(n)}`);
}

async function runCommand(deps: SlashDeps, name: string, p: z.infer<typeof slashPayload>): Promise<Reply> {
  const workspace = p.team_id ?? p.enterprise_id ?? 'unknown';
  const isAdmin = await deps.isAdmin(workspace, p.user_id);
  return dispatch(
    deps.commands,
    {
      db: deps.db,
      config: deps.config,
      clock: deps.clock,
      log: deps.log,
      services: deps.services,
      commandName: slackCommandName,
      channel: { platform: 'slack', workspace, channel: p.channel_id },
      invoker: { id: p.user_id, ...(p.user_name ? { name: p.user_name } : {}), isAdmin },
    },
    name,
    p.text,
  );
}

/**
 * Posts the reply. An answer meant for the channel falls back to chat.postMessage when the
 * response_url is gone (expired, used five times); a private one has no such fallback.
 */
async function answer(
  log: Logger,
  reply: Reply,
  respond: RespondFn,
  postInChannel: (m: { text: string; blocks: ReturnType<typeof renderBlocks>['blocks'] }) => Promise<void>,
): Promise<void> {
  const message = renderBlocks(reply);
  const inChannel = reply.status === 'ok';
  try {
    await respond({ response_type: inChannel ? 'in_channel' : 'ephemeral', ...message });
  } catch (err) {
    log.warn('slack: respond() failed', { error: err instanceof Error ? err.message : String(err), inChannel });
    if (!inChannel) return;
    try {
      await postInChannel(message);
    } catch (postErr) {
      log.error('slack: could not deliver a command answer', {
        error: postErr instanceof Error ? postErr.message : String(postErr),
      });
    }
  }
}

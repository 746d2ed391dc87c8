import { z } from 'zod';
import { dispatch } from '../../core/dispatch.js';
import { usage } from '../../messages/reply.js';
import { SLACK_ADMINS } from './admin-check.js';
import { postMessage } from './post-message.js';
import { cannotPostIn } from './postable-channel.js';
import { renderBlocks } from './render-blocks.js';
import { sendAnswer } from './send-answer.js';
/** Slack reserves /help, so the help command is typed as /rivalwatch. */
export const slackCommandName = (coreName) => (coreName === 'help' ? 'rivalwatch' : coreName);
/** The fields of a slash-command payload we rely on; anything else Slack sends is ignored. */
const slashPayload = z.object({
    command: z.string().regex(/^\/\S+$/),
    text: z.string().default(''),
    user_id: z.string().min(1),
    user_name: z.string().optional(),
    channel_id: z.string().min(1),
    channel_name: z.string().optional(),
    team_id: z.string().min(1).optional(),
    enterprise_id: z.string().optional(),
    response_url: z.string().optional(),
});
/**
 * Registers one Bolt listener per command. Each acks at once (Slack allows 3 seconds), then runs
 * the command through the shared dispatcher and answers through response_url: results in the
 * channel for everyone, usage errors, "not found", refusals and failures only to the person who typed.
 * A command Slack sends that rivalwatch does not know (an app manifest older or newer than the code)
 * gets a private answer naming the commands that exist, instead of Slack's "dispatch_failed".
 */
export function registerSlashCommands(app, deps) {
    const names = deps.commands.map((c) => c.name);
    const slashNames = names.map((n) => `/${slackCommandName(n)}`);
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
            await sendAnswer(deps.log, renderBlocks(reply), reply.status === 'ok' ? 'in_channel' : 'ephemeral', respond, async (message) => {
                await postMessage(client, deps.log, p.channel_id, message);
            });
        });
    }
    app.command(/^\//, async ({ command, ack, respond }) => {
        if (slashNames.includes(command.command))
            return;
        await ack();
        deps.log.warn('slack: a slash command rivalwatch does not know; update the app from `rivalwatch slack-manifest`', {
            command: command.command,
        });
        await sendAnswer(deps.log, renderBlocks(unknownCommand(command.command, slashNames)), 'ephemeral', respond, async () => { });
    });
    return slashNames;
}
/** The private answer to a command the Slack app declares but this rivalwatch does not have. */
function unknownCommand(command, known) {
    const help = known.find((n) => n === `/${slackCommandName('help')}`);
    return usage(`rivalwatch has no ${command.slice(0, 40)} command.`, `Its commands: ${known.join(', ')}.${help ? ` ${help} explains each.` : ''}`);
}
async function runCommand(deps, name, p) {
    const workspace = p.team_id ?? p.enterprise_id ?? 'unknown';
    const isAdmin = await deps.isAdmin(workspace, p.user_id);
    const cannotPost = cannotPostIn(p.channel_name);
    return dispatch(deps.commands, {
        db: deps.db,
        config: deps.config,
        clock: deps.clock,
        log: deps.log,
        services: deps.services,
        commandName: slackCommandName,
        admins: SLACK_ADMINS,
        ...(cannotPost ? { cannotPost } : {}),
        channel: { platform: 'slack', workspace, channel: p.channel_id },
        invoker: { id: p.user_id, ...(p.user_name ? { name: p.user_name } : {}), isAdmin },
    }, name, p.text);
}
//# sourceMappingURL=slash-commands.js.map
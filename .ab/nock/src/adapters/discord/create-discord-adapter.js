import { Client, Events, GatewayIntentBits } from 'discord.js';
import { destroyClient } from './destroy-client.js';
import { createDiscordNotifier } from './discord-notifier.js';
import { handleAutocomplete, handleChatInput } from './handle-interaction.js';
import { shardOptions } from './sharding.js';
import { discordStartFailure } from './start-failure.js';
import { readyWithin } from './wait-ready.js';
export { discordConfigured } from '../../config.js';
/**
 * The Discord front-end: a discord.js gateway client (Guilds intent only: slash commands need no
 * privileged intents) that answers interactions through the shared dispatcher, plus a Notifier
 * posting to channels. DISCORD_API_URL points REST (and, through GET /gateway/bot, the gateway)
 * somewhere else: a proxy or the local test double. DISCORD_SHARDS opens several gateway shards
 * in this one client (see sharding.ts).
 */
export function createDiscordAdapter(options) {
    const { config, log } = options;
    if (!config.DISCORD_TOKEN || !config.DISCORD_APPLICATION_ID) {
        throw new Error('DISCORD_TOKEN and DISCORD_APPLICATION_ID must both be set to start the Discord adapter');
    }
    const token = config.DISCORD_TOKEN;
    const client = new Client({
        intents: [GatewayIntentBits.Guilds],
        rest: config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {},
        ...shardOptions(config.DISCORD_SHARDS),
    });
    client.rest.setToken(token);
    const deps = { ...options, services: options.services ?? {} };
    client.on(Events.InteractionCreate, (interaction) => void onInteraction(interaction, deps));
    client.on(Events.Error, (err) => log.error('discord: client error', { err }));
    client.on(Events.Warn, (message) => log.warn(`discord: ${message}`));
    client.on(Events.ShardReady, (shard) => log.debug('discord: shard ready', { shard }));
    client.on(Events.ShardDisconnect, (event, shard) => log.warn('discord: shard disconnected', { shard, code: event.code }));
    client.on(Events.ShardError, (err, shard) => log.error('discord: shard error', { err, shard }));
    return {
        name: 'discord',
        client,
        notifier: createDiscordNotifier(client.rest, log),
        async start() {
            // login() resolves only once every shard is READY; a gateway that never sends READY would
            // keep it (and `rivalwatch start`) waiting forever, reconnecting every 15 s.
            const wait = readyWithin(client, config.DISCORD_START_TIMEOUT_SECONDS);
            try {
                await Promise.all([client.login(token), wait.ready]);
            }
            catch (err) {
                // A refused token or an unreachable address fails login at once: no timer may keep the process alive.
                wait.cancel();
                await destroyClient(client);
                throw discordStartFailure(err, config, client.ws.gateway);
            }
            log.info('discord: connected', {
                user: client.user?.tag,
                application: config.DISCORD_APPLICATION_ID,
                shards: config.DISCORD_SHARDS === undefined ? undefined : client.options.shardCount,
            });
        },
        async stop() {
            await destroyClient(client);
        },
    };
}
async function onInteraction(interaction, deps) {
    try {
        if (interaction.isChatInputCommand())
            await handleChatInput(interaction, deps);
        else if (interaction.isAutocomplete())
            await handleAutocomplete(interaction, deps);
    }
    catch (err) {
        deps.log.error('discord: interaction failed', { err, id: interaction.id });
        // Leave no "rivalwatch is thinking…" behind; if the token expired this fails too, quietly.
        if (interaction.isChatInputCommand() && interaction.deferred) {
            await interaction
                .editReply({ content: 'Sorry, this answer could not be shown. Please try again.', embeds: [] })
                .catch(() => undefined);
        }
    }
}
//# sourceMappingURL=create-discord-adapter.js.map
import { DefaultRestOptions, DiscordAPIError } from 'discord.js';
import { networkReason } from '../../core/start-failure.js';
/**
 * One line for a `discord register` that failed, naming the setting to check: the token (401),
 * the application id or the server (403/404: the token belongs to another application, or the
 * bot was not added to that server), or the address (unreachable, no answer).
 */
export function registerFailure(err, config, guild) {
    const api = config.DISCORD_API_URL ?? DefaultRestOptions.api;
    if (err instanceof DiscordAPIError) {
        const what = `Discord answered ${err.status} ${err.code}: ${err.message.split('\n')[0]}`;
        if (err.status === 401)
            return `Registering failed: ${api} refused DISCORD_TOKEN; check DISCORD_TOKEN`;
        if (err.status === 403 || err.status === 404) {
            const check = guild
                ? `check that the bot is in server ${guild} (add it with the URL from \`rivalwatch discord invite\`) and that DISCORD_APPLICATION_ID is the application of DISCORD_TOKEN`
                : 'check that DISCORD_APPLICATION_ID is the application of DISCORD_TOKEN';
            return `Registering failed: ${what}; ${check}`;
        }
        return `Registering failed: ${what}`;
    }
    if (err instanceof Error && err.name === 'AbortError') {
        return `Registering failed: no answer from ${api} within ${DefaultRestOptions.timeout / 1000} s; check the network and DISCORD_API_URL`;
    }
    const unreachable = networkReason(err);
    if (unreachable)
        return `Registering failed: cannot reach ${api} (${unreachable}); check the network and DISCORD_API_URL`;
    return `Registering failed: ${err instanceof Error ? err.message : String(err)}`;
}
//# sourceMappingURL=register-failure.js.map
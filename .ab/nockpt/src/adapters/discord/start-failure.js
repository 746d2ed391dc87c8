import { DefaultRestOptions } from 'discord.js';
import { networkReason, StartFailure } from '../../core/start-failure.js';
import { NotReadyError } from './wait-ready.js';
/**
 * One line for a Discord login that failed: GET /gateway/bot at DISCORD_API_URL (a 401 there
 * is discord.js's TokenInvalid), then the gateway itself, which may never send READY.
 */
export function discordStartFailure(err, config, gateway) {
    const api = config.DISCORD_API_URL ?? DefaultRestOptions.api;
    if (err instanceof NotReadyError) {
        const where = gateway ? `the gateway ${gateway.replace(/\/$/, '')} (from ${api})` : `the gateway given by ${api}`;
        const shards = err.shardsExpected && err.shardsExpected > 1 ? ` (${err.shardsReady} of ${err.shardsExpected} shards ready)` : '';
        return new StartFailure(`Discord did not start: ${where} sent no READY within ${err.seconds} s${shards}; check DISCORD_API_URL and the network, or raise DISCORD_START_TIMEOUT_SECONDS`);
    }
    const code = err.code;
    const status = err.status;
    if (code === 'TokenInvalid' || status === 401) {
        return new StartFailure(`Discord did not start: ${api} refused DISCORD_TOKEN; check DISCORD_TOKEN`);
    }
    const unreachable = networkReason(err);
    if (unreachable) {
        return new StartFailure(`Discord did not start: cannot reach ${api} (${unreachable}); check the network and DISCORD_API_URL`);
    }
    const message = err instanceof Error ? err.message : String(err);
    return new StartFailure(`Discord did not start: ${message} (${api}); check DISCORD_TOKEN and DISCORD_API_URL`);
}
//# sourceMappingURL=start-failure.js.map
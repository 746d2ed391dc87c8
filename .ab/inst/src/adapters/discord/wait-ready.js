import { Events } from 'discord.js';
/** Thrown when the gateway made no progress towards READY for the whole allowed time. */
export class NotReadyError extends Error {
    seconds;
    shardsReady;
    shardsExpected;
    constructor(seconds, shardsReady, shardsExpected) {
        super(`no READY from the Discord gateway within ${seconds} s`);
        this.seconds = seconds;
        this.shardsReady = shardsReady;
        this.shardsExpected = shardsExpected;
    }
}
/**
 * Waits for the client to be ready, failing with NotReadyError when `seconds` pass without any
 * shard becoming ready. The clock restarts at each ready shard: shards log in one after another
 * (5 s apart unless Discord grants more concurrency), so a bot with many shards is not cut off
 * while it is still making progress.
 */
export function readyWithin(client, seconds) {
    let cancel = () => { };
    const ready = new Promise((resolve, reject) => {
        let shardsReady = 0;
        let timer;
        const arm = () => {
            clearTimeout(timer);
            timer = setTimeout(() => {
                done();
                // After GET /gateway/bot, discord.js replaces `auto` with the shard ids it opens.
                const shards = client.options.shards;
                const expected = Array.isArray(shards) ? shards.length : typeof shards === 'number' ? 1 : undefined;
                reject(new NotReadyError(seconds, shardsReady, expected));
            }, seconds * 1000);
        };
        const onShard = () => {
            shardsReady++;
            arm();
        };
        const done = () => {
            clearTimeout(timer);
            client.off(Events.ShardReady, onShard);
            client.off(Events.ClientReady, onReady);
        };
        const onReady = () => {
            done();
            resolve();
        };
        cancel = () => {
            done();
            resolve();
        };
        client.on(Events.ShardReady, onShard);
        client.once(Events.ClientReady, onReady);
        arm();
    });
    return { ready, cancel: () => cancel() };
}
//# sourceMappingURL=wait-ready.js.map
/** How long a close may take before the client is given up on (the socket is then left to the OS). */
const DESTROY_GRACE_MS = 5000;
/**
 * Closes the client's gateway connections and REST queue, also while a shard is still waiting for
 * HELLO or READY. There @discordjs/ws 1.2 aborts the pending wait, and the abort starts a second
 * destroy that reconnects and drops the first one's close handler: client.destroy() never settles
 * and the shard keeps reconnecting, which holds the process open after a failed start. Forgetting
 * the pending waits first (they end anyway when the socket closes) leaves one clean close.
 */
export async function destroyClient(client) {
    const manager = client.ws._ws;
    for (const shard of manager?.strategy?.shards?.values() ?? [])
        shard.timeoutAbortControllers?.clear();
    let timer;
    const grace = new Promise((resolve) => {
        timer = setTimeout(resolve, DESTROY_GRACE_MS).unref();
    });
    await Promise.race([client.destroy(), grace]);
    clearTimeout(timer);
}
//# sourceMappingURL=destroy-client.js.map
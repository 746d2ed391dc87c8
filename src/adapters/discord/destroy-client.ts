import type { Client } from 'discord.js';

/** How long a close may take before the client is given up on (the socket is then left to the OS). */
const DESTROY_GRACE_MS = 5000;

interface PendingWaits {
  timeoutAbortControllers?: Map<unknown, AbortController>;
}

/**
 * Closes the client's gateway connections and REST queue, also while a shard is still waiting for
 * HELLO or READY. There @discordjs/ws 1.2 aborts the pending wait, and the abort starts a second
 * destroy that reconnects and drops the first one's close handler: client.destroy() never settles
 * and the shard keeps reconnecting, which holds the process open after a failed start. Forgetting
 * the pending waits first (they end anyway when the socket closes) leaves one clean close.
 */
export async function destroyClient(client: Client): Promise<void> {
  const manager = (client.ws as unknown as { _ws?: { strategy?: { shards?: Map<number, PendingWaits> } } })._ws;
  for (const shard of manager?.strategy?.shards?.values() ?? []) shard.timeoutAbortControllers?.clear();
  let timer: NodeJS.Timeout | undefined;
  const grace = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, DESTROY_GRACE_MS).unref();
  });
  await Promise.race([client.destroy(), grace]);
  clearTimeout(timer);
}

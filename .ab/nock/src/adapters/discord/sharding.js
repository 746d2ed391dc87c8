/**
 * The gateway shards the chat process opens, from DISCORD_SHARDS (or `start --shards`).
 *
 * Sharding is internal: one discord.js Client holds every shard, one WebSocket each, rather than a
 * ShardingManager spawning a process per shard. rivalwatch asks only for the Guilds intent and
 * answers interactions, so a shard carries little gateway traffic and a small guild cache — the
 * memory and CPU that ShardingManager spreads over processes. One process also keeps the process
 * model of `--role`: the chat process opens the gateway, background work runs where the role says,
 * and no shard child needs its own database pool, migrations and health endpoint, nor has to be
 * kept from polling. Interactions are answered over REST by the client whose shard received them;
 * alerts and digests post over REST and need no shard at all, so workers never open the gateway.
 */
export function shardOptions(shards) {
    if (shards === undefined)
        return {};
    // `auto`: @discordjs/ws reads the count from GET /gateway/bot (DISCORD_API_URL when set).
    if (shards === 'auto')
        return { shards: 'auto' };
    return { shards: Array.from({ length: shards }, (_, id) => id), shardCount: shards };
}
//# sourceMappingURL=sharding.js.map
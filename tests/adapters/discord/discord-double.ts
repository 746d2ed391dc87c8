import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocket, WebSocketServer } from 'ws';

/**
 * A local stand-in for Discord (../shared/PLATFORMS.md): GET /api/v10/gateway/bot, a JSON gateway
 * (HELLO, IDENTIFY → READY, heartbeat ACK, pushed INTERACTION_CREATE), and REST endpoints that
 * record what the real discord.js client sends. Listens on 127.0.0.1, port 0. Sharded connections
 * (IDENTIFY with `shard: [id, count]`) each get the events of their own guilds, as on Discord.
 */
export interface DiscordDouble {
  /** Give this to discord.js as rest.api / DISCORD_API_URL. */
  apiUrl: string;
  requests: RecordedRequest[];
  /** Channel posts the double accepted (answered 200): what people would see. */
  delivered: { channelId: string; body: any }[];
  /** Queues answers for the next posts to a channel; unscripted posts succeed. */
  scriptChannel(channelId: string, ...answers: ScriptedAnswer[]): void;
  /** Answers the next request whose "METHOD /path" (after /api/v10) matches, once, instead of the usual route. */
  scriptRoute(route: RegExp, answer: ScriptedAnswer): void;
  /**
   * Sends an INTERACTION_CREATE dispatch on the gateway: to the connections of `shard` when given,
   * else to those of the shard that holds the interaction's guild (unsharded connections get all).
   */
  pushInteraction(interaction: Record<string, unknown>, to?: { shard: number }): void;
  /** Every IDENTIFY received, in order: `shard` is absent for an unsharded connection. */
  identifies: { shard?: [number, number]; intents: number }[];
  /** Resolves with the first recorded request (past or future) that matches. */
  waitFor(match: (r: RecordedRequest) => boolean): Promise<RecordedRequest>;
  /** Resolves once a client has identified on the gateway. */
  identified: Promise<void>;
  /** Gateway connections currently open. */
  openSockets(): number;
  close(): Promise<void>;
}

export interface RecordedRequest {
  method: string;
  /** Path after /api/v10, e.g. /channels/123/messages. */
  path: string;
  query: URLSearchParams;
  body: any;
  authorization: string | undefined;
}

export interface DoubleOptions {
  /** The `shards` count GET /gateway/bot recommends (what `auto` uses). Default 1. */
  recommendedShards?: number;
  /**
   * A gateway that accepts IDENTIFY but never sends READY (an overloaded or misrouted gateway, a
   * proxy that drops dispatches): GET /gateway/bot still answers.
   */
  withholdReady?: boolean;
}

/** Discord's routing: a guild's events go to shard (guild_id >> 22) % shard_count. */
export const shardOf = (guildId: string, count: number): number => Number((BigInt(guildId) >> 22n) % BigInt(count));

export interface ScriptedAnswer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export const BOT_USER = { id: '900000000000000001', username: 'rivalwatch', discriminator: '0', avatar: null, bot: true };

/** A 429 the way Discord sends it: JSON body plus the headers @discordjs/rest reads. */
export const rateLimited = (seconds: number): ScriptedAnswer => ({
  status: 429,
  body: { message: 'You are being rate limited.', retry_after: seconds, global: false },
  headers: {
    'retry-after': String(seconds),
    'x-ratelimit-limit': '5',
    'x-ratelimit-remaining': '0',
    'x-ratelimit-reset-after': String(seconds),
    'x-ratelimit-bucket': 'channel-messages',
    'x-ratelimit-scope': 'user',
  },
});

export const discordError = (status: number, code: number, message: string): ScriptedAnswer => ({
  status,
  body: { message, code },
});

export async function startDiscordDouble(applicationId: string, options: DoubleOptions = {}): Promise<DiscordDouble> {
  const requests: RecordedRequest[] = [];
  const waiters: { match: (r: RecordedRequest) => boolean; resolve: (r: RecordedRequest) => void }[] = [];
  const scripts = new Map<string, ScriptedAnswer[]>();
  const routeScripts: { route: RegExp; answer: ScriptedAnswer }[] = [];
  const delivered: { channelId: string; body: any }[] = [];
  const nonces = new Map<string, unknown>();
  const sockets = new Set<WebSocket>();
  /** The shard each identified connection asked for; null when it identified unsharded. */
  const shardBySocket = new Map<WebSocket, [number, number] | null>();
  const identifies: DiscordDouble['identifies'] = [];
  let sequence = 0;
  let messageIds = 0;
  let markIdentified!: () => void;
  const identified = new Promise<void>((r) => {
    markIdentified = r;
  });

  const record = (r: RecordedRequest) => {
    requests.push(r);
    for (const w of [...waiters]) {
      if (w.match(r)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(r);
      }
    }
  };

  const message = (channelId: string, body: any) => ({
    id: String(910000000000000000n + BigInt(++messageIds)),
    channel_id: channelId,
    type: 0,
    content: body?.content ?? '',
    embeds: body?.embeds ?? [],
    author: BOT_USER,
    attachments: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    timestamp: new Date(0).toISOString(),
    edited_timestamp: null,
    flags: body?.flags ?? 0,
    components: [],
  });

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const raw = await readBody(req);
    const path = url.pathname.replace(/^\/api\/v10/, '');
    const request: RecordedRequest = {
      method: req.method ?? 'GET',
      path,
      query: url.searchParams,
      body: raw ? JSON.parse(raw) : undefined,
      authorization: req.headers.authorization,
    };
    record(request);
    const route = `${request.method} ${path}`;
    const scriptedRoute = routeScripts.findIndex((r) => r.route.test(route));
    if (scriptedRoute !== -1) {
      const { answer } = routeScripts.splice(scriptedRoute, 1)[0]!;
      return send(res, answer.status, answer.body, answer.headers);
    }
    if (path === '/gateway/bot') {
      if (!request.authorization?.startsWith('Bot ')) return send(res, 401, { message: '401: Unauthorized', code: 0 });
      return send(res, 200, {
        url: `ws://127.0.0.1:${port}/gateway`,
        shards: options.recommendedShards ?? 1,
        // As Discord grants large bots: 16 shards may IDENTIFY at once (with 1, discord.js spaces them 5 s apart).
        session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 16 },
      });
    }
    if (/^POST \/interactions\/\d+\/[^/]+\/callback$/.test(route)) return send(res, 204);
    if (/^PATCH \/webhooks\/\d+\/[^/]+\/messages\/(@original|%40original)$/.test(route)) {
      return send(res, 200, message('0', request.body));
    }
    if (/^DELETE \/webhooks\/\d+\/[^/]+\/messages\/(@original|%40original)$/.test(route)) return send(res, 204);
    if (/^POST \/webhooks\/\d+\/[^/]+$/.test(route)) return send(res, 200, message('0', request.body));
    const channelId = route.match(/^POST \/channels\/(\d+)\/messages$/)?.[1];
    if (channelId) {
      const scripted = scripts.get(channelId)?.shift();
      if (scripted) return send(res, scripted.status, scripted.body, scripted.headers);
      // enforce_nonce: a repeated nonce from the same author returns the first message, posts nothing.
      const nonceKey = request.body?.enforce_nonce && request.body?.nonce ? `${channelId}|${request.body.nonce}` : undefined;
      const earlier = nonceKey ? nonces.get(nonceKey) : undefined;
      if (earlier) return send(res, 200, earlier);
      delivered.push({ channelId, body: request.body });
      const created = message(channelId, request.body);
      if (nonceKey) nonces.set(nonceKey, created);
      return send(res, 200, created);
    }
    if (/^PUT \/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(route)) {
      const list = Array.isArray(request.body) ? request.body : [];
      return send(
        res,
        200,
        list.map((c: any, i: number) => ({ ...c, id: String(920000000000000000n + BigInt(i)), application_id: applicationId, version: '1' })),
      );
    }
    return send(res, 404, { message: 'Unknown route', code: 0 });
  });

  const gateway = new WebSocketServer({ noServer: true });
  server.on('upgrade', (req, socket, head) => {
    if (!req.url?.startsWith('/gateway')) return socket.destroy();
    gateway.handleUpgrade(req, socket, head, (ws) => onGateway(ws));
  });

  function onGateway(ws: WebSocket) {
    sockets.add(ws);
    ws.on('close', () => {
      sockets.delete(ws);
      shardBySocket.delete(ws);
    });
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 45000 }, s: null, t: null }));
    ws.on('message', (data) => {
      const packet = JSON.parse(String(data)) as { op: number; d: { shard?: [number, number]; intents?: number } | null };
      if (packet.op === 1) ws.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
      if (packet.op === 2) {
        const shard = packet.d?.shard;
        const intents = packet.d?.intents ?? 0;
        identifies.push(shard ? { shard, intents } : { intents });
        shardBySocket.set(ws, shard ?? null);
        markIdentified();
        if (options.withholdReady) return;
        dispatch(ws, 'READY', {
          ...(shard ? { shard } : {}),
          v: 10,
          user: BOT_USER,
          guilds: [],
          session_id: 'double-session',
          resume_gateway_url: `ws://127.0.0.1:${port}/gateway`,
          application: { id: applicationId, flags: 0 },
        });
      }
    });
  }

  const dispatch = (ws: WebSocket, t: string, d: unknown) =>
    ws.send(JSON.stringify({ op: 0, t, s: ++sequence, d }));

  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as AddressInfo).port;

  return {
    apiUrl: `http://127.0.0.1:${port}/api`,
    requests,
    delivered,
    identified,
    scriptRoute(route, answer) {
      routeScripts.push({ route, answer });
    },
    scriptChannel(channelId, ...answers) {
      scripts.set(channelId, [...(scripts.get(channelId) ?? []), ...answers]);
    },
    identifies,
    openSockets: () => [...sockets].filter((ws) => ws.readyState === WebSocket.OPEN).length,
    pushInteraction(interaction, to) {
      const guildId = typeof interaction['guild_id'] === 'string' ? interaction['guild_id'] : undefined;
      for (const [ws, shard] of shardBySocket) {
        if (ws.readyState !== WebSocket.OPEN) continue;
        // Events outside a guild (DMs) go to shard 0.
        const target = shard ? (to?.shard ?? (guildId ? shardOf(guildId, shard[1]) : 0)) : undefined;
        if (target === undefined || shard?.[0] === target) dispatch(ws, 'INTERACTION_CREATE', interaction);
      }
    },
    waitFor(match) {
      const seen = requests.find(match);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve) => waiters.push({ match, resolve }));
    },
    async close() {
      for (const ws of sockets) ws.terminate();
      gateway.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}) {
  if (body === undefined) {
    res.writeHead(status, headers).end();
    return;
  }
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
}

import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

/** One Web API call as the double received it. */
export interface ApiCall {
  method: string;
  params: Record<string, unknown>;
  authorization: string | undefined;
}

/** A scripted answer for the next call of a method: a 429 with Retry-After, or a Slack error. */
export type ScriptedAnswer = { status: 429; retryAfter: number } | { error: string };

export interface SlackUser {
  id: string;
  is_admin?: boolean;
  is_owner?: boolean;
}

/**
 * A local stand-in for slack.com, speaking the wire protocol of ../shared/PLATFORMS.md:
 * Web API methods under /api/ (form or JSON bodies, errors as HTTP 200 {ok:false}), a
 * response_url endpoint, and a Socket Mode WebSocket. It records what the real Bolt app sends.
 */
export interface SlackDouble {
  /** "http://127.0.0.1:PORT/api/" for SLACK_API_URL. */
  apiUrl: string;
  /** A fresh response_url on the double; POSTs to it land in `responses`. */
  responseUrl(id?: string): string;
  calls: ApiCall[];
  /** Successful chat.postMessage calls only (what a channel would show). */
  posted(): ApiCall[];
  /** Answers posted to a response_url and accepted (what the channel or the person sees). */
  // biome-ignore lint/suspicious/noExplicitAny: tests walk Slack's JSON freely; its shape is what they assert
  responses: { id: string; body: Record<string, any> }[];
  /** Answers a response_url refused (see refuseResponse). */
  // biome-ignore lint/suspicious/noExplicitAny: as above
  refusedResponses: { id: string; body: Record<string, any> }[];
  /**
   * The next POSTs to response_url `id` are refused, as Slack does: e.g. 400 "invalid_blocks" when it
   * cannot render the blocks, 404 "expired_url" when the URL is gone.
   */
  refuseResponse(id: string, ...answers: { status: number; body: string }[]): void;
  users: Map<string, SlackUser>;
  script(method: string, ...answers: ScriptedAnswer[]): void;
  /** Socket Mode: sends a slash_commands envelope and resolves with the client's ack. */
  sendSlashCommand(payload: Record<string, string>): Promise<{ envelope_id: string; payload?: unknown }>;
  /** Resolves once a Socket Mode client connected and got its hello. */
  socketConnected(): Promise<void>;
  close(): Promise<void>;
}

export async function startSlackDouble(): Promise<SlackDouble> {
  const calls: ApiCall[] = [];
  const answered = new Set<ApiCall>();
  const responses: SlackDouble['responses'] = [];
  const refusedResponses: SlackDouble['refusedResponses'] = [];
  const responseRefusals = new Map<string, { status: number; body: string }[]>();
  const users = new Map<string, SlackUser>();
  const scripts = new Map<string, ScriptedAnswer[]>();
  let ts = 1_700_000_000;
  let responseIds = 0;

  const server: Server = createServer(async (req, res) => {
    const body = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const json = (status: number, value: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(value));
    };
    if (req.method === 'POST' && url.pathname.startsWith('/response/')) {
      const id = url.pathname.slice('/response/'.length);
      const refusal = responseRefusals.get(id)?.shift();
      if (refusal) {
        refusedResponses.push({ id, body: JSON.parse(body || '{}') });
        res.writeHead(refusal.status, { 'content-type': 'text/plain' });
        return res.end(refusal.body);
      }
      responses.push({ id, body: JSON.parse(body || '{}') });
      return json(200, { ok: true });
    }
    const method = url.pathname.match(/^\/api\/([\w.]+)$/)?.[1];
    if (req.method !== 'POST' || !method) return json(404, { ok: false, error: 'unknown_route' });
    const call: ApiCall = { method, params: parseParams(req, body), authorization: req.headers.authorization };
    calls.push(call);
    const scripted = scripts.get(method)?.shift();
    if (scripted && 'status' in scripted) return json(429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(scripted.retryAfter) });
    if (scripted) return json(200, { ok: false, error: scripted.error });
    answered.add(call);
    switch (method) {
      case 'auth.test':
        return json(200, { ok: true, url: 'https://test.slack.com/', team: 'Test', user: 'rivalwatch', team_id: 'T0TEST', user_id: 'U0BOT', bot_id: 'B0BOT' });
      case 'users.info': {
        const user = users.get(String(call.params.user));
        return json(200, user ? { ok: true, user: { is_admin: false, is_owner: false, ...user } } : { ok: false, error: 'user_not_found' });
      }
      case 'chat.postMessage':
        ts += 1;
        return json(200, { ok: true, channel: call.params.channel, ts: `${ts}.000100`, message: { text: call.params.text } });
      case 'apps.connections.open':
        return json(200, { ok: true, url: `ws://127.0.0.1:${port()}/socket` });
      default:
        return json(200, { ok: true });
    }
  });

  const sockets = new Set<WebSocket>();
  const wss = new WebSocketServer({ server, path: '/socket' });
  const pendingAcks = new Map<string, (ack: { envelope_id: string; payload?: unknown }) => void>();
  let onConnected: (() => void)[] = [];
  wss.on('connection', (ws) => {
    sockets.add(ws);
    ws.on('close', () => sockets.delete(ws));
    ws.on('message', (data) => {
      const message = JSON.parse(String(data)) as { envelope_id?: string; payload?: unknown };
      if (message.envelope_id) pendingAcks.get(message.envelope_id)?.({ envelope_id: message.envelope_id, payload: message.payload });
    });
    ws.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0TEST' } }));
    for (const resolve of onConnected) resolve();
    onConnected = [];
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = () => (server.address() as AddressInfo).port;
  let envelopes = 0;

  return {
    apiUrl: `http://127.0.0.1:${port()}/api/`,
    responseUrl: (id) => `http://127.0.0.1:${port()}/response/${id ?? `r${++responseIds}`}`,
    calls,
    posted: () => calls.filter((c) => c.method === 'chat.postMessage' && answered.has(c)),
    responses,
    refusedResponses,
    refuseResponse: (id, ...answers) => responseRefusals.set(id, [...(responseRefusals.get(id) ?? []), ...answers]),
    users,
    script: (method, ...answers) => scripts.set(method, [...(scripts.get(method) ?? []), ...answers]),
    sendSlashCommand(payload) {
      const ws = [...sockets][0];
      if (!ws) return Promise.reject(new Error('no Socket Mode client connected'));
      const envelope_id = `env-${++envelopes}`;
      return new Promise((resolve) => {
        pendingAcks.set(envelope_id, resolve);
        ws.send(JSON.stringify({ envelope_id, type: 'slash_commands', payload, accepts_response_payload: true }));
      });
    },
    socketConnected: () => (sockets.size ? Promise.resolve() : new Promise((resolve) => onConnected.push(resolve))),
    async close() {
      for (const ws of sockets) ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Web API bodies are form-encoded with JSON strings inside (blocks), or JSON. */
function parseParams(req: IncomingMessage, body: string): Record<string, unknown> {
  if (!body) return {};
  if (String(req.headers['content-type']).includes('application/json')) return JSON.parse(body);
  const params: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    params[key] = /^[[{]/.test(value) ? safeJson(value) : value;
  }
  return params;
}

const safeJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};

/** The fields Slack sends with a slash command (PLATFORMS.md), overridable per test. */
export function slashFields(command: string, text: string, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    token: 'legacy-verification-token',
    command,
    text,
    user_id: 'U0USER',
    user_name: 'ana',
    channel_id: 'C0GENERAL',
    channel_name: 'general',
    team_id: 'T0TEST',
    team_domain: 'test',
    api_app_id: 'A0TEST',
    response_url: 'http://127.0.0.1:1/unused',
    trigger_id: '1.2.3',
    is_enterprise_install: 'false',
    ...overrides,
  };
}

/**
 * POSTs a slash command to Bolt the way Slack does: form-encoded and signed with
 * v0=HMAC-SHA256(secret, "v0:{timestamp}:{body}"). `timestamp` and `secret` can be bent to test rejections.
 */
export async function postSignedSlashCommand(
  eventsUrl: string,
  secret: string,
  fields: Record<string, string>,
  timestamp: number = Math.floor(Date.now() / 1000),
): Promise<Response> {
  const body = new URLSearchParams(fields).toString();
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return fetch(eventsUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': signature,
    },
    body,
  });
}

/** Polls until `check` returns a value (not undefined), or fails after `timeoutMs`. */
export async function eventually<T>(check: () => T | undefined, timeoutMs = 5_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

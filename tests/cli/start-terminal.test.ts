import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../helpers/built-cli.js';
import { openTerminal } from '../helpers/terminal.js';
import { type TestDb, testDb } from '../helpers/test-db.js';

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '0.0.0.0');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  server.close();
  await once(server, 'close');
  return port;
}

const PROMPT = 'rivalwatch> ';

describe('rivalwatch start in a terminal (role all, no chat tokens)', { timeout: 60_000 }, () => {
  let db: TestDb;
  beforeAll(async () => {
    ensureBuilt();
    db = await testDb();
  }, 600_000);
  afterAll(async () => db?.cleanup());

  it('start: the terminal session serves /healthz and /metrics on PORT, as every process does', async () => {
    const port = await freePort();
    const term = openTerminal(['start'], { DATABASE_URL: db.url, PORT: String(port), POLL: 'false' });
    try {
      await term.waitFor(PROMPT);
      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ ok: true, role: 'all' });
      const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
      expect(metrics).toMatch(/^rivalwatch_facts_total\{outcome="new"\} [1-9]\d*$/m);
      term.type('/quit');
      expect(await term.exited()).toBe(0);
    } finally {
      term.kill();
    }
  });

  it('start: PORT taken in a terminal session warns and the prompt still answers', async () => {
    const taken = createServer().listen(0, '0.0.0.0');
    await once(taken, 'listening');
    const port = (taken.address() as AddressInfo).port;
    const term = openTerminal(['start'], { DATABASE_URL: db.url, PORT: String(port), POLL: 'false' });
    try {
      await term.waitFor(`PORT ${port} is already in use: /healthz and /metrics are not served`);
      await term.waitFor(PROMPT);
      const from = term.screen().length;
      term.type('/rival bol');
      await term.waitFor('Utrecht', from);
      term.type('/quit');
      expect(await term.exited()).toBe(0);
    } finally {
      term.kill();
      taken.close();
    }
  });

  it('start: a log line printed while the prompt waits goes above it, and the prompt is drawn again', async () => {
    const term = openTerminal(['start'], { DATABASE_URL: db.url, PORT: '0', POLL: 'false', LOG_LEVEL: 'info' });
    try {
      // "started" is logged once the prompt is already up.
      await term.waitFor(/info {2}started [^\n]*\n/);
      const screen = term.screen();
      const logged = screen.search(/\d{4}-\d\d-\d\dT\S+ info {2}started/);
      // Not glued to the prompt: the line was cleared (ESC[2K) before the log line was written.
      expect(screen.slice(0, logged)).toMatch(/\u001b\[2K(\u001b\[\d*G|\r)$/);
      await term.waitFor(PROMPT, screen.indexOf('\n', logged));
      term.type('/quit');
      expect(await term.exited()).toBe(0);
    } finally {
      term.kill();
    }
  });
});

import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../helpers/built-cli.js';
import { type SlackDouble, startSlackDouble } from '../helpers/slack-double.js';
import { startAndWaitForExit } from '../helpers/start-cli.js';
import { type TestDb, testDb } from '../helpers/test-db.js';

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** A loopback port nothing listens on: opened, noted, closed. */
async function closedPort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  server.close();
  await once(server, 'close');
  return port;
}

describe('rivalwatch start: a chat adapter that cannot start stops the process', { timeout: 30_000 }, () => {
  let db: TestDb;
  let slack: SlackDouble;
  let discordRefusing: Server;
  let discordRefusingUrl: string;
  beforeAll(async () => {
    ensureBuilt();
    db = await testDb();
    slack = await startSlackDouble();
    // Discord answers 401 to a bad bot token, GET /gateway/bot included.
    discordRefusing = createServer((_req, res) => {
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: '401: Unauthorized', code: 0 }));
    }).listen(0, '127.0.0.1');
    await once(discordRefusing, 'listening');
    discordRefusingUrl = `http://127.0.0.1:${(discordRefusing.address() as AddressInfo).port}/api`;
  }, 600_000);
  afterAll(async () => {
    discordRefusing?.close();
    await slack?.close();
    await db?.cleanup();
  });

  it('start: Slack unreachable exits 1 with one line naming Slack, the URL tried and SLACK_API_URL', async () => {
    const api = `http://127.0.0.1:${await closedPort()}/api/`;
    const run = await startAndWaitForExit([], {
      DATABASE_URL: db.url,
      SLACK_BOT_TOKEN: 'xoxb-fake',
      SLACK_SIGNING_SECRET: 'abc',
      SLACK_API_URL: api,
    });
    expect(run.code).toBe(1);
    expect(run.lastLine).toBe(`rivalwatch: Slack did not start: cannot reach ${api} (ECONNREFUSED); check the network and SLACK_API_URL`);
    expect(isRunning(run.pid)).toBe(false);
  });

  it('start: Slack refusing the bot token exits 1 naming SLACK_BOT_TOKEN', async () => {
    slack.script('auth.test', { error: 'invalid_auth' });
    const run = await startAndWaitForExit([], {
      DATABASE_URL: db.url,
      SLACK_BOT_TOKEN: 'xoxb-revoked',
      SLACK_SIGNING_SECRET: 'abc',
      SLACK_API_URL: slack.apiUrl,
    });
    expect(run.code).toBe(1);
    expect(run.lastLine).toBe(`rivalwatch: Slack did not start: ${slack.apiUrl} refused SLACK_BOT_TOKEN; check SLACK_BOT_TOKEN`);
  });

  it('start: in Socket Mode, Slack refusing the app token exits 1 naming SLACK_APP_TOKEN', async () => {
    slack.script('apps.connections.open', { error: 'invalid_auth' });
    const run = await startAndWaitForExit(['--role', 'chat'], {
      DATABASE_URL: db.url,
      SLACK_BOT_TOKEN: 'xoxb-good',
      SLACK_APP_TOKEN: 'xapp-revoked',
      SLACK_API_URL: slack.apiUrl,
    });
    expect(run.code).toBe(1);
    expect(run.lastLine).toBe(`rivalwatch: Slack did not start: ${slack.apiUrl} refused SLACK_APP_TOKEN; check SLACK_APP_TOKEN`);
  });

  it('start: Discord unreachable exits 1 with one line naming Discord, the URL tried and DISCORD_API_URL', async () => {
    const api = `http://127.0.0.1:${await closedPort()}/api`;
    const run = await startAndWaitForExit([], {
      DATABASE_URL: db.url,
      DISCORD_TOKEN: 'fake',
      DISCORD_APPLICATION_ID: '700000000000000009',
      DISCORD_API_URL: api,
    });
    expect(run.code).toBe(1);
    expect(run.lastLine).toBe(`rivalwatch: Discord did not start: cannot reach ${api} (ECONNREFUSED); check the network and DISCORD_API_URL`);
    expect(isRunning(run.pid)).toBe(false);
  });

  it('start: Discord refusing the token exits 1 naming DISCORD_TOKEN', async () => {
    const run = await startAndWaitForExit(['--role', 'chat'], {
      DATABASE_URL: db.url,
      DISCORD_TOKEN: 'revoked',
      DISCORD_APPLICATION_ID: '700000000000000009',
      DISCORD_API_URL: discordRefusingUrl,
    });
    expect(run.code).toBe(1);
    expect(run.lastLine).toBe(`rivalwatch: Discord did not start: ${discordRefusingUrl} refused DISCORD_TOKEN; check DISCORD_TOKEN`);
  });

  it('start --role worker: PORT taken exits 1 naming PORT instead of running without /healthz', async () => {
    const taken = createServer().listen(0, '0.0.0.0');
    await once(taken, 'listening');
    const port = (taken.address() as AddressInfo).port;
    try {
      const run = await startAndWaitForExit(['--role', 'worker'], { DATABASE_URL: db.url, PORT: String(port) });
      expect(run.code).toBe(1);
      expect(run.lastLine).toBe(`rivalwatch: PORT ${port} is already in use; set PORT to a free port`);
    } finally {
      taken.close();
    }
  });
});

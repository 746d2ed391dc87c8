import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackAdapter, type SlackAdapter } from '../../../src/adapters/slack/index.js';
import { fixedClock } from '../../../src/clock.js';
import { loadConfig } from '../../../src/config.js';
import { silentLogger } from '../../../src/logger.js';
import { eventually, type SlackDouble, slashFields, startSlackDouble } from '../../helpers/slack-double.js';
import { type TestDb, testDb } from '../../helpers/test-db.js';
import { testCommands } from './fixtures.js';

describe('slack adapter in Socket Mode (real Bolt, local WebSocket)', () => {
  let double: SlackDouble;
  let db: TestDb;
  let slack: SlackAdapter;

  beforeAll(async () => {
    double = await startSlackDouble();
    db = await testDb();
    const config = loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_APP_TOKEN: 'xapp-test',
      SLACK_API_URL: double.apiUrl,
    });
    slack = createSlackAdapter({ config, db: db.db, clock: fixedClock('2024-03-01T09:00:00Z'), log: silentLogger, commands: testCommands, retryConfig: { retries: 0 } });
    await slack.start();
    await double.socketConnected();
  });

  afterAll(async () => {
    await slack?.stop();
    await double?.close();
    await db?.cleanup();
  });

  it('slack socket mode: apps.connections.open is asked with the app token at SLACK_API_URL', () => {
    const open = double.calls.find((c) => c.method === 'apps.connections.open');
    expect(open?.authorization).toBe('Bearer xapp-test');
    expect(slack.port()).toBeUndefined();
  });

  it('slack socket mode: a slash_commands envelope is acked by id, then the answer goes to response_url', async () => {
    const responseUrl = double.responseUrl('socket-compare');
    const started = Date.now();
    const ack = await double.sendSlashCommand(slashFields('/compare', 'tiktok amazon', { response_url: responseUrl }));
    expect(Date.now() - started).toBeLessThan(3000);
    expect(ack.envelope_id).toMatch(/^env-\d+$/);
    const answer = await eventually(() => double.responses.find((r) => r.id === 'socket-compare'));
    expect(answer.body.response_type).toBe('in_channel');
    expect(answer.body.text).toContain('tiktok $1B');
    expect(answer.body.text).toContain('amazon $1B');
  });

  it('slack socket mode: a command rivalwatch lacks is acked and answered privately', async () => {
    const ack = await double.sendSlashCommand(slashFields('/competitors', '', { response_url: double.responseUrl('socket-unknown') }));
    expect(ack.envelope_id).toMatch(/^env-\d+$/);
    const answer = await eventually(() => double.responses.find((r) => r.id === 'socket-unknown'));
    expect(answer.body.response_type).toBe('ephemeral');
    expect(answer.body.text).toContain('rivalwatch has no /competitors command.');
  });

  it('slack socket mode: an unknown competitor answer stays private', async () => {
    await double.sendSlashCommand(slashFields('/compare', 'nobody amazon', { response_url: double.responseUrl('socket-nf') }));
    const answer = await eventually(() => double.responses.find((r) => r.id === 'socket-nf'));
    expect(answer.body.response_type).toBe('ephemeral');
    expect(answer.body.text).toContain('Did you mean bol?');
  });
});

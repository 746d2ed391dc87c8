import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, ensureBuilt, ROOT } from '../helpers/built-cli.js';
import { type TestDb, testDb } from '../helpers/test-db.js';

interface Session {
  command: string;
  /** What the terminal shows after it: stdout and stderr as they come. */
  output: string;
}

/** The example session under "Using it": each `$ ` line with the lines printed after it. */
function readmeSession(): Session[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const block = /Pasted from what it prints today:\n\n```\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!block) throw new Error('README.md has no example session after "Pasted from what it prints today:"');
  const sessions: Session[] = [];
  for (const line of block.split('\n').slice(0, -1)) {
    if (line.startsWith('$ ')) sessions.push({ command: line.slice(2), output: '' });
    else sessions.at(-1)!.output += `${line}\n`;
  }
  return sessions;
}

describe('the README example session', () => {
  let t: TestDb;
  let cwd: string;
  beforeAll(async () => {
    ensureBuilt();
    t = await testDb();
    cwd = mkdtempSync(join(tmpdir(), 'rivalwatch-readme-'));
  }, 600_000);
  afterAll(async () => {
    await t.cleanup();
    rmSync(cwd, { recursive: true, force: true });
  });

  it('readme: the example session is what the program prints today, character for character', () => {
    const sessions = readmeSession();
    expect(sessions.map((s) => s.command)).toEqual([
      "printf '/compare tiktok amazon\\n' | npx rivalwatch",
      'npx rivalwatch compare tiktok amazzon; echo "exit $?"',
    ]);
    for (const { command, output } of sessions) {
      // `npx rivalwatch` is the built CLI; the default log level, as a user has it; stderr joins
      // stdout in the order written, as on a terminal.
      const r = spawnSync('bash', ['-c', `exec 2>&1\nnpx() { shift; node "$RIVALWATCH_CLI" "$@"; }\n${command}`], {
        cwd,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { PATH: process.env['PATH'] ?? '', RIVALWATCH_CLI: CLI, DATABASE_URL: t.url },
      });
      expect(r.stdout, command).toBe(output);
    }
  });
});

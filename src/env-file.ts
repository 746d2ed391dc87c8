import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseEnv } from 'node:util';

/**
 * The environment with `.env` underneath it: variables already set win over the file, as with
 * `process.loadEnvFile`, but nothing global is changed (tests pass their own env).
 */
export function withEnvFile(env: Record<string, string | undefined>, path = resolve('.env')): Record<string, string | undefined> {
  if (!existsSync(path)) return env;
  const fromFile = parseEnv(readFileSync(path, 'utf8')) as Record<string, string>;
  return { ...fromFile, ...env };
}

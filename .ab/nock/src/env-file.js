import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseEnv } from 'node:util';
/**
 * The environment with `.env` underneath it: variables already set win over the file, as with
 * `process.loadEnvFile`, but nothing global is changed (tests pass their own env).
 */
export function withEnvFile(env, path = resolve('.env')) {
    if (!existsSync(path))
        return env;
    const fromFile = parseEnv(readFileSync(path, 'utf8'));
    return { ...fromFile, ...env };
}
//# sourceMappingURL=env-file.js.map
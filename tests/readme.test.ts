import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/built-cli.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

describe('README', () => {
  it('readme: every file it names by path is in the repository, none outside it (../)', () => {
    // `src/cli.ts`, (src/adapters/slack/manifest.json), ../shared/X.md: paths with a folder and an extension.
    const paths = [...readme.matchAll(/[`(]((?:\.\.\/|[\w.-]+\/)[\w./-]*\.(?:ts|mjs|js|json|md))[`)]/g)].map((m) => m[1]!);
    expect(paths.length).toBeGreaterThan(5);
    expect(paths.filter((p) => !existsSync(join(ROOT, p)))).toEqual([]);
    // A clone has nothing beside it: no ../shared/… scripts or notes.
    expect(readme.match(/\S*\.\.\/\S*/g) ?? []).toEqual([]);
  });

  it('readme: every NAME.md it mentions exists at the top of the repository', () => {
    const documents = new Set([...readme.matchAll(/(?<![\w/-])([A-Z][A-Z-]*\.md)\b/g)].map((m) => m[1]!));
    expect([...documents].filter((d) => !existsSync(join(ROOT, d)))).toEqual([]);
  });
});

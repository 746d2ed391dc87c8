/**
 * `npm run bench`: runs each area's benchmark in its own process, one after the other, so one
 * does not warm or starve another. Each prints its own lines; numbers go into the README.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
const here = dirname(fileURLToPath(import.meta.url));
const areas = ['extract', 'ingest', 'alerts', 'scale'];
const only = process.argv.slice(2);
for (const area of areas) {
    if (only.length && !only.includes(area))
        continue;
    const file = join(here, `${area}.js`);
    if (!existsSync(file))
        continue;
    console.log(`\n== ${area} ==`);
    const r = spawnSync(process.execPath, ['--expose-gc', file], { stdio: 'inherit' });
    if (r.status !== 0)
        process.exitCode = 1;
}
//# sourceMappingURL=run.js.map
import { commands } from '../../../commands/index.js';
import { buildManifest } from './manifest.js';
const USAGE = 'usage: rivalwatch slack-manifest [--url https://HOST/slack/events]\n';
/**
 * `rivalwatch slack-manifest [--url https://HOST/slack/events]`: prints the Slack app manifest
 * for the current commands — Socket Mode without --url, HTTP with that request URL.
 */
export async function run(argv, io) {
    const at = argv.indexOf('--url');
    const url = at === -1 ? undefined : argv[at + 1];
    const unexpected = argv.filter((_, i) => at === -1 || (i !== at && i !== at + 1));
    if (unexpected.length) {
        io.stderr.write(`rivalwatch slack-manifest: unexpected ${unexpected.join(' ')}\n${USAGE}`);
        return 2;
    }
    if (at !== -1 && !/^https:\/\/\S+$/.test(url ?? '')) {
        io.stderr.write('--url needs the public HTTPS address Slack posts to, e.g. https://rivalwatch.example.com/slack/events\n');
        return 2;
    }
    io.stdout.write(`${JSON.stringify(buildManifest(commands, url ? { requestUrl: url } : {}), null, 2)}\n`);
    return 0;
}
/** `rivalwatch slack-manifest --help` and `rivalwatch help slack-manifest` print it (src/cli.ts). */
export { USAGE as usage };
//# sourceMappingURL=manifest-cli.js.map
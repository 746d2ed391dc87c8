import compare from './compare.js';
import digest from './digest.js';
import facts from './facts.js';
import { helpCommand } from './help.js';
import rival from './rival.js';
import { sources } from './sources.js';
import subscribe from './subscribe.js';
import subscriptions from './subscriptions.js';
import unsubscribe from './unsubscribe.js';
/** Every command, in the order /help lists them. Add one line per new command. */
// biome-ignore lint/suspicious/noExplicitAny: commands differ in argument type; dispatch checks each with its own schema
export const commands = [
    compare,
    rival,
    facts,
    subscribe,
    unsubscribe,
    subscriptions,
    digest,
    sources,
    helpCommand(() => commands),
];
//# sourceMappingURL=index.js.map
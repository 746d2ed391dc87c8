import type { Command } from '../src/core/command.js';
import digest from './digest.js';
import subscribe from './subscribe.js';
import subscriptions from './subscriptions.js';
import unsubscribe from './unsubscribe.js';

/** Every chat command, in the order /help lists them. */
// biome-ignore lint/suspicious/noExplicitAny: each command has its own argument type; the registry holds them all.
export const commands: Command<any>[] = [subscribe, unsubscribe, subscriptions, digest];

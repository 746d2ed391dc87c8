import type { Command } from '../src/core/command.js';
import digest from './digest.js';
import subscribe from './subscribe.js';
import subscriptions from './subscriptions.js';
import unsubscribe from './unsubscribe.js';

/** Every chat command, in the order /help lists them. */
export const commands: Command<any>[] = [subscribe, unsubscribe, subscriptions, digest];

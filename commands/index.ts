import { sources } from './sources.js';

/** Every chat command, in the order /help lists them. */
export const commands = [sources];

export { buildCommandDefinitions, commandByDiscordName, discordName } from './command-definitions.js';
export {
  createDiscordAdapter,
  type DiscordAdapter,
  type DiscordAdapterOptions,
  discordConfigured,
} from './create-discord-adapter.js';
export { createDiscordNotifier } from './discord-notifier.js';
export { inviteUrl } from './invite-url.js';
export { renderEmbeds } from './render-embeds.js';

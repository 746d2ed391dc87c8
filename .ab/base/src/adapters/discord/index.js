export { buildCommandDefinitions, commandByDiscordName, discordName } from './command-definitions.js';
export { createDiscordAdapter, discordConfigured, } from './create-discord-adapter.js';
export { createDiscordNotifier } from './discord-notifier.js';
export { inviteUrl } from './invite-url.js';
export { renderEmbeds } from './render-embeds.js';
//# sourceMappingURL=index.js.map
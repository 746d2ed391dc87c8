import { slackCommandName } from './slash-commands.js';
/** The bot scopes rivalwatch needs: slash commands, posting (also in public channels it was not invited to), admin check. */
export const SLACK_SCOPES = ['commands', 'chat:write', 'chat:write.public', 'users:read'];
/**
 * The Slack app manifest for the given commands. Built from the same command list the adapter
 * registers, so the app configuration and the code cannot drift apart.
 */
export function buildManifest(commands, options = {}) {
    const socketMode = !options.requestUrl;
    return {
        display_information: {
            name: 'rivalwatch',
            description: 'Competitor facts from the news: /compare, alerts and daily digests.',
            long_description: 'rivalwatch reads news about your competitors in English, French and Dutch, turns it into sourced facts (GMV, sellers, launches, fines...) and answers /compare, /rival and /facts in Slack. Channels can subscribe to alerts and a daily digest.',
            background_color: '#1f2a44',
        },
        features: {
            bot_user: { display_name: 'rivalwatch', always_online: true },
            slash_commands: commands.map((c) => ({
                command: `/${slackCommandName(c.name)}`,
                description: slackSpelling(c.description).slice(0, 100),
                ...(usageHint(c.usage) ? { usage_hint: slackSpelling(usageHint(c.usage)) } : {}),
                should_escape: false,
                ...(options.requestUrl ? { url: options.requestUrl } : {}),
            })),
        },
        oauth_config: { scopes: { bot: [...SLACK_SCOPES] } },
        settings: { org_deploy_enabled: false, socket_mode_enabled: socketMode, token_rotation_enabled: false },
    };
}
/**
 * What to type after the command: "/compare <competitor> <competitor>" → "<competitor> <competitor>";
 * several forms ("/sources  ·  /sources add <url>") become "add <url> | …".
 */
export const usageHint = (usage) => usage
    .split('·')
    .map((form) => form.trim().replace(/^\/\S+\s*/, ''))
    .filter(Boolean)
    .join(' | ')
    .slice(0, 1000);
/** Core texts name commands as the core does ("/help compare"); Slack users type "/rivalwatch compare". */
const slackSpelling = (text) => text.replace(/(^|[\s(])\/([a-z]+)\b/g, (whole, before, name) => name === slackCommandName(name) ? whole : `${before}/${slackCommandName(name)}`);
//# sourceMappingURL=manifest.js.map
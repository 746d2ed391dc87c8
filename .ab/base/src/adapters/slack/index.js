import { App, webApi } from '@slack/bolt';
import { createAdminCheck } from './admin-check.js';
import { boltLogger } from './bolt-logger.js';
import { createSlackNotifier } from './notifier.js';
import { registerSlashCommands } from './slash-commands.js';
import { slackStartFailure } from './start-failure.js';
export { renderBlocks } from './render-blocks.js';
export { slackCommandName } from './slash-commands.js';
/** Retry policy of the command client: answers are interactive, so give up after a short while. */
const COMMAND_RETRIES = { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 5_000 };
/**
 * Retry policy of the notifier: a 429 is waited out for its Retry-After, up to three times, then
 * the outbox takes over with its own backoff (so a rate-limited worker does not block for long).
 */
const NOTIFIER_RETRIES = { retries: 3, factor: 2, minTimeout: 1_000, maxTimeout: 10_000 };
export { slackConfigured } from '../../config.js';
/**
 * The Slack front-end: Bolt in Socket Mode when SLACK_APP_TOKEN is set, otherwise HTTP on PORT at
 * /slack/events. SLACK_API_URL points the Web API (and Socket Mode's apps.connections.open)
 * elsewhere — a proxy, an enterprise gateway, or a local test double.
 */
export function createSlackAdapter(deps) {
    const { config, log } = deps;
    const token = config.SLACK_BOT_TOKEN;
    if (!token)
        throw new Error('SLACK_BOT_TOKEN is not set: Slack cannot start without a bot token (xoxb-…).');
    const socketMode = !!config.SLACK_APP_TOKEN;
    if (!socketMode && !config.SLACK_SIGNING_SECRET) {
        throw new Error('SLACK_SIGNING_SECRET is not set: HTTP mode needs it (or set SLACK_APP_TOKEN for Socket Mode).');
    }
    const logger = boltLogger(log);
    const apiUrl = config.SLACK_API_URL ? withTrailingSlash(config.SLACK_API_URL) : undefined;
    const clientOptions = (retryConfig) => ({
        retryConfig,
        logger,
        ...(apiUrl ? { slackApiUrl: apiUrl } : {}),
    });
    const app = new App({
        token,
        logger,
        // auth.test runs in start(), so a bad token fails start() with a clear error instead of an unhandled rejection.
        deferInitialization: true,
        clientOptions: clientOptions(deps.retryConfig ?? COMMAND_RETRIES),
        ...(socketMode
            ? { socketMode: true, appToken: config.SLACK_APP_TOKEN }
            : {
                signingSecret: config.SLACK_SIGNING_SECRET,
                endpoints: '/slack/events',
                customRoutes: (deps.routes ?? []).map((r) => ({ path: r.path, method: [r.method], handler: r.handler })),
            }),
    });
    app.error(async (err) => {
        log.error('slack: listener failed', { error: err.message });
    });
    const notifierClient = new webApi.WebClient(token, clientOptions(deps.retryConfig ?? NOTIFIER_RETRIES));
    const isAdmin = createAdminCheck({ client: app.client, adminUserIds: config.SLACK_ADMIN_USER_IDS, clock: deps.clock, log });
    const slashCommands = registerSlashCommands(app, { ...deps, services: deps.services ?? {}, isAdmin });
    let server;
    return {
        name: 'slack',
        notifier: createSlackNotifier(notifierClient, log),
        slashCommands,
        port: () => server?.address()?.port,
        async start() {
            await app.init().catch((err) => {
                throw slackStartFailure(err, config, 'auth');
            });
            if (socketMode) {
                await app.start().catch((err) => {
                    throw slackStartFailure(err, config, 'socket');
                });
                log.info('slack: connected in Socket Mode', { commands: slashCommands.length });
            }
            else {
                server = (await app.start(config.PORT).catch((err) => {
                    throw slackStartFailure(err, config, 'listen');
                }));
                log.info('slack: listening for slash commands', { port: server.address().port, path: '/slack/events' });
            }
        },
        async stop() {
            await app.stop();
            server = undefined;
        },
    };
}
const withTrailingSlash = (url) => (url.endsWith('/') ? url : `${url}/`);
//# sourceMappingURL=index.js.map
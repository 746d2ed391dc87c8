import { networkReason, StartFailure } from '../../core/start-failure.js';
export const SLACK_DEFAULT_API_URL = 'https://slack.com/api/';
/** Slack's answer when it refuses a token: a bad, revoked or uninstalled one. */
const TOKEN_REFUSED = /^(invalid_auth|not_authed|account_inactive|token_revoked|token_expired|not_allowed_token_type)$/;
/**
 * One line for a Slack start that failed: auth.test (bot token) and, in Socket Mode,
 * apps.connections.open (app token) reach SLACK_API_URL; HTTP mode then listens on PORT.
 */
export function slackStartFailure(err, config, step) {
    const api = config.SLACK_API_URL ?? SLACK_DEFAULT_API_URL;
    const slackError = err.data?.error;
    const code = err.code;
    const token = step === 'socket' ? 'SLACK_APP_TOKEN' : 'SLACK_BOT_TOKEN';
    if (step === 'listen' && code === 'EADDRINUSE') {
        return new StartFailure(`Slack did not start: PORT ${config.PORT} is already in use; set PORT to a free port`);
    }
    if (typeof slackError === 'string') {
        const what = TOKEN_REFUSED.test(slackError) ? `refused ${token}` : `answered ${slackError}`;
        return new StartFailure(`Slack did not start: ${api} ${what}; check ${token}`);
    }
    const unreachable = networkReason(err);
    if (unreachable) {
        return new StartFailure(`Slack did not start: cannot reach ${api} (${unreachable}); check the network and SLACK_API_URL`);
    }
    const message = err instanceof Error ? err.message : String(err);
    return new StartFailure(`Slack did not start: ${message} (${api}); check ${token} and SLACK_API_URL`);
}
//# sourceMappingURL=start-failure.js.map
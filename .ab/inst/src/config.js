import { z } from 'zod';
import { readConfiguredTimeZone } from './alerts/timezone-words.js';
import { postgresSchema, SCHEMA_NAME } from './db/postgres-schema.js';
/** Thrown when the environment is invalid; the message is one line naming the variable. */
export class ConfigError extends Error {
}
const csv = z
    .string()
    .default('')
    .transform((s) => s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean));
const optionalText = z
    .string()
    .optional()
    .transform((s) => (s?.trim() ? s.trim() : undefined));
const optionalUrl = optionalText.refine((s) => s === undefined || /^https?:\/\/\S+$/.test(s), {
    message: 'must be an http(s) URL',
});
export const SHARDS_RULE = 'must be auto or a whole number of shards, 1 or more';
/**
 * DISCORD_SHARDS and `rivalwatch start --shards`: unset = one gateway connection (no sharding);
 * `auto` = the count Discord recommends in GET /gateway/bot; a whole number = that many shards.
 */
export const discordShards = optionalText
    .refine((s) => s === undefined || s.toLowerCase() === 'auto' || (/^[1-9]\d*$/.test(s) && Number.isSafeInteger(Number(s))), {
    message: SHARDS_RULE,
})
    .transform((s) => (s === undefined ? undefined : s.toLowerCase() === 'auto' ? 'auto' : Number(s)));
/**
 * A whole number within bounds, coerced from the environment's text. Every way of being wrong
 * (not a number, a fraction, out of range) gets the same message, which states the rule.
 */
const wholeNumber = (min, max) => {
    const rule = max === undefined ? `must be a whole number, ${min} or more` : `must be a whole number from ${min} to ${max}`;
    const number = z.coerce.number({ error: rule }).int({ error: rule }).min(min, { error: rule });
    return max === undefined ? number : number.max(max, { error: rule });
};
/** Discord application, user, role and server ids are snowflakes: 17 to 20 digits. */
const snowflake = optionalText.refine((s) => s === undefined || /^\d{17,20}$/.test(s), {
    message: 'must be a Discord id: 17 to 20 digits (developer portal → your application → General Information)',
});
/**
 * DISCORD_ADMIN_USER_IDS / DISCORD_ADMIN_ROLE_IDS: comma-separated snowflakes. A name or a mention
 * pasted instead of an id would never match anyone, so admins would silently be refused.
 */
const snowflakeList = csv.superRefine((ids, ctx) => {
    const bad = ids.find((id) => !/^\d{17,20}$/.test(id));
    if (bad !== undefined) {
        ctx.addIssue({
            code: 'custom',
            message: `must be comma-separated Discord ids of 17 to 20 digits; "${bad.slice(0, 40)}" is not one (Discord → Settings → Advanced → Developer Mode, then right-click a user or role → Copy ID)`,
        });
    }
});
const boolFlag = (fallback) => z
    .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
    .optional()
    .transform((v) => (v === undefined || v === '' ? fallback : ['true', '1', 'yes'].includes(v)));
/** A Postgres URL must parse as a URL: "postgres://:5432/db" (a port with no host) does not. */
function postgresUrlReadable(url) {
    return !/^postgres(ql)?:\/\//.test(url) || URL.canParse(url);
}
/** A Postgres URL's schema (?schema= or search_path) must be a plain identifier. */
function schemaIsPlain(url) {
    if (!/^postgres(ql)?:\/\//.test(url) || !URL.canParse(url))
        return true;
    const named = postgresSchema(new URL(url));
    return named === null || SCHEMA_NAME.test(named);
}
const schema = z.object({
    DATABASE_URL: z
        .string()
        .default('sqlite:./data/rivalwatch.sqlite')
        .refine((s) => /^(sqlite:|file:|postgres(ql)?:\/\/)/.test(s) || /\.(sqlite3?|db)$/.test(s), {
        message: 'must be sqlite:PATH, a *.sqlite file path, or postgres://USER@HOST/DB',
    })
        .refine(postgresUrlReadable, {
        message: 'is not a readable Postgres URL: write postgres://USER@HOST:PORT/DB (a port needs a host before it, e.g. 127.0.0.1:5432)',
    })
        .refine(schemaIsPlain, { message: 'names a Postgres schema that is not a plain name (letters, digits and _, not starting with a digit)' }),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
    LOG_FORMAT: z.enum(['text', 'json']).default('text'),
    PORT: wholeNumber(0, 65535).default(3000),
    // Read as /subscribe reads a zone, so "CET" means the same in both places.
    DEFAULT_TIMEZONE: z
        .string()
        .default('Europe/Amsterdam')
        .transform((s, ctx) => {
        const read = readConfiguredTimeZone(s);
        if ('timezone' in read)
            return read.timezone;
        ctx.addIssue({ code: 'custom', message: read.error });
        return z.NEVER;
    }),
    DEFAULT_DIGEST_TIME: z
        .string()
        .default('09:00')
        .refine((s) => /^([01]\d|2[0-3]):[0-5]\d$/.test(s), { message: 'must be HH:MM (00:00 to 23:59)' }),
    SEED: boolFlag(true),
    POLL: boolFlag(true),
    POLL_INTERVAL_MINUTES: wholeNumber(1, 1440).default(30),
    POLL_LEASE_MINUTES: wholeNumber(1, 1440).default(10),
    POLL_CLAIM_LIMIT: wholeNumber(1, 1000).default(50),
    FETCH_TIMEOUT_MS: wholeNumber(100).default(15000),
    FETCH_MAX_BYTES: wholeNumber(1024).default(5 * 1024 * 1024),
    FETCH_ALLOW_PRIVATE: boolFlag(false),
    FETCH_CONNECT_TIMEOUT_MS: wholeNumber(100).default(10000),
    FETCH_HOST_INTERVAL_MS: wholeNumber(0).default(1000),
    INGEST_CONCURRENCY: wholeNumber(1, 64).default(4),
    FETCH_USER_AGENT: z.string().default('rivalwatch/0.1 (+https://github.com/rivalwatch)'),
    SLACK_BOT_TOKEN: optionalText,
    SLACK_SIGNING_SECRET: optionalText,
    SLACK_APP_TOKEN: optionalText,
    SLACK_API_URL: optionalUrl,
    SLACK_ADMIN_USER_IDS: csv,
    DISCORD_TOKEN: optionalText,
    DISCORD_APPLICATION_ID: snowflake,
    DISCORD_API_URL: optionalUrl,
    DISCORD_ADMIN_USER_IDS: snowflakeList,
    DISCORD_ADMIN_ROLE_IDS: snowflakeList,
    DISCORD_SHARDS: discordShards,
    DISCORD_START_TIMEOUT_SECONDS: wholeNumber(1, 3600).default(60),
});
/** Validates the environment. Never reads process.env itself: callers pass it in. */
export function loadConfig(env) {
    const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
    const parsed = schema.safeParse(cleaned);
    if (parsed.success)
        return parsed.data;
    const issue = parsed.error.issues[0];
    const name = String(issue.path[0] ?? 'environment');
    const shown = cleaned[name] === undefined ? '' : ` (got ${JSON.stringify(String(cleaned[name]).slice(0, 60))})`;
    throw new ConfigError(`${name} ${friendly(issue.message)}${shown}`);
}
function friendly(message) {
    if (/^Invalid option/.test(message))
        return `is invalid: ${message.replace(/^Invalid option: /, '')}`;
    if (/^Invalid input: expected number/.test(message))
        return 'must be a number';
    if (/^Too (small|big)/.test(message))
        return `is out of range: ${message}`;
    return message;
}
/** Slack starts with a bot token plus a signing secret (HTTP mode) or an app token (Socket Mode). */
export const slackConfigured = (c) => Boolean(c.SLACK_BOT_TOKEN && (c.SLACK_SIGNING_SECRET || c.SLACK_APP_TOKEN));
/** Discord starts when both the bot token and the application id are set. */
export const discordConfigured = (c) => Boolean(c.DISCORD_TOKEN && c.DISCORD_APPLICATION_ID);
/**
 * A platform whose settings are only half there would otherwise be skipped without a word (the
 * bot falls back to the terminal). Returns one line naming what is missing, or undefined.
 */
export function halfSetChat(c) {
    const problems = [];
    const slackExtras = ['SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN'].filter((k) => c[k]);
    if (c.SLACK_BOT_TOKEN && !slackExtras.length) {
        problems.push('SLACK_BOT_TOKEN is set but neither SLACK_SIGNING_SECRET (HTTP mode) nor SLACK_APP_TOKEN (Socket Mode) is: set one, or unset SLACK_BOT_TOKEN');
    }
    if (!c.SLACK_BOT_TOKEN && slackExtras.length) {
        const named = slackExtras.join(' and ');
        problems.push(`${named} ${slackExtras.length > 1 ? 'are' : 'is'} set but SLACK_BOT_TOKEN is not: set SLACK_BOT_TOKEN (xoxb-…), or unset ${named}`);
    }
    if (c.DISCORD_TOKEN && !c.DISCORD_APPLICATION_ID) {
        problems.push('DISCORD_TOKEN is set but DISCORD_APPLICATION_ID is not: set it (developer portal → General Information), or unset DISCORD_TOKEN');
    }
    if (!c.DISCORD_TOKEN && c.DISCORD_APPLICATION_ID) {
        problems.push('DISCORD_APPLICATION_ID is set but DISCORD_TOKEN is not: set it (developer portal → Bot → Reset Token), or unset DISCORD_APPLICATION_ID');
    }
    return problems.length ? problems.join('; ') : undefined;
}
//# sourceMappingURL=config.js.map
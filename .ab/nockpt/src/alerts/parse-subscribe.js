import { z } from 'zod';
import { parseClockTime } from './local-time.js';
import { MODES } from './subscriptions.js';
import { readTimeZoneWord, sameClock } from './timezone-words.js';
const TYPE_WORDS = { metrics: 'metric', metric: 'metric', events: 'event', event: 'event' };
const EMPTY_WORDS = { 'skip-empty': true, quiet: true, 'show-empty': false, 'nothing-new': false };
const IMPORTANCE_WORDS = { low: 1, medium: 2, high: 3, any: 0 };
const BARE_LEVELS = new Set(['low', 'medium', 'high']);
/** "alerts" and "digest" typed together ask for both. */
const combineModes = (a, b) => (a === undefined || a === b ? b : 'both');
/**
 * Sorts the typed words: alerts|digest|both (alerts and digest together mean both), `at HH:MM`
 * (or a bare HH:MM), an IANA timezone, metrics|events, `min low|medium|high|0-3` (or the bare level),
 * skip-empty|show-empty, `all`; the rest name competitors. Returns a message a person can act on
 * for the first word it cannot use, and for two words that ask for different things.
 */
export function parseSubscribeWords(typed) {
    const words = typed.flatMap(splitTimeWords);
    const out = { competitorWords: [], all: false };
    let emptyWord;
    let zoneWord;
    let minWord;
    for (let i = 0; i < words.length; i++) {
        const raw = words[i];
        const w = raw.toLowerCase();
        const zone = readTimeZoneWord(raw);
        if (MODES.includes(w))
            out.mode = combineModes(out.mode, w);
        else if (w === 'all' || w === 'everything')
            out.all = true;
        else if (TYPE_WORDS[w])
            out.factTypes = [...new Set([...(out.factTypes ?? []), TYPE_WORDS[w]])];
        else if (EMPTY_WORDS[w] !== undefined) {
            if (out.skipEmpty !== undefined && out.skipEmpty !== EMPTY_WORDS[w]) {
                return `"${emptyWord}" and "${raw}" contradict each other: say skip-empty (no digest on days with nothing new) or show-empty (a "nothing new" digest), not both.`;
            }
            out.skipEmpty = EMPTY_WORDS[w];
            emptyWord = raw;
        }
        else if (w === 'at' || /^\d{1,2}[:.h]\d{2}$/.test(w) || /^\d+:\d+$/.test(w)) {
            const text = w === 'at' ? words[++i] : raw;
            if (text === undefined)
                return '"at" needs a time of day, e.g. "at 09:00".';
            const time = parseClockTime(text.replace(/[.h]/, ':'));
            if (!time)
                return `"${text.slice(0, 20)}" is not a time of day. Use HH:MM from 00:00 to 23:59, e.g. "at 09:00".`;
            if (out.digestTime && out.digestTime !== time)
                return `One digest time at a time: ${out.digestTime} or ${time}?`;
            out.digestTime = time;
        }
        else if (w === 'min' || w === 'importance' || BARE_LEVELS.has(w)) {
            // Discord's "min" option arrives as the bare level.
            const level = BARE_LEVELS.has(w) ? w : (words[++i]?.toLowerCase() ?? '');
            const n = IMPORTANCE_WORDS[level] ?? (/^[0-3]$/.test(level) ? Number(level) : undefined);
            if (n === undefined)
                return '"min" needs low, medium, high (or 0–3), e.g. "min medium".';
            if (out.minImportance !== undefined && out.minImportance !== n)
                return `One minimum importance at a time: "min ${minWord}" or "min ${level}"?`;
            out.minImportance = n;
            minWord = level;
        }
        else if (zone) {
            if ('error' in zone)
                return zone.error;
            if (out.timezone && !sameClock(out.timezone, zone.timezone))
                return `One timezone at a time: ${zoneWord} or ${raw}?`;
            // "CET Europe/Amsterdam" says the same thing twice: the full name wins.
            if (out.timezone && zone.abbreviation)
                continue;
            out.timezone = zone.timezone;
            if (zone.abbreviation)
                out.timezoneAbbreviation = zone.abbreviation;
            else
                delete out.timezoneAbbreviation;
            zoneWord = raw;
        }
        else
            out.competitorWords.push(raw);
    }
    if (out.all && out.competitorWords.length)
        return 'Name competitors or say "all", not both.';
    return out;
}
/**
 * A time typed as one option value with what follows it ("9:00 CET", "at 9:00 Europe/Paris": a
 * Discord `at` option arrives as one word) is taken apart; other words with spaces stay whole
 * (they name competitors: "tiktok shop").
 */
function splitTimeWords(word) {
    const parts = word.trim().split(/\s+/);
    return parts.length > 1 && /^(at|\d{1,2}[:.h]\d{2})$/i.test(parts[0]) ? parts : [word];
}
/** zod over the typed words, so the dispatcher turns a bad word into a usage reply. */
export const subscribeArgs = z.array(z.string()).transform((words, ctx) => {
    const parsed = parseSubscribeWords(words);
    if (typeof parsed === 'string') {
        ctx.addIssue({ code: 'custom', message: parsed });
        return z.NEVER;
    }
    return parsed;
});
//# sourceMappingURL=parse-subscribe.js.map
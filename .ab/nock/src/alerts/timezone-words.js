import { closest } from '../core/similar.js';
import { listing } from '../messages/labels.js';
import { canonicalTimeZone } from './local-time.js';
/**
 * Abbreviations people type for a timezone, and the IANA names that keep the clock they mean,
 * summer time included ("9:00 CET" in July means 9:00 in Paris, not 08:00 CEST). Intl knows a few
 * of them as zones, but not the way people mean them ("EST" is America/Panama, which never moves
 * to daylight time), so they are read through this table instead. Where the places listed keep
 * different clocks (CST: Chicago or Shanghai) the word is ambiguous and refused with the choices.
 */
const ABBREVIATIONS = {
    CET: ['Europe/Paris', 'Europe/Amsterdam', 'Europe/Brussels'],
    CEST: ['Europe/Paris', 'Europe/Amsterdam', 'Europe/Brussels'],
    MET: ['Europe/Paris', 'Europe/Amsterdam'],
    MEST: ['Europe/Paris', 'Europe/Amsterdam'],
    WET: ['Europe/Lisbon', 'Europe/London'],
    WEST: ['Europe/Lisbon', 'Europe/London'],
    BST: ['Europe/London'],
    IST: ['Europe/Dublin', 'Asia/Kolkata'],
    EET: ['Europe/Athens', 'Europe/Helsinki'],
    EEST: ['Europe/Athens', 'Europe/Helsinki'],
    EST: ['America/New_York'],
    EDT: ['America/New_York'],
    CST: ['America/Chicago', 'Asia/Shanghai'],
    CDT: ['America/Chicago'],
    MST: ['America/Denver', 'America/Phoenix'],
    MDT: ['America/Denver'],
    PST: ['America/Los_Angeles'],
    PDT: ['America/Los_Angeles'],
    JST: ['Asia/Tokyo'],
    KST: ['Asia/Seoul'],
    HKT: ['Asia/Hong_Kong'],
    SGT: ['Asia/Singapore'],
    WIB: ['Asia/Jakarta'],
    AEST: ['Australia/Sydney'],
    AEDT: ['Australia/Sydney'],
};
/** Zones offered for a fixed offset such as UTC+2, by their winter or summer offset in hours. */
const COMMON_ZONES = [
    'Europe/London', 'Europe/Lisbon', 'Europe/Paris', 'Europe/Amsterdam', 'Europe/Athens', 'America/New_York',
    'America/Chicago', 'America/Denver', 'America/Los_Angeles', 'America/Sao_Paulo', 'Asia/Kolkata', 'Asia/Jakarta',
    'Asia/Shanghai', 'Asia/Singapore', 'Asia/Tokyo', 'Australia/Sydney',
];
const OFFSET = /^(?:utc|gmt)?\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?$/i;
const IANA_HINT = 'Use an IANA name such as Europe/Amsterdam, America/New_York or UTC.';
/**
 * What a typed word means as a timezone: an IANA zone, advice when it looks like a timezone
 * rivalwatch should not keep (an abbreviation, a fixed offset, an unknown Area/City), or
 * undefined when it does not look like a timezone at all (then it is probably a competitor).
 */
export function readTimeZoneWord(raw) {
    const upper = raw.toUpperCase();
    if (/^(UTC|GMT|UTC[+-]0{1,2}(:?00)?|GMT[+-]0{1,2}(:?00)?)$/.test(upper))
        return { timezone: 'UTC' };
    const named = ABBREVIATIONS[upper];
    if (named) {
        if (named.every((zone) => sameClock(zone, named[0])))
            return { timezone: named[0], abbreviation: upper };
        return {
            error: `"${raw}" is ambiguous: it names ${listing(named, 'and')}, which keep different clocks. Use the IANA name of the place you mean: ${listing(named, 'or')}.`,
        };
    }
    const offset = OFFSET.exec(raw);
    if (offset && (/^(utc|gmt)/i.test(raw) || /^[+-]/.test(raw))) {
        const hours = Number(offset[2]) * (offset[1] === '-' ? -1 : 1);
        const minutes = Number(offset[3] ?? 0) * (offset[1] === '-' ? -1 : 1);
        const zones = zonesAtOffset(hours * 60 + minutes);
        return {
            error: `"${raw}" is a fixed offset, and does not follow summer time. Use the IANA name of the place${zones.length ? `, e.g. ${listing(zones, 'or')}` : ''}.`,
        };
    }
    const etc = /^etc\/gmt([+-])(\d{1,2})$/i.exec(raw);
    if (etc && Number(etc[2]) !== 0) {
        // Etc names count west of Greenwich as positive: Etc/GMT-2 is two hours ahead of UTC.
        const hours = Number(etc[2]) * (etc[1] === '-' ? 1 : -1);
        const zones = zonesAtOffset(hours * 60);
        return {
            error: `"${raw}" is a fixed offset (UTC${hours > 0 ? '+' : ''}${hours}: Etc names invert the sign) and does not follow summer time. Use the IANA name of the place${zones.length ? `, e.g. ${listing(zones, 'or')}` : ''}.`,
        };
    }
    if (raw.includes('/')) {
        const tz = canonicalTimeZone(raw);
        if (tz)
            return { timezone: tz };
        return { error: unknownTimeZoneMessage(raw) };
    }
    return undefined;
}
/** Why a word is not a usable timezone, with the closest IANA names. */
export function unknownTimeZoneMessage(word) {
    const near = closest(word, Intl.supportedValuesOf('timeZone'), 2);
    return `Unknown timezone "${word.slice(0, 60)}".${near.length ? ` Did you mean ${near.join(' or ')}?` : ''} ${IANA_HINT}`;
}
/**
 * True when two zones show the same wall clock all year, summer time included (Europe/Paris and
 * Europe/Amsterdam; not Europe/London and Europe/Lisbon before 1996, which does not matter here).
 * Sampled every week of one year, so differing changeover dates are caught too.
 */
export function sameClock(a, b) {
    if (a === b)
        return true;
    const start = Date.UTC(2025, 0, 1, 12);
    for (let week = 0; week < 53; week++) {
        const d = new Date(start + week * 7 * 24 * 3600_000);
        if (offsetMinutes(d, a) !== offsetMinutes(d, b))
            return false;
    }
    return true;
}
/** True for zones that change their clock during the year (Europe/Paris), false for Asia/Tokyo or UTC. */
export function hasSummerTime(zone) {
    return offsetMinutes(new Date(Date.UTC(2025, 0, 15, 12)), zone) !== offsetMinutes(new Date(Date.UTC(2025, 6, 15, 12)), zone);
}
function zonesAtOffset(minutes) {
    // A winter and a summer day; which year hardly matters, and a fixed one keeps the advice stable.
    const samples = [new Date(Date.UTC(2025, 0, 15, 12)), new Date(Date.UTC(2025, 6, 15, 12))];
    return COMMON_ZONES.filter((zone) => samples.some((d) => offsetMinutes(d, zone) === minutes)).slice(0, 3);
}
const offsetFormatters = new Map();
function offsetMinutes(instant, zone) {
    let format = offsetFormatters.get(zone);
    if (!format) {
        format = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' });
        offsetFormatters.set(zone, format);
    }
    const name = format
        .formatToParts(instant)
        .find((p) => p.type === 'timeZoneName').value;
    const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
    if (!m)
        return 0;
    return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}
/**
 * A configured timezone (DEFAULT_TIMEZONE) read the way /subscribe reads one: an IANA name in its
 * canonical spelling, an abbreviation as the zone people mean (CET → Europe/Paris, with summer
 * time; Intl alone would keep "EST" as a clock that never moves), and ambiguous abbreviations or
 * fixed offsets refused with the same advice. `error` completes "DEFAULT_TIMEZONE …".
 */
export function readConfiguredTimeZone(raw) {
    const text = raw.trim();
    const word = readTimeZoneWord(text);
    if (word && 'timezone' in word)
        return { timezone: word.timezone };
    // An abbreviation or offset gets its advice; an Area/City that does not exist, the plain rule.
    if (word)
        return text.includes('/') && !/^etc\//i.test(text) ? { error: 'is not an IANA timezone' } : { error: `is not usable: ${word.error}` };
    const iana = canonicalTimeZone(text);
    return iana ? { timezone: iana } : { error: 'is not an IANA timezone' };
}
//# sourceMappingURL=timezone-words.js.map
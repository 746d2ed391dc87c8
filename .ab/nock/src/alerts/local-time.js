const formatters = new Map();
// Building an Intl formatter is far slower than using one; digests ask the same few zones every minute.
function formatterFor(timeZone) {
    let f = formatters.get(timeZone);
    if (!f) {
        f = new Intl.DateTimeFormat('en-CA', {
            timeZone,
            year: 'numeric',
            month: '2-digit',
            day: '2-digit',
            hour: '2-digit',
            minute: '2-digit',
            hourCycle: 'h23',
        });
        formatters.set(timeZone, f);
    }
    return f;
}
/** The local date and time at `instant` in an IANA timezone (DST applied by Intl). */
export function localTime(instant, timeZone) {
    const parts = {};
    for (const p of formatterFor(timeZone).formatToParts(instant))
        parts[p.type] = p.value;
    return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}
/** True for names Intl knows as IANA zones ("Europe/Amsterdam", "UTC"); false for "Mars/Phobos". */
export function isTimeZone(name) {
    try {
        formatterFor(name);
        return true;
    }
    catch {
        return false;
    }
}
/** The spelling Intl uses for a zone typed in any case ("europe/amsterdam" → "Europe/Amsterdam"). */
export function canonicalTimeZone(name) {
    try {
        return new Intl.DateTimeFormat('en', { timeZone: name }).resolvedOptions().timeZone;
    }
    catch {
        return undefined;
    }
}
/** HH:MM from 00:00 to 23:59; "9:00" is accepted and padded. */
export function parseClockTime(text) {
    const m = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(text.trim());
    return m ? `${m[1].padStart(2, '0')}:${m[2]}` : undefined;
}
/** The calendar day before a YYYY-MM-DD date. */
export function previousDate(date) {
    return new Date(Date.parse(`${date}T12:00:00Z`) - 24 * 3600_000).toISOString().slice(0, 10);
}
//# sourceMappingURL=local-time.js.map
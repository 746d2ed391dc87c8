/**
 * Times of day and "N minutes ago" stamps, in English, French and Dutch: "14:05", "9:30 am",
 * "14h05", "10.45 uur", "updated 3 hours ago", "il y a 12 minutes", "5 minuten geleden".
 * Written by the site as it serves the page rather than by its author.
 */
const CLOCK_TIMES = new RegExp([
    String.raw `\b\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\b\.?)?`,
    String.raw `\b\d{1,2}h\d{2}\b`,
    String.raw `\b\d{1,2}[.:]\d{2}\s?uur\b`,
    String.raw `\b\d+\s?(?:seconds?|secs?|minutes?|mins?|hours?|hrs?)\s+ago\b`,
    String.raw `\bil y a\s+\d+\s?(?:secondes?|minutes?|min|heures?|h)\b`,
    String.raw `\b\d+\s?(?:seconden|minuten|minuut|min|uur)\s+geleden\b`,
].join('|'), 'gi');
/**
 * A page's or file's text without its clock times, for telling a new version from a repeat: a
 * page whose only change is the time it shows ("Updated 14:05") is the same page, where a changed
 * figure or sentence makes a new version. Texts without a digit are returned as they are.
 */
export function withoutClockTimes(text) {
    return /\d/.test(text) ? text.replace(CLOCK_TIMES, ' ') : text;
}
//# sourceMappingURL=clock-times.js.map
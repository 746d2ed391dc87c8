/**
 * One sentence saying how the followed competitors changed ([] is all), so that narrowing an
 * "all" subscription to the one competitor named is never a surprise.
 */
export function followingChange(before, after, names) {
    const list = (ids) => (ids.length ? ids.map((id) => names.get(id) ?? id).join(', ') : 'all competitors');
    if (!before.length && !after.length)
        return 'Still following all competitors.';
    if (!before.length)
        return `Now following only ${list(after)} (was: all competitors). /subscribe all follows everyone again.`;
    if (!after.length)
        return `Now following all competitors (was: ${list(before)}).`;
    const added = after.filter((id) => !before.includes(id));
    if (!added.length)
        return `Already following ${list(after)}: nothing added.`;
    return `Added ${list(added)}: now following ${list(after)}.`;
}
//# sourceMappingURL=following-change.js.map
export const systemClock = { now: () => new Date() };
/** A clock that stands still until moved; for tests and replays. */
export function fixedClock(start) {
    let t = new Date(start).getTime();
    return {
        now: () => new Date(t),
        set: (d) => {
            t = new Date(d).getTime();
        },
        advance: (ms) => {
            t += ms;
        },
    };
}
//# sourceMappingURL=clock.js.map
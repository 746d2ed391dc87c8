import { LogLevel } from '@slack/bolt';
/** Bolt and its Web API client log through our logger (stderr, text or JSON), prefixed "slack:". */
export function boltLogger(log) {
    let level = LogLevel.INFO;
    const line = (args) => `slack: ${args.map((a) => (a instanceof Error ? a.message : typeof a === 'string' ? a : JSON.stringify(a))).join(' ')}`;
    return {
        debug: (...args) => log.debug(line(args)),
        info: (...args) => log.info(line(args)),
        warn: (...args) => log.warn(line(args)),
        error: (...args) => log.error(line(args)),
        setLevel: (l) => {
            level = l;
        },
        getLevel: () => level,
        setName: () => { },
    };
}
//# sourceMappingURL=bolt-logger.js.map
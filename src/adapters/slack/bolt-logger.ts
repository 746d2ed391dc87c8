import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../../logger.js';

/** Bolt and its Web API client log through our logger (stderr, text or JSON), prefixed "slack:". */
export function boltLogger(log: Logger): BoltLogger {
  let level = LogLevel.INFO;
  const line = (args: unknown[]) =>
    `slack: ${args.map((a) => (a instanceof Error ? a.message : typeof a === 'string' ? a : JSON.stringify(a))).join(' ')}`;
  return {
    debug: (...args) => log.debug(line(args)),
    info: (...args) => log.info(line(args)),
    warn: (...args) => log.warn(line(args)),
    error: (...args) => log.error(line(args)),
    setLevel: (l) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => {},
  };
}

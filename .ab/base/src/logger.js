const order = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };
/** Logs to stderr (stdout belongs to command output): one JSON object per line, or readable text. */
export function createLogger(level = 'info', format = 'text', write = (l) => process.stderr.write(`${l}\n`)) {
    const emit = (lvl, msg, fields) => {
        if (order[lvl] < order[level])
            return;
        const time = new Date().toISOString();
        if (format === 'json') {
            write(JSON.stringify({ time, level: lvl, msg, ...fields }, errorReplacer));
        }
        else {
            const extra = fields && Object.keys(fields).length ? ` ${JSON.stringify(fields, errorReplacer)}` : '';
            write(`${time} ${lvl.padEnd(5)} ${msg}${extra}`);
        }
    };
    return {
        debug: (m, f) => emit('debug', m, f),
        info: (m, f) => emit('info', m, f),
        warn: (m, f) => emit('warn', m, f),
        error: (m, f) => emit('error', m, f),
    };
}
function errorReplacer(_key, value) {
    return value instanceof Error ? { name: value.name, message: value.message } : value;
}
export const silentLogger = createLogger('silent');
//# sourceMappingURL=logger.js.map
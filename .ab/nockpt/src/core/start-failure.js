/**
 * Why a process could not start, as one line a person can act on: which part, what it tried to
 * reach, and the setting to check. `rivalwatch start` prints it and exits 1 after closing what it
 * had opened; a supervisor (systemd, Docker, Kubernetes) restarts the process with its own backoff.
 */
export class StartFailure extends Error {
}
const NETWORK_CODES = /^(E[A-Z]+|UND_ERR_[A-Z_]+)$/;
/**
 * The network reason buried in an error and its causes (ECONNREFUSED, ENOTFOUND, ETIMEDOUT…), or
 * undefined when the error is not about reaching a host. SDKs wrap fetch errors one or two deep.
 */
export function networkReason(err) {
    let innermost = '';
    for (let e = err, depth = 0; e && depth < 6; depth++) {
        const code = e.code;
        if (typeof code === 'string' && NETWORK_CODES.test(code))
            return code;
        if (e instanceof Error && e.message)
            innermost = e.message;
        const errors = e.errors;
        e =
            Array.isArray(errors) && errors.length
                ? errors[0]
                : (e.cause ?? e.original);
    }
    return err instanceof Error && /fetch failed|socket hang up|network/i.test(err.message) ? innermost : undefined;
}
//# sourceMappingURL=start-failure.js.map
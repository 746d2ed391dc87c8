/**
 * A subcommand's usage error: one line saying what was wrong, then the synopsis (its help up to
 * the first blank line) on stderr; exit 2. `--help` prints the whole help on stdout instead.
 */
export function usageError(io, subcommand, reason, help) {
    io.stderr.write(`rivalwatch ${subcommand}: ${reason}\n${help.split('\n\n')[0].trimEnd()}\n`);
    return 2;
}
//# sourceMappingURL=usage-error.js.map
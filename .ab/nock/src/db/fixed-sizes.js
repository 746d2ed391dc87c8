/** Row counts a many-row statement is cut into: few enough shapes that each is compiled and prepared once. */
const SIZES = [256, 64, 16, 4, 1];
/**
 * Cuts `count` rows into consecutive runs of the sizes above, largest first (500 → 256, 64, 64,
 * 64, 16, 16, 16, 4): a statement of n rows has a text of its own, and one per count made every
 * document compile and prepare new ones and pushed the others out of the statement cache.
 */
export function fixedSizes(count) {
    const out = [];
    let left = count;
    for (const size of SIZES) {
        for (; left >= size; left -= size)
            out.push(size);
    }
    return out;
}
/** Lengths an `in (…)` list is padded to, and the longest one. */
const LIST_SIZES = [8, 32, 128, 512];
export const LONGEST_LIST = LIST_SIZES[LIST_SIZES.length - 1];
/**
 * `values` (1 to LONGEST_LIST of them) made as long as the next of a few fixed lengths by
 * repeating the last one: `in (…)` means the same with a value repeated, and a list of any
 * length then fits one of four statement texts, each compiled and prepared once.
 */
export function paddedList(values) {
    if (!values.length || values.length > LONGEST_LIST)
        throw new Error(`paddedList: ${values.length} values (1 to ${LONGEST_LIST})`);
    const size = LIST_SIZES.find((s) => s >= values.length);
    const out = values.slice();
    while (out.length < size)
        out.push(values[values.length - 1]);
    return out;
}
//# sourceMappingURL=fixed-sizes.js.map
/** Row counts a many-row statement is cut into: few enough shapes that each is compiled and prepared once. */
const SIZES = [256, 64, 16, 4, 1];

/**
 * Cuts `count` rows into consecutive runs of the sizes above, largest first (500 → 256, 64, 64,
 * 64, 16, 16, 16, 4): a statement of n rows has a text of its own, and one per count made every
 * document compile and prepare new ones and pushed the others out of the statement cache.
 */
export function fixedSizes(count: number): number[] {
  const out: number[] = [];
  let left = count;
  for (const size of SIZES) {
    for (; left >= size; left -= size) out.push(size);
  }
  return out;
}

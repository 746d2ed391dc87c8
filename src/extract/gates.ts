/**
 * The extractor's cheap pre-checks ("gates"), declared next to the patterns they stand before.
 *
 * Most sentences hold nothing a given pattern looks for, so many patterns are tried only after a
 * cheaper test passes: a substring regex ("combined|together|…"), the last word before a
 * position, a capital letter. A gate must be a necessary condition: it may let through text its
 * pattern then rejects, never turn away text the pattern would match. Kept by hand, a gate falls
 * out of step when a word is added to its pattern (one did: "totalisent" was added to a pattern
 * but not to its gate, and was then never found), and nothing fails but the facts that are no
 * longer read.
 *
 * So each gate is declared here with its pattern, and tests/extract/gate-soundness.test.ts
 * checks, on strings generated from each pattern, that its gate lets every one of them through.
 * Declaring costs nothing when extracting: the list is only read by that test.
 */
export interface DeclaredGate {
  /** Where the pair lives, for the test's messages: "metrics: combined (fr)". */
  name: string;
  /** The pattern the gate stands before, as it is used (its g or y flags are ignored by the check). */
  pattern: RegExp;
  /** The gate, given the same text as the pattern: true lets the pattern be tried. */
  passes: RegExp | ((text: string) => boolean);
}

const declared: DeclaredGate[] = [];

/** Declares that `passes` is tried before `pattern` on the same text, as a necessary condition of it. */
export function declareGate(name: string, pattern: RegExp, passes: DeclaredGate['passes']): void {
  declared.push({ name, pattern, passes });
}

/** Every gate declared by the modules loaded so far. */
export function declaredGates(): readonly DeclaredGate[] {
  return declared;
}

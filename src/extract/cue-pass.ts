import { type EventName, LANGUAGES, type Language } from '../domain/vocabulary.js';
import { type CompiledCues, compile } from './event-cues.js';
import { firstLetterAlternation } from './cue-gate.js';
import { declareGate } from './gates.js';

/** Event name → regex fragments of its cues. */
export type Cues = Partial<Record<EventName, string[]>>;

/**
 * A further pass of event cues behind a gate of its own: a cheap regex per language that every
 * sentence holding one of the pass's cues matches (declared, so tests/extract/gate-soundness
 * checks it). Sentences the gate turns away never run the pass's cue regex.
 */
export interface CuePass {
  /** The pass's cues, if the sentence may hold one (else null: the regex is not run). */
  cues(sentence: string, language: Language): CompiledCues | null;
  /** The pass's cues in each language, gate or no gate. */
  readonly compiled: Record<Language, CompiledCues>;
  /** The pass's gate in each language. */
  readonly gates: Record<Language, RegExp>;
}

export function cuePass(name: string, cues: Record<Language, Cues>, gates: Record<Language, RegExp>): CuePass {
  const compiled: Record<Language, CompiledCues> = { en: compile(cues.en), fr: compile(cues.fr), nl: compile(cues.nl) };
  for (const l of LANGUAGES) declareGate(`events: cues, ${name} (${l})`, compiled[l].re, gates[l]);
  const cuesOf = (sentence: string, language: Language): CompiledCues | null => (gates[language].test(sentence) ? compiled[language] : null);
  return {
    cues: cuesOf,
    compiled,
    gates,
  };
}

/** Whether the pass's cue gate finds a cue in the sentence. */
export function holdsCue(pass: CompiledCues, sentence: string): boolean {
  pass.gate.lastIndex = 0;
  const found = pass.gate.test(sentence);
  pass.gate.lastIndex = 0;
  return found;
}

/**
 * One test for the gates of several passes at once: their alternatives as one alternation (one
 * regex per set of flags), grouped by first letter (cue-gate.ts), which a sentence matches if and
 * only if it matches one of the gates. Most sentences match none, and then one scan or two turns
 * them away instead of one per pass. Declared against each gate (tests/extract/gate-soundness).
 */
export function anyPassGate(name: string, passes: readonly CuePass[]): (sentence: string, language: Language) => boolean {
  const unions = {} as Record<Language, RegExp[]>;
  for (const l of LANGUAGES) {
    const byFlags = new Map<string, string[]>();
    for (const { gates } of passes) byFlags.set(gates[l].flags, [...(byFlags.get(gates[l].flags) ?? []), gates[l].source]);
    unions[l] = [...byFlags].map(([flags, sources]) => new RegExp(firstLetterAlternation(sources, flags), flags));
  }
  const anyPasses = (sentence: string, language: Language): boolean => unions[language].some((union) => union.test(sentence));
  for (const l of LANGUAGES) for (const [i, { gates }] of passes.entries()) declareGate(`events: ${name}, gate ${i + 1} (${l})`, gates[l], (text) => anyPasses(text, l));
  return anyPasses;
}

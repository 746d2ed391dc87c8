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
  /** The pass's cues in each language, gate or no gate. */
  readonly compiled: Record<Language, CompiledCues>;
  /** The pass's gate in each language. */
  readonly gates: Record<Language, RegExp>;
}

export function cuePass(name: string, cues: Record<Language, Cues>, gates: Record<Language, RegExp>): CuePass {
  const compiled: Record<Language, CompiledCues> = { en: compile(cues.en), fr: compile(cues.fr), nl: compile(cues.nl) };
  for (const l of LANGUAGES) declareGate(`events: cues, ${name} (${l})`, compiled[l].re, gates[l]);
  return { compiled, gates };
}

const NONE: readonly CompiledCues[] = [];

/**
 * The cues of the passes whose gates a sentence matches, in the passes' order. All the gates are
 * tried at once first: their alternatives as one alternation (one regex per set of flags), grouped
 * by first letter (cue-gate.ts), which matches at a position if and only if one of the gates does
 * there. Most sentences match none, and then one scan or two turns them away instead of one per
 * pass. Where the alternation first matches, none of its gates matched before: each of them is
 * tried from there on, not from the start. Declared against each gate (tests/extract/gate-soundness).
 */
export function passesHeld(name: string, passes: readonly CuePass[]): (sentence: string, language: Language) => readonly CompiledCues[] {
  const unions = {} as Record<Language, RegExp[]>;
  // Per pass, which union holds its gate, and its gate made global, to be tried from a position.
  const unionOf = {} as Record<Language, number[]>;
  const fromAt = {} as Record<Language, RegExp[]>;
  for (const l of LANGUAGES) {
    const flagsList = [...new Set(passes.map(({ gates }) => gates[l].flags))];
    unions[l] = flagsList.map((flags) => new RegExp(firstLetterAlternation(passes.flatMap(({ gates }) => (gates[l].flags === flags ? [gates[l].source] : [])), flags), flags));
    unionOf[l] = passes.map(({ gates }) => flagsList.indexOf(gates[l].flags));
    fromAt[l] = passes.map(({ gates }) => new RegExp(gates[l].source, `${gates[l].flags}g`));
  }
  const held = (sentence: string, language: Language): readonly CompiledCues[] => {
    const firsts = unions[language].map((union) => sentence.search(union));
    if (firsts.every((at) => at < 0)) return NONE;
    const out: CompiledCues[] = [];
    for (let i = 0; i < passes.length; i++) {
      const from = firsts[unionOf[language][i]!]!;
      if (from < 0) continue;
      const gate = fromAt[language][i]!;
      gate.lastIndex = from;
      if (gate.test(sentence)) out.push(passes[i]!.compiled[language]);
    }
    return out;
  };
  for (const l of LANGUAGES) for (const [i, pass] of passes.entries()) declareGate(`events: ${name}, gate ${i + 1} (${l})`, pass.gates[l], (text) => held(text, l).includes(pass.compiled[l]));
  return held;
}

import { type EventName, LANGUAGES, type Language } from '../domain/vocabulary.js';
import { type CompiledCues, compile } from './event-cues.js';
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
  /** Whether the sentence holds a cue of this pass. */
  holds(sentence: string, language: Language): boolean;
}

export function cuePass(name: string, cues: Record<Language, Cues>, gates: Record<Language, RegExp>): CuePass {
  const compiled: Record<Language, CompiledCues> = { en: compile(cues.en), fr: compile(cues.fr), nl: compile(cues.nl) };
  for (const l of LANGUAGES) declareGate(`events: cues, ${name} (${l})`, compiled[l].re, gates[l]);
  const cuesOf = (sentence: string, language: Language): CompiledCues | null => (gates[language].test(sentence) ? compiled[language] : null);
  return {
    cues: cuesOf,
    holds(sentence, language) {
      const pass = cuesOf(sentence, language);
      if (!pass) return false;
      pass.gate.lastIndex = 0;
      const found = pass.gate.test(sentence);
      pass.gate.lastIndex = 0;
      return found;
    },
  };
}

import type { Language } from '../domain/vocabulary.js';
import { declareGate } from './gates.js';

/**
 * A sum a company sets aside for something is an investment (round 18). Dutch splits the verb
 * around the sum: "Amazon trekt 1,2 miljard euro uit voor nieuwe magazijnen", "maakt 1 miljard
 * euro vrij voor datacenters"; the joined forms ("uitgetrokken", "vrijgemaakt") are cue words.
 * The particle must close the clause right after the sum and a purpose ("voor") follow, so that
 * "trekt 5 miljard euro aan" (funding raised) and "maakt 2 miljard euro winst" stay apart.
 */
// A time may stand between the verb and the sum: "trekt de komende drie jaar 100 miljard yuan uit om..." (round 21).
const VERB_BEFORE = /(?<![\p{L}])(?:trekt|trok|trokken|trekken|maakt|maakte|maakten|maken)(?:[\s\u00A0]+[\p{L}'’-]+){0,5}?[\s\u00A0]+$/iu;
const PARTICLE_AFTER = /^[\s\u00A0]*(?:uit|vrij)[\s\u00A0]+(?:voor|om)(?![\p{L}])/iu;
const GATE = /uit|vrij/iu;
declareGate('set-aside: particle after the sum (nl)', PARTICLE_AFTER, GATE);

export function setAside(sentence: string, start: number, end: number, language: Language): boolean {
  if (language !== 'nl') return false;
  const after = sentence.slice(end, end + 20);
  return GATE.test(after) && PARTICLE_AFTER.test(after) && VERB_BEFORE.test(sentence.slice(Math.max(0, start - 70), start));
}

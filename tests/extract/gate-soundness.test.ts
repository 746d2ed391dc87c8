import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import '../../src/extract/index.js';
import { type DeclaredGate, declaredGates } from '../../src/extract/gates.js';

// Every cheap pre-check of the extractor must let through all text its pattern matches (see
// src/extract/gates.ts). Strings are generated from each pattern by fast-check, which knows no
// look-arounds and no i flag: they are generated from the pattern without them, kept when the
// real pattern matches, and then the gate must pass.

/** The pattern's source without its look-arounds ((?=…), (?!…), (?<=…), (?<!…)). */
function withoutLookarounds(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === '[') {
      // A class is copied whole: a parenthesis in it is a character.
      let j = i + 1;
      if (source[j] === '^') j++;
      if (source[j] === ']') j++;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      out += source.slice(i, j + 1);
      i = j;
      continue;
    }
    if (c === '(' && /^\(\?<?[=!]/.test(source.slice(i, i + 4))) {
      let depth = 0;
      let j = i;
      for (; j < source.length; j++) {
        const d = source[j]!;
        if (d === '\\') j++;
        else if (d === '[') {
          j++;
          while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
        } else if (d === '(') depth++;
        else if (d === ')' && --depth === 0) break;
      }
      i = j;
      continue;
    }
    out += c;
  }
  return out;
}

/** Named groups become plain groups: fast-check reads no names. */
const withoutGroupNames = (source: string): string => source.replace(/\(\?<([A-Za-z_]\w*)>/g, '(?:');

/** Strings the pattern matches, at most `count`, generated from it; and how many were tried. */
function samplesOf(pattern: RegExp, count: number): { kept: string[]; tried: number } {
  const generator = new RegExp(withoutGroupNames(withoutLookarounds(pattern.source)), pattern.flags.replace(/[giy]/g, ''));
  const real = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
  const tried = fc.sample(fc.stringMatching(generator, { size: 'small' }), { numRuns: count, seed: 20261127 });
  return { kept: tried.filter((s) => real.test(s)), tried: tried.length };
}

const passes = (gate: DeclaredGate, text: string): boolean => {
  if (typeof gate.passes === 'function') return gate.passes(text);
  const re = new RegExp(gate.passes.source, gate.passes.flags.replace(/[gy]/g, ''));
  return re.test(text);
};

/** The generated strings the gate turns away though its pattern matches them. */
function turnedAway(gate: DeclaredGate, count = 400): { missed: string[]; kept: number } {
  const { kept } = samplesOf(gate.pattern, count);
  return { missed: kept.filter((s) => !passes(gate, s)), kept: kept.length };
}

describe('gate soundness', () => {
  const gates = declaredGates();

  it('finds the gates of every module that has them', () => {
    const areas = new Set(gates.map((g) => g.name.split(':')[0]));
    for (const area of ['metrics', 'comparison', 'earlier figure', 'hearsay', 'events', 'markets', 'many markets', 'multiples', 'companies', 'company names', 'periods', 'attribution']) {
      expect(areas, area).toContain(area);
    }
  });

  it.each(gates.map((g) => [g.name, g] as const))('%s: the gate lets through what its pattern matches', (_name, gate) => {
    const { missed, kept } = turnedAway(gate);
    // Enough generated strings matched the real pattern for the check to mean something.
    expect(kept).toBeGreaterThanOrEqual(25);
    expect(missed.slice(0, 5)).toEqual([]);
    // The event cue patterns hold hundreds of alternatives: generating from them takes seconds.
  }, 60_000);

  it('catches a gate that lacks a word of its pattern', () => {
    // The mistake this test is for: a word added to a pattern but not to its gate.
    const pattern = /(?<![\p{L}])(?:cumul\p{L}*|totalisent|conjointement)(?![\p{L}])[^.;]{0,60}$/iu;
    const { missed } = turnedAway({ name: 'example', pattern, passes: /cumul|conjointement/iu });
    expect(missed.length).toBeGreaterThan(0);
    expect(missed.every((s) => s.toLowerCase().includes('totalisent'))).toBe(true);
    expect(turnedAway({ name: 'example', pattern, passes: /cumul|totalis|conjointement/iu }).missed).toEqual([]);
  });

  it('generates from patterns with look-arounds, classes and named groups', () => {
    expect(withoutLookarounds('(?<![\\p{L}])a(?=b)(?!c[)])d')).toBe('ad');
    expect(withoutLookarounds('[(?=]x\\(?!y')).toBe('[(?=]x\\(?!y');
    expect(withoutGroupNames('(?<launch>x)|(?:y)')).toBe('(?:x)|(?:y)');
  });
});

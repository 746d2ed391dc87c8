import type { MoneyCue } from './metric-cues.js';

// Dutch writes what a sum is into one word with what qualifies it: "de nettoconsumentenomzet",
// "de webwinkelomzet", "de kwartaalwinst", "een miljardenboete", "de groeiinvestering". The last
// part says what the money is.
const COMPOUND = /(?<![\p{L}])\p{L}{3,}?(omzet|winst|boete|investering|investeringen|waardering)(?![\p{L}])/giu;
const PART: Record<string, MoneyCue> = {
  omzet: 'revenue',
  winst: 'profit',
  boete: 'fine',
  investering: 'investment',
  investeringen: 'investment',
  waardering: 'valuation',
};

/** What the last Dutch compound money word of `text` names, if any. */
export function dutchCompoundCue(text: string): MoneyCue | null {
  let last: string | undefined;
  COMPOUND.lastIndex = 0;
  for (let m = COMPOUND.exec(text); m !== null; m = COMPOUND.exec(text)) last = m[1]!.toLowerCase();
  return last === undefined ? null : (PART[last] ?? null);
}

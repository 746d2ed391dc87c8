/**
 * `text.toLowerCase()`, remembered for the last two texts: the mentions, markets and periods of a
 * sentence each search its lower-cased copy, and lower-casing it once instead of three times
 * saves a copy of the sentence each time (the look-back at the sentence before may come between).
 */
let lastText: string | null = null;
let lastLower = '';
let otherText: string | null = null;
let otherLower = '';

export function lowerCase(text: string): string {
  if (text === lastText) return lastLower;
  if (text === otherText) {
    // Swapped, so the text asked for most recently is looked at first.
    otherText = lastText;
    const lower = otherLower;
    otherLower = lastLower;
    lastText = text;
    lastLower = lower;
    return lower;
  }
  otherText = lastText;
  otherLower = lastLower;
  lastText = text;
  lastLower = text.toLowerCase();
  return lastLower;
}

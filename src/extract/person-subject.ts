import type { Quantity } from './numbers.js';

// A person told by age opening the sentence is its subject, and the figures are theirs, not a
// company's (round 14, metrics): "A 29-year-old seller in Hanoi said her orders had risen
// fivefold", "Une vendeuse de 31 ans affirme que ses ventes ont triplé", "Een 34-jarige verkoper
// uit Gent zag zijn omzet verdubbelen".
const AGED_SUBJECT = /^[\s\u00A0"“«'‘]*(?:an?|one|une?|een)[\s\u00A0]+(?:\d{1,2}-year-old|\d{1,2}-jarige|(?:[\p{L}-]+[\s\u00A0]+){1,2}(?:âgée?[\s\u00A0]+)?de[\s\u00A0]+\d{1,2}[\s\u00A0]+ans)(?![\p{L}])/iu;

/** Whether the figure at `q` belongs to a person the sentence opens on, told by age. */
export function personSubject(q: Quantity, sentence: string): boolean {
  const head = sentence.slice(0, Math.min(q.start, 80));
  return /\d/u.test(head) && AGED_SUBJECT.test(head);
}

// A person's age told after the name: "aldus De Wit (48)", "its chief executive, Xu Yangtian, 40,".
const NAME_BEFORE = /[\p{Lu}][\p{L}'’-]+[\s\u00A0]*[(,][\s\u00A0]*$/u;
const CLOSED_AFTER = /^[\s\u00A0]*[),]/u;

/** Whether the plain number at `q` is the age of the person named just before it. */
export function personAge(q: Quantity, sentence: string): boolean {
  if (q.kind !== 'count' || q.scaled || !Number.isInteger(q.value) || q.value < 16 || q.value > 99) return false;
  return CLOSED_AFTER.test(sentence.slice(q.end, q.end + 3)) && NAME_BEFORE.test(sentence.slice(Math.max(0, q.start - 30), q.start));
}

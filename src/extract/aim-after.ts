import type { Language } from '../domain/vocabulary.js';

/**
 * A figure named, then called the aim: "had set $50 billion as its target", "s'était fixé 10
 * milliards comme objectif", "had zich een omzet van 50 miljard ten doel gesteld". The cue follows
 * the figure, so the cues looked for before it miss it; it is a target whoever tells it.
 */
const AIM_AFTER: Record<Language, RegExp> = {
  en: /^[^,.;]{0,30}?(?<![\p{L}])as (?:its|a|the|their) (?:target|goal|objective)(?![\p{L}])/iu,
  fr: /^[^,.;]{0,30}?(?<![\p{L}])comme (?:objectif|cible)(?![\p{L}])/iu,
  nl: /^[^,.;]{0,30}?(?<![\p{L}])(?:ten doel (?:gesteld|gezet|stellen)|als (?:doel|streefcijfer|doelstelling))(?![\p{L}])/iu,
};

/** Whether the words right after a figure ending at `end` call it the aim. */
export const aimedAfter = (sentence: string, end: number, language: Language): boolean => AIM_AFTER[language].test(sentence.slice(end, end + 50));

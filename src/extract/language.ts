import type { Language } from '../domain/vocabulary.js';

const isLanguage = (v: unknown): v is Language => v === 'en' || v === 'fr' || v === 'nl';

interface Detector {
  detect(text: string): { language: string };
}
let detector: Detector | null = null;

/**
 * Loads eld (limited to en/fr/nl). Its model costs start-up time, so callers load it only when
 * a text's language is neither declared nor obvious from its function words.
 */
export async function loadLanguageDetector(): Promise<void> {
  if (detector) return;
  const { eld } = await import('eld/small');
  eld.setLanguageSubset(['en', 'fr', 'nl']);
  detector = eld;
}

// Function words only one of the three languages uses ("de", "in", "is" are shared and left out).
const FUNCTION_WORDS: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:the|and|of|to|with|for|its|has|said|from|that|which|was|were)(?![\p{L}'’])/giu,
  fr: /(?<![\p{L}])(?:le|la|les|des|et|est|une|du|dans|pour|qui|sur|au|aux|avec|ses|selon)(?![\p{L}])/giu,
  nl: /(?<![\p{L}])(?:het|een|van|op|voor|met|dat|zijn|heeft|niet|ook|wordt|naar|bij|volgens)(?![\p{L}])/giu,
};

const count = (re: RegExp, text: string): number => text.match(re)?.length ?? 0;

/** The language when its function words clearly outnumber the others' (8 or more, 3 to 1); else null. */
export function obviousLanguage(sample: string): Language | null {
  const text = sample.slice(0, 1000);
  const scores = (['en', 'fr', 'nl'] as const).map((l) => [l, count(FUNCTION_WORDS[l], text)] as const).sort((a, b) => b[1] - a[1]);
  const [best, second] = [scores[0]!, scores[1]!];
  return best[1] >= 8 && best[1] >= 3 * second[1] ? best[0] : null;
}

/**
 * The declared language when it is one we read ("fr-BE" counts as fr); otherwise the obvious
 * one, else detected with eld when loaded; English when nothing can be told.
 */
export function resolveLanguage(declared: unknown, sample: string): Language {
  if (typeof declared === 'string') {
    const base = declared.trim().toLowerCase().slice(0, 2);
    if (isLanguage(base)) return base;
  }
  const obvious = obviousLanguage(sample);
  if (obvious) return obvious;
  try {
    const found = detector?.detect(sample.slice(0, 1000)).language;
    return isLanguage(found) ? found : 'en';
  } catch {
    return 'en';
  }
}

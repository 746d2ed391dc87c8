import { eld } from 'eld/small';
import type { Language } from '../domain/vocabulary.js';

eld.setLanguageSubset(['en', 'fr', 'nl']);

const isLanguage = (v: unknown): v is Language => v === 'en' || v === 'fr' || v === 'nl';

/**
 * The declared language when it is one we read ("fr-BE" counts as fr); otherwise detected with
 * eld restricted to en/fr/nl; English when nothing can be told.
 */
export function resolveLanguage(declared: unknown, sample: string): Language {
  if (typeof declared === 'string') {
    const base = declared.trim().toLowerCase().slice(0, 2);
    if (isLanguage(base)) return base;
  }
  try {
    const found = eld.detect(sample.slice(0, 2000)).language;
    return isLanguage(found) ? found : 'en';
  } catch {
    return 'en';
  }
}

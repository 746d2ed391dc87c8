import type { Language } from '../domain/vocabulary.js';
import type { Mention } from './companies.js';
import type { Quantity } from './numbers.js';

/**
 * A sentence opening on "his", "her", "son", "zijn" right after one that ends by presenting
 * someone as the owner of a shop of their own speaks of that shop, not of the company the article
 * is about: "..., says Jane Doe, owner of a bookshop on the high street. Her sales fell 12% since
 * 2022", "lance X, propriétaire d'une librairie. Son chiffre d'affaires a reculé de 12 %", "zegt X,
 * eigenaar van een schoenwinkel. Zijn omzet daalde met 12 procent". The indefinite article ("a
 * bookshop") marks a business other than the one tracked.
 */
const OPENING: Record<Language, RegExp> = {
  en: /^[\s"“]*(?:his|her)\s/iu,
  fr: /^[\s"“«]*(?:son|sa|ses)\s/iu,
  nl: /^[\s"“]*(?:zijn|haar)\s/iu,
};
const OWNER_OF_A: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:owner|co-owner|manager|founder|co-founder|boss|head)\s+of\s+(?:a|an)\s/iu,
  fr: /(?<![\p{L}])(?:propriétaire|copropriétaire|gérante?|fondat(?:eur|rice)|cofondat(?:eur|rice)|patronne?|directrice|directeur)\s+d['’](?:une?)\s/iu,
  nl: /(?<![\p{L}])(?:eigena(?:ar|res)|mede-eigena(?:ar|res)|uitbat(?:er|ster)|zaakvoer(?:der|ster)|oprichter|oprichtster|bedrijfsleider)\s+van\s+een\s/iu,
};

/** Whether the figure at `q` belongs to the shop of the person the previous sentence ended on. */
export function shopOwnersFigure(mentions: readonly Mention[], q: Quantity, sentence: string, previous: string, language: Language): boolean {
  if (!OPENING[language].test(sentence) || previous === '') return false;
  if (mentions.some((m) => m.competitor !== null && m.start < q.start)) return false;
  return OWNER_OF_A[language].test(previous.slice(-200));
}

import type { Language } from '../domain/vocabulary.js';
import { findMentions } from './companies.js';

/**
 * "Ahold Delhaize heeft goed geboerd met zijn webwinkel bol. Het handelsvolume van het platform
 * steeg ...": a group we do not track opens the sentence before, but names a tracked company as
 * its own shop or subsidiary ("with its online store X", "avec sa filiale X", "met zijn webwinkel
 * X"); a sentence that then speaks of "the platform" or "the web shop" is about that shop, not the
 * group (round 11, b). A sentence that speaks of "the group" keeps the group.
 */
const OWN_SHOP_BEFORE =
  /(?<![\p{L}])(?:its|their|sa|son|ses|leur|zijn|haar|hun)\s+(?:[\p{L}-]+\s+)?(?:online (?:store|shop|marketplace)|web ?shop|webwinkel|webshop|e-commerce (?:arm|unit|platform|subsidiary)|subsidiary|platform|marketplace|app|filiale|plateforme|place de marché|site|dochter|dochterbedrijf|marktplaats)\s+$/iu;
const SHOP_POINTER: Record<Language, RegExp> = {
  en: /(?<![\p{L}])the (?:platform|web ?shop|online (?:store|shop)|marketplace|app|site|subsidiary)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:la plateforme|la filiale|le site|l['’]application|la place de marché)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:het platform|de webwinkel|de webshop|de dochter|de marktplaats|de app|de site)(?![\p{L}])/iu,
};

export function ownShopOf(previous: string, current: string, language: Language): string | null {
  if (!SHOP_POINTER[language].test(current)) return null;
  for (const m of findMentions(previous, language)) {
    if (m.competitor !== null && OWN_SHOP_BEFORE.test(previous.slice(Math.max(0, m.start - 50), m.start))) return m.competitor;
  }
  return null;
}

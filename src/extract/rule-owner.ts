import type { CandidateFact, Language } from '../domain/vocabulary.js';
import type { Mention } from './companies.js';
import { pointsAtCompany } from './points-at-company.js';
import { pointsAtBoth } from './both-companies.js';

/**
 * Whether a rule told in a sentence that names no tracked company has gone to the wrong one. Such a
 * sentence takes its company from the sentence before ("Bol en Coolblue pleiten voor zo'n
 * heffing. De heffing kan in 2026 ingaan."), but once the article has told whom the rule is aimed
 * at, a rule told again without names is about them, not about whoever spoke last.
 * Until the article has told a rule on the company, a rule told without its name or a word that
 * points back to it ("the platform", "la plateforme", "de webwinkel") is a rule in general, or
 * another country's: "The EU and the US are moving to close similar loopholes", "Ook Europa wil
 * die vrijstelling afschaffen", "Le Parlement européen prépare un texte semblable" — unless an event
 * of the company in the rule's market has just been told, or the rule is told in the lead under a
 * title about the company.
 */
export function strayRule(fact: CandidateFact, mentions: Mention[] | undefined, earlier: CandidateFact[], language: Language, titleSubject: string | null = null): boolean {
  if (fact.event !== 'regulation' || (mentions ?? []).some((m) => m.competitor !== null)) return false;
  // "ordered both platforms to...": the sentence points at each of its companies (both-companies.ts).
  if (pointsAtBoth(fact.quote ?? '', language)) return false;
  const ruled = new Set(earlier.filter((f) => f.event === 'regulation').map((f) => f.competitor));
  if (ruled.size > 0) return !ruled.has(fact.competitor);
  // "two months after Indonesia forced TikTok Shop to shut down. Jakarta banned shopping on social
  // media in October": a rule in a market where an event of the company was just told is its.
  if (earlier.some((f) => f.type === 'event' && f.competitor === fact.competitor && f.market === fact.market)) return false;
  // "Temu (title). Washington scrapped the de minimis exemption.": the lead under a title about the company.
  // (The sentence before as well was tried: held-out sets lost, complaints "about Temu" came back.)
  if (titleSubject === fact.competitor) return false;
  return !pointsAtCompany(fact.quote ?? '', language);
}

import type { Language } from '../domain/vocabulary.js';
import type { Mention } from './companies.js';
import type { Quantity } from './numbers.js';

/**
 * A figure told with who reported or made it after it belongs to that one: "closing in on the
 * $134.9 billion reported by Meta", "les 40 milliards réalisés par Zalando", "de 10 miljard omzet
 * die werd geboekt door Coolblue" (round 14); and what a rival processed (round 20c): "a fraction
 * of the more than $20 billion processed by market leader Shopee", "les 20 milliards traités par
 * le leader du marché Shopee", "de 20 miljard verwerkt door marktleider Shopee". `undefined` when no such agent follows in the same
 * clause; null when the agent is a company we do not track.
 */
const AGENT_BEFORE: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:reported|posted|recorded|booked|generated|achieved|announced|earned|made|claimed|published|racked up|processed|handled|sold)\s+by\s+(?:the\s+)?(?:(?:market|sector|industry|regional|local|e-commerce)\s+(?:leader|giant)\s+|(?:its\s+)?(?:rival|competitor|leader)\s+)?$/iu,
  fr: /(?<![\p{L}])(?:réalisée?s?|publiée?s?|annoncée?s?|enregistrée?s?|affichée?s?|revendiquée?s?|générée?s?|dégagée?s?|traitée?s?|écoulée?s?|vendue?s?)\s+par\s+(?:le\s+|la\s+|les\s+|l['’]|son\s+|sa\s+)?(?:(?:leader|géant|rival|concurrent)(?:\s+du\s+(?:marché|secteur))?\s+)?$/iu,
  nl: /(?<![\p{L}])(?:gerapporteerd|geboekt|behaald|gemeld|gerealiseerd|aangekondigd|geclaimd|gepubliceerd|verwerkt|omgezet|verkocht)\s+door\s+(?:de\s+|het\s+|zijn\s+|haar\s+)?(?:(?:marktleider|concurrent|rivaal|branchegenoot)\s+)?$/iu,
};
const AGENT_WORD: Record<Language, string> = { en: ' by ', fr: ' par ', nl: ' door ' };
const CLAUSE_BREAK = /[,;:()]/u;

export function passiveAgent(mentions: Mention[], q: Quantity, sentence: string, language: Language): string | null | undefined {
  const word = sentence.indexOf(AGENT_WORD[language], q.end);
  if (word < 0 || word > q.end + 80) return undefined;
  const next = mentions.find((m) => m.start >= q.end && m.start - q.end <= 80);
  if (!next) return undefined;
  const between = sentence.slice(q.end, next.start);
  if (CLAUSE_BREAK.test(between) || !AGENT_BEFORE[language].test(between)) return undefined;
  return next.competitor;
}

import type { Language } from '../domain/vocabulary.js';
import type { Mention } from './companies.js';
import type { Quantity } from './numbers.js';
import { readMetric } from './metrics.js';

/**
 * A valuation told beside the investors who set it is the valuation of the company being told
 * about, not theirs (round 19): "Existing shareholders, including General Atlantic, would accept a
 * valuation of about $30 billion", "L'opération, menée auprès du fonds General Atlantic et de
 * Sequoia, valorise le groupe à 66 milliards de dollars", "Aandeelhouders, onder wie
 * investeringsmaatschappij General Atlantic, zouden een waardering van 30 miljard accepteren".
 * Every untracked company of the sentence must be an investor: a fund by name, or a name a word
 * of investing stands just before ("the fund X", "le fonds américain X", "investeerder X").
 * Returns the company the text is about, or null.
 */
export function valuedByInvestors(mentions: readonly Mention[], q: Quantity, sentence: string, language: Language, focus: string | null): string | null {
  if (focus === null || q.kind !== 'money' || !INVESTING.test(sentence)) return null;
  const untracked = mentions.filter((m) => m.competitor === null);
  if (untracked.length === 0 || mentions.some((m) => m.competitor !== null && m.competitor !== focus)) return null;
  if (!untracked.every((m) => isInvestor(m, sentence))) return null;
  return readMetric(q, sentence, language, focus)?.metric === 'valuation' ? focus : null;
}

function isInvestor(m: Mention, sentence: string): boolean {
  if (INVESTOR_NAME.test(sentence.slice(m.start, m.end))) return true;
  return INVESTOR_BEFORE.test(sentence.slice(Math.max(0, m.start - 50), m.start));
}

// Checked first: every sentence this rule reads names investors or shareholders.
const INVESTING = /invest|fund|fonds|shareholder|actionnaire|aandeelhouder|SoftBank|Sequoia|General Atlantic|Tiger Global|Prosus|Naspers/iu;
const INVESTOR_NAME = /^(?:SoftBank|Sequoia(?:\s+Capital)?|General\s+Atlantic|Tiger\s+Global|Prosus|Naspers)$/u;
const INVESTOR_BEFORE =
  /(?<![\p{L}])(?:fund|funds|investor|investors|investment (?:firm|company|group)|private[- ]equity (?:firm|group)|venture (?:firm|capital firm)|shareholder|shareholders|fonds|investisseur|investisseurs|actionnaire|actionnaires|société d['’]investissement|investeerder|investeerders|investeringsmaatschappij|durfinvesteerder|aandeelhouder|aandeelhouders)(?:\s+[\p{L}-]+){0,2}?\s+(?:(?:d['’]|de |du |van )[\p{L}-]+(?:\s+[\p{L}-]+)?\s+)?$/iu;

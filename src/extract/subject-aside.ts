import type { CandidateFact, Language } from '../domain/vocabulary.js';
import { findMentions } from './companies.js';
import { declareGate } from './gates.js';
import { pointedInSentence } from './market-context.js';
import { findMarkets } from './markets.js';

/**
 * A relative clause hung on the sentence's subject describes that company in passing; the main
 * clause's figures are not told in its places: "Shein, which is preparing a listing in Hong
 * Kong, reported 12 million customers", "Temu, qui a quitté le Vietnam l'an dernier, compte 2
 * millions de clients en France", "Bol, dat vorig jaar in België begon, heeft 3.000 verkopers"
 * (the 2 million are not Vietnam's, the 3,000 sellers not Belgium's). Figures told only in the
 * aside still belong to the company (relative-owner.ts), and so do its events: the caller keeps
 * those from a reading of the whole sentence. Tried and dropped (round 15b): dropping the aside's
 * events too lost four entries annotators count ("Temu, dat sinds april in België actief is").
 */
const ASIDE =
  /^[\s'"‘“«]*(?:[\p{L}'’-]+\s+){0,3}?([\p{Lu}][\p{L}\p{N}.&'’-]*(?:\s+[\p{Lu}][\p{L}\p{N}.&'’-]*){0,2})\s*(,\s*(?:which|who|qui|lequel|laquelle|die|dat)\s[^,;:()]{8,220}?,)\s*[\p{L}]/u;
const ASIDE_GATE = /,\s*(?:which|who|qui|lequel|laquelle|die|dat)\s/u;
declareGate('subject-aside', ASIDE, ASIDE_GATE);

/** The sentence with the subject's relative aside blanked out (same length), or null if it has none. */
export function withoutSubjectAside(sentence: string, language: Language): string | null {
  return subjectAside(sentence, language)?.masked ?? null;
}

function subjectAside(sentence: string, language: Language): { masked: string; start: number; end: number } | null {
  if (!ASIDE_GATE.test(sentence)) return null;
  const m = ASIDE.exec(sentence);
  if (!m) return null;
  const nameStart = m.index + m[0].indexOf(m[1]!);
  const nameEnd = nameStart + m[1]!.length;
  const asideStart = m.index + m[0].lastIndexOf(m[2]!);
  // The name before the comma must be a tracked company's, and the comma must follow it directly.
  const mention = findMentions(sentence.slice(0, asideStart + 1), language).find((x) => x.competitor !== null && x.start >= nameStart && x.end <= nameEnd + 1);
  if (!mention || /\S/u.test(sentence.slice(mention.end, asideStart))) return null;
  const asideEnd = asideStart + m[2]!.length;
  return { masked: sentence.slice(0, asideStart) + ' '.repeat(asideEnd - asideStart) + sentence.slice(asideEnd), start: asideStart, end: asideEnd };
}

/**
 * The facts of a sentence read without its subject's aside, plus the figures only the aside tells
 * (read from the whole sentence), all quoting the whole sentence.
 */
export function asideAware(sentence: string, body: boolean, language: Language, read: (s: string) => CandidateFact[]): CandidateFact[] {
  const aside = body ? subjectAside(sentence, language) : null;
  if (aside === null) return read(sentence);
  const { masked } = aside;
  // The main clause may point back into the aside (round 21): "Temu, dat sinds april in Nederland
  // actief is, zou hier 450 miljoen euro omzetten", "Shein, which entered Poland last year, now
  // has 3 million users there": the aside's one place is the figure's.
  let pointed: string | null | undefined;
  const pointedPlace = (): string | null => {
    pointed ??= pointedInSentence(
      findMarkets(sentence, language).filter((h) => h.start >= aside.start && h.end <= aside.end),
      masked,
      language,
    );
    return pointed;
  };
  const main = read(masked)
    .filter((f) => f.type === 'metric')
    .map((f) => ({ ...f, quote: sentence, market: f.market ?? pointedPlace() }));
  const told = new Set(main.map((f) => f.value));
  // Events are read from the whole sentence: an entry told in the aside ("Temu, which arrived in
  // the UK last year, did not respond") is counted by readers as the company's launch.
  for (const f of read(sentence)) if (f.type === 'event' || !told.has(f.value)) main.push(f);
  return main;
}

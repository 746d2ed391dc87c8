import type { Language } from '../domain/vocabulary.js';
import { COUNT_CUES, MONEY_CUES } from './metric-cues.js';
import type { Quantity } from './numbers.js';
import { hits } from './words.js';
import { declareGate } from './gates.js';

// What a company pays or emits moving is no growth of its business: "could push up Temu's
// average delivery cost per order by 10%", "les frais de livraison ont augmenté de 8 %", "dat de
// uitstoot met 25 procent zou dalen". Nor is a fee or commission rate moving (round 16): "het
// tarief stijgt van 8 naar 9 procent", "commissions rise to 15%". A single commission and a freight
// rate too (round 17, non-metric): "a reduced commission of 1%", "air freight rates up 40%".
const NON_METRIC: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:costs?|prices?|pricing|fees?|commissions|(?<!(?:European|EU|Trade)\s)commission|commission rates?|(?:freight|cargo|shipping|interest|tax|duty|exchange)\s+rates?|take rates?|tariffs?|emissions|wages|salaries|delivery times?|shipping times?|rents?)(?![\p{L}])/giu,
  fr: /(?<![\p{L}])(?:coûts?|prix|frais|tarifs?|commissions|commission(?!\s+européenne)|taux (?:de fret|d['’]intérêt|de change)|taux de commission|émissions|salaires|délais|loyers?)(?![\p{L}])/giu,
  nl: /(?<![\p{L}])(?:kosten|\p{L}*kosten|prijs|prijzen|\p{L}*tarie(?:f|ven)|commissies|(?<!Europese\s)commissie|provisies?|uitstoot|emissies|lonen|salarissen|levertijden?|huren?)(?![\p{L}])/giu,
};

// Goods said to go up or down move in price: "raised prices, with some beauty products up by more
// than 50%", "avec certains articles en hausse de 40 %", "met sommige producten 30 procent omhoog".
// A store's footfall moving is no business figure either: "dont la fréquentation a reculé de 30 %"
// (round 21, precision). The goods must be the subject right before the change ("items sold up 20%" is sales).
const GOODS_MOVED: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:(?:with|some|many|certain)\s+(?:[\p{L}-]+\s+){0,2}?(?:products|items|goods|articles)\s+(?:up|down)(?:\s+by)?|footfall\s+(?:[\p{L}-]+\s+){0,6}?(?:by\s+)?)[\s\u00A0]*(?:(?:more than|about|nearly|almost|as much as|up to|some)\s+)?$/iu,
  fr: /(?<![\p{L}])(?:(?:avec|certains|certaines|plusieurs|de nombreux)\s+(?:[\p{L}-]+\s+){0,2}?(?:produits|articles)\s+en\s+(?:hausse|baisse)\s+de|fréquentation(?!\s+(?:du|de son|de l['’])\s*(?:site|appli|application|plateforme))(?:\s+[\p{L}'’-]+){0,4}?\s+de)[\s\u00A0]*(?:(?:plus de|près de|environ|jusqu['’]à)\s+)?$/iu,
  nl: /(?<![\p{L}])(?:(?:met|sommige|veel)\s+(?:[\p{L}-]+\s+){0,2}?(?:producten|artikelen)\s+(?:[\p{L}-]+\s+)?(?:ruim\s+|zo['’]n\s+|bijna\s+)?|winkelbezoek\p{L}*\s+(?:[\p{L}-]+\s+){0,3}?)[\s\u00A0]*$/iu,
};
const GOODS_GATE = /product|item|goods|article|produit|artikel|footfall|fréquentation|winkelbezoek/iu;

/** Whether the noun a percentage's clause moves, the last one before it, is a cost, a price or emissions. */
export function changesNonMetric(q: Quantity, sentence: string, language: Language): boolean {
  const window = sentence.slice(Math.max(0, q.start - 70), q.start);
  const clause = window.slice(Math.max(window.lastIndexOf(','), window.lastIndexOf(';'), window.lastIndexOf(':')) + 1);
  if (GOODS_GATE.test(clause) && GOODS_MOVED[language].test(clause)) return true;
  const other = hits(NON_METRIC[language], clause);
  if (other.length === 0) return false;
  const last = other[other.length - 1]!.end;
  // A business noun after it is what moves: "despite higher costs, revenue rose 8%" has a comma,
  // "the cost of goods sold and revenue rose" has the noun.
  return !hits(MONEY_CUES[language].re, clause).some((h) => h.start >= last) && !hits(COUNT_CUES[language].re, clause).some((h) => h.start >= last);
}

for (const l of ['en', 'fr', 'nl'] as const) declareGate(`non-metric change: goods moved (${l})`, GOODS_MOVED[l], GOODS_GATE);

import { extractFacts } from '../../src/extract/index.js';

/**
 * The facts of one fixture article as short keys, `competitor:name:value:market` plus
 * `:status` for metrics, so a rule's test reads as the facts it expects.
 */
export const read = (title: string, text: string, language = 'en', published = '2024-06-01') =>
  extractFacts({ title, text, language, published }).facts.map(
    (f) => `${f.competitor}:${f.metric ?? f.event}:${f.value ?? ''}:${f.market}${f.type === 'metric' ? `:${f.status}` : ''}`,
  );

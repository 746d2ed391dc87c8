import type { Language, MetricName } from '../domain/vocabulary.js';
import type { Told } from './gapping.js';
import { COUNT_CUES } from './metric-cues.js';
import type { MetricReading } from './metrics.js';
import type { Quantity } from './numbers.js';
import { hits } from './words.js';
import { lastCount } from './count-pointer.js';

// French names what it counts once and then points at it with "en": "1 400 vendeurs belges ...
// sur la plateforme, qui en réunit plus de 52 000", "12 000 vendeurs ont rejoint ..., et Temu
// espère en compter 50 000". The figure counts what the sentence's figure before it counted.
// The verb after "en" is one that counts; "en moyenne", "en ligne", "en France" are no pronoun.
const EN_BEFORE =
  /(?<![\p{L}])en\s+(?:a|avait|aura|ont|compt\p{L}*|réuni\p{L}*|recens\p{L}*|revendiqu\p{L}*|affich\p{L}*|dénombr\p{L}*|rassembl\p{L}*|accueill\p{L}*|attir\p{L}*|emplo\p{L}*|recrut\p{L}*|ajout\p{L}*|gagn\p{L}*|perd\p{L}*|vis\p{L}*)\s+(?:(?:déjà|désormais|aujourd['’]hui|encore)\s+)?(?:(?:plus de|près de|environ|quelque|au moins)\s+)?$/iu;

/** The reading of a French count told with "en" for its noun, from the count before it in the sentence. */
export function cliticReading(q: Quantity, sentence: string, language: Language, before: Told | null): MetricReading | null {
  if (language !== 'fr' || q.kind !== 'count' || !before || before.kind !== 'count') return null;
  if (!EN_BEFORE.test(sentence.slice(Math.max(0, q.start - 40), q.start))) return null;
  return { ...before.reading, value: q.value };
}

// A figure that closes its clause with no noun: "Shein reported 115.8 million, while ...",
// "Shein en revendique 115 millions.", "Shein kwam uit op 115 miljoen."
// In brackets after a name it closes too: "derrière Amazon (37,8 millions)" (round 21).
const NOTHING_AFTER = /^[\s\u00A0]*(?:[,.;:)]|$|(?:while|whereas|against|tandis que|alors que|contre|terwijl|tegen)(?![\p{L}]))/iu;

/**
 * A scaled count told with its noun left out, right after a sentence that named what is counted:
 * "Temu counts 92.1 million monthly active users in the EU. Shein reported 115.8 million".
 */
export function bareCountReading(q: Quantity, sentence: string, previous: string, language: Language, competitor: string): MetricReading | null {
  if (q.kind !== 'count' || !q.scaled || previous === '' || !NOTHING_AFTER.test(sentence.slice(q.end, q.end + 20))) return null;
  const { re, map } = COUNT_CUES[language];
  const found = hits(re, previous);
  const last = found[found.length - 1];
  const metric = last ? map.get(last.text.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ')) : undefined;
  // People counted before are what they did there: "3 millions de Belges ont commandé sur Temu.
  // Shein en aurait séduit 1,8 million." counts customers (round 21).
  if (metric === 'people') return lastCount(previous, language, competitor, q);
  if (!metric) return null;
  return { metric: metric as MetricName, value: q.value, unit: 'count' };
}

import { z } from 'zod';
import { closest } from '../core/similar.js';
import { canonicalTimeZone, parseClockTime } from './local-time.js';
import { type FactType, MODES, type Mode } from './subscriptions.js';

/** /subscribe's words, sorted by kind; competitor words are resolved later against the database. */
export interface SubscribeArgs {
  competitorWords: string[];
  all: boolean;
  mode?: Mode;
  digestTime?: string;
  timezone?: string;
  factTypes?: FactType[];
  minImportance?: number;
  skipEmpty?: boolean;
}

const TYPE_WORDS: Record<string, FactType> = { metrics: 'metric', metric: 'metric', events: 'event', event: 'event' };
const IMPORTANCE_WORDS: Record<string, number> = { low: 1, medium: 2, high: 3, any: 0 };

/** Why a word is not a usable timezone, with the closest IANA names. */
export function unknownTimeZoneMessage(word: string): string {
  const near = closest(word, Intl.supportedValuesOf('timeZone'), 2);
  return `Unknown timezone "${word.slice(0, 60)}".${near.length ? ` Did you mean ${near.join(' or ')}?` : ''} Use an IANA name such as Europe/Amsterdam, America/New_York or UTC.`;
}

/**
 * Sorts the typed words: alerts|digest|both, `at HH:MM` (or a bare HH:MM), an IANA timezone,
 * metrics|events, `min low|medium|high|0-3`, skip-empty|show-empty, `all`; the rest name
 * competitors. Returns a message a person can act on for the first word it cannot use.
 */
export function parseSubscribeWords(words: string[]): SubscribeArgs | string {
  const out: SubscribeArgs = { competitorWords: [], all: false };
  for (let i = 0; i < words.length; i++) {
    const raw = words[i]!;
    const w = raw.toLowerCase();
    if ((MODES as readonly string[]).includes(w)) out.mode = w as Mode;
    else if (w === 'all' || w === 'everything') out.all = true;
    else if (TYPE_WORDS[w]) out.factTypes = [...new Set([...(out.factTypes ?? []), TYPE_WORDS[w]!])];
    else if (w === 'skip-empty' || w === 'quiet') out.skipEmpty = true;
    else if (w === 'show-empty' || w === 'nothing-new') out.skipEmpty = false;
    else if (w === 'at' || /^\d{1,2}[:.h]\d{2}$/.test(w) || /^\d+:\d+$/.test(w)) {
      const text = w === 'at' ? words[++i] : raw;
      if (text === undefined) return '"at" needs a time of day, e.g. "at 09:00".';
      const time = parseClockTime(text.replace(/[.h]/, ':'));
      if (!time) return `"${text.slice(0, 20)}" is not a time of day. Use HH:MM from 00:00 to 23:59, e.g. "at 09:00".`;
      out.digestTime = time;
    } else if (w === 'min' || w === 'importance') {
      const level = words[++i]?.toLowerCase() ?? '';
      const n = IMPORTANCE_WORDS[level] ?? (/^[0-3]$/.test(level) ? Number(level) : undefined);
      if (n === undefined) return '"min" needs low, medium, high (or 0–3), e.g. "min medium".';
      out.minImportance = n;
    } else if (raw.includes('/') || /^(utc|gmt)$/i.test(raw)) {
      const tz = canonicalTimeZone(raw);
      if (!tz) return unknownTimeZoneMessage(raw);
      out.timezone = tz;
    } else out.competitorWords.push(raw);
  }
  if (out.all && out.competitorWords.length) return 'Name competitors or say "all", not both.';
  return out;
}

/** zod over the typed words, so the dispatcher turns a bad word into a usage reply. */
export const subscribeArgs = z.array(z.string()).transform((words, ctx) => {
  const parsed = parseSubscribeWords(words);
  if (typeof parsed === 'string') {
    ctx.addIssue({ code: 'custom', message: parsed });
    return z.NEVER;
  }
  return parsed;
});

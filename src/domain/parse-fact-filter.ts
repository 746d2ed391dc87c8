import { EVENTS, METRICS } from './vocabulary.js';

export interface FactFilterWords {
  type?: 'metric' | 'event';
  name?: string;
  market?: string;
  /** 1-based */
  page: number;
}

const TYPE_WORDS: Record<string, 'metric' | 'event'> = {
  metric: 'metric', metrics: 'metric', figures: 'metric', numbers: 'metric', chiffres: 'metric', cijfers: 'metric',
  event: 'event', events: 'event', news: 'event', événements: 'event', evenements: 'event', gebeurtenissen: 'event',
};

const NAME_WORDS: Record<string, string> = {
  ...Object.fromEntries([...METRICS, ...EVENTS].map((n) => [n, n])),
  'market-share': 'market_share', share: 'market_share', mau: 'users', sales: 'gmv', merchants: 'sellers',
  buyers: 'customers', staff: 'employees', launches: 'launch', expansions: 'expansion', regulations: 'regulation',
  partnerships: 'partnership', acquisitions: 'acquisition', promotions: 'promotion', layoffs: 'layoff',
  suspensions: 'suspension', exits: 'exit', fines: 'fine', investments: 'investment',
};

const REGIONS = new Set(['EU', 'SEA', 'LATAM', 'GLOBAL']);
const MARKET_WORDS: Record<string, string> = {
  uk: 'GB', usa: 'US', europe: 'EU', europa: 'EU', worldwide: 'GLOBAL', world: 'GLOBAL', monde: 'GLOBAL',
  netherlands: 'NL', nederland: 'NL', 'pays-bas': 'NL', belgium: 'BE', belgië: 'BE', belgie: 'BE', belgique: 'BE',
  france: 'FR', frankrijk: 'FR', germany: 'DE', duitsland: 'DE', allemagne: 'DE', china: 'CN', chine: 'CN',
  indonesia: 'ID', indonésie: 'ID', indonesië: 'ID',
};

/**
 * Reads the words after the competitor in `/facts <name> [metric|event|<name>] [market] [page N]`,
 * in any order. Returns the first word it does not understand as an error.
 */
export function parseFactFilter(words: string[]): FactFilterWords | { error: string } {
  const out: FactFilterWords = { page: 1 };
  for (let i = 0; i < words.length; i++) {
    const raw = words[i]!;
    const w = raw.toLowerCase();
    const next = words[i + 1];
    if ((w === 'page' || w === 'p') && next && /^\d{1,4}$/.test(next)) {
      out.page = Math.max(1, Number(next));
      i++;
    } else if (/^\d{1,4}$/.test(w)) {
      out.page = Math.max(1, Number(w));
    } else if (TYPE_WORDS[w]) {
      out.type = TYPE_WORDS[w];
    } else if (NAME_WORDS[w]) {
      out.name = NAME_WORDS[w];
      out.type = (METRICS as readonly string[]).includes(out.name) ? 'metric' : 'event';
    } else if (MARKET_WORDS[w]) {
      out.market = MARKET_WORDS[w];
    } else if (/^[a-z]{2}$/.test(w) || REGIONS.has(raw.toUpperCase())) {
      out.market = raw.toUpperCase();
    } else {
      return { error: `"${raw.slice(0, 40)}" is not a fact type, metric, event or market.` };
    }
  }
  return out;
}

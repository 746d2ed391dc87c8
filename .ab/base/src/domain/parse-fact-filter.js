import { COUNTRIES, REGIONS } from '../extract/market-names.js';
import { looseKey } from './normalize.js';
import { EVENTS, METRICS } from './vocabulary.js';
const TYPE_WORDS = {
    metric: 'metric', metrics: 'metric', figures: 'metric', numbers: 'metric', chiffres: 'metric', cijfers: 'metric',
    event: 'event', events: 'event', news: 'event', événements: 'event', evenements: 'event', gebeurtenissen: 'event',
};
const NAME_WORDS = {
    ...Object.fromEntries([...METRICS, ...EVENTS].map((n) => [n, n])),
    'market-share': 'market_share', share: 'market_share', mau: 'users', sales: 'gmv', merchants: 'sellers',
    buyers: 'customers', staff: 'employees', launches: 'launch', expansions: 'expansion', regulations: 'regulation',
    partnerships: 'partnership', acquisitions: 'acquisition', promotions: 'promotion', layoffs: 'layoff',
    suspensions: 'suspension', exits: 'exit', fines: 'fine', investments: 'investment',
};
const REGION_CODES = new Set(Object.keys(REGIONS));
/**
 * Market names typed after a competitor, keyed loosely (case and accents do not matter): the
 * extractor's country and region names in en/fr/nl, plus a few short forms people type.
 * Demonyms and cities are left out: "/facts temu chinese" is more likely a typo than a market.
 */
const MARKET_NAMES = new Map();
for (const [code, forms] of Object.entries(COUNTRIES))
    for (const f of forms.name ?? [])
        MARKET_NAMES.set(looseKey(f), code);
for (const [code, forms] of Object.entries(REGIONS))
    for (const f of forms)
        MARKET_NAMES.set(looseKey(f), code);
for (const [typed, code] of Object.entries({ uk: 'GB', usa: 'US', uae: 'AE', world: 'GLOBAL', monde: 'GLOBAL', wereld: 'GLOBAL' })) {
    MARKET_NAMES.set(typed, code);
}
/** "United States", "Corée du Sud": the longest market name, in words. */
const MAX_MARKET_WORDS = 4;
/** Years a fact's period can be about; other four-digit numbers are not years. */
const FIRST_YEAR = 1990;
const LAST_YEAR = 2100;
/** A bare number is a page when it is this short; "page N" takes any number. */
const BARE_PAGE = /^\d{1,3}$/;
/**
 * Reads the words after the competitor in `/facts <name> [metric|event|<name>] [market] [year] [page N]`,
 * in any order. Returns the first word it does not understand, or two that contradict each
 * other, as an error a person can act on.
 */
export function parseFactFilter(words) {
    const out = { page: 1 };
    let typeWord;
    let nameWord;
    let marketWords;
    for (let i = 0; i < words.length; i++) {
        const raw = words[i];
        const w = raw.toLowerCase();
        const market = marketAt(words, i);
        if (w === 'page' || w === 'p') {
            const next = words[i + 1];
            if (next === undefined)
                return { error: `Which page? e.g. "page 2".` };
            const page = pageNumber(next);
            if ('error' in page)
                return page;
            out.page = page.page;
            if (page.text)
                out.pageText = page.text;
            i++;
        }
        else if (/^\d+$/.test(w)) {
            const n = Number(w);
            if (w.length === 4 && n >= FIRST_YEAR && n <= LAST_YEAR) {
                if (out.year && out.year !== w)
                    return { error: `Pick one year: ${out.year} or ${w}.` };
                out.year = w;
            }
            else if (BARE_PAGE.test(w)) {
                const page = pageNumber(w);
                if ('error' in page)
                    return page;
                out.page = page.page;
                if (page.text)
                    out.pageText = page.text;
            }
            else {
                return { error: `"${raw.slice(0, 12)}" is neither a year (${FIRST_YEAR}–${LAST_YEAR}) nor a page; for a page write "page ${w.slice(0, 12)}".` };
            }
        }
        else if (TYPE_WORDS[w]) {
            const type = TYPE_WORDS[w];
            if (typeWord && out.type !== type && !out.name)
                return { error: `Pick metrics or events, not both ("${typeWord}", "${raw}").` };
            if (out.name && type !== out.type)
                return { error: contradiction(nameWord, out.type, raw) };
            out.type = type;
            typeWord = raw;
        }
        else if (NAME_WORDS[w]) {
            const name = NAME_WORDS[w];
            const type = METRICS.includes(name) ? 'metric' : 'event';
            if (out.name && out.name !== name)
                return { error: `Pick one metric or event at a time: "${nameWord}" or "${raw}".` };
            if (typeWord && out.type !== type)
                return { error: contradiction(raw, type, typeWord) };
            out.name = name;
            out.type = type;
            nameWord = raw;
        }
        else if (market) {
            if (out.market && out.market !== market.code)
                return { error: `Pick one market at a time: "${marketWords}" or "${market.typed}".` };
            out.market = market.code;
            marketWords = market.typed;
            i += market.span - 1;
        }
        else {
            return { error: `"${raw.slice(0, 40)}" is not a fact type, metric, event, market or year.` };
        }
    }
    return out;
}
function contradiction(nameWord, type, typeWord) {
    return `"${nameWord}" is ${type === 'metric' ? 'a metric' : 'an event'}; drop "${typeWord}".`;
}
function pageNumber(typed) {
    if (!/^\d+$/.test(typed))
        return { error: `"page" needs a number, e.g. "page 2" (not "${typed.slice(0, 20)}").` };
    const page = Number(typed);
    if (page < 1)
        return { error: 'Pages start at 1, e.g. "page 2".' };
    return Number.isSafeInteger(page) ? { page } : { page, text: typed.replace(/^0+/, '') };
}
/** The market named by the words starting at `i` (a code, or a name of up to four words), longest first. */
function marketAt(words, i) {
    for (let span = Math.min(MAX_MARKET_WORDS, words.length - i); span >= 1; span--) {
        const typed = words.slice(i, i + span).join(' ');
        const code = MARKET_NAMES.get(looseKey(typed));
        if (code)
            return { code, span, typed };
    }
    const raw = words[i];
    // A code, or codes joined with "+" as a joint figure shows them ("NL+BE").
    if (/^[a-z]{2}(\+[a-z]{2})*$/i.test(raw) || REGION_CODES.has(raw.toUpperCase()))
        return { code: raw.toUpperCase(), span: 1, typed: raw };
    return undefined;
}
/** True when `word` names a market on its own, for telling a market from the end of a competitor alias. */
export function isMarketWord(word) {
    return MARKET_NAMES.has(looseKey(word));
}
//# sourceMappingURL=parse-fact-filter.js.map
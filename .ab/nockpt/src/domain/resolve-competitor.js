import { closest, editDistance } from '../core/similar.js';
import { listCompetitors } from './competitors.js';
import { looseKey } from './normalize.js';
export async function loadNameIndex(db) {
    const competitors = await listCompetitors(db);
    const aliases = await db.selectFrom('aliases').select(['alias', 'competitor_id']).execute();
    const names = [
        ...competitors.flatMap((c) => [
            { text: c.name, id: c.id },
            { text: c.id, id: c.id },
        ]),
        ...aliases.map((a) => ({ text: a.alias, id: a.competitor_id })),
    ];
    const byKey = new Map();
    for (const n of names) {
        const key = looseKey(n.text);
        if (key && !byKey.has(key))
            byKey.set(key, n.id);
    }
    return { competitors, byKey, names };
}
/** Longer input cannot be a name; cut it so suggestions stay cheap. */
const MAX_NAME = 80;
/** Finds the competitor a typed name means: case, accents, punctuation and spacing do not matter. */
export function resolveIn(index, typed) {
    const text = typed.slice(0, MAX_NAME);
    const id = index.byKey.get(looseKey(text));
    const competitor = id ? index.competitors.find((c) => c.id === id) : undefined;
    if (competitor)
        return { found: true, competitor };
    return { found: false, typed: text, suggestions: suggest(index, text) };
}
function suggest(index, typed) {
    const byText = new Map(index.names.map((n) => [n.text.toLowerCase(), n.id]));
    const word = typed.toLowerCase().trim();
    let near = closest(word, byText.keys(), 10);
    // Short names leave closest() little room ("temoo" is two edits from "temu"): allow two
    // edits when that is still under half the word.
    if (!near.length && word.length >= 4) {
        near = [...byText.keys()]
            .map((t) => ({ t, d: editDistance(word, t, 2) }))
            .filter((x) => x.d <= 2 && x.d * 2 < word.length)
            .sort((a, b) => a.d - b.d)
            .map((x) => x.t);
    }
    const ids = [...new Set(near.map((t) => byText.get(t)))];
    return ids.slice(0, 3).map((id) => index.competitors.find((c) => c.id === id));
}
/** competitor id → display name, for describing subscriptions. */
export function displayNames(index) {
    return new Map(index.competitors.map((c) => [c.id, c.name]));
}
/** One-off resolution, for commands that resolve a single name. */
export async function resolveCompetitor(db, typed) {
    return resolveIn(await loadNameIndex(db), typed);
}
/**
 * Reads competitor names from typed words, longest match first, so "tiktok shop amazon" is two
 * competitors and "boutique tiktok" one. Joining words ("vs", "and", commas) are skipped.
 */
export function resolveWords(index, words) {
    const cleaned = words.map((w) => w.replace(/^[,;]+|[,;]+$/g, '')).filter((w) => w && !JOINERS.has(w.toLowerCase()));
    const found = [];
    const unknown = [];
    let i = 0;
    while (i < cleaned.length) {
        let matched = false;
        for (let span = Math.min(3, cleaned.length - i); span >= 1; span--) {
            const r = resolveIn(index, cleaned.slice(i, i + span).join(' '));
            if (r.found) {
                if (!found.some((c) => c.id === r.competitor.id))
                    found.push(r.competitor);
                i += span;
                matched = true;
                break;
            }
        }
        if (!matched) {
            unknown.push(resolveIn(index, cleaned[i]));
            i++;
        }
    }
    return { found, unknown };
}
const JOINERS = new Set(['vs', 'vs.', 'versus', 'and', 'et', 'en', '&', '+', 'with', 'avec', 'met', 'or', 'ou', 'of']);
//# sourceMappingURL=resolve-competitor.js.map
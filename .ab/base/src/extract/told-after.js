import { attributesBack } from './hearsay.js';
import { isHearsay } from './status.js';
/**
 * The figures of a sentence followed by one that says they are hearsay ("ByteDance boekte 155
 * miljard dollar omzet. Dat melden ingewijden aan Bloomberg."; "... That is according to people
 * familiar with the matter.") are estimates, not reports.
 */
export function toldOnHearsay(facts, next, language) {
    if (next === undefined || !facts.some((f) => f.status === 'actual' && f.type === 'metric'))
        return facts;
    if (!attributesBack(next, language) || !isHearsay(next, language))
        return facts;
    return facts.map((f) => (f.type === 'metric' && f.status === 'actual' ? { ...f, status: 'estimate' } : f));
}
//# sourceMappingURL=told-after.js.map
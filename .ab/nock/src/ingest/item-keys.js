import { withoutClockTimes } from './clock-times.js';
import { articleText, canonicalUrl, hashOfNormalised, normaliseText } from './dedupe.js';
import { SIGNATURE_SIZE, signatureOfNormalised } from './story-signature.js';
/** The normalised text an item is hashed and signed by. A page or file is read again at each poll: a clock it shows is left out. */
export function normalisedText(item, singleDocument) {
    const text = articleText(item.title, item.text);
    return normaliseText(singleDocument ? withoutClockTimes(text) : text);
}
/**
 * An item's link and text hash, and the normalised text its signature is taken from: one
 * definition for the parse thread and for the thread that stores small documents.
 */
export function linkAndHash(item, singleDocument) {
    const normalised = normalisedText(item, singleDocument);
    return { url: canonicalUrl(item.url), hash: hashOfNormalised(normalised), normalised };
}
/**
 * The keys of every item of a document, into the items (`keys`): done on the parse thread, so the
 * thread that stores them only looks them up. The signatures share one buffer, which goes back to
 * the main thread as one copy rather than one per item.
 */
export function withItemKeys(document) {
    const singleDocument = document.kind !== 'rss';
    const signatures = new Int32Array(document.items.length * SIGNATURE_SIZE);
    const items = document.items.map((item, i) => {
        const { url, hash, normalised } = linkAndHash(item, singleDocument);
        const keys = { url, hash, signature: signatureOfNormalised(normalised, signatures.subarray(i * SIGNATURE_SIZE, (i + 1) * SIGNATURE_SIZE)) };
        return { ...item, keys };
    });
    return { ...document, items };
}
//# sourceMappingURL=item-keys.js.map
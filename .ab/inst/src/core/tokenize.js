const QUOTES = { '"': '"', "'": "'", '“': '”', '«': '»', '„': '“' };
/**
 * Splits typed arguments into words; quoted runs stay together ("tiktok shop").
 * A quote never closed is ignored. Never throws; caps the input at `max` characters.
 */
export function tokenize(text, max = 2000) {
    const s = text.slice(0, max);
    const out = [];
    let i = 0;
    while (i < s.length) {
        const ch = s[i];
        if (/\s/u.test(ch)) {
            i++;
            continue;
        }
        const close = QUOTES[ch];
        if (close) {
            const end = s.indexOf(close, i + 1);
            // A quote never closed is a slip, not a request to glue the rest together:
            // '"tiktok amazon' is two names. Skip it and split as usual.
            if (end === -1) {
                i++;
                continue;
            }
            const word = s.slice(i + 1, end).trim();
            if (word)
                out.push(word);
            i = end + 1;
            continue;
        }
        let j = i;
        while (j < s.length && !/\s/u.test(s[j]))
            j++;
        out.push(s.slice(i, j));
        i = j;
    }
    return out;
}
//# sourceMappingURL=tokenize.js.map
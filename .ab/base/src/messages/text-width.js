/** Columns a string takes in a terminal: wide (CJK, emoji) characters count two, marks zero. */
export function displayWidth(s) {
    let w = 0;
    for (const ch of s) {
        const cp = ch.codePointAt(0);
        if (/\p{M}|\u200d|[\ufe00-\ufe0f]/u.test(ch))
            continue;
        w += isWide(cp) ? 2 : 1;
    }
    return w;
}
const isWide = (cp) => (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd);
export const padEnd = (s, width) => s + ' '.repeat(Math.max(0, width - displayWidth(s)));
/** Breaks text into lines of at most `width` columns, at spaces where possible. */
export function wrap(text, width) {
    const lines = [];
    for (const paragraph of text.split('\n')) {
        let line = '';
        for (const word of paragraph.split(/ +/)) {
            for (const piece of chop(word, width)) {
                if (!line)
                    line = piece;
                else if (displayWidth(line) + 1 + displayWidth(piece) <= width)
                    line += ` ${piece}`;
                else {
                    lines.push(line);
                    line = piece;
                }
            }
        }
        lines.push(line);
    }
    return lines;
}
function chop(word, width) {
    if (displayWidth(word) <= width)
        return [word];
    const out = [];
    let cur = '';
    for (const ch of word) {
        if (displayWidth(cur + ch) > width) {
            out.push(cur);
            cur = '';
        }
        cur += ch;
    }
    if (cur)
        out.push(cur);
    return out;
}
//# sourceMappingURL=text-width.js.map
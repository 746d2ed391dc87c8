// Dutch writes what a sum is into one word with what qualifies it: "de nettoconsumentenomzet",
// "de webwinkelomzet", "de kwartaalwinst", "een miljardenboete", "de groeiinvestering". The last
// part says what the money is.
const COMPOUND = /(?<![\p{L}])\p{L}{3,}?(omzet|winst|boete|investering|investeringen|waardering)(?![\p{L}])/giu;
const PART = {
    omzet: 'revenue',
    winst: 'profit',
    boete: 'fine',
    investering: 'investment',
    investeringen: 'investment',
    waardering: 'valuation',
};
/** What the last Dutch compound money word of `text` names, if any. */
export function dutchCompoundCue(text) {
    let last;
    COMPOUND.lastIndex = 0;
    for (let m = COMPOUND.exec(text); m !== null; m = COMPOUND.exec(text))
        last = m[1].toLowerCase();
    return last === undefined ? null : (PART[last] ?? null);
}
//# sourceMappingURL=dutch-money-compound.js.map
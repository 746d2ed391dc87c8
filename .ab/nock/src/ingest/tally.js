export const emptyTally = () => ({
    itemsNew: 0,
    itemsDuplicate: 0,
    itemsSameStory: 0,
    factsNew: 0,
    factsCorroborated: 0,
    factsConflicting: 0,
    factsDuplicate: 0,
    factsUnknownCompetitor: 0,
});
export function countOutcome(t, outcome) {
    if (outcome === 'new')
        t.factsNew++;
    else if (outcome === 'corroborated')
        t.factsCorroborated++;
    else if (outcome === 'conflict')
        t.factsConflicting++;
    else
        t.factsDuplicate++;
}
export function addTally(into, from) {
    for (const k of Object.keys(into))
        into[k] += from[k];
}
/** Facts this run attached to items: new, corroborations and conflicts (not repeats). */
export const factsMerged = (t) => t.factsNew + t.factsCorroborated + t.factsConflicting;
//# sourceMappingURL=tally.js.map
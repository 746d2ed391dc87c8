/**
 * A launch that is the object of leading it is a person's job, told of their career, not a new
 * event in the places named: "He led the rollout in Spain and Italy", "Elle a piloté le lancement
 * en Allemagne", "Hij leidde de uitrol in Spanje en Italië". Read on the words right before the cue.
 */
const LED_THE =
  /(?<![\p{L}])(?:led|oversaw|supervised|headed|ran|managed|(?:was|had\s+been)\s+in\s+charge\s+of|(?:a|avait)\s+(?:mené|piloté|dirigé|supervisé|conduit|géré)|(?:menait|pilotait|dirigeait|supervisait)|leidde|leidt|begeleidde|overzag|(?:had|heeft)\s+de\s+leiding\s+over|was\s+verantwoordelijk\s+voor)\s+(?:(?:earlier|previously|also|already|eerder|ook|al|eerst|auparavant|précédemment|déjà|aussi|notamment)\s+)?(?:the|its|their|his|her|le|la|l['’]|les|son|sa|ses|de|het|zijn|haar)\s*$/iu;

/** Whether the launch or expansion cue at `start` is the object of a person leading it. */
export const ledByAPerson = (sentence: string, start: number): boolean => LED_THE.test(sentence.slice(Math.max(0, start - 60), start));

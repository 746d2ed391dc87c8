/**
 * Places said to be left out of the event told after them are not its markets: "Belgium and the
 * Netherlands are not part of this rollout", "are excluded from the launch", "La Belgique et les
 * Pays-Bas ne font pas partie de ce déploiement", "sont exclus du lancement", "België en Nederland
 * maken geen deel uit van de uitrol", "vallen buiten de lancering". Read on the words between the
 * last place and the cue, within one clause.
 */
const LEFT_OUT =
  /(?<![\p{L}])(?:(?:not|never)\s+(?:yet\s+)?(?:be\s+|been\s+)?(?:part\s+of|included\s+in|covered\s+by|among)|excluded\s+from|left\s+out\s+of|pas\s+partie|(?:pas|plus)\s+(?:concernée?s?|inclus(?:e|es)?|compris(?:e|es)?)\s+(?:par|dans)|exclue?s?|geen\s+(?:deel|onderdeel)|(?:niet|nog\s+niet)\s+(?:bij|onder)|buiten|uitgesloten\s+van)(?![\p{L}])[^,;:.]{0,30}$/iu;

/** Whether `gap` (the words from a place to the cue after it) tells that the place is left out. */
export const leftOut = (gap: string): boolean => gap.length < 90 && LEFT_OUT.test(gap);

/**
 * Whether an expansion cue is a move to markets not yet named: "turns to new markets", "vers de
 * nouveaux marchés", "naar nieuwe markten". Such a move is not into the market the sentences
 * before told of, so it inherits none of theirs (round 16).
 */
export const towardNewMarkets = (cue: string): boolean => NEW_MARKETS.test(cue);

const NEW_MARKETS = /(?:new|next|nouveaux|nieuwe)\s+(?:markets?|marchés|markten?)$/iu;

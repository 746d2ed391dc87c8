import type { Hit } from './words.js';

/**
 * A people's name written in lower case is an adjective, not the people: "4 millions de clients
 * belges et vise les 5 millions", "klanten die Nederlandse ..." — French writes "les Belges" (the
 * people) with a capital and "clients belges" (Belgian customers) without; the noun counted is the
 * one the adjective follows. Counted people are listed capitalised (Belges, Français, Nederlanders),
 * so only a hit whose list form opens on a capital and whose text does not is an adjective.
 */
const PEOPLES = /^(?:belges|français|européens|américains|nederlanders|belgen|europeanen|amerikanen|americans|europeans|britons|germans)$/iu;

export const isDemonymAdjective = (h: Hit): boolean => PEOPLES.test(h.text) && /^\p{Ll}/u.test(h.text);

/** The hits that name what is counted, without people's names written as adjectives. */
export const withoutDemonymAdjectives = (list: Hit[]): Hit[] => list.filter((h) => !isDemonymAdjective(h));

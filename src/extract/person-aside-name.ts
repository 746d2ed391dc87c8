/**
 * A company named only inside a relative clause about the person an event is told of, after the
 * cue, is where that person worked, not who acts: "De leiding komt in handen van Jeroen Smit, die
 * tot deze zomer bij bol de verkooppartners leidde", "takes charge of Maria Chen, who spent eight
 * years at Amazon", "la direction est confiée à Paul Roy, qui a dirigé Shein France". The event
 * then belongs to the company the article is about; a place named in such an aside is the
 * person's post, not the event's market ("Chen replaces Zhao, who will move to a role in Singapore").
 */
export function namedInPersonAside(sentence: string, cueEnd: number, nameStart: number): boolean {
  if (nameStart <= cueEnd) return false;
  const between = sentence.slice(cueEnd, nameStart);
  return between.includes(',') && PERSON_ASIDE.test(between);
}

// A capitalised name, a comma, and a relative pronoun for a person, with no other clause mark after it.
const PERSON_ASIDE = /\p{Lu}[\p{L}'’-]+\s*,\s*(?:who|whom|qui|die)(?![\p{L}])[^,;:]*$/u;

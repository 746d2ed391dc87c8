/**
 * A name right after a fronted phrase is the sentence's subject (round 19): "For the group as a
 * whole, Ahold Delhaize targets 3% growth", "Pour l'ensemble du groupe, Ahold Delhaize vise",
 * "Voor de hele groep mikt Ahold Delhaize op 3 procent groei" (Dutch puts the verb before the
 * subject). Named so, an untracked parent is who "the group", "le groupe", "het concern" in the
 * next sentence means, and its staff or results are not pinned on the tracked company.
 */
export function frontedSubject(sentence: string, nameStart: number): boolean {
  const head = sentence.slice(0, nameStart);
  return head.length <= 60 && FRONTED.test(head);
}

// A fronted prepositional or time phrase, then a comma (en, fr) or a lower-case verb (nl).
const FRONTED =
  /^\s*(?:For|In|At|Across|Over|Pour|Dans|Sur|En|Voor|In|Op|Over|Bij|Na|Sinds)\s[^,;:]{2,40}?(?:,\s*|\s(?:mikt|wil|verwacht|boekte|boekt|meldt|meldde|haalde|haalt|zag|ziet|stak|steekt|investeert|investeerde|rekent|telt|heeft|had|is|was)\s+)$/u;

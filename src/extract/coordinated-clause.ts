import type { Language } from '../domain/vocabulary.js';

/**
 * Where a second clause joined by "and / et / en" starts after `from`, or the sentence's length:
 * "cuts jobs in London and delays its Benelux launch", "supprime des postes à Londres et reporte
 * son lancement au Benelux", "schrapt banen in Londen en stelt de Benelux-start uit" (round 15).
 * The places after it are told of what the second verb does, not of the event before it. The
 * second clause is told by its verb: a lower-case word after the conjunction that is followed by
 * a determiner, a possessive, a figure or a name; a list of places ("in France and Belgium", "in
 * the UK and the Netherlands", "en France et en Belgique") has none.
 */
export function coordinatedClauseAt(sentence: string, from: number, language: Language): number {
  // The conjunctions are looked for by hand first: most cues have none after them.
  if (!WORDS[language].some((w) => sentence.indexOf(w, from) >= 0)) return sentence.length;
  const re = SECOND_CLAUSE[language];
  re.lastIndex = from;
  const m = re.exec(sentence);
  return m ? m.index : sentence.length;
}

/** Where the last such second clause before `to` starts, or -1. */
export function coordinatedClauseBefore(sentence: string, to: number, language: Language): number {
  let at = -1;
  for (let from = 0; ; ) {
    const next = coordinatedClauseAt(sentence, from, language);
    if (next >= to) return at;
    at = next;
    from = next + 1;
  }
}

const WORDS: Record<Language, string[]> = { en: [' and ', ' but '], fr: [' et ', ' mais '], nl: [' en ', ' maar '] };

// "and to strengthen its", "et à renforcer ses", "en om ... te": an infinitive of purpose after
// the conjunction opens a second clause too.
// The word after the conjunction is no verb when it is a preposition, an article, an adverb of time
// or a word that qualifies a place ("and northern Spain", "et le Benelux", "en later ook België").
const SECOND_CLAUSE: Record<Language, RegExp> = {
  en: /\sand\s+to\s+\p{Ll}[\p{L}-]{2,}\s+(?:its|their|the|a|an)(?![\p{L}])|\s(?:and|but)\s+(?!(?:also|later|then|now|soon|next|northern|southern|eastern|western|central|neighbouring|neighboring|other|more|most|parts?|all|across|in|into|to|the|a|an|its|their|outside|beyond|mainland|continental|rural|urban|greater|possibly|probably|eventually|perhaps|maybe|potentially|finally|even|especially|particularly|notably|only)(?![\p{L}]))\p{Ll}[\p{L}-]{2,}\s+(?:(?:its|their|the|a|an|his|her|some|several|about|around|up to)(?![\p{L}])|\d|\p{Lu})/gu,
  fr: /\s(?:et|mais)\s+à\s+\p{Ll}[\p{L}-]{1,}(?:er|ir|re)\s+(?:son|sa|ses|leur|leurs|le|la|les|un|une|des)(?![\p{L}])|\s(?:et|mais)\s+(?!(?:en|au|aux|dans|à|le|la|les|des|du|de|aussi|puis|ensuite|bientôt|plus|désormais|surtout|notamment|vers|outre|hors|peut-être|probablement|éventuellement|enfin|même|seulement|particulièrement)(?![\p{L}]))(?:n['’]|s['’]|se\s+|y\s+|l['’])?\p{Ll}[\p{L}-]{2,}\s+(?:(?:son|sa|ses|leur|leurs|le|la|les|un|une|des|du|quelque|environ|près)(?![\p{L}])|l['’]|\d|\p{Lu})/gu,
  nl: /\sen\s+om\s+(?:[\p{L}-]+\s+){1,4}te\s|\s(?:en|maar)\s+(?!(?:in|naar|ook|later|dan|nu|binnenkort|straks|de|het|een|andere|zuid|noord|oost|west|midden|buiten|heel|rest|delen|mogelijk|misschien|waarschijnlijk|uiteindelijk|zelfs|eventueel|vooral|met name|alleen)(?![\p{L}]))\p{Ll}[\p{L}-]{2,}\s+(?:(?:zijn|haar|hun|de|het|een|ruim|zo['’]n|ongeveer|bijna|zich)(?![\p{L}])|\d|\p{Lu})/gu,
};

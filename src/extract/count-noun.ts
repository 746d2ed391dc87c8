/**
 * Whether the words between a number and the next count noun open a new phrase, so the noun is
 * another figure's (round 11, b): "Het aantal actieve klanten steeg naar 13,8 miljoen en het
 * aantal verkooppartners groeide ...", "rose to 8 million, and the number of sellers ...", "a
 * atteint 2 millions et le nombre de vendeurs ...". "100,000 small and medium-sized businesses"
 * has no article after its "and", and stays one phrase.
 */
const CONJUNCTIONS = new Set(['and', 'en', 'et', 'while', 'terwijl', 'tandis']);
const ARTICLES = new Set(['the', 'het', 'de', 'le', 'la', 'les', "l'", 'l’', 'its', 'zijn', 'haar', 'son', 'sa', 'ses']);

export function opensNewPhrase(words: string[]): boolean {
  for (let i = 0; i + 1 < words.length; i++) {
    if (!CONJUNCTIONS.has(words[i]!.toLowerCase())) continue;
    const next = words[i + 1]!.toLowerCase();
    if (ARTICLES.has(next) || next.startsWith("l'") || next.startsWith('l’')) return true;
  }
  return false;
}

/**
 * "more than 10,000 German, French and Italian merchants", "10.000 Duitse, Franse en Italiaanse
 * verkopers": a list of capitalised adjectives between a number and its noun is skipped, so the
 * clause (cut at the first comma) still reaches the noun. Returns the text after the number with
 * the list replaced by one space (round 11, b).
 */
const ADJECTIVE_LIST = /^[\s\u00A0]+(?:\p{Lu}\p{Ll}+,\s+)+\p{Lu}\p{Ll}+\s+(?:and|et|en)\s+\p{Lu}\p{Ll}+(?=\s)/u;

export function withoutAdjectiveList(rest: string): string {
  const list = ADJECTIVE_LIST.exec(rest);
  return list ? ` ${rest.slice(list[0].length).trimStart()}` : rest;
}

/**
 * Whether the words between a number and the next count noun put another noun at the head, with
 * the count noun in a phrase after it (round 16, metrics): "1,500 complaints from Dutch
 * shoppers", "3 000 signalements de consommateurs", "2.000 klachten van klanten" count the
 * complaints, not the shoppers. A preposition right after the number ("2 millions de clients",
 * "400 of its sellers") leaves the count noun the head.
 */
const PREPOSITIONS = new Set([
  'from', 'of', 'by', 'about', 'against', 'among', 'with', 'for', 'per', 'on', 'over',
  'de', "d'", 'd’', 'du', 'des', 'par', 'sur', 'contre', 'pour', 'auprès', 'chez', 'avec', 'parmi',
  'van', 'door', 'tegen', 'uit', 'bij', 'met', 'voor', 'onder', 'op',
]);

export function headBeforePreposition(words: string[]): boolean {
  for (let i = 1; i < words.length; i++) {
    if (PREPOSITIONS.has(words[i]!.toLowerCase()) && !PREPOSITIONS.has(words[0]!.toLowerCase())) return true;
  }
  return false;
}

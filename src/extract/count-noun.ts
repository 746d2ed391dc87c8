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

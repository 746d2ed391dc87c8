import type { MarketHit } from './markets.js';

/**
 * The market of an offer (or of a partnership, round 15) whose clause names no place, told by the people it is for: "Pour regagner
 * la confiance des clients français, l'entreprise propose la livraison gratuite", "British shoppers
 * get free delivery", "Nederlandse Prime-leden krijgen gratis bezorging". Shoppers of one nation,
 * named anywhere in the sentence, are where the promotion runs; people of two nations tell none.
 */
export function shoppersMarket(sentence: string, places: readonly MarketHit[]): MarketHit[] {
  let found: MarketHit | null = null;
  for (const m of places) {
    if (m.kind !== 'demonym') continue;
    const near = `${sentence.slice(Math.max(0, m.start - 30), m.start)}|${sentence.slice(m.end, m.end + 30)}`;
    if (!SHOPPERS.test(near)) continue;
    if (found !== null && found.code !== m.code) return [];
    found = m;
  }
  return found ? [found] : [];
}

const SHOPPERS =
  /(?<![\p{L}])(?:shoppers|customers|consumers|buyers|members|users|clients|clientes|consommateurs|acheteurs|acheteuses|membres|abonnés|utilisateurs|klanten|consumenten|kopers|leden|gebruikers|abonnees)(?![\p{L}])/iu;

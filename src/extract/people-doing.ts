import { LANGUAGES, type Language } from '../domain/vocabulary.js';
import { declareGate } from './gates.js';
import type { Quantity } from './numbers.js';

/**
 * What people counted do with the company says what they are (round 20c, counts): people who buy,
 * order or pay there are its customers ("200 million people pay for the service", "3,9 miljoen
 * Nederlanders kochten iets op Temu", "4 millions de personnes ont acheté sur la plateforme");
 * people who visit or consult its site or app are its users ("25 million people visit its
 * website every month", "le site était consulté par 12 millions de personnes", "8 miljoen mensen
 * bezochten de webwinkel"). The verb must stand in the count's own clause, close to it; Dutch may
 * put it before the count ("kochten vorig jaar 3,9 miljoen Nederlanders"), French a passive
 * ("consulté par"). A shop, a fair or an event visited is no site: its visitors are not users.
 */
const BUY: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:shop|shops|shopped|buy|buys|bought|ordered|purchase|purchases|purchased|(?:pay|pays|paid|paying)\s+for|subscribe|subscribes|subscribed)(?![\p{L}])/giu,
  fr: /(?<![\p{L}])(?:achètent|achetaient|achèteront|acheté|commandent|commandaient|commandé|paient|payent|payé|s['’]abonnent|achat|achats)(?![\p{L}])/giu,
  nl: /(?<![\p{L}])(?:kopen|kochten|gekocht|bestellen|bestelden|besteld|betalen|betaalden|betaald|winkelen|winkelden|gewinkeld|aankoop|aankopen)(?![\p{L}])/giu,
};
// People who open the app are its users too (round 21): "125 million people open the app every month".
const VISIT: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:visit|visits|visited|visiting|browse|browses|browsed|(?:log|logs|logged)\s+(?:on|in)(?:to)?|(?:open|opens|opened|opening)\s+(?:the|its|their)\s+(?:[\p{L}-]+\s+)?app)(?![\p{L}])/giu,
  fr: /(?<![\p{L}])(?:visitent|visitaient|visité|visitée|visités|consultent|consultaient|consulté|consultée|consultés|fréquentent|fréquenté|fréquentée|se connectent|ouvrent\s+(?:l['’]|son\s+|leur\s+)appli(?:cation)?)(?![\p{L}])/giu,
  nl: /(?<![\p{L}])(?:bezoeken|bezochten|bezocht|bezoekt|(?:openen|openden|opent)\s+(?:[\p{L}\d.,'’-]+\s+){0,4}?(?:de|hun)\s+app)(?![\p{L}])/giu,
};
// A word every match of BUY and VISIT holds: tried first.
const GATE: Record<Language, RegExp> = {
  en: /shop|buy|bought|order|purchas|pa[iy]|subscrib|visit|brows|log|open/iu,
  fr: /ach|command|pa[iy]|abonn|visit|consult|fréquent|connect|ouvr/iu,
  nl: /ko[op]|koch|bestel|beta|winkel|bezo|open/iu,
};
for (const l of LANGUAGES) {
  declareGate(`people doing: buy (${l})`, BUY[l], GATE[l]);
  declareGate(`people doing: visit (${l})`, VISIT[l], GATE[l]);
}
const PLACE =
  /(?<![\p{L}])(?:pop-?up|stores?|showroom|fair|trade show|exhibition|festival|stand|warehouse|depot|factory|office|open day|magasins?|boutique physique|éphémère|salon|foire|événement|entrepôt|usine|bureaux?|portes ouvertes|winkels?|beurs|evenement|magazijn|distributiecentrum|fabriek|kantoor|open dag)(?![\p{L}])/iu;
// People a survey asked are its sample, whatever they did: "Of the 2,000 people surveyed, 600 had bought from Temu".
const SAMPLE = /(?<![\p{L}])(?:surveyed|polled|respondents|interviewed|interrogés|interrogées|sondés|sondées|répondants|ondervraagd|ondervraagde|ondervraagden|bevraagde|respondenten)(?![\p{L}])/iu;
const CLAUSE_MARK = /[,;:()]/u;

/** What the people counted at `q` are by the verb of their clause ('customers' or 'users'), and how far that verb stands; null when none. */
export function peopleDoing(q: Quantity, sentence: string, language: Language): { metric: 'customers' | 'users'; distance: number } | null {
  const head = sentence.slice(Math.max(0, q.start - 45), q.start);
  let from = q.start - head.length;
  for (let k = head.length - 1; k >= 0; k--) {
    if (CLAUSE_MARK.test(head[k]!)) {
      from = q.start - head.length + k + 1;
      break;
    }
  }
  const tail = sentence.slice(q.end, q.end + 70);
  const stop = tail.search(/[,;:()!?]|\.(?!\d)/u);
  const clause = sentence.slice(from, q.end + (stop >= 0 ? stop : tail.length));
  if (!GATE[language].test(clause) || SAMPLE.test(sentence)) return null;
  const at = q.start - from;
  const end = q.end - from;
  const nearest = (re: RegExp): { d: number; after: number } => {
    re.lastIndex = 0;
    let best = { d: Number.POSITIVE_INFINITY, after: -1 };
    for (let m = re.exec(clause); m !== null; m = re.exec(clause)) {
      const e = m.index + m[0].length;
      const d = e <= at ? at - e : m.index >= end ? m.index - end : 0;
      if (d < best.d) best = { d, after: e };
    }
    return best;
  };
  const buy = nearest(BUY[language]);
  const visit = nearest(VISIT[language]);
  if (!Number.isFinite(buy.d) && !Number.isFinite(visit.d)) return null;
  if (buy.d <= visit.d) return { metric: 'customers', distance: buy.d };
  return PLACE.test(clause.slice(visit.after)) ? null : { metric: 'users', distance: visit.d };
}

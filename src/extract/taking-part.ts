import type { Language } from '../domain/vocabulary.js';
import type { Quantity } from './numbers.js';

/**
 * Brands or merchants taking part in a programme, an event or a new service are its participants,
 * not the platform's sellers (round 16, metrics): "about 150 brands are taking part at launch",
 * "quelque 200 marques participent à l'opération", "bij de start doen zo'n 150 merken mee". Joining
 * the platform itself ("1,200 sellers have joined") still counts its sellers. Brands an event
 * features and creators who hosted its livestreams are its participants too (round 20c): "an
 * online event featuring products from about 2,000 local brands", "30,000 creators hosted
 * livestreams over the weekend", "une opération mettant en avant 2 000 marques", "met producten
 * van zo'n 2.000 merken".
 */
const TAKING_PART: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:tak(?:e|es|ing)|took)[\s\u00A0]+part(?![\p{L}])|(?<![\p{L}])participat(?:e|es|ed|ing)(?![\p{L}])|(?<![\p{L}])(?:featuring|showcasing)[\s\u00A0]+(?:(?:products|goods|items)[\s\u00A0]+from[\s\u00A0]+)?|(?<![\p{L}])(?:host(?:s|ed|ing)?|held|ran)[\s\u00A0]+(?:[\p{L}-]+[\s\u00A0]+)?(?:livestreams?|live[\s\u00A0-]?streams?|live[\s\u00A0]+sessions?)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:particip(?:e|ent|ant|eront|eraient|aient|ait|é|er))(?![\p{L}])|(?<![\p{L}])(?:prenn?ent|prendront|prenaient)[\s\u00A0]+part(?![\p{L}])|(?<![\p{L}])(?:mettant|mettra|mettront)[\s\u00A0]+en[\s\u00A0]+(?:avant|valeur)[\s\u00A0]+(?:(?:les[\s\u00A0]+)?produits[\s\u00A0]+(?:de|d['’])[\s\u00A0]*)?|(?<![\p{L}])(?:ont[\s\u00A0]+)?anim(?:é|ent|eront|aient)[\s\u00A0]+(?:des[\s\u00A0]+)?(?:lives?|directs?|sessions?[\s\u00A0]+de[\s\u00A0]+live)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:doe[nt]?|deed|deden)(?![\p{L}])[^,.;:!?]*(?<![\p{L}])mee(?:doen)?(?:[\s\u00A0]*(?:[,.;:!?]|$)|[\s\u00A0]+aan(?![\p{L}]))|(?<![\p{L}])(?:nemen|neemt|namen|nam)(?![\p{L}])[^,.;:!?]*(?<![\p{L}])deel(?:[\s\u00A0]*(?:[,.;:!?]|$)|[\s\u00A0]+aan(?![\p{L}]))|(?<![\p{L}])(?:deelnemen|deelnemende|doen mee|meedoen)(?![\p{L}])|(?<![\p{L}])met[\s\u00A0]+producten[\s\u00A0]+van[\s\u00A0]+|(?<![\p{L}])(?:hielden|houden|hosten|hostten|organiseerden|verzorgden)[\s\u00A0]+(?:[\p{L}-]+[\s\u00A0]+)?(?:livestreams?|live-?sessies)(?![\p{L}])/iu,
};

// Brands an event features are its participants too (round 20c): "an online event in September,
// featuring products from about 2,000 local brands", "une opération mettant en avant quelque 2 000
// marques françaises", "een actie met producten van zo'n 2.000 Nederlandse merken".
const FEATURED: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:featuring|showcasing|spotlighting|highlighting|bringing together|with products from)[\s\u00A0]+(?:(?:products|goods|items)[\s\u00A0]+(?:from|by|of)[\s\u00A0]+)?(?:(?:about|around|some|nearly|more than|over|up to)[\s\u00A0]+)?$/iu,
  fr: /(?<![\p{L}])(?:mettant en (?:avant|valeur)|mettra en (?:avant|valeur)|présentant|réunissant|réunira|avec (?:les|des) produits (?:de|d['’]))[\s\u00A0]*(?:(?:les|des)[\s\u00A0]+(?:produits|articles)[\s\u00A0]+(?:de|d['’])[\s\u00A0]*)?(?:(?:quelque|environ|près de|plus de|jusqu['’]à)[\s\u00A0]+)?$/iu,
  nl: /(?<![\p{L}])(?:met (?:producten|artikelen) van|toont producten van|brengt)[\s\u00A0]+(?:(?:zo['’]n|ongeveer|ruim|bijna|circa|meer dan)[\s\u00A0]+)?$/iu,
};
const EVENT: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:event|sale|sales event|fair|festival|campaign|showcase|pop-?up)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:événement|évènement|opération|salon|foire|festival|campagne|vente privée|soldes)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:evenement|actie|beurs|festival|campagne|uitverkoop)(?![\p{L}])/iu,
};

/** Whether the sellers counted at `q` are those taking part in something, told in the figure's clause. */
export function takingPart(q: Quantity, sentence: string, language: Language): boolean {
  if (FEATURED[language].test(sentence.slice(Math.max(0, q.start - 50), q.start)) && EVENT[language].test(sentence)) return true;
  const before = sentence.slice(Math.max(0, q.start - 60), q.start);
  const start = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1;
  const rest = sentence.slice(q.end, q.end + 80);
  const stop = rest.search(/[,.;:!?]/u);
  const clause = before.slice(start) + sentence.slice(q.start, q.end) + (stop >= 0 ? rest.slice(0, stop + 1) : rest);
  return TAKING_PART[language].test(clause);
}

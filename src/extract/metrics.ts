import { personalPay } from './personal-pay.js';
import { cutEarlierInClause } from './cut-clause.js';
import { stockMove } from './stock-move.js';
import { headBeforePreposition, opensNewPhrase, withoutAdjectiveList } from './count-noun.js';
import { LANGUAGES, type Language, type MetricName, type Unit } from '../domain/vocabulary.js';
import {
  COUNT_CUES,
  EMPLOY_VERBS,
  GROWTH_DOWN_RE,
  GROWTH_UP_RE,
  MONEY_CUES,
  NOT_GROWTH_RE,
  SHARE_AFTER_RE,
  SHARE_OF_NAMED_EN,
  PEOPLE_PORTION_RE,
  SHARE_RE,
} from './metric-cues.js';
import type { Quantity } from './numbers.js';
import { changesNonMetric } from './non-metric-change.js';
import { goodsOnOffer } from './goods-on-offer.js';
import { placesJoined } from './places-joined.js';
import { portionOfOwnFigure } from './portion-of-own.js';
import { peopleAtWork, strongStaff } from './people-at-work.js';
import { peopleAsCustomers } from './people-as-customers.js';
import { peopleDoing } from './people-doing.js';
import { peopleOnSite } from './people-on-site.js';
import { multipliesNonMetric } from './multiple-object.js';
import { addedToEconomy, levyProceeds } from './economic-impact.js';
import { ownShareCue } from './share-cue-owner.js';
import { placeVisitors } from './store-visitors.js';
import { surveySample } from './survey-sample.js';
import { sellersActedOn } from './sellers-acted-on.js';
import { turnedOver } from './turned-over.js';
import { dutchCompoundCue } from './dutch-money-compound.js';
import { orderedPayment } from './ordered-payment.js';
import { valuedAt } from './valued-at.js';
import { setAside } from './set-aside.js';
import { levelReached, stockMarketMove } from './level-reached.js';
import { isChangeAmount } from './change-amount.js';
import { withoutDemonymAdjectives } from './demonym-adjective.js';
import { dutchChangeSign } from './dutch-verb-met.js';
import { type Hit, hits } from './words.js';
import { declareGate } from './gates.js';
import { dayOfMonth } from './day-of-month.js';
import { contrastedShare } from './share-contrast.js';
import { indefiniteOwner, notOwnStaff, represented } from './not-own-staff.js';
import { averageFigure } from './averages.js';
import { personAge, personSubject } from './person-subject.js';
import { oneOwnerCombined } from './combined-owner.js';
import { lossBefore } from './loss.js';
import { staffAffected } from './staff-affected.js';
import { takingPart } from './taking-part.js';
import { sellerSubject } from './seller-subject.js';
import { classThreshold } from './threshold.js';
import { foreignCurrency } from './foreign-currency.js';
import { shareBuyback } from './share-buyback.js';
import { oneInMany } from './one-in-many.js';
import { ageBound } from './age-bound.js';
import { groupMembers } from './group-members.js';
import { throughput } from './throughput.js';
import { nounNamesSum } from './money-noun-after.js';
import { stakePrice } from './stake-price.js';
import { heldShare } from './share-verb.js';
import { countByVerb } from './count-by-verb.js';
import { goodsHandled } from './goods-handled.js';
import { beforeBut } from './cue-after-but.js';
import { salesOfEvent } from './event-sales.js';
import { sellersTogether } from './sellers-together.js';
import { rankedShare } from './ranked-share.js';
import { frontedWholeNoun } from './fronted-part.js';

/** Marketplaces report what shoppers spent (GMV); retailers report their own sales (revenue). */
const MARKETPLACES = new Set(['tiktok-shop', 'temu']);

export interface MetricReading {
  metric: MetricName;
  value: number;
  unit: Unit;
}

const cueKey = (s: string): string => s.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');

function nearestBefore(list: Hit[], pos: number): Hit | undefined {
  let best: Hit | undefined;
  for (const h of list) if (h.end <= pos) best = h;
  return best;
}

/** What a sum of money is: the cue word nearest before it in the clause, else just after it. */
function moneyMetric(q: Quantity, sentence: string, language: Language, competitor: string): MetricName | null {
  const { re, map } = MONEY_CUES[language];
  const from = Math.max(0, q.start - 120);
  const window = sentence.slice(from, q.start);
  const cut = Math.max(window.lastIndexOf(';'), window.lastIndexOf(':'));
  const scope = cut >= 0 ? window.slice(cut + 1) : window;
  const said = nearestBefore(hits(re, scope), Number.POSITIVE_INFINITY);
  const earned = said !== undefined && EARNING_VERB.test(said.text);
  // What sellers, creators or staff earn is their own pay, not the company's profit.
  if (earned && OTHER_EARNERS.test(scope.slice(Math.max(0, said.start - 40), said.start))) return null;
  // "earned $10 billion in revenue": a bare earning verb gives way to the noun named after the sum.
  // "...a group that generated $38 billion of revenue": the noun right after the sum names it (money-noun-after.ts).
  // So does a bare verb of generating (round 20): "generated $10 billion in revenue".
  const bareVerb = earned || (said !== undefined && GENERATING_VERB.test(said.text));
  const before = (bareVerb && NAMED_AFTER.test(sentence.slice(q.end, q.end + 40))) || nounNamesSum(sentence, q.end) ? undefined : said;
  const found = before ?? hits(re, beforeBut(sentence.slice(q.end, q.end + 40), language))[0];
  const foundEnd = found ? found.end + (before ? from + (cut >= 0 ? cut + 1 : 0) : q.end) : 0;
  const cue =
    (found ? map.get(cueKey(found.text)) : language === 'nl' ? (turnedOver(q, sentence) ? 'sales' : dutchCompoundCue(cut >= 0 ? window.slice(cut + 1) : window)) : null) ??
    (orderedPayment(sentence, q.start, q.end, language) ? 'fine' : null) ??
    (valuedAt(sentence, q.start, q.end, language) ? 'valuation' : null) ??
    (setAside(sentence, q.start, q.end, language) ? 'investment' : null) ??
    (stakePrice(sentence, q.start, q.end, language) ? 'investment' : null);
  // Sales that take in the partners' sales are what shoppers spent on the platform: "online sales
  // including those of sales partners", "les ventes, y compris celles des vendeurs tiers", "de
  // verkopen inclusief die van verkooppartners" are GMV.
  if ((cue === 'sales' || cue === 'revenue') && found && INCLUDING_SELLERS.test(sentence.slice(Math.max(0, foundEnd - 120), q.start))) return 'gmv';
  if (cue === 'sales') return MARKETPLACES.has(competitor) || (found && salesOfEvent(competitor, sentence, foundEnd - found.text.length, foundEnd)) ? 'gmv' : 'revenue';
  // "advertising sold to merchants grew 29% to 49.1 billion yuan", "des services vendus aux
  // marques", "advertenties verkocht aan verkopers": services sold to the sellers are no goods sold.
  // Only the verb takes a buyer after it: "son volume d'affaires à 33 milliards" gives the amount.
  if (cue === 'gmv' && found && SOLD_VERB.test(found.text) && SOLD_TO.test(sentence.slice(foundEnd, foundEnd + 6))) return null;
  // Shares or a stake sold are no goods: "sold 25 million Amazon shares worth $5bn", "a vendu des
  // actions pour 2 milliards", "verkocht aandelen ter waarde van 1 miljard".
  if (cue === 'gmv' && found && SOLD_VERB.test(found.text) && foundEnd <= q.start && SOLD_STOCK.test(sentence.slice(foundEnd, q.start))) return null;
  return cue ?? null;
}

const GENERATING_VERB = /^(?:generated|generates|generating|généré|génère|générait|génèrent|genereerde|genereert|gegenereerd)$/iu;
const EARNING_VERB = /^(?:earn|earns|earned|earning|gagne|gagné|gagnent|verdient|verdiende|verdienden|verdiend|verdienen)$/iu;
const OTHER_EARNERS =
  /(?<![\p{L}])(?:sellers|merchants|creators|vendors|partners|affiliates|drivers|workers|employees|staff|people|vendeurs|marchands|créateurs|partenaires|livreurs|salariés|verkopers|handelaren|makers|creators|partners|bezorgers|medewerkers|werknemers|mensen)(?![\p{L}])[^.;:]{0,30}$/iu;
const NAMED_AFTER = /^[\s\u00A0]*(?:in|of|de|d['’]|aan|van)[\s\u00A0]*(?:(?:net|total|annual|gross|son|sa|ses|leur)[\s\u00A0]+)?(?:revenue|revenues|sales|turnover|GMV|chiffre d['’]affaires|revenus|ventes|recettes|omzet|inkomsten|verkopen)(?![\p{L}])/iu;

const INCLUDING_SELLERS =
  /(?<![\p{L}])(?:including|incl\.|inclusief|inclusive|y compris|incluant)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:third-party|partners|sellers|merchants|verkooppartners|partners|externe|partenaires|vendeurs|marketplace|marktplaats)(?![\p{L}])/iu;
const SOLD_STOCK = /^[^,.;]{0,60}?(?<![\p{L}])(?:shares|stock|stake|actions|titres|participation|aandelen|belang)(?![\p{L}])/iu;
const SOLD_TO = /^\s+(?:to|à|aux?|aan)\s/iu;
const SOLD_VERB = /^(?:sold|vendus?|vendues?|écoulée?s?|verkochte[n]?|verkocht|verkoopt)$/iu;

/** What the last money word of a text names ("...notre chiffre d'affaires belge..." → revenue), if any. */
export function lastMoneyCue(text: string, language: Language, competitor: string): MetricName | null {
  const found = nearestBefore(hits(MONEY_CUES[language].re, text), Number.POSITIVE_INFINITY);
  const cue = found ? MONEY_CUES[language].map.get(cueKey(found.text)) : undefined;
  if (cue === 'sales') return MARKETPLACES.has(competitor) ? 'gmv' : 'revenue';
  return cue ?? null;
}

const NUMBER_OF: Record<Language, RegExp> = {
  en: /(?<![\p{L}])number of(?![\p{L}])/iu,
  fr: /(?<![\p{L}])nombre d(?:e|['’])/iu,
  nl: /(?<![\p{L}])aantal(?![\p{L}])/iu,
};
const COUNT_COMPOUND = /(?<![\p{L}])(\p{L}{3,}?)aantal(?![\p{L}])/iu;
// People who use an app are its users: "4 miljoen mensen gebruiken de app".
const USE_VERBS: Record<Language, RegExp> = {
  // An app that reaches people has them as users: "its app reaches 170 million Americans".
  en: /(?<![\p{L}])(?:use|uses|used|using|reach|reaches|reached)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:utilise|utilisent|utilisaient|utilisé|utilisée|utilisés|utilisées|touche|touchait|séduit)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:gebruik|gebruiken|gebruikt|gebruikten|bereikt|bereikte)(?![\p{L}])/iu,
};

const PART_OF: Record<Language, RegExp> = {
  en: /^[\s\u00A0]*of (?:its|their|the|his|her) [\d.,\s\u00A0]+(?:million |billion )?/iu,
  fr: /^[\s\u00A0]*(?:de ses|de leurs|des) [\d.,\s\u00A0]+(?:millions? (?:de |d['’])?)?/iu,
  nl: /^[\s\u00A0]*(?:van (?:de|zijn|haar|hun)) [\d.,\s\u00A0]+(?:miljoen )?/iu,
};
// "fell 20% ... to about 13 million": the second figure is where the first one's noun ended up.
const CHANGE_TO: Record<Language, RegExp> = {
  en: /(?<![\p{L}])to (?:about |around |roughly |nearly |almost |some |more than |over |just over |just under )?$/iu,
  fr: /(?<![\p{L}])(?:à|pour atteindre|pour s['’]établir à) (?:environ |près de |quelque |plus de )?$/iu,
  nl: /(?<![\p{L}])(?:tot|naar) (?:ongeveer |ruim |bijna |zo'n |circa |meer dan )?$/iu,
};

// What may follow a number that counts the noun before it: a time or a place, not another noun.
const ADVERBIAL_START: Record<Language, RegExp> = {
  en: /^[\s\u00A0]*(?:by|in|this|next|last|a|per|each|every|worldwide|globally|across|on|at|over|within|before|after|until|of them|today|now|currently)(?![\p{L}])/iu,
  fr: /^[\s\u00A0]*(?:d['’]entre (?:eux|elles)|d['’]ici|en|dans|cette|ce|l['’]an|l['’]année|un an|une année|il y a|par|chaque|à|au|aux|sur|avant|après|fin|début|dès|selon|aujourd['’]hui|actuellement|désormais|jusqu['’]ici|pour l['’]instant|à ce jour)(?![\p{L}])/iu,
  nl: /^[\s\u00A0]*(?:van hen|daarvan|tegen|in|dit|deze|volgend|vorig|een jaar|per|elke|op|binnen|voor|na|eind|begin|tot|wereldwijd|volgens|nu|momenteel|vandaag|inmiddels|thans|op dit moment)(?![\p{L}])/iu,
};

const JOINED_COUNT =
  /^[\s\u00A0]+(?:(?:in|en|au|aux)[\s\u00A0]+\p{Lu}[\p{L}-]*[\s\u00A0]+)?(?:and|et|en)[\s\u00A0]+(?:(?:in|en|au|aux|à|dans)[\s\u00A0]+)?(?:\p{L}[\p{L}'’-]*[\s\u00A0]+){0,2}?\d[\d.,\s\u00A0]*(?:(?:million|millions|miljoen|mln)[\s\u00A0]+)?(?:(?:de|d['’])[\s\u00A0]*)?/iu;
const AIM_OR_EARLIER: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:(?:up|down|rising|falling|climbing) from|reach|reaching|hit)[\s\u00A0]+(?:(?:about|around|roughly|nearly|almost|more than|over|under)[\s\u00A0]+)?$/iu,
  fr: /(?<![\p{L}])(?:contre|atteindre|par rapport à)[\s\u00A0]+(?:(?:environ|près de|plus de|quelque)[\s\u00A0]+)?$/iu,
  nl: /(?<![\p{L}])(?:tegen|tegenover|bereiken|halen|gestegen van|gedaald van)[\s\u00A0]+(?:(?:ruim|bijna|circa|ongeveer|zo['’]n)[\s\u00A0]+)?$/iu,
};
const EARLIER_LEVEL_BEFORE: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:(?:up|down|rising|falling|climbing) from|against|compared with)[\s\u00A0]+(?:(?:about|around|roughly|nearly|almost|more than|over|under)[\s\u00A0]+)?$/iu,
  fr: /(?<![\p{L}])(?:contre|par rapport à)[\s\u00A0]+(?:(?:environ|près de|plus de|quelque)[\s\u00A0]+)?$/iu,
  nl: /(?<![\p{L}])(?:tegen|tegenover|gestegen van|gedaald van)[\s\u00A0]+(?:(?:ruim|bijna|circa|ongeveer|zo['’]n)[\s\u00A0]+)?$/iu,
};
// The last number told before an earlier level, with its scale word and "de": its noun comes right after.
const LAST_NUMBER = /\d[\d.,\s\u00A0]*(?:(?:million|millions|miljoen|billion|milliards?|miljard)[\s\u00A0]+)?(?:(?:de|d['’]|of)[\s\u00A0]*)?(?=\D*$)/iu;

/** The noun counted right after the last number of `back`, if one follows it closely. */
function comparedNoun(back: string, re: RegExp): string | undefined {
  const last = LAST_NUMBER.exec(back);
  if (!last) return undefined;
  const after = back.slice(last.index + last[0].length);
  const first = hits(re, after.slice(0, 40))[0];
  // The noun must follow the number, a few adjectives at most between ("10 000 PME belges").
  return first && first.start <= 12 ? first.text : undefined;
}
const VERB_LAST_NL = /^[\s\u00A0]*(?:uitkomen|uitkomt|uitkwam|uitgekomen|groeien|stijgen|bedragen|zijn|liggen|staan|brengen|hebben)[\s\u00A0]*$/iu;

// A level put at a figure: "is estimated at", "s'établit à", "ligt op".
const AT_LEVEL: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:at|to)[\s\u00A0]+(?:(?:about|around|roughly|some|nearly|almost|more than|over)[\s\u00A0]+)?$/iu,
  fr: /(?<![\p{L}])(?:à)[\s\u00A0]+(?:(?:environ|près de|quelque|plus de)[\s\u00A0]+)?$/iu,
  nl: /(?<![\p{L}])(?:op|tot)[\s\u00A0]+(?:(?:ruim|bijna|circa|ongeveer|zo['’]n|meer dan)[\s\u00A0]+)?$/iu,
};

const CLOSING_QUOTE = /^[\s\u00A0]*[»”"](?=[\s\u00A0]*\p{L})/u;
const CLAUSE_STOP = /[,;:()!?]|(?<!(?:^|[^\p{L}])\p{Lu})\./u;
const FOLLOWING_WORDS = /^(?:[\s\u00A0]+|[\s\u00A0]*(?:de|d'|d’|of|van|aan)[\s\u00A0]*)/iu;

/** What a plain number counts: the noun right after it, or, at the end of a clause, the noun before. */
function countMetric(q: Quantity, sentence: string, language: Language): MetricName | null {
  if (language === 'en' && strongStaff(q, sentence)) return 'employees';
  const { re, map } = COUNT_CUES[language];
  // A figure quoted alone is still followed by its noun: "« environ 22 millions » d'utilisateurs" (round 19).
  const rest = withoutAdjectiveList(sentence.slice(q.end, q.end + 90).replace(CLOSING_QUOTE, ' ')).slice(0, 60);
  // The dots of a country's initials do not end the clause: "5 million U.S. customers" (round 19).
  const stop = rest.search(CLAUSE_STOP);
  const clause = stop >= 0 ? rest.slice(0, stop) : rest;
  const first = hits(re, clause)[0];
  let noun: string | undefined;
  if (first && (FOLLOWING_WORDS.test(clause) || first.start === 0)) {
    // "100,000 small and medium-sized British businesses": a few adjectives may come between.
    const words = clause.slice(0, first.start).trim().split(/[\s\u00A0]+/u).filter(Boolean);
    if (words.length <= 4 && !opensNewPhrase(words) && !headBeforePreposition(words)) noun = first.text;
  }
  // "5,2 miljoen en in België 3,9 miljoen maandelijkse gebruikers", "4 million in France and 2
  // million in Spain" is read by gapping: the first of two joined counts takes the second's noun.
  if (!noun) {
    // The clause stops at a comma, also a decimal one ("3,9 miljoen"): the joined count is read in the rest.
    const joined = JOINED_COUNT.exec(rest);
    const next = joined ? hits(re, rest.slice(joined[0].length))[0] : undefined;
    if (next && next.start <= 25) noun = next.text;
  }
  // "10 000 de ses 55 000 partenaires", "2,000 of its 9,000 sellers": the part counts what the whole counts.
  if (!noun) {
    const whole = PART_OF[language].exec(clause);
    if (whole) noun = hits(re, clause.slice(whole[0].length, whole[0].length + 40))[0]?.text;
  }
  // "Of its 60,000 sellers, about 8,000 are Belgian": the part counts what the fronted whole counts (fronted-part.ts).
  if (!noun) {
    const at = frontedWholeNoun(sentence, q.start, language);
    const whole = at >= 0 ? hits(re, sentence.slice(at, Math.min(at + 40, q.start)))[0] : undefined;
    if (whole && whole.start <= 12) noun = whole.text;
  }
  // With no noun after it in its clause ("vise 4,5 millions d'ici 2026", "fell 20% to about 13
  // million"), a number counts the noun its clause counted before it.
  // Dutch closes a clause on its verb: "wil in 2025 op ruim 3.300 uitkomen" ends there too.
  const ended = clause.trim() === '' || (language === 'nl' && VERB_LAST_NL.test(clause));
  if (!noun && !first && (ended || ADVERBIAL_START[language].test(clause))) {
    const told = sentence.slice(Math.max(0, q.start - 30), q.start);
    // An earlier level ("up from 108 million") or a level aimed at ("aims to reach 100,000") counts
    // the noun its sentence counted, further back.
    const reach = AIM_OR_EARLIER[language].test(told) ? 150 : ended || CHANGE_TO[language].test(told.slice(-20)) ? 110 : 60;
    const back = sentence.slice(Math.max(0, q.start - reach), q.start);
    // "plus de 10 000 PME vendent leurs produits via le site, contre 8 000 au lancement": an
    // earlier level counts what the figure it is set against counts, not the noun nearest to it (round 20c).
    noun = (EARLIER_LEVEL_BEFORE[language].test(told) ? comparedNoun(back, re) : undefined) ?? nearestBefore(withoutDemonymAdjectives(hits(re, back)), Number.POSITIVE_INFINITY)?.text;
  }
  // "the number of European merchants ... had tripled to more than 30,000", "het aantal
  // verkooppartners, de externe winkels, groeide tot 58.000": the noun counted comes first.
  if (!noun) {
    const back = sentence.slice(Math.max(0, q.start - 150), q.start);
    const counted = NUMBER_OF[language].exec(back);
    if (counted) noun = hits(re, back.slice(counted.index + counted[0].length, counted.index + counted[0].length + 40))[0]?.text;
    // Dutch writes "the number of customers" as one word: "het klantenaantal", "het gebruikersaantal".
    else if (language === 'nl') noun = COUNT_COMPOUND.exec(back)?.[1];
  }
  if (!noun) return null;
  const metric = map.get(cueKey(noun));
  if (metric === 'people') {
    if (peopleAtWork(q, sentence, language)) return 'employees';
    if (peopleAsCustomers(q, sentence, language)) return 'customers';
    // "200 million people pay for the service", "consulté par 12 millions de personnes" (people-doing.ts).
    const doing = peopleDoing(q, sentence, language);
    // The nearer verb tells: "le site emploie 1 200 personnes et 3 millions de personnes y commandent".
    if (doing !== null && verbDistance(EMPLOY_VERBS[language], q, sentence) > doing.distance) return doing.metric;
    // "25 million people visit its app", "le site était consulté par 12 millions de personnes" (people-on-site.ts).
    if (peopleOnSite(q, sentence, language)) return 'users';
    // "Its Prime membership is estimated at 21 million adults": people a level of a count is put
    // at are what that count counts (round 21).
    const measured = AT_LEVEL[language].test(sentence.slice(Math.max(0, q.start - 30), q.start))
      ? nearestBefore(withoutDemonymAdjectives(hits(re, sentence.slice(Math.max(0, q.start - 110), q.start).split(/[,;:]/u).pop() ?? '')), Number.POSITIVE_INFINITY)
      : undefined;
    const measuredMetric = measured ? map.get(cueKey(measured.text)) : undefined;
    if (measuredMetric && measuredMetric !== 'people') return measuredMetric;
    // With both kinds of verb in the sentence, the nearer one tells ("gebruiken 5,2 miljoen
    // Nederlanders de app ..., en het kantoor telt 250 medewerkers").
    const employs = verbDistance(EMPLOY_VERBS[language], q, sentence);
    const uses = verbDistance(USE_VERBS[language], q, sentence);
    return employs <= uses && Number.isFinite(employs) ? 'employees' : Number.isFinite(uses) ? 'users' : null;
  }
  return metric ?? null;
}

// The global copies verbDistance walks, made once per verb pattern rather than once per figure.
const globalCopies = new Map<RegExp, RegExp>();

function verbDistance(verb: RegExp, q: Quantity, sentence: string): number {
  if (!verb.test(sentence)) return Number.POSITIVE_INFINITY;
  let all = globalCopies.get(verb);
  if (!all) {
    all = new RegExp(verb.source, 'giu');
    globalCopies.set(verb, all);
  }
  all.lastIndex = 0;
  let best = Number.POSITIVE_INFINITY;
  for (let m = all.exec(sentence); m !== null; m = all.exec(sentence)) {
    best = Math.min(best, distance({ start: m.index, end: m.index + m[0].length, text: m[0] }, q.start, q.end));
  }
  return best;
}

function distance(h: Hit, start: number, end: number): number {
  return h.end <= start ? start - h.end : h.start >= end ? h.start - end : 0;
}

// "discounts of up to 90%", "jusqu'à 70 % de réduction" is a promotion, not growth.
const DISCOUNT_BEFORE = /(?:discount|korting|réduction|remise|rabais|promo)\p{L}*\s[^.]*$/iu;

// A share price moving is the stock market's news, not a business metric: "PDD's shares fell 4%",
// "l'action a chuté de 8 %", "het aandeel daalde 5 procent".
// "een aandeel van 6 procent" (a share of) is a portion, not the stock.
// English "its shares" is still the stock: only the singular "share" is a portion, and it is not listed.
const STOCK_BEFORE =
  /(?:(?<![\p{L}])(?:shares|stock|share price)|(?<![\p{L}])(?<!(?:that|this|its|dat|dit|zijn|haar|cette|sa|een|une)\s)(?:action|actions|titre|cours de bourse|aandeel|aandelen|koers|beurskoers))(?![\p{L}])[^,.;]{0,40}$/iu;

const STOCK_SUBJECT = /^\s*(?:(?:the|l['’]|les|het|de)\s*)?(?:shares|stock|share price|action|actions|titre|cours|aandeel|aandelen|koers|beurskoers)\s+(?:in|of|de|du|des|d['’]|van)(?![\p{L}])/iu;

// "7 procent meer dan een jaar eerder", "12% more than in 2023", "5 % de moins qu'en 2023": the
// comparative right after the figure is the change.
const MORE_AFTER: Record<Language, RegExp> = {
  en: /^[\s\u00A0]*(?:(more)|less|lower)[\s\u00A0]+than(?![\p{L}])/iu,
  fr: /^[\s\u00A0]*(?:(de plus)|de moins)[\s\u00A0]+(?:que|qu['’])/iu,
  nl: /^[\s\u00A0]*(?:(meer)|minder|lager)[\s\u00A0]+dan(?![\p{L}])/iu,
};

const SHARE_NOUN: Record<Language, RegExp> = {
  en: /(?<![\p{L}])market shares?(?![\p{L}])/iu,
  fr: /(?<![\p{L}])parts? de marché(?![\p{L}])/iu,
  nl: /(?<![\p{L}])marktaandee?l(?:en)?(?![\p{L}])/iu,
};
// "held 28%, down from 31% a year earlier", "4,1 %, en baisse par rapport aux 4,6 %", "gedaald
// van 31 procent": the figure after "from" is the level before the change, not a change.
// So is a percentage told from one just before: "rose to 24% from 14%", also with the year of the
// first between them: "lifted its share to 24% in 2024 from 14%" (round 20).
const EARLIER_LEVEL: Record<Language, RegExp> = {
  en: /(?:(?<![\p{L}])(?:up|down|rising|falling|climbing|dropping|slipping)|(?:%|percent|per cent)(?:\s+(?:in|for|last)\s+(?:(?:19|20)\d\d|year))?)\s+from\s+(?:(?:about|around|roughly|nearly|almost|just over|just under|under|over|more than|less than)\s+)?$/iu,
  fr: /(?<![\p{L}])(?:en (?:hausse|baisse|recul|progression) par rapport (?:à|aux?)(?:\s+(?:les|la|le))?)\s+(?:(?:environ|près de)\s+)?$/iu,
  nl: /(?<![\p{L}])(?:gedaald|gestegen|gezakt|gegroeid|omlaag|omhoog)\s+van(?:af)?\s+(?:(?:ruim|bijna|circa|ongeveer|zo['’]n)\s+)?$/iu,
};
// A percentage set against one told before it, with a time after it, is that one's earlier level:
// "30% ..., against 20% the year before", "28 %, contre 19 % un an plus tôt", "28 procent ..., tegen
// 19 procent een jaar eerder".
const AGAINST_EARLIER: Record<Language, RegExp> = {
  en: /(?:%|percent|per cent)(?:[^.;\d]|(?<!\d)(?:19|20)\d\d(?!\d)){0,60},\s*(?:against|compared with|versus)\s+(?:(?:about|around|roughly|nearly|almost|just over|just under|under|over|more than|less than)\s+)?$/iu,
  fr: /%(?:[^.;\d]|(?<!\d)(?:19|20)\d\d(?!\d)){0,60},\s*(?:contre|comparé à|par rapport à)\s+(?:(?:environ|près de|plus de|moins de)\s+)?$/iu,
  nl: /(?:%|procent)(?:[^.;\d]|(?<!\d)(?:19|20)\d\d(?!\d)){0,60},\s*(?:tegen|tegenover|vergeleken met)\s+(?:(?:ruim|bijna|circa|ongeveer|zo['’]n)\s+)?$/iu,
};
// A year between the first percentage and the one set against it: the first is dated.
const YEAR_IN_GAP = /(?:%|percent|per cent|procent)[^.;%]*?(?<!\d)(?:19|20)\d\d(?!\d)[^.;%\d]*$/iu;
const TIME_AFTER: Record<Language, RegExp> = {
  en: /^\s*(?:(?:a|one) year (?:earlier|before|ago)|the (?:year|month|quarter) before|last year|(?:in|during) (?:19|20)\d\d|(?:a|the) (?:month|quarter) earlier)(?![\p{L}])/iu,
  fr: /^\s*(?:un an (?:plus tôt|auparavant)|l['’]an (?:dernier|passé)|l['’]année (?:précédente|dernière)|en (?:19|20)\d\d|(?:il y a|un) (?:un )?an)(?![\p{L}])/iu,
  nl: /^\s*(?:een jaar (?:eerder|geleden|daarvoor)|vorig jaar|het jaar daarvoor|in (?:19|20)\d\d)(?![\p{L}])/iu,
};
const LEVEL_BEFORE_EARLIER: Record<Language, RegExp> = {
  en: /^[\s\u00A0]*,?[\s\u00A0]*(?:up|down|rising|falling|climbing|dropping|slipping)\s+from\s/iu,
  fr: /^[\s\u00A0]*,?[\s\u00A0]*(?:en (?:hausse|baisse|recul|progression) par rapport (?:à|aux?)|contre)\s+(?:(?:les|la|le|environ|près de)\s+)?\d/iu,
  nl: /^[\s\u00A0]*,?[\s\u00A0]*(?:gedaald|gestegen|gezakt|gegroeid|omlaag|omhoog|tegen|tegenover)\s+(?:van(?:af)?\s+)?(?:(?:ruim|bijna|circa|ongeveer|zo['’]n)\s+)?\d/iu,
};
// "minder snel dan de markt", "groeide minder hard: met 2,1%": the pace, with or without what it is
// compared with, is no fall.
const PACE_THAN = /^[\s\u00A0]+(?:snel|hard|sterk|quickly|fast|rapidement|vite)(?![\p{L}])/iu;
const BOUND_BETWEEN = /^[\s\u00A0]+(?:dan|than)[\s\u00A0]+$/iu;

/** A percentage is growth (signed) or a market share when a cue says so; otherwise nothing. */
function percentMetric(q: Quantity, sentence: string, language: Language): MetricReading | null {
  if (EARLIER_LEVEL[language].test(sentence.slice(Math.max(0, q.start - 80), q.start))) return null;
  if (AGAINST_EARLIER[language].test(sentence.slice(Math.max(0, q.start - 80), q.start)) && TIME_AFTER[language].test(sentence.slice(q.end, q.end + 30))) {
    // A share forecast for a year, set against last year's, gives the latest share known: a share
    // too (round 17): "its share will reach 12% in 2026, against 10% last year". A share told now
    // against a year before keeps only its present level.
    const dated = YEAR_IN_GAP.test(sentence.slice(Math.max(0, q.start - 80), q.start));
    return dated && SHARE_NOUN[language].test(sentence.slice(Math.max(0, q.start - 160), q.start)) ? { metric: 'market_share', value: Math.abs(q.value), unit: 'percent' } : null;
  }
  const after = sentence.slice(q.end, q.end + 50);
  if (PEOPLE_PORTION_RE.test(after)) return null;
  if (SHARE_AFTER_RE[language].test(after) || (language === 'en' && SHARE_OF_NAMED_EN.test(after))) return { metric: 'market_share', value: Math.abs(q.value), unit: 'percent' };
  // "ranks second with an estimated 24%": a share told with a rank (ranked-share.ts).
  if (rankedShare(q, sentence, language)) return { metric: 'market_share', value: Math.abs(q.value), unit: 'percent' };
  if (portionOfOwnFigure(q, sentence, language)) return null;
  // "accaparerait près de 30 % des ventes de livres neufs" (share-verb.ts).
  if (Math.abs(q.value) <= 100 && heldShare(q, sentence, language)) return { metric: 'market_share', value: Math.abs(q.value), unit: 'percent' };
  if (NOT_GROWTH_RE[language].test(after)) return null;
  if (DISCOUNT_BEFORE.test(sentence.slice(Math.max(0, q.start - 35), q.start))) return null;
  if (STOCK_BEFORE.test(sentence.slice(Math.max(0, q.start - 60), q.start))) return null;
  // The stock may open the sentence with its owner told in an aside: "L'action de PDD Holdings,
  // propriétaire de Temu, a chuté de 29 %", "Shares in Temu's owner, PDD, fell 29%".
  if (changesNonMetric(q, sentence, language)) return null;
  if (STOCK_SUBJECT.test(sentence) && hits(MONEY_CUES[language].re, sentence.slice(0, q.start)).length === 0) return null;
  if (stockMove(q.start, q.end, sentence) && hits(MONEY_CUES[language].re, sentence.slice(0, q.start)).length === 0) return null;
  const lo = Math.max(0, q.start - 70);
  const near = sentence.slice(lo, Math.min(sentence.length, q.end + 30));
  // No share is more than the whole: "jumped 234%" near "the line that captures its fees" is a change.
  if (Math.abs(q.value) <= 100 && SHARE_RE[language].test(near) && ownShareCue(q, sentence, language, lo, near)) return { metric: 'market_share', value: Math.abs(q.value), unit: 'percent' };
  // The share may be the clause's subject, told long before its figure: "Het marktaandeel van
  // Amazon in Nederland ligt volgens marktonderzoeker GfK rond de 5 procent".
  const clause = sentence.slice(Math.max(0, q.start - 160), q.start).split(/[;.:]/u).pop() ?? '';
  if (SHARE_NOUN[language].test(clause) && !/\d/u.test(clause)) return { metric: 'market_share', value: Math.abs(q.value), unit: 'percent' };
  if (Math.abs(q.value) <= 100 && contrastedShare(q, sentence, language)) return { metric: 'market_share', value: Math.abs(q.value), unit: 'percent' };
  if (levelReached(q, sentence, language) || stockMarketMove(q, sentence, language)) return null;
  if (sentence[q.start - 1] === '+') return { metric: 'growth', value: q.value, unit: 'percent' };
  const comparative = MORE_AFTER[language].exec(after);
  if (comparative) return { metric: 'growth', value: comparative[1] ? Math.abs(q.value) : -Math.abs(q.value), unit: 'percent' };
  // Dutch separable verbs close on their particle: "nam met 35 procent toe", "liep 3 procent terug".
  if (language === 'nl') {
    // ... or on it before "met": "nam vorig jaar af met 4 procent".
    const particle =
      /^[\s\u00A0]+(toe|op|omhoog|af|terug|omlaag)(?![\p{L}])/iu.exec(after) ??
      /(?<![\p{L}])(toe|op|omhoog|af|terug|omlaag)[\s\u00A0]+met[\s\u00A0]+(?:ruim |bijna |zo['’]n |circa |ongeveer )?$/iu.exec(sentence.slice(Math.max(0, q.start - 30), q.start));
    if (particle) {
      const down = /^(?:af|terug|omlaag)$/iu.test(particle[1]!);
      return { metric: 'growth', value: down ? -Math.abs(q.value) : q.value, unit: 'percent' };
    }
    const sign = dutchChangeSign(sentence, q.start);
    if (sign !== 0) return { metric: 'growth', value: sign * Math.abs(q.value), unit: 'percent' };
  }
  const s = q.start - lo;
  const e = q.end - lo;
  // A verb before the figure may stand further off in its clause ("steeg de omzet van bol in het
  // eerste halfjaar met 6,5 procent"); a word after it must be close.
  const reach = (h: Hit): boolean => distance(h, s, e) <= (h.end <= s && !/[,;:]/u.test(near.slice(h.end, s)) ? 60 : 40);
  const up = hits(GROWTH_UP_RE[language], near).filter(reach);
  // "minder dan 3 procent", "less than 3%" right before the figure bounds it; it tells no fall.
  // "minder snel dan de markt", "less quickly than": the pace compared with others' is no fall.
  const down = hits(GROWTH_DOWN_RE[language], near).filter(
    (h) => reach(h) && !BOUND_BETWEEN.test(near.slice(h.end, s)) && !PACE_THAN.test(sentence.slice(lo + h.end, lo + h.end + 24)),
  );
  const dUp = Math.min(...up.map((h) => distance(h, s, e)));
  const dDown = Math.min(...down.map((h) => distance(h, s, e)));
  if (!Number.isFinite(dUp) && !Number.isFinite(dDown)) return null;
  // "estimated at 6%, up from 4%", "à 8 %, en hausse par rapport aux 6 %", "op 5 procent, gestegen
  // van 3 procent": with no change word before it, the figure before an earlier level is a level,
  // and the change word after it is that level's ("grew 12%, up from 9%" stays growth).
  if (LEVEL_BEFORE_EARLIER[language].test(after) && ![...up, ...down].some((h) => h.end <= s)) return null;
  const value = dDown < dUp ? -Math.abs(q.value) : q.value;
  return { metric: 'growth', value, unit: 'percent' };
}

// A figure for several companies together is no one company's: "Temu and Shein, with 40 million
// users between them", "dont les ventes cumulées", "Shein et Temu totalisent", "die samen 2
// miljard omzetten". A word added here must be found by COMBINED_GATE below too.
const COMBINED: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:combined(?![\s\u00A0]+(?:business|businesses|company|entity|group|firm|operations?|platform|unit|venture))|together|between them|jointly)(?![\p{L}])[^.;]{0,60}$/iu,
  // "sur l'ensemble de l'exercice" (over the whole year) is no sum of companies.
  fr: /(?<![\p{L}])(?:cumul\p{L}*|totalisent|totalisaient|totaliseraient|à eux deux|à elles deux|(?<!l['’])ensemble|conjointement)(?![\p{L}])[^.;]{0,60}$/iu,
  nl: /(?<![\p{L}])(?:samen(?!\s+met)|gezamenlijk\p{L}*|opgeteld|bij elkaar)(?![\p{L}])[^.;]{0,60}$/iu,
};

// "invest $1.5 billion in the combined business": a company made of two is no sum of figures (round 21).
const COMBINED_AFTER = /^[^,.;]{0,20}(?<![\p{L}])(?:combined(?![\s\u00A0]+(?:business|businesses|company|entity|group|firm|operations?|platform|unit|venture))|together|between them|à eux deux|à elles deux|cumulés|cumulées|samen|gezamenlijk)(?![\p{L}])/iu;
// A word every match of COMBINED and COMBINED_AFTER holds (same flags): tried first, as most
// figures are told alone.
const COMBINED_GATE: Record<Language, RegExp> = {
  en: /combined|together|between|jointly/iu,
  fr: /cumul|totalis|deux|ensemble|conjointement/iu,
  nl: /samen|gezamenlijk|opgeteld|elkaar/iu,
};
const COMBINED_AFTER_GATE = /combined|together|between|deux|cumulé|samen|gezamenlijk/iu;
for (const l of LANGUAGES) declareGate(`metrics: combined (${l})`, COMBINED[l], COMBINED_GATE[l]);
declareGate('metrics: combined after', COMBINED_AFTER, COMBINED_AFTER_GATE);

// Jobs cut are a layoff (an event), not the size of the staff: "cutting about 300 jobs", "schrapt
// 200 banen", "supprime 150 postes", "300 jobs will be cut", "200 banen verdwijnen".
const CUT_BEFORE: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:cut|cuts|cutting|axe|axes|axing|axed|shed|sheds|shedding|slash|slashes|slashing|slashed|eliminate|eliminates|eliminating|eliminated|lay off|lays off|laying off|laid off|loss of|losses of)\s+(?:(?:about|around|roughly|some|nearly|almost|more than|over|up to|another|a further|an estimated)\s+)?$/iu,
  fr: /(?<![\p{L}])(?:menace|menacent|menaçant|supprime|suppriment|supprimer|supprimera|supprimé|suppression de|suppression d['’]|suppressions de|licencie|licencient|licencier|licenciera|licenciement de|licenciements de)\s*(?:(?:près de|environ|quelque|plus de|jusqu['’]à)\s+)?$/iu,
  nl: /(?<![\p{L}])(?:schrapt|schrappen|schrapte|schrapten|ontslaat|ontslaan|ontsloeg|snijdt|schrappen van)\s+(?:(?:zo['’]n|ongeveer|ruim|bijna|circa|nog eens|zeker)\s+)?$/iu,
};
const CUT_AFTER: Record<Language, RegExp> = {
  // The verb may come as an infinitive of what is announced: "plans 350 jobs to go", "annonce 350
  // postes à supprimer", "kondigt aan 350 banen te schrappen" (round 21).
  en: /^\s+(?:jobs|roles|positions|posts|staff|employees|workers)\s+(?:(?:will|would|are|were|is|was|to)\s+)?(?:be\s+|being\s+)?(?:cut|axed|eliminated|lost|shed|made redundant|at risk)(?![\p{L}])|^\s+(?:jobs|roles|positions|posts)\s+to\s+go(?![\p{L}])/iu,
  fr: /^\s+(?:postes|emplois)\s+(?:(?:seront|sont|vont être|devraient être)\s+|à\s+)?(?:supprimés|menacés|supprimer)(?![\p{L}])/iu,
  nl: /^\s+(?:banen|arbeidsplaatsen|functies|werknemers|medewerkers)\s+(?:(?:zullen|worden|gaan|moeten)\s+|te\s+)?(?:verdwijnen|geschrapt|weg|op de tocht|op het spel|schrappen|ontslaan|laten gaan)(?![\p{L}])/iu,
};

function jobsCut(q: Quantity, sentence: string, language: Language): boolean {
  return (
    CUT_BEFORE[language].test(sentence.slice(Math.max(0, q.start - 40), q.start)) ||
    CUT_AFTER[language].test(sentence.slice(q.end, q.end + 50)) ||
    cutEarlierInClause(q.start, q.end, sentence, language)
  );
}

/** The metric a quantity reports, or null when the sentence does not say. */
export function readMetric(q: Quantity, sentence: string, language: Language, competitor: string): MetricReading | null {
  const before = sentence.slice(Math.max(0, q.start - 80), q.start);
  // What a platform's sellers sold together is the platform's GMV (sellers-together.ts).
  let sellersSum = false;
  if (COMBINED_GATE[language].test(before) && COMBINED[language].test(before) && !placesJoined(before, COMBINED[language], language) && !oneOwnerCombined(before, language)) {
    if (q.kind !== 'money' || !sellersTogether(before, language)) return null;
    sellersSum = true;
  }
  const after = sentence.slice(q.end, q.end + 30);
  if (COMBINED_AFTER_GATE.test(after) && COMBINED_AFTER.test(after)) return null;
  if (dayOfMonth(q, sentence) || averageFigure(q, sentence, language) || personSubject(q, sentence) || personalPay(q, sentence) || sellerSubject(q, sentence, language) || classThreshold(q, sentence)) return null;
  switch (q.kind) {
    case 'ratio':
      return multipliesNonMetric(q, sentence, language) ? null : { metric: 'growth', value: q.value, unit: 'ratio' };
    case 'percent':
      return percentMetric(q, sentence, language);
    case 'money': {
      if (isChangeAmount(q, sentence, language) || shareBuyback(q, sentence) || addedToEconomy(q, sentence) || levyProceeds(q, sentence)) return null;
      const read = moneyMetric(q, sentence, language, competitor);
      const metric = sellersSum && (read === 'revenue' || read === 'gmv') ? 'gmv' : sellersSum ? null : read;
      if ((metric === 'profit' || metric === null) && lossBefore(q, sentence, language)) return { metric: 'profit', value: -Math.abs(q.value), unit: q.unit };
      return metric ? { metric, value: q.value, unit: q.unit } : null;
    }
    case 'count': {
      if (isChangeAmount(q, sentence, language) || personAge(q, sentence) || represented(q, sentence) || foreignCurrency(q, sentence) || oneInMany(q, sentence) || ageBound(q, sentence)) return null;
      // "recrute 150 développeurs", "5 000 éditeurs vendent sur sa plateforme" (count-by-verb.ts).
      const metric = countMetric(q, sentence, language) ?? countByVerb(q, sentence, language);
      if (metric === 'employees' && (jobsCut(q, sentence, language) || notOwnStaff(q, sentence, language) || staffAffected(q, sentence, language) || indefiniteOwner(q, sentence, language))) return null;
      if (metric === 'orders' && (goodsOnOffer(q, sentence) || averageFigure(q, sentence, language, true) || throughput(q, sentence, language) || goodsHandled(q, sentence, language))) return null;
      if ((metric === 'customers' || metric === 'users' || metric === 'sellers' || metric === 'employees') && groupMembers(q, sentence, language)) return null;
      if ((metric === 'customers' || metric === 'users' || metric === 'sellers') && surveySample(q, sentence, language)) return null;
      if (metric === 'sellers' && (takingPart(q, sentence, language) || sellersActedOn(q, sentence, language))) return null;
      if (metric === 'users' && placeVisitors(q, sentence, language)) return null;
      return metric ? { metric, value: q.value, unit: 'count' } : null;
    }
  }
}

/** Whether a plain scaled number names a thing ("10 milliards de produits") rather than money left implicit. */
export function countsSomething(q: Quantity, sentence: string, language: Language): boolean {
  return countMetric(q, sentence, language) !== null;
}

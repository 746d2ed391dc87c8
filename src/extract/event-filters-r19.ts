import type { Language } from '../domain/vocabulary.js';
import type { EventCue } from './events.js';
import type { Mention } from './companies.js';
import { boughtByOtherBuyer } from './other-buyer.js';

/**
 * Round 19 (false events): cues that, read with the words around them, tell no event of the company.
 *
 * - arriving at a rank is no arrival in a market: "Amazon arrive en quatrième position", "came in
 *   third place", "komt op de tweede plaats";
 * - an entry that is slowed is the object of the slowing, not a new entry: "said it would slow its
 *   warehouse roll-out", "ralentit son expansion", "remt de uitbreiding af";
 * - being live or present in a list of places is the company's reach, not a launch in each: "now
 *   live in the US, the UK, much of Southeast Asia and several EU countries", "présent en France,
 *   en Espagne et en Italie", "actief in Nederland, België en Duitsland" (unless told from a day on,
 *   round 21: "disponible depuis mardi en Espagne, au Portugal et en Grèce");
 * - a launch named to date what came before it: "27 % knew the brand before its launch", "avant
 *   son lancement", "voor de lancering" (with no place after it);
 * - merging a company's own units is no takeover: "as it merged overlapping functions", "fusionne
 *   ses équipes", "voegt zijn afdelingen samen";
 * - "named" without any post in the sentence is not an appointment: "leur cible est clairement
 *   nommée : Amazon", "the shop named after its founder";
 * - a contract "closed" is a deal made, no closure: "heeft een contract gesloten met DHL";
 * - deals that shoppers doubt or distrust are an opinion, not a promotion run: "twijfelen aan
 *   Black Friday-aanbiedingen", "se méfient des promotions", "are sceptical of discounts";
 * - discounts told as what inspectors examined are a probe's object: "57 % des annonces de
 *   réduction examinées", "of the discounts checked by the watchdog", "de onderzochte kortingen";
 * - a takeover by a buyer of another kind (other-buyer.ts): "a joint venture of investors would take over".
 */
export function withoutMisreadEvents(cues: EventCue[], sentence: string, language: Language, mentions: readonly Mention[] = []): EventCue[] {
  const tracked = (from: number, to: number): boolean => mentions.some((m) => m.competitor !== null && m.start >= from && m.end <= to);
  return cues.filter((c) => {
    const cue = sentence.slice(c.start, c.end);
    const before = sentence.slice(Math.max(0, c.start - 60), c.start);
    const after = sentence.slice(c.end, c.end + 40);
    switch (c.event) {
      case 'launch':
      case 'expansion':
        if (/^arriv/iu.test(cue) && RANK_AFTER.test(after)) return false;
        if (SLOWED_BEFORE.test(before)) return false;
        if (PRESENCE.test(cue) && (c.markets.length >= 3 || SOME_OF_AFTER.test(sentence.slice(c.end, c.end + 120))) && !SINCE_A_DAY.test(sentence.slice(c.end, c.end + 60))) return false;
        return !(/^(?:launch|lancement|lancering)/iu.test(cue) && BEFORE_ITS[language].test(sentence.slice(Math.max(0, c.start - 16), c.start)) && !PLACE_AFTER.test(after));
      case 'acquisition':
        if (boughtByOtherBuyer(sentence, c.start, tracked)) return false;
        return !(/^(?:merg|fusion|fusionn|fuse|fuseer)/iu.test(cue) && OWN_UNITS_AFTER.test(after));
      case 'leadership':
        return !(/^(?:nommée?s?|named|benoemd)$/iu.test(cue) && !POST.test(sentence));
      case 'suspension':
        return !(/^(?:af)?gesloten$/iu.test(cue) && DEAL_BEFORE_NL.test(before));
      case 'promotion':
        return !(DOUBTED_BEFORE.test(before) || INSPECTED_AFTER.test(after) || INSPECTED_BEFORE_NL.test(before));
      default:
        return true;
    }
  });
}

const RANK_AFTER =
  /^\s*(?:(?:en|à la|in|op de|at)\s+)?(?:tête|first|second|third|fourth|fifth|top|premi\p{L}*|deuxi\p{L}*|second\p{L}*|troisi\p{L}*|quatri\p{L}*|cinqui\p{L}*|\d+(?:e|er|re|ème|th|st|nd|rd|de|ste)?)(?:\s+(?:position|place|rang|plaats|positie))?(?![\p{L}])/iu;

const SLOWED_BEFORE =
  /(?<![\p{L}])(?:slow(?:s|ed|ing)?(?:\s+down)?|ralenti(?:t|r|ra|ssent|ssait)?|vertraag(?:t|de|den)?|afrem(?:t|men|de))\s+(?:(?:its|their|the|son|sa|ses|leur|le|la|l['’]|zijn|haar|hun|de|het)\s*)?(?:[\p{L}-]+\s+)?$/iu;

const PRESENCE = /^(?:live (?:in|across)|available in|active in|operates in|present in|disponible|active|actif|présente?|actief in|beschikbaar in)/iu;
// Present since a day is a start, not a reach (round 21): "available in Spain, Portugal and Greece
// since Tuesday", "disponible depuis le 2 mai en Espagne, au Portugal et en Grèce".
const SINCE_A_DAY =
  /(?<![\p{L}])(?:since|as of|from|depuis|dès|à partir d['’]|à partir de|sinds|vanaf)\s+(?:(?:le|ce|cette|this|last|deze|afgelopen)\s+)?(?:today|yesterday|aujourd['’]hui|hier|vandaag|gisteren|(?:mon|tues|wednes|thurs|fri|satur|sun)day|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|(?:maan|dins|woens|donder|vrij|zater|zon)dag|\d{1,2}(?:er)?\s+(?:jan|feb|fév|mar|maa|apr|avr|ma[iy]|mei|jui?n|jul|juil|aug|aoû|sep|o[ck]t|nov|d[eé]c))/iu;
const SOME_OF_AFTER = /^[^.;:]*?(?<![\p{L}])(?:much of|most of|several|many|parts of|une grande partie|la plupart|plusieurs|de nombreux|een groot deel|meerdere|verschillende|diverse)(?![\p{L}])/iu;

const BEFORE_ITS: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:before|prior to)\s+(?:its|their|the)\s+(?:[\p{L}-]+\s+)?$/iu,
  fr: /(?<![\p{L}])avant\s+(?:son|leur|le|l['’])\s*(?:[\p{L}-]+\s+)?$/iu,
  nl: /(?<![\p{L}])(?:voor|vóór)\s+(?:de|zijn|haar|hun)\s+(?:[\p{L}-]+\s+)?$/iu,
};
const PLACE_AFTER = /^\s*(?:[\p{L}-]+\s+)?(?:in|into|en|au|aux|in)\s/iu;

const OWN_UNITS_AFTER =
  /^\s+(?:(?:its|their|the|some|two|overlapping|ses|leurs|les|zijn|haar|hun|de|twee)\s+)*(?:[\p{L}-]+\s+)?(?:functions|teams|units|departments|divisions|operations|offices|services|équipes|entités|départements|directions|divisions|afdelingen|divisies|diensten|kantoren|functies)(?![\p{L}])/iu;

const POST =
  /(?<![\p{L}])(?:chief|CEO|head|boss|president|chair\p{L}*|director|manager|executive|leader|directeur|directrice|PDG|patron\p{L}*|président\p{L}*|responsable|dirigeant\p{L}*|topman|topvrouw|voorzitter|bestuurder|baas|leiding|tête|à la tête|hoofd)(?![\p{L}])/iu;

const DEAL_BEFORE_NL = /(?<![\p{L}])(?:contract|overeenkomst|akkoord|deal|samenwerking|verbond|partnerschap)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

const DOUBTED_BEFORE =
  /(?<![\p{L}])(?:doubt(?:s|ed)?|distrust(?:s|ed)?|mistrust(?:s|ed)?|(?:sceptical|skeptical|wary|suspicious)\s+(?:of|about)|twijfel(?:t|en|de|den)?\s+aan|wantrouw(?:t|en|den)?|se\s+méfi(?:e|ent)\s+(?:de|des|du)|dout(?:e|ent)\s+(?:de|des|du))\s+(?:(?:the|les|la|le|l['’]|de|het)\s*)?(?:[\p{L}-]+\s+)?$/iu;

const INSPECTED_AFTER =
  /^\s*(?:(?:claims|offers|ads|annonces|offres)\s+)?(?:examined|checked|reviewed|inspected|audited|examinée?s?|contrôlée?s?|vérifiée?s?|passée?s? au crible|épluchée?s?)(?![\p{L}])/iu;
const INSPECTED_BEFORE_NL = /(?<![\p{L}])(?:onderzochte|gecontroleerde|bekeken|doorgelichte)\s+(?:[\p{L}-]+\s+)?$/iu;

import { frontedSubject } from './fronted-subject.js';
import type { Mention } from './companies.js';
import { relativeOnCompany } from './relative-on-company.js';
import { averageMember } from './averages.js';
import { pointsToCompany } from './other-actor.js';
import { possessiveClauseOwner } from './clause-possessive.js';
import { namedAsMeans } from './instrument-name.js';
import { comparedParty, rankedAgainst } from './ranked-against.js';
import { marketExpects } from './expectation.js';
import { coordinatedOpener, namedOnlyInAside } from './aside-name.js';
import { isSourceMention } from './source-mention.js';
import { relativeAntecedent } from './relative-owner.js';
import { relativeOwner, ruledObject } from './ruled-object.js';
import { declareGate } from './gates.js';
import { lowerCase } from './lower-case.js';
import { subjectLeadLength } from './subject-lead.js';
import { namedInPersonAside } from './person-aside-name.js';
import { targetedNames } from './targeted-names.js';

const AFTER_ASIDE = /^\s*,?\s*(?:and|et|en|&|as well as|ainsi que|evenals)?\s*$/iu;
const CONJUNCTION = /^\s*(?:,|and|et|en|&|as well as|ainsi que|evenals|of|or|ou)\s*$/iu;

// A figure in a sentence that names no company but talks about the market at large
// ("online retail in Europe grew 8%") belongs to nobody we track. A segment named by a capitalised
// word is a company's reporting unit, not a market segment: "The North America segment grew 10%",
// "its International segment", "het Benelux-segment" (round 20). A "place de marché" is a
// company's marketplace, not the market.
// Told apart by case, so outside the case-blind pattern below.
const SEGMENT = /(?<![\p{L}])(?:(?<!\p{Lu}[\p{L}-]*[\s\u00A0]+)[Ss]egment|\p{L}+segment)(?![\p{L}])/u;
const GENERIC_SUBJECT =
  /(?<![\p{L}])(?:market(?![\s-]+shares?(?![\p{L}]))|sector|industry|e-commerce|ecommerce|social commerce|online retail|online shopping|retail sales|shoppers|consumers|households|(?<!(?:places?|parts?) de\s)marché|secteur|commerce en ligne|consommateurs|ménages|\p{L}*(?:markt|branche)|sector|consumenten|huishoudens|webwinkels|online-?omzet|onlinehandel|online bestedingen|ventes d['’]habillement|habillement|prêt-à-porter|apparel sales|clothing sales|kledingverkopen)(?![\p{L}])/iu;
// The average member of a sector or a people is the sector's figure, no company's: "the average
// fashion retailer saw sales fall 2%", "het gemiddelde Nederlandse modebedrijf zag de omzet
// dalen", "l'enseigne moyenne a perdu 3 %" (round 14); the list is averages.ts's.
// The sector named as what a company leads is its description, not the subject: "le géant
// américain du commerce en ligne", "the e-commerce giant", "de grootste speler in de sector"; also
// when the company's other trade is named beside it: "the e-commerce and cloud group", "het
// e-commerce- en cloudconcern" (round 16); and the company's own branch of the trade: "the
// e-commerce unit", "la filiale e-commerce" (round 19).
const SECTOR_OF_COMPANY =
  /(?<![\p{L}])(?:(?:géant|groupe|leader|numéro un|spécialiste|champion|mastodonte|acteur|giant|group|leader|specialist|player|reus|gigant|speler|marktleider)\s+(?:[\p{L}-]+\s+){0,2}?(?:du|de la|des|de|of|in|van|in de|van de|op de)\s+(?:l['’])?(?:[\p{L}-]+\s+)?(?:commerce en ligne|e-commerce|ecommerce|online retail|retail|secteur|sector|markt|marché|market|industry|branche)|(?:e-commerce|ecommerce|online retail|online shopping|retail)\s+(?:(?:and|&)\s+(?:[\p{L}-]+\s+){1,2}?)?(?:giant|group|leader|company|firm|specialist|player|conglomerate|unit|arm|division|subsidiary|business|platform|marketplace)|(?:filiale|branche|division|plateforme|activité)\s+(?:de\s+)?(?:e-commerce|commerce en ligne)|(?:e-commerce|ecommerce|online|webwinkel)-\s+en\s+\p{L}*(?:concern|bedrijf|groep|reus|gigant))(?![\p{L}])/iu;
// A figure word of the market at large: "the revenue of European e-commerce", "le chiffre
// d'affaires du e-commerce français", "de omzet van de Nederlandse onlinehandel".
const MARKET_FIGURE =
  /(?<![\p{L}])(?:(?:revenue|sales|turnover|spending|value|size)\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+)?(?:e-commerce|ecommerce|online retail|online shopping|market|sector)|(?:chiffre d['’]affaires|ventes|dépenses|taille)\s+(?:du|de l['’]|des)\s*(?:e-commerce|commerce en ligne|marché|secteur|vente en ligne)|(?:omzet|bestedingen|uitgaven|omvang)\s+van\s+(?:de\s+|het\s+)?(?:[\p{L}-]+\s+)?(?:onlinehandel|e-commerce|webwinkelbranche|markt|sector|branche))(?![\p{L}])/iu;

// A country told as a company's biggest market is no market at large: "Het Verenigd Koninkrijk is
// veruit de grootste markt, met een verkoopvolume van...", "the UK is its largest market, with...".
const RANKED_MARKET =
  /(?<![\p{L}])(?:biggest|largest|main|key|most important|second-largest|grootste|belangrijkste|op een na grootste|premier|principal|plus grand|deuxième)\s+(?:[\p{L}-]+\s+)?(?:market|markt|marché)(?![\p{L}])/iu;
// A sector's sales as the subject opening a clause belong to the market, not to the company the
// article is about: "online sales made up 27% of all retail spending", "les ventes en ligne ont
// atteint 160 milliards d'euros", "de online bestedingen stegen tot 35 miljard euro" (round 15).
// Dutch may put a source and the verb first: "Volgens Thuiswinkel.org stegen de online verkopen".
// Told as the object of a company ("the shop saw its online sales grow") they stay the company's:
// only a place or a word of totals may stand before them ("UK online sales", "de totale online bestedingen").
const SECTOR_SALES_SUBJECT =
  /^\s*(?:[Vv]olgens\s+(?:[\p{L}.&-]+\s+){1,3}?\p{Ll}+\s+)?(?:(?:[Tt]he|[Ll]es|[Ll]e|[Ll]a|[Ll]['’]|[Dd]e|[Hh]et)\s*)?(?:(?:\p{Lu}[\p{L}-]*|total|overall|global|domestic|totale|gezamenlijke)\s+){0,2}(?:[Oo]nline (?:retail )?sales|[Ii]nternet sales|[Ee]-commerce sales|[Vv]entes en ligne|[Vv]entes sur internet|[Vv]entes (?:du |de l['’])e-commerce|[Oo]nline ?verkopen|[Oo]nline ?bestedingen|[Oo]nline ?uitgaven|[Ii]nternetverkopen)(?![\p{L}])/u;
// A clause told first that only says where a figure comes from: "According to Fevad,", "Selon la
// Fevad,", "Volgens Thuiswinkel.org,".
const SOURCE_CLAUSE = /^\s*(?:according to|figures from|data from|selon|d['’]après|volgens|aldus|blijkens)\s/iu;
// A clause boundary between a figure and a name after it: a comma, or "and", "while", "tandis que", "terwijl".
const LATER_CLAUSE = /[,;:]|(?<![\p{L}])(?:while|whereas|tandis que|alors que|terwijl|zodat)(?![\p{L}])/iu;

// A people as a whole, written as nouns take their capital: "Americans spent", "les Français achètent".
const PEOPLE_SUBJECT =
  /(?<![\p{L}])(?:Americans|Britons|Europeans|Germans|Belgians|the French|the Dutch|the British|(?:[Ll]es|[Dd]es) (?:Français|Américains|Européens|Belges|Néerlandais|Britanniques|Allemands)|Nederlanders|Belgen|Amerikanen|Europeanen|Fransen|Duitsers|Britten)(?![\p{L}])/u;

// An aside between commas names companies that are not the clause's subject: a relative clause
// ("Amazon, which competes with Zalando, reported..."; "Shein, qui concurrence Zara, a vu...";
// "Temu, die concurreert met bol, zag...") anywhere, and an apposition or comparison right after
// a name ("TikTok Shop, the ByteDance unit that rivals Amazon, said..."; "Temu, net als Shein,";
// "Bol, sinds 2012 onderdeel van Ahold Delhaize, heeft...", "Shein, owned by ...").
const RELATIVE_ASIDE =
  /[,(]\s*(?:which|who|whose|where|qui|où|dont|lequel|laquelle|lesquels|lesquelles|die|waar|waarvan|waarin|waarmee|wiens|welke)(?![\p{L}])/giu;
const APPOSITION_ASIDE =
  /[,(]\s*(?:(?:the|a|an|its|like|unlike|as well as|including|le|la|les|un|une|son|sa|ses|comme|tout comme|contrairement à|à l['’]instar de|de|het|een|zijn|haar|net als|zoals|anders dan|in tegenstelling tot|since|part of|owned by|now part of|depuis|filiale|propriété|détenue? par|sinds|onderdeel|eigendom|dochter(?:bedrijf)? van)(?![\p{L}])|l['’](?=\p{L}))/giu;
// A sentence that opens on a comparison: "Like Shein, Temu...", "Comme Shein, Temu...", "Net als Shein, ...".
const LEADING_COMPARISON =
  /^\s*(?:like|unlike|as with|compared (?:with|to)|comme|tout comme|contrairement à|à l['’]instar de|comparé à|net als|zoals|anders dan|in tegenstelling tot|vergeleken met)(?![\p{L}])[^,;]{1,80},/iu;
const ASIDE_END = /[,;)]/u;
const NAME_APPOSITION = {
  en: /^,\s*(?:the|a|an)(?![\p{L}])[^,;:()]{1,90},/iu,
  fr: /^,\s*(?:la|le|les|l['’]|un|une)(?![\p{L}])[^,;:()]{1,90},/iu,
  nl: /^,\s*(?:de|het|een)(?![\p{L}])[^,;:()]{1,90},/iu,
};
const ENGLISH_RELATIVE = /which|who|whose|where/iu;
const FRENCH_RELATIVE = /qui|où|dont|lequel|laquelle/iu;
// A sentence opening on a noun phrase that points back at a company holds an apposition after it
// like one after a name: "The company, owned by PDD Holdings, reported...", "L'enseigne, filiale
// de Fnac Darty, compte...", "Het bedrijf, onderdeel van Ahold Delhaize, bedient..." (round 15).
const OPENING_POINTER =
  /^\s*(?:the|this|le|la|l['’]|ce|cette|het|de|dit|deze)\s*(?:[\p{L}-]+\s+)?(?:company|group|platform|app|retailer|marketplace|web ?shop|e-tailer|firm|giant|entreprise|société|groupe|plateforme|application|enseigne|géant|distributeur|bedrijf|concern|platform|webwinkel|winkel|groep|reus)(?:\s+\p{Ll}[\p{L}-]*)?\s*$/iu;
// Asides that open only right after a name (round 14): Dutch "dat", also "that" opening a clause
// ("Bpost, dat veel Amazon-pakjes bezorgde, verloor volume"), and a rival told without an article
// ("Cdiscount, principal rival français d'Amazon, revendique...", "Coolblue, grootste concurrent
// van bol, meldt...").
const NAME_RELATIVE_ASIDE = /,\s*(?:dat|(?:[\p{L}-]+\s+){0,2}?(?:rival|rivale|rivaal|concurrent|concurrente|competitor|tegenhanger))(?![\p{L}])/giu;
// Substrings every such aside holds, tried before the pattern (asides are looked for many times a sentence).
const COMMA_DAT = /,\s*dat/iu;
// asides() is called for every figure and cue of a sentence: the last answer is kept.
let lastAsideText = '';
let lastAsideAnswer = false;
const mayHoldNameAside = (s: string): boolean => {
  if (s !== lastAsideText) {
    lastAsideText = s;
    // The lower-cased sentence is at hand (lower-case.ts): plain searches for the stems, the
    // regex only for ", dat" once "dat" occurs.
    const lower = lowerCase(s);
    lastAsideAnswer =
      lower.includes('riva') || lower.includes('oncurren') || lower.includes('ompetitor') || lower.includes('egenhanger') || (lower.includes('dat') && COMMA_DAT.test(s));
  }
  return lastAsideAnswer;
};
declareGate('attribution: name asides', NAME_RELATIVE_ASIDE, mayHoldNameAside);

interface Span {
  start: number;
  end: number;
}

// asides() is asked again for every figure and cue of a sentence, with the same mentions: the
// last two answers are kept (callers only read them), as a cue asks with all of the sentence's
// mentions and then with those that may be its subject.
type AsidesAnswer = { sentence: string; mentions: Mention[]; spans: Span[] };
let lastAsides: AsidesAnswer | null = null;
let otherAsides: AsidesAnswer | null = null;

function asides(sentence: string, mentions: Mention[]): Span[] {
  if (lastAsides !== null && lastAsides.sentence === sentence && lastAsides.mentions === mentions) return lastAsides.spans;
  if (otherAsides !== null && otherAsides.sentence === sentence && otherAsides.mentions === mentions) {
    [lastAsides, otherAsides] = [otherAsides, lastAsides];
    return lastAsides.spans;
  }
  const spans = findAsides(sentence, mentions);
  otherAsides = lastAsides;
  lastAsides = { sentence, mentions, spans };
  return spans;
}

function findAsides(sentence: string, mentions: Mention[]): Span[] {
  const out: Span[] = [];
  // Every aside opens on a comma or a bracket (a leading comparison ends on a comma): a sentence
  // with neither has none, and the three patterns are not tried on it.
  if (!sentence.includes(',') && !sentence.includes('(')) return out;
  const lead = LEADING_COMPARISON.exec(sentence);
  if (lead) out.push({ start: 0, end: lead[0].length });
  const closeFrom = (from: number, open: string): number => {
    const rest = sentence.slice(from, from + 200);
    const stop = open === '(' ? rest.indexOf(')') : rest.search(ASIDE_END);
    return stop < 0 ? -1 : from + stop;
  };
  RELATIVE_ASIDE.lastIndex = 0;
  for (let m = RELATIVE_ASIDE.exec(sentence); m !== null; m = RELATIVE_ASIDE.exec(sentence)) {
    let end = closeFrom(m.index + m[0].length, m[0][0]!);
    // "où Cainiao, la filiale logistique d'Alibaba, emploie 900 personnes": a comma that opens an
    // apposition after the clause's subject does not close the clause; it goes on after it (round 20c).
    if (end >= 0 && sentence[end] === ',' && mentions.some((n) => n.end <= end && n.start > m!.index && sentence.slice(n.end, end).trim() === '')) {
      // The articles of the relative's language: French "a" is a verb ("TikTok, a de son côté
      // annoncé"), French "de" a preposition ("Shein, de son côté, a...").
      const apposition = (ENGLISH_RELATIVE.test(m[0]) ? NAME_APPOSITION.en : FRENCH_RELATIVE.test(m[0]) ? NAME_APPOSITION.fr : NAME_APPOSITION.nl).exec(sentence.slice(end, end + 100));
      if (apposition) end = closeFrom(end + apposition[0].length, ',');
    }
    out.push({ start: m.index, end: end < 0 ? sentence.length : end });
  }
  NAME_RELATIVE_ASIDE.lastIndex = 0;
  for (let m = mayHoldNameAside(sentence) ? NAME_RELATIVE_ASIDE.exec(sentence) : null; m !== null; m = NAME_RELATIVE_ASIDE.exec(sentence)) {
    const at = m.index;
    if (!mentions.some((n) => n.end === at)) continue;
    const end = closeFrom(at + m[0].length, ',');
    out.push({ start: at, end: end < 0 ? sentence.length : end });
  }
  APPOSITION_ASIDE.lastIndex = 0;
  for (let m = APPOSITION_ASIDE.exec(sentence); m !== null; m = APPOSITION_ASIDE.exec(sentence)) {
    const at = m.index;
    if (!mentions.some((n) => n.end <= at && sentence.slice(n.end, at).trim() === '') && !OPENING_POINTER.test(sentence.slice(0, at))) continue;
    const end = closeFrom(at + m[0].length, m[0][0]!);
    if (end >= 0) out.push({ start: at, end });
  }
  return out;
}

/**
 * The mentions that can be the subject of something at `pos`: those outside any aside that
 * does not itself hold `pos`. When asides hold every name, none if the article has a focus
 * ("Unlike Zalando, the company grew 8%"), else all of them.
 */
// A name that is what someone competes against is never the one acting: "launched to counter
// Temu", "pour contrer Shein", "om Temu te beconcurreren", "face à Amazon".
const RIVAL_OBJECT_BEFORE =
  /(?<![\p{L}])(?:counter|rival|compete with|competing with|competes with|competition (?:[\p{L}]+ )?(?:with|from)|take on|taking on|fight|fend off|challenge|against|versus|vs\.?|contrer|concurrencer|face à|contre|rivaliser avec|concurrence (?:[\p{L}]+ )?(?:avec|de)|tegen|tegengaan|concurreren met|concurrentie (?:[\p{L}]+ )?(?:met|van)|beconcurreren|together with|along with|alongside|samen met|tezamen met|aux côtés de|(?:(?:s['’])?inspir\p{L}*|geïnspireerd)\s+(?:(?:directement|largement|ouvertement|directly|heavily|clearly|openly|duidelijk|sterk)\s+)?(?:de|by|from|op|door)|modell?ed\s+(?:on|after))\s+(?:(?:the|le|la|les|l['’]|de|het)\s*)?$/iu;
// A name something happened to "together with" the subject is company kept, not the subject:
// "the retailer, banned along with TikTok and dozens of other apps, has launched...", "die samen
// met TikTok werd verboden", "interdite aux côtés de TikTok".
// A model copied, opening the names of a clause: "le concept s'inspire ouvertement de Shein et de Temu" (round 21).
const MODEL_BEFORE = /(?<![\p{L}])(?:(?:s['’])?inspir\p{L}*|geïnspireerd)\s+(?:(?:directement|largement|ouvertement|directly|heavily|clearly|openly|duidelijk|sterk)\s+)?(?:de|by|from|op|door)\s+(?:(?:the|le|la|les|l['’]|de|het)\s*)?$|modell?ed\s+(?:on|after)\s+(?:the\s+)?$/iu;
const COMITATIVE_BEFORE = /(?<![\p{L}])(?:together with|along with|alongside|samen met|tezamen met|aux côtés de)\s+(?:(?:the|le|la|les|l['’]|de|het)\s*)?$/iu;

const RIVAL_LAST_WORDS = new Set([
  'counter', 'rival', 'with', 'from', 'on', 'off', 'fight', 'challenge', 'against', 'versus', 'vs', 'vs.', 'contrer', 'concurrencer', 'à', 'contre', 'avec',
  'tegen', 'tegengaan', 'met', 'van', 'beconcurreren', 'the', 'le', 'la', 'les', "l'", 'l’', 'de', 'het', 'alongside',
  'by', 'op', 'door', 'after',
]);
// "rival" as a noun describes the name after it ("at domestic rival Boohoo", "its rival Zalando");
// only after a modal or "to" is it the verb that makes the name an object ("a service to rival Amazon").
const RIVAL_AS_VERB = /(?<![\p{L}])(?:to|could|can|would|might|may|will|that|which|who)\s+rival\s+$/iu;
// Names joined to a rival ("la concurrence de Temu et Shein") are rivals too.
// A model copied is a yardstick too (round 21): "la formule s'inspire de Temu", "modelled on Shein", "geïnspireerd op Temu".
// The preposition may be told again: "la concurrence de Temu et de Shein" (round 21).
const JOINED_TO_PREVIOUS = /^\s*(?:,|and|et|en|&|or|ou)\s*(?:(?:de|van|of|from|avec|with|met)\s+|d['’])?$/iu;
const OPENING_RIVAL = /^\s*(?:(?:the|its|le|la|son|sa|de|het|zijn)\s+)?$/iu;

const SPACE = /\s/u;
const LETTER = /\p{L}/u;
// By hand for ASCII, by regex beyond: this runs for every company mention.
const isSpace = (c: string): boolean => c === ' ' || (c >= '\t' && c <= '\r') || (c > '\u007f' && SPACE.test(c));
const isLetter = (c: string): boolean => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c > '\u007f' && LETTER.test(c));
const isWordEnd = (c: string): boolean => c === "'" || c === '’' || c === '.';
/**
 * Where the word before `at` starts and ends: white space before `at` skipped, then letters, with
 * one apostrophe or dot at the end ("l'", "vs."); at most 16 characters.
 */
function wordBefore(sentence: string, at: number): [number, number] {
  let end = at;
  while (end > 0 && isSpace(sentence[end - 1]!)) end--;
  let start = end;
  if (start > 0 && isWordEnd(sentence[start - 1]!)) start--;
  while (start > 0 && isLetter(sentence[start - 1]!) && end - start < 16) start--;
  return [start, end];
}
const endsOnRivalWord = (text: string): boolean => RIVAL_LAST_WORDS.has(text.slice(...wordBefore(text, text.length)).toLowerCase());
declareGate('attribution: rival object', RIVAL_OBJECT_BEFORE, endsOnRivalWord);

function rivalObject(sentence: string, m: Mention): boolean {
  const [start, end] = wordBefore(sentence, m.start);
  if (!RIVAL_LAST_WORDS.has(sentence.slice(start, end).toLowerCase())) return false;
  // "Rival Alibaba's unit grew 32%": "rival" opening the sentence describes its subject.
  if (OPENING_RIVAL.test(sentence.slice(0, start))) return false;
  const before = sentence.slice(Math.max(0, m.start - 30), m.start);
  if (/rival\s+$/iu.test(before) && !RIVAL_AS_VERB.test(before)) return false;
  return RIVAL_OBJECT_BEFORE.test(before);
}

const COMPETITION_BEFORE = /(?<![\p{L}])(?:competition (?:[\p{L}]+ )?(?:with|from)|concurrence (?:[\p{L}]+ )?(?:avec|de)|concurrentie (?:[\p{L}]+ )?(?:met|van))\s+(?:(?:the|le|la|les|l['’]|de|het)\s*)?$/iu;

/** The mentions that are no rival object, a name joined to a rival object ("Temu and Shein") counting as one. */
function withoutRivals(mentions: Mention[], sentence: string): Mention[] {
  let previousRival: Mention | null = null;
  return mentions.filter((m) => {
    const rival = rivalObject(sentence, m) || (previousRival !== null && JOINED_TO_PREVIOUS.test(sentence.slice(previousRival.end, m.start)));
    previousRival = rival ? m : null;
    return !rival;
  });
}

// subjectsFor() is asked for every figure and cue of a sentence, with the same mentions: the names
// that are no rival object and no source do not depend on the position, and the last ones are kept.
let lastFree: { sentence: string; mentions: Mention[]; free: Mention[] } | null = null;

function freeMentions(mentions: Mention[], sentence: string): Mention[] {
  if (lastFree !== null && lastFree.sentence === sentence && lastFree.mentions === mentions) return lastFree.free;
  const free = mentions.length === 1 && mentions[0]!.start === 0 ? mentions : withoutRivals(mentions, sentence).filter((m) => !isSourceMention(m, sentence));
  lastFree = { sentence, mentions, free };
  return free;
}

function subjectsFor(mentions: Mention[], pos: number, sentence: string, focus: string | null): Mention[] {
  if (mentions.length === 0) return mentions;
  const spans = asides(sentence, mentions).filter((a) => !(a.start <= pos && pos < a.end));
  const free = freeMentions(mentions, sentence);
  const outside = spans.length === 0 ? free : free.filter((m) => !spans.some((a) => a.start <= m.start && m.end <= a.end));
  const kept = withoutObjects(outside, sentence);
  // Rivals named as the competition ("amid competition from Shein and Temu") own nothing.
  const opening = sentence.slice(Math.max(0, mentions[0]!.start - 40), mentions[0]!.start);
  const competition = free.length === 0 && (COMPETITION_BEFORE.test(opening) || COMITATIVE_BEFORE.test(opening) || MODEL_BEFORE.test(opening));
  return kept.length > 0 || focus !== null ? kept : free.length > 0 ? free : competition ? [] : mentions;
}

// A name governed by a preposition is an object, not the clause's subject, when a competitor
// stands before it: "Shein signed a deal with bpost and announced...", "Temu grew faster than
// Zalando, to 5 million users", "Bol, tegen Coolblue, ...". "of", "de", "van" are left alone:
// "the sales of Zalando", "les ventes de Cdiscount" name the figure's owner; "ainsi que" (as well
// as) joins a name, it governs none; nor does the "que" of a conjunction ("tandis que Shein
// compte 25 millions de clients" opens a clause whose subject is Shein, round 16).
const PREPOSITION_BEFORE =
  /(?<![\p{L}])(?:with|than|against|versus|vs\.?|to|for|from|avec|(?<!(?:ainsi|tandis|alors|bien|parce|pendant|dès)\s)que|(?<!(?:ainsi|tandis|alors|bien|parce|pendant|dès)\s)qu['’]|contre|face à|à|pour|chez|met|dan|tegen|tegenover|aan|naar|voor)\s+(?:(?:the|le|la|les|l['’]|de|het)\s*)?$/iu;

function withoutObjects(mentions: Mention[], sentence: string): Mention[] {
  if (mentions.length < 2) return mentions;
  let subject = false;
  return mentions.filter((m) => {
    const object = subject && PREPOSITION_BEFORE.test(sentence.slice(Math.max(0, m.start - 16), m.start));
    if (!object && m.competitor !== null) subject = true;
    return !object;
  });
}

const OPENING_POSSESSIVE = /^\s*(?:its|their|son|sa|ses|leur|leurs|zijn|haar|hun)\s/iu;
// A sentence opening on "it" and its verb speaks of the company being told about too (round 18):
// "It now has 10,000 sellers there, far behind Bol, which has 50,000", "Het heeft er 10.000
// verkooppartners, ver achter bol", "Il compte 10 000 vendeurs, loin derrière bol".
const OPENING_PRONOUN = /^[\s"“«]*(?:it|het|il|elle)\s+(?:(?:now|also|already|still|inmiddels|nu|al|ook|er|y|désormais|déjà)\s+)*(?:has|had|counts|heeft|had|telt|telde|a|avait|compte|comptait|revendique)(?![\p{L}])/iu;
const PLURAL_OPENING = /^\s*(?:their|leurs?|hun)\s/iu;
// "...sell on its marketplace, and their exports passed €1bn", "L'an dernier, elles ont réalisé 1
// milliard d'euros de ventes": a clause of its own opening on a plural possessive or pronoun
// speaks of those others too.
const PLURAL_CLAUSE = /^\s*(?:and|et|en|but|mais|maar|while)?\s*(?:their|leurs?|hun|they|ils|elles)\s/iu;

/**
 * Which competitor a figure at `pos` is about: the company named last before it in the
 * sentence (the subject or owner), else the first one after it, else the article's focus.
 * Names in an aside ("Amazon, which competes with Zalando, ...") are passed over.
 * An untracked company in that place means the figure is not ours: null.
 */
export function competitorForFigure(all: Mention[], pos: number, sentence: string, focus: string | null): string | null {
  const antecedent = sentence.includes(',') ? relativeAntecedent(all, pos, sentence) : undefined;
  if (antecedent) return antecedent.competitor;
  const mentions = subjectsFor(all, pos, sentence, focus);
  let before: Mention | undefined;
  for (const m of mentions) if (m.end <= pos) before = m;
  if (before) return (focus !== null && namedOnlyInAside(before, pos, sentence) ? focus : coordinatedOpener(mentions, before, pos, sentence)) ?? before.competitor;
  // "Its net profit fell to $1.1 billion, under pressure from Temu": a sentence opening on a
  // possessive speaks of the company already being told about, not of a name after the figure.
  // "Leurs ventes à l'export ont dépassé 1 milliard d'euros" after a sentence about the sellers on
  // a platform: a plural owner is those others, not the one company the article is about.
  if (PLURAL_OPENING.test(sentence) || PLURAL_CLAUSE.test(sentence.slice(0, pos).split(/[,;:]/u).pop() ?? '')) return null;
  // "Au Royaume-Uni, où TikTok Shop est présent, son volume d'affaires..." (clause-possessive.ts).
  const possessed = possessiveClauseOwner(all, pos, sentence, focus);
  if (possessed !== undefined) return possessed;
  if (focus !== null && (OPENING_POSSESSIVE.test(sentence) || OPENING_PRONOUN.test(sentence))) return focus;
  // "l'enseigne détiendrait 3,2 % du marché, derrière Kiabi": a clause whose subject is "the
  // company" speaks of the one being told about; a name after the figure is whom it is set against.
  const pointed = sentence.slice(0, pos).split(/[,;:]/u).pop() ?? '';
  if (focus !== null && pointsToCompany(pointed) && !averageMember(pointed)) return focus;
  const ownClause = sentence.slice(0, pos).split(/[,;:]/u).pop() ?? '';
  const generic = (c: string): boolean =>
    ((GENERIC_SUBJECT.test(c) || (c.includes('egment') && SEGMENT.test(c))) && !SECTOR_OF_COMPANY.test(c) && !RANKED_MARKET.test(c)) || PEOPLE_SUBJECT.test(c) || averageMember(c);
  // "...verkooppartners via Adyen": a company the figure goes through owns none of it (instrument-name.ts).
  // "..., derrière Cdiscount (19 millions) et Carrefour": a name the figure's owner is ranked
  // against owns none of it, nor do the names joined to it (ranked-against.ts).
  const first = mentions.find((m) => m.start >= pos && !namedAsMeans(m, sentence));
  const after = first && (rankedAgainst(first, sentence) || comparedParty(first, sentence)) ? undefined : first;
  // "UK online retail sales totalled £130 billion, according to official statistics, and Amazon
  // remains...": a name in a later clause does not own a figure whose own clause is the market's.
  if (after && !(generic(ownClause) && !pointsToCompany(ownClause) && LATER_CLAUSE.test(sentence.slice(pos, after.start)))) return after.competitor;
  // The market at large is the subject of the sentence or of the figure's own clause; "son
  // premier marché européen" in between is not. A source told first ("Selon la Fevad, le
  // commerce en ligne a pesé...") is not the subject: the clause after it is.
  const clauses = sentence.slice(0, pos).split(/[,;:]/u);
  const firstClause = (clauses.length > 1 && SOURCE_CLAUSE.test(clauses[0]!) ? clauses[1] : clauses[0]) ?? '';
  if (focus !== null && relativeOnCompany(sentence.slice(0, pos))) return focus;
  // "..., terwijl de markt rekende op 115 miljard yuan", "the market had expected $5bn": what the
  // market expected is of the company's figure, not the market's (expectation.ts).
  if (focus !== null && marketExpects(ownClause)) return focus;
  if ((generic(firstClause) && !pointsToCompany(ownClause)) || generic(ownClause)) return null;
  if (SECTOR_SALES_SUBJECT.test(firstClause) || SECTOR_SALES_SUBJECT.test(ownClause)) return null;
  // "Selon la fédération, le chiffre d'affaires du e-commerce français a progressé de 8,5 %, pour
  // atteindre 45 milliards": the market told as the subject of an earlier clause owns the figure
  // told after it, unless a clause points back at the company.
  if (MARKET_FIGURE.test(sentence.slice(0, pos)) && !pointsToCompany(sentence.slice(0, pos))) return null;
  return focus;
}

// Companies named after the cue as rivals ("to compete with Temu", "face à Shein", "de
// concurrentie met Amazon") are what the subject measures itself against, not who acts.
const RIVALS_BETWEEN =
  /(?<![\p{L}])(?:compet\p{L}*|rival\p{L}*|against|versus|counter|take on|fend off|challenge|concurren\p{L}*|contrer|face à|contre|tegen|tegenover|tegengaan)(?![\p{L}])/iu;
const RIVALS_BETWEEN_RULE = /(?<![\p{L}])(?:compet\p{L}*|rival\p{L}*|counter|take on|fend off|concurren\p{L}*|contrer|face à)(?![\p{L}])/iu;
// The partner named after "with" is who the subject works with, not who acts: "un partenariat a
// été signé avec La Poste", "a deal with bpost", "een samenwerking met PostNL".
const PARTNER_BEFORE = /(?<![\p{L}])(?:with|avec|met|alongside|aux côtés de|samen met|associée?s? à)\s+(?:(?:the|le|la|les|l['’]|de|het)\s*)?$/iu;

const EXAMPLES_AFTER = /^\s*(?:,\s*)?(?:such as|like|including|notably|als|zoals|waaronder|comme|tels? que|telles? que|notamment|dont)\s+$/iu;
function withoutExampledClass(mentions: Mention[], sentence: string): Mention[] {
  if (mentions.length < 2) return mentions;
  return mentions.filter((m, i) => {
    const next = mentions[i + 1];
    return !(m.competitor === null && next !== undefined && next.competitor !== null && next.start - m.end <= 24 && EXAMPLES_AFTER.test(sentence.slice(m.end, next.start)));
  });
}
const RIVALRY_AFTER = /^['’]?s?\s+(?:rivalry|competition|threat|challenge|pressure|onslaught|effect|factor)(?![\p{L}])/iu;
const TOLD_FOR =
  /^\s*(?:for|voor|pour)\s+[^,.;:]{1,60}?(?:,\s*|\s+(?:betekent|betekende|betekenen|vormt|vormde)\s+)(?:the|de|het|la|le|l['’]|this|that|cette|ce|cet|deze|dit|die)\s*$/iu;
// What the event means is told by a verb of meaning: before the noun in Dutch, after it in English and French.
const MEANS_BEFORE = /(?<![\p{L}])(?:betekent|betekende|betekenen|vormt|vormde)\s+\S+\s*$/iu;
const MEANS_AFTER = /^[^,.;:]{0,30}?(?<![\p{L}])(?:means?|meant|signifie|signifiait|signifiera|représente|représentait|constitue)(?![\p{L}])/iu;
const REACTS_TO =
  /(?<![\p{L}])(?:react(?:s|ed|ing)?|respond(?:s|ed|ing)?|réagi(?:t|ssent|ssait)?|répond(?:ent|ait)?|a répondu|reageert|reageerde|reageerden|reageren|gereageerd)\s+(?:[\p{L}]+\s+){0,2}?(?:to|à\s+(?:la|l['’]|leur)|à|au|aux|op)\s*(?:(?:the|its|their|de|het|la|le|l['’])\s*)?(?:[\p{L}-]+\s+){0,2}$/iu;

// An event told by a noun belongs to the noun's complement: "the launch of Temu", "le lancement
// de Temu", "de komst van de Amerikaanse reus" (the article's company, not the sentence's subject).
const EVENT_NOUN =
  /(?:launch|roll-?out|arrival|debut|entry|opening|introduction|expansion|suspension|exit|withdrawal|acquisition|takeover|lancement|arrivée|ouverture|déploiement|implantation|retrait|rachat|lancering|komst|introductie|intrede|uitbreiding|uitrol|overname|sluiting|terugtrekking)(?:\s+of)?$/iu;
// A price paid for a stake is a takeover too (round 20): "by paying $840 million for a 75% stake in Tokopedia".
const TAKEOVER_CUE = /^(?:acqui|takeover|take over|took over|rach|overname|overgenomen|bought|buys|kocht|koopt|pa(?:y|ys|id|ying|yé|ie|ient|yait) |betaal)/iu;
const TAKEOVER_NOUN = /(?:acquisition|takeover|rachat|acquisition|overname)(?:\s+of)?$/iu;
const COMPLEMENT = /^\s+(?:of|van|de|du|des|d['’])\s*(?:(?:the|la|le|het|de)\s+|l['’])?/iu;
const ARTICLE = /^\s+(?:the\s+)?/iu;
const COMPANY_WORD =
  /^(?:[\p{L}-]+\s+){0,2}?(?:company|group|retailer|platform|app|giant|firm|marketplace|web ?shop|e-tailer|reus|gigant|bedrijf|concern|platform|webwinkel|winkel|retailer|groep|entreprise|société|groupe|géant|plateforme|application|enseigne|site|mastodonte|distributeur|e-commerçant)(?![\p{L}])/iu;
const POSSESSIVE = /^(?:its|their|his|her|son|sa|ses|leur|leurs|zijn|haar|hun)(?![\p{L}])/iu;

// "Cette expansion", "this launch", "deze uitbreiding", "its rollout": a noun pointing back to an
// event already told is the event of whom the article is about, whatever names follow.
const POINTING_BEFORE =
  /(?<![\p{L}])(?:this|that|these|its|their|the company['’]s|ce|cet|cette|ces|son|sa|ses|leur|leurs|deze|dit|die|dat|zijn|haar|hun)\s+(?:[\p{L}-]+\s+)?$/iu;

function complementOwner(all: Mention[], sentence: string, cueStart: number, cueEnd: number, focus: string | null): string[] | null {
  const cue = sentence.slice(cueStart, cueEnd);
  if (!EVENT_NOUN.test(cue)) return null;
  const before = sentence.slice(Math.max(0, cueStart - 30), cueStart);
  if (POINTING_BEFORE.test(before) && !all.some((m) => m.end <= cueStart)) return focus ? [focus] : [];
  // The English cues "opening of", "introduction of" hold their preposition already.
  const of = (/\sof$/iu.test(cue) ? ARTICLE : COMPLEMENT).exec(sentence.slice(cueEnd, cueEnd + 40));
  if (!of) return null;
  const at = cueEnd + of[0].length;
  const named = all.find((m) => m.start >= at && m.start - at <= 25);
  // "door de overname van webwinkel Joyo.com", "the acquisition of a startup": a company we do not
  // track after a takeover noun is what was bought; the buyer is the clause's subject.
  if (named && named.competitor === null && TAKEOVER_NOUN.test(cue)) return null;
  if (named) return named.competitor ? [named.competitor] : [];
  if (POSSESSIVE.test(sentence.slice(at, at + 10))) return null;
  // "de komst van de Amerikaanse reus", "the arrival of the retailer": the article's company; "the
  // opening of new warehouses" names no company, and its owner is the clause's subject.
  return focus && COMPANY_WORD.test(sentence.slice(at, at + 40)) ? [focus] : null;
}

/** The competitors an event cue at `pos` is about, including ones joined to it ("Temu et Shein"). */
export function competitorsForEvent(all: Mention[], pos: number, sentence: string, focus: string | null, end = pos, rule = false): string[] {
  // "a levy aimed chiefly at Temu and Shein": the companies a rule is aimed at (targeted-names.ts).
  const targets = rule ? targetedNames(all, sentence, pos, end) : null;
  if (targets) return targets;
  const owner = complementOwner(all, sentence, pos, end, focus) ?? ruledObject(all, sentence, pos, end) ?? relativeOwner(all, sentence, pos);
  if (owner) return owner;
  // "Bol reageert laconiek op de komst van het nieuwe centrum": who reacts to an event told by a
  // noun is not who it happened to, and the noun names no company we track.
  if (REACTS_TO.test(sentence.slice(Math.max(0, pos - 70), pos))) return [];
  // "Voor bol en Amazon betekent de komst een nieuwe concurrent", "For Amazon, the arrival means a
  // new rival", "Pour la Fnac, l'arrivée signifie...": those an event is told for are those it
  // affects, and the noun names nobody (round 20).
  if (pos < 90 && TOLD_FOR.test(sentence.slice(0, pos)) && (MEANS_BEFORE.test(sentence.slice(0, pos)) || MEANS_AFTER.test(sentence.slice(end, end + 40)))) return [];
  // Asides naming every company still name who an event is about ("..., which benefits Temu").
  // "Shein's profit slides as Temu rivalry bites ahead of listing": a name told as the rivalry or
  // threat it poses names the competition, not who the event is of (round 20).
  // "gericht op webwinkels als Temu, Shein en AliExpress", "retailers such as Temu": a class of
  // companies told by examples is those examples (round 20).
  const subjects = withoutExampledClass(subjectsFor(all, pos, sentence, null), sentence);
  const mentions = subjects.length > 1 ? subjects.filter((m) => !(m.end < pos && RIVALRY_AFTER.test(sentence.slice(m.end, m.end + 24)))) : subjects;
  let index = -1;
  for (let i = 0; i < mentions.length; i++) if (mentions[i]!.end <= pos) index = i;
  if (index < 0) {
    index = mentions.findIndex((m) => m.start >= pos);
    // Words after the cue, not in it: "a procedure against Temu" names whom a rule is against.
    // A rule against something is not a rivalry: "een wet tegen ultra-fast fashion, die Shein ...".
    if (index >= 0 && (rule ? RIVALS_BETWEEN_RULE : RIVALS_BETWEEN).test(sentence.slice(Math.max(pos, Math.min(end, mentions[index]!.start)), mentions[index]!.start))) index = -1;
    if (index >= 0 && PARTNER_BEFORE.test(sentence.slice(Math.max(0, mentions[index]!.start - 20), mentions[index]!.start))) index = -1;
    // "completed the takeover of a stake in Tokopedia": a company we do not track after a takeover is what was bought.
    if (index >= 0 && mentions[index]!.competitor === null && TAKEOVER_CUE.test(sentence.slice(pos, end))) index = -1;
    if (index >= 0 && namedInPersonAside(sentence, end, mentions[index]!.start)) index = -1;
  }
  if (index < 0) return focus ? [focus] : [];
  const chosen = mentions[index]!;
  if (chosen.competitor === null) return [];
  const out = [chosen.competitor];
  // Walk both ways while neighbours are linked by "and", "et", "en" or a comma, looking past
  // asides ("Shein, which works with 300 factories, and Temu, which arrived in June, have both").
  const spans = asides(sentence, mentions);
  const linked = (gap: string, from: number): boolean => {
    if (CONJUNCTION.test(gap)) return true;
    let rest = '';
    for (let i = 0; i < gap.length; i++) if (!spans.some((a) => a.start <= from + i && from + i < a.end)) rest += gap[i];
    return rest !== gap && AFTER_ASIDE.test(rest);
  };
  // A cue inside a relative clause ("Temu, which arrived in June") is about its antecedent alone.
  if (spans.some((a) => a.start <= pos && pos < a.end && a.start >= chosen.end)) return out;
  for (const step of [-1, 1]) {
    for (let i = index; ; i += step) {
      const here = mentions[i]!;
      const next = mentions[i + step];
      if (!next || next.competitor === null) break;
      const from = step > 0 ? here.end : next.end;
      if (!linked(sentence.slice(from, step > 0 ? next.start : here.start), from)) break;
      if (!out.includes(next.competitor)) out.push(next.competitor);
    }
  }
  return out;
}

// A name after a preposition is a complement, never the sentence's subject.
const GOVERNED =
  /(?<![\p{L}])(?:with|than|against|versus|like|unlike|into|from|avec|que|qu['’]|contre|comme|face à|met|dan|tegen|zoals|uit)\s+(?:(?:the|le|la|les|l['’]|de|het|een|a|an)\s*)?$/iu;

// "'We see Temu and Shein as serious rivals,' the chief executive said": a sentence a speaker
// opens in the first person is about the speaker's company, not about the names it mentions.
const FIRST_PERSON_OPENING = /^[\s'"‘“«]*(?:We|Wij|Nous|Je|Ik|I|Our|Onze|Ons|Notre|Nos)(?![\p{L}'’])/u;

/**
 * Who a sentence is about, for the sentences after it that name nobody ("Temu had a quiet
 * month. The app's users fell 20%"): its first name that is not in an aside or governed by a
 * preposition. `undefined` when it names nobody that way; null when that name is a company we
 * do not track and opens the sentence ("Walmart said..."), so "the company" after it is not ours.
 */
export function subjectOf(mentions: Mention[], sentence: string): string | null | undefined {
  if (mentions.length === 0 || FIRST_PERSON_OPENING.test(sentence)) return undefined;
  // Most subjects open the sentence: nothing can govern them or hold them aside.
  const first = mentions[0]!;
  if (first.start <= 4) return first.competitor;
  // "Rival Zalando had a strong year", "Son concurrent Zalando y est présent": a class noun before
  // the name opening the sentence (subject-lead.ts), even after a possessive.
  if (first.start <= 4 + subjectLeadLength(sentence)) return first.competitor;
  // "Son bénéfice a reculé, face à Temu": the sentence is still about whom "son" points back to.
  if (OPENING_POSSESSIVE.test(sentence)) return undefined;
  const spans = asides(sentence, mentions);
  let rival: Mention | null = null;
  for (const m of mentions) {
    if (spans.some((a) => a.start <= m.start && m.end <= a.end)) continue;
    if (GOVERNED.test(sentence.slice(Math.max(0, m.start - 12), m.start))) continue;
    // A rival named as the competition or a name kept company ("la concurrence féroce de Temu",
    // "along with TikTok") is not who the next sentences are about, nor a name joined to it
    // ("un concept inspiré de Shein et de Temu", "modelled on Shein and Temu").
    const joined: boolean = rival !== null && JOINED_TO_PREVIOUS.test(sentence.slice(rival.end, m.start));
    rival = joined || rivalObject(sentence, m) ? m : null;
    if (rival) continue;
    if (m.competitor !== null) return m.competitor;
    return m.start <= 4 || frontedSubject(sentence, m.start) ? null : undefined;
  }
  return undefined;
}

// "Bol.com and Temu both grew 20%", "Shein et Temu comptent chacun", "Bol en Temu groeiden beide".
const JOINT = /(?<![\p{L}])(?:both|each|tous deux|toutes deux|tous les deux|toutes les deux|chacun|chacune|beide|allebei|allemaal)(?![\p{L}])/iu;

/**
 * The other competitors a figure at `pos` belongs to as well, when the subjects it follows are
 * joined and said to share it: "Bol.com and Temu both grew 20%" is a figure for each.
 */
export function jointSubjects(all: Mention[], pos: number, sentence: string, competitor: string): string[] {
  let last: Mention | undefined;
  for (const m of all) if (m.end <= pos) last = m;
  if (!last || pos - last.end > 60 || !JOINT.test(sentence.slice(last.end, pos))) return [];
  const joined = competitorsForEvent(all, last.start, sentence, null, last.end);
  return joined.includes(competitor) ? joined.filter((c) => c !== competitor) : [];
}

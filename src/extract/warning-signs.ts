import type { CandidateFact, Language } from '../domain/vocabulary.js';
import type { Mention } from './companies.js';
import { declareGate } from './gates.js';
import { pointsAtCompany } from './points-at-company.js';
import { UNCONFIRMED, UNCONFIRMED_GATE } from './unconfirmed.js';
import { placeShareOfSales } from './place-share-of-sales.js';
import { opensOnBareExpectation, withoutLaterExpectation } from './expectation.js';

/**
 * Signs in a sentence that what it tells is not the company's own news, and the rule that weighs
 * them. One sign alone is common in true facts ("analysts at X estimate Temu's sales at...",
 * "Amazon aurait réalisé, selon le cabinet Kantar, ...", "De webwinkel telt naar eigen zeggen...");
 * a fact is dropped only when signs that each cast a different doubt meet:
 *
 * - an outside source (analysts, a research firm, a bank, "volgens ING") tells the figure, and the
 *   sentence neither names the fact's company nor points at it ("its", "the company"): the figure
 *   is the sector's, unless it is a profit ("Analysts at X estimate that cross-border platforms took 8% of...", "Volgens
 *   ING verwerken Nederlandse webwinkels samen ... en dat aantal groeit met 3 procent");
 * - a rumour or a figure the company will not confirm, told in the mood of hearsay ("Bol zou volgens
 *   geruchten de grens van 60.000 verkopers passeren", "ByteDance zou 150 miljard omzet hebben
 *   geboekt, maar het bedrijf bevestigt dat cijfer niet", "Shein aurait..., une information que le
 *   groupe ne confirme pas");
 * - an event the company does not confirm, or told beside a rumour ("n'a pas souhaité confirmer
 *   l'ouverture", "balayant les rumeurs d'un lancement");
 * - a rule only wanted or studied ("het kabinet wil een heffing invoeren", "Bercy étudie une
 *   taxe"), told without the company: no regulation of it yet;
 * - a figure only told in an opening "if" clause: a supposition, not a report ("If platforms grow
 *   15% a year, ..."); in French and Dutch "si" and "als" also open a contrast or mean "as", so
 *   a quote or the company's absence must come with it.
 */
export function outweighedByWarnings(fact: CandidateFact, mentions: readonly Mention[] | undefined, language: Language): boolean {
  const s = fact.quote;
  if (fact.event === 'regulation' && PLANNED_RULE[language].test(s) && companyAbsent(fact.competitor, mentions, s, language)) return true;
  const signs = signsOf(s, language);
  if (!signs.possible) return false;
  const rumour = signs.has('rumour');
  const unconfirmed = signs.has('unconfirmed');
  if ((rumour || unconfirmed) && (fact.type === 'event' || (rumour && unconfirmed) || signs.has('hearsay mood'))) return true;
  // "Revenue rose to $167.7bn, more than the $162bn analysts had expected": analysts who judge a
  // figure already told are no source of it (expectation.ts).
  const outside = signs.has('outside') && outsideBeyondExpectation(s, language);
  const supposition = fact.type === 'metric' && signs.has('supposition');
  if (!outside && !supposition) return false;
  const absent = companyAbsent(fact.competitor, mentions, s, language);
  // A profit is one company's result, never a sector's: "Net income fell 4% to 30 billion yuan,
  // according to LSEG data" goes on about the company of the sentence before (round 18).
  // "D'après X, l'Europe aurait pesé 7 milliards de ventes": a place's part of the company's sales (place-share-of-sales.ts).
  // "Analysts on average had expected $158.6 billion": what was expected of the figure told before (expectation.ts).
  // An outside source tells figures: an event told beside its estimate is no sector's (round 20c):
  // "De webwinkelfunctie, die vorig jaar in de VS werd gelanceerd, groeit snel: volgens schattingen ...".
  if (outside && absent && fact.type === 'metric' && fact.metric !== 'profit' && !OWN_SOURCE[language].test(s) && !placeShareOfSales(s, language) && !opensOnBareExpectation(s, language)) return true;
  return supposition && (language === 'en' || absent || QUOTED.test(s));
}

function outsideBeyondExpectation(sentence: string, language: Language): boolean {
  const rest = withoutLaterExpectation(sentence, language);
  return rest === sentence || (GATES.outside[language].test(rest) && OUTSIDE[language].test(rest));
}

type Sign = 'outside' | 'rumour' | 'unconfirmed' | 'hearsay mood' | 'supposition';

// An outside source telling the figure: analysts, researchers, consultancies, banks, "according
// to"/"selon"/"volgens" someone, an estimate.
const OUTSIDE: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:analysts?|analytics|research(?:ers?)?|consultanc(?:y|ies)|consultants?|according\s+to|estimates?|estimated|reckons?)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:analystes?|cabinet|institut|selon|d['’]après|estime|estiment|estimations?|chiffre\s+(?:leur|sa|la|le|à))(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:analist(?:en)?|\p{L}*bureau|\p{L}*bank|volgens|schat|schatten|schatting|becijfert|becijferde)(?![\p{L}])/iu,
};

// The company itself as the source: "according to the company", "selon un porte-parole", "volgens
// het bedrijf", "naar eigen zeggen".
const OWN_SOURCE: Record<Language, RegExp> = {
  en: /(?<![\p{L}])according\s+to\s+(?:the\s+(?:company|group|firm|retailer|marketplace|platform|app)|a\s+spokes\p{L}*|its|their|figures\s+the\s+company|company)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:selon|d['’]après)\s+(?:l['’]entreprise|le\s+groupe|la\s+société|la\s+plateforme|l['’]enseigne|un\s+porte-parole|la\s+direction|ses|son|sa|leurs?)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:volgens\s+(?:het\s+bedrijf|de\s+onderneming|de\s+webwinkel|het\s+platform|het\s+concern|een\s+woordvoer\p{L}*|de\s+woordvoer\p{L}*|de\s+directie|eigen|zijn|haar)|naar\s+eigen\s+zeggen)(?![\p{L}])/iu,
};

const RUMOUR: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:rumou?rs?|rumou?red|speculation|speculated)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:rumeurs?|spéculations?)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:geruchte?n?|speculaties?|naar\s+verluidt)(?![\p{L}])/iu,
};

// The mood of hearsay: "reportedly", "is said to", "zou ... hebben", "aurait", "serait".
const HEARSAY_MOOD: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:reportedly|(?:is|are|was|were)\s+said\s+to|would\s+have|may\s+have|might\s+have)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:\p{L}+[eirdv]rai(?:t|ent)|aurai(?:t|ent)|serai(?:t|ent))(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:zou|zouden)(?![\p{L}])/iu,
};

// An opening "if" clause that holds a figure, and no figure after it. "Even if" and "même si"
// concede a fact.
const SUPPOSITION: Record<Language, RegExp> = {
  en: /^[\s'"‘“«„]*if\s[^,;]*\d[^,;]*,[^\d]*$/iu,
  fr: /^[\s'"‘“«„]*(?:si|s['’]ils?)\s[^,;]*\d[^,;]*,[^\d]*$/iu,
  nl: /^[\s'"‘“«„]*(?:als|indien)\s[^,;]*\d[^,;]*,[^\d]*$/iu,
};

// A rule only studied, weighed or wanted: "Bercy étudie une taxe", "het kabinet wil een heffing
// invoeren", "the government is considering a levy".
const PLANNED_RULE: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:(?:is|are|was|were)\s+(?:studying|considering|weighing|mulling|exploring|looking\s+at)|plans?\s+to|wants?\s+to|proposes?\s+to)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:étudie|étudient|envisage|envisagent|réfléchit|réfléchissent|projette|projettent|veut|veulent|souhaite|souhaitent)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:wil|willen|overweegt|overwegen|bestudeert|bestuderen|denkt\s+na\s+over|denken\s+na\s+over)(?![\p{L}])/iu,
};

// A sentence told between quote marks: someone's words, not the reporter's.
const QUOTED = /^\s*['"‘“«„]/u;

// Each sign's pattern holds one of its gate's strings (case folded): most sentences are passed
// over without trying the patterns.
const GATES: Record<Sign, Record<Language, RegExp>> = {
  outside: { en: /analy|research|consult|according|estimat|reckon/i, fr: /analy|cabinet|institut|selon|après|estim|chiffre\s/i, nl: /anali|bureau|bank|volgens|schat|becijfer/i },
  rumour: { en: /rumo|specul/i, fr: /rumeur|spécul/i, nl: /gerucht|specul|verluidt/i },
  unconfirmed: UNCONFIRMED_GATE,
  'hearsay mood': { en: /reportedly|said\s+to|have/i, fr: /rai[te]/i, nl: /zou/i },
  supposition: { en: /^[\s'"‘“«„]*if\s/i, fr: /^[\s'"‘“«„]*s(?:i\s|['’]il)/i, nl: /^[\s'"‘“«„]*(?:als|indien)\s/i },
};

const PATTERNS: Record<Sign, Record<Language, RegExp>> = {
  outside: OUTSIDE,
  rumour: RUMOUR,
  unconfirmed: UNCONFIRMED,
  'hearsay mood': HEARSAY_MOOD,
  supposition: SUPPOSITION,
};

// The gates of the signs that can drop a fact on their own or with the hearsay mood, as one
// regex: most sentences hold none of them, and are then passed over with one test per sentence.
const WEIGHED: readonly Sign[] = ['outside', 'rumour', 'unconfirmed', 'supposition'];
const ANY_GATE: Record<Language, RegExp> = {
  en: new RegExp(WEIGHED.map((sign) => GATES[sign].en.source).join('|'), 'i'),
  fr: new RegExp(WEIGHED.map((sign) => GATES[sign].fr.source).join('|'), 'i'),
  nl: new RegExp(WEIGHED.map((sign) => GATES[sign].nl.source).join('|'), 'i'),
};

for (const l of ['en', 'fr', 'nl'] as const) {
  for (const sign of Object.keys(PATTERNS) as Sign[]) declareGate(`warning signs: ${sign} (${l})`, PATTERNS[sign][l], GATES[sign][l]);
  for (const sign of WEIGHED) declareGate(`warning signs: any weighed sign, ${sign} (${l})`, PATTERNS[sign][l], ANY_GATE[l]);
}

/** The signs of one sentence, each looked for once, when first asked. */
class SentenceSigns {
  // Made when first asked: most sentences hold no weighed sign, and are never asked.
  private found: Map<Sign, boolean> | null = null;
  /** False when the sentence holds none of the weighed signs: no fact of it is dropped for a sign. */
  readonly possible: boolean;
  constructor(
    readonly sentence: string,
    readonly language: Language,
  ) {
    this.possible = ANY_GATE[language].test(sentence);
  }
  has(sign: Sign): boolean {
    this.found ??= new Map();
    let yes = this.found.get(sign);
    if (yes === undefined) {
      yes = GATES[sign][this.language].test(this.sentence) && PATTERNS[sign][this.language].test(this.sentence);
      this.found.set(sign, yes);
    }
    return yes;
  }
}

// A sentence's facts are weighed one after another: its signs are kept for the next.
let last: SentenceSigns | null = null;

function signsOf(sentence: string, language: Language): SentenceSigns {
  if (last?.sentence !== sentence || last.language !== language) last = new SentenceSigns(sentence, language);
  return last;
}

/** The sentence neither names the fact's company nor points back at a company. */
export function companyAbsent(competitor: string, mentions: readonly Mention[] | undefined, sentence: string, language: Language): boolean {
  if (mentions?.some((m) => m.competitor === competitor)) return false;
  return !pointsAtCompany(sentence, language);
}

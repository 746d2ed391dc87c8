import { LANGUAGES, type Language } from '../domain/vocabulary.js';
import { declareGate } from './gates.js';

// News outlets whose reports an article passes on: a figure they tell is their estimate, not the
// company's report.
const OUTLETS =
  "(?:the )?(?:Financial Times|FT|Bloomberg(?: News)?|Reuters|The Information|Wall Street Journal|WSJ|New York Times|Nikkei(?: Asia)?|CNBC|Business Insider|The Economist|Sky News|BBC|Guardian|Caixin|LatePost|36Kr|South China Morning Post|SCMP|TechCrunch|Sifted|Les Echos|Le Monde|Le Figaro|Le Parisien|L['’]Informé|BFM(?: Business)?|Challenges|La Lettre|L['’]Opinion|Het Financieele Dagblad|FD|NRC|De Telegraaf|De Volkskrant|De Tijd|L['’]Echo|Trouw|RTL Nieuws|NOS|Emerce|Twinkle)";

// "according to Bloomberg", "the Financial Times has reported", "selon Les Echos", "a rapporté
// Le Monde", "volgens het FD", "meldt persbureau Reuters", "schrijft NRC".
const FROM_OUTLET: Record<Language, RegExp> = {
  en: new RegExp(`(?<![\\p{L}])(?:according to|reported by|told) ${OUTLETS}(?![\\p{L}])|(?<![\\p{L}])${OUTLETS},? (?:has |had )?(?:reported|reports|said|wrote|writes|cited)(?![\\p{L}])`, 'iu'),
  fr: new RegExp(`(?<![\\p{L}])(?:selon|d['’]après|rapporte|rapportent|a rapporté|révèle|révélait|affirme|écrit|indique) (?:le site |le quotidien |l['’]agence |le journal )?${OUTLETS}(?![\\p{L}])`, 'iu'),
  nl: new RegExp(`(?<![\\p{L}])(?:volgens|meldt|meldde|melden|schrijft|schreef|bericht|berichtte|aan) (?:het |de |persbureau |zakenkrant |krant )*${OUTLETS}(?![\\p{L}])`, 'iu'),
};

// Every outlet name holds a capital: a sentence without one tells none.
const CAPITAL = /[A-Z]/u;

// Every match above holds one of these words (same flags, so the same case folding): a sentence
// with none is passed over without trying the outlet names at every position.
const VERB_GATE: Record<Language, RegExp> = {
  en: /according to|report|told|said|wrote|writes|cited/iu,
  fr: /selon|après|rapport|révèl|révél|affirme|écrit|indique/iu,
  nl: /volgens|meld|schrijft|schreef|bericht|aan/iu,
};

for (const l of LANGUAGES) declareGate(`hearsay: from outlet (${l})`, FROM_OUTLET[l], (text) => CAPITAL.test(text) && VERB_GATE[l].test(text));

/** Where the sentence passes on what a news outlet reported; -1 when it does not. */
export function newsOutletAt(sentence: string, language: Language): number {
  if (!CAPITAL.test(sentence) || !VERB_GATE[language].test(sentence)) return -1;
  return FROM_OUTLET[language].exec(sentence)?.index ?? -1;
}

// A sentence after the figures saying who told them: "Dat melden ingewijden aan Bloomberg",
// "That is according to people familiar with the matter", "C'est ce que rapporte Les Echos",
// "Those figures come from analysts at Jefferies".
const POINTS_BACK: Record<Language, RegExp> = {
  en: /^\s*(?:that|this|those|these)(?: (?:figure|figures|number|numbers|estimate|estimates))?(?:['’]s| is| was| were| are| come| came| comes)? (?:according to|from|based on|reported by|what)(?![\p{L}])/iu,
  fr: /^\s*(?:c['’]est ce qu['’]|c['’]est ce que |ces chiffres |ce chiffre |ces données |ces estimations )/iu,
  nl: /^\s*(?:dat|dit|die cijfers|deze cijfers|dat cijfer|dat getal)\s+(?:meld|meldt|melden|meldde|meldden|schrijft|schrijven|schreef|zeggen|zegt|zeiden|blijkt|bleek|stelt|stellen|berekende|berekenden|becijferde|becijferden|schatten|schat)(?![\p{L}])/iu,
};

/**
 * Whether `next` opens by saying who told the figures of the sentence before it. When that
 * teller is hearsay (see `isHearsay` in status.ts), the figures before are estimates.
 */
export function attributesBack(next: string, language: Language): boolean {
  return POINTS_BACK[language].test(next);
}

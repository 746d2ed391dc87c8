import type { Language } from '../domain/vocabulary.js';
import type { Quantity } from './numbers.js';
import { declareGate } from './gates.js';
import { lowerCase } from './lower-case.js';

// Jobs that are not the company's own staff (round 14, metrics):
// - jobs building a site: "300 construction jobs", "300 tijdelijke banen in de bouw", "400
//   emplois pendant le chantier";
// - jobs a programme is said to support elsewhere: "will support 100,000 jobs", "indirect jobs",
//   "emplois indirects", "indirecte banen"; and (round 20c) "add to output and support some 7,000
//   jobs", "soutiendra en moyenne 12 000 emplois", "jobs at local suppliers", "banen bij leveranciers";
// - staff a closure hits: "will lose their jobs", "touchera 1 700 employés", "treft 900 werknemers".
const AFTER: Record<Language, RegExp> = {
  en: /^[\s\u00A0]+(?:(?:temporary|indirect|induced)[\s\u00A0]+)?(?:construction[\s\u00A0]+(?:jobs|workers|roles)|indirect[\s\u00A0]+jobs|(?:[\p{L}-]+[\s\u00A0]+){0,2}?(?:jobs|workers|roles)[\s\u00A0]+(?:a[\s\u00A0]+year[\s\u00A0]+)?(?:at|among|across|in)[\s\u00A0]+(?:(?:its|their|the|local)[\s\u00A0]+){0,2}(?:suppliers|subcontractors|supply[\s\u00A0]+chain)|(?:jobs|workers)[\s\u00A0]+(?:during|in)[\s\u00A0]+(?:the[\s\u00A0]+)?construction|(?:[\p{L}-]+[\s\u00A0]+){0,2}(?:employees|workers|staff)[\s\u00A0]+(?:will|would|could|are to|stand to)[\s\u00A0]+lose)(?![\p{L}])/iu,
  fr: /^[\s\u00A0]+(?:emplois|postes)[\s\u00A0]+(?:indirects|induits|(?:[\p{L}-]+[\s\u00A0]+){0,2}?chez[\s\u00A0]+(?:ses|leurs|des|les)[\s\u00A0]+(?:fournisseurs|sous-traitants)|(?:(?:temporaires|provisoires)[\s\u00A0]+)?(?:pendant|durant|lors de|sur)[\s\u00A0]+(?:le chantier|la construction|les travaux))(?![\p{L}])/iu,
  nl: /^[\s\u00A0]+(?:(?:tijdelijke|indirecte)[\s\u00A0]+)?(?:bouwbanen|banen[\s\u00A0]+(?:in|tijdens)[\s\u00A0]+de[\s\u00A0]+bouw|indirecte[\s\u00A0]+banen|bouwvakkers|(?:banen|arbeidsplaatsen)[\s\u00A0]+bij[\s\u00A0]+(?:(?:lokale|de|zijn|haar|hun)[\s\u00A0]+)?(?:toe)?leveranciers|(?:banen|arbeidsplaatsen)[\s\u00A0]+(?:[\p{L}-]+[\s\u00A0]+){0,3}?(?:ondersteunen|ondersteunt|in[\s\u00A0]+stand[\s\u00A0]+(?:houden|houdt)))(?![\p{L}])/iu,
};
const ABOUT = String.raw`(?:(?:also|another|about|around|roughly|some|nearly|almost|more than|over|up to|on average|an average of|aussi|également|environ|près de|quelque|plus de|jusqu['’]à|en moyenne|ook|nog|zo['’]n|ongeveer|ruim|bijna|circa|meer dan|gemiddeld)[\s\u00A0]+){0,2}`;
const BEFORE: Record<Language, RegExp> = {
  en: new RegExp(String.raw`(?<![\p{L}])(?:(?:(?:will|would|could|to|and|help)[\s\u00A0]+(?:eventually[\s\u00A0]+|also[\s\u00A0]+)?)?(?:support|supports|supported|supporting)|sustain|sustaining|lost|lose|loses|losing|affect|affects|affecting|affected)[\s\u00A0]+${ABOUT}$`, 'iu'),
  fr: new RegExp(String.raw`(?<![\p{L}])(?:touchera|toucherait|touche|touchant|affectera|affecte|affectant|perdront|perdre|perd|perdu|soutiendra|soutiendrait|soutiendront|soutient|soutenir|soutenant|soutenu|maintiendra|maintiendrait)[\s\u00A0]+${ABOUT}$`, 'iu'),
  nl: new RegExp(String.raw`(?<![\p{L}])(?:treft|treffen|raakt|raken|verliezen|verloor|verloren|kost|ondersteunt|ondersteunen|ondersteunde)[\s\u00A0]+${ABOUT}$`, 'iu'),
};

// Staff added to those a loss hits: "1,700 employees will lose their jobs, along with roughly 250
// temporary workers", "touchera 1 700 employés permanents et quelque 250 travailleurs temporaires".
const ALONG_WITH: Record<Language, RegExp> = {
  en: new RegExp(String.raw`(?<![\p{L}])(?:along with|as well as|and|plus)[\s\u00A0]+${ABOUT}$`, 'iu'),
  fr: new RegExp(String.raw`(?<![\p{L}])(?:et|ainsi que|de même que|plus)[\s\u00A0]+${ABOUT}$`, 'iu'),
  nl: new RegExp(String.raw`(?<![\p{L}])(?:en|plus|naast)[\s\u00A0]+${ABOUT}$`, 'iu'),
};
const LOSS: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:lose|loses|losing|lost|laid off|lay off|cut|cutting|axed|affect\p{L}*)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:touch\p{L}*|affect\p{L}*|perd\p{L}*|licenci\p{L}*|supprim\p{L}*)/iu,
  nl: /(?<![\p{L}])(?:verlie\p{L}*|verloren|ontsla\p{L}*|ontslagen|schrap\p{L}*|treft|raakt)/iu,
};

// Those a union or a trade body represents are its members: "won the right to represent some 230
// workers", "la fédération, qui représente 400 000 entreprises", "die 2.000 webwinkels vertegenwoordigt".
const REPRESENTS_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:represent|represents|representing|represented|représente|représentent|représentant|vertegenwoordigt|vertegenwoordigen)[\s\u00A0]+${ABOUT}$`,
  'iu',
);
const REPRESENTS_AFTER = /^[\s\u00A0]+(?:[\p{L}'’-]+[\s\u00A0]+){1,2}(?:vertegenwoordigt|vertegenwoordigen)(?![\p{L}])/iu;

// Stems every match of REPRESENTS_BEFORE or REPRESENTS_AFTER holds, looked for in the lower-cased
// sentence first: most sentences with a count represent no one.
const REPRESENTS_STEMS = ['repr', 'vertegenwoordig'];
declareGate('not own staff: represents before', REPRESENTS_BEFORE, (text) => REPRESENTS_STEMS.some((w) => lowerCase(text).includes(w)));
declareGate('not own staff: represents after', REPRESENTS_AFTER, (text) => REPRESENTS_STEMS.some((w) => lowerCase(text).includes(w)));

/** Whether the count at `q` is the membership of whoever represents it. */
export function represented(q: Quantity, sentence: string): boolean {
  const lower = lowerCase(sentence);
  if (!lower.includes('repr') && !lower.includes('vertegenwoordig')) return false;
  return REPRESENTS_BEFORE.test(sentence.slice(Math.max(0, q.start - 45), q.start)) || REPRESENTS_AFTER.test(sentence.slice(q.end, q.end + 40));
}

// Stems every match of BEFORE or LOSS holds, looked for in the lower-cased sentence first; "ſ" may
// match "s" under the i flag, so a sentence holding it is always searched.
const VERB_STEMS: Record<Language, string[]> = {
  en: ['support', 'sustain', 'los', 'affect', 'laid off', 'lay off', 'cut', 'axed', 'ſ'],
  fr: ['touch', 'affect', 'perd', 'licenci', 'supprim', 'soutien', 'souten', 'maintien', 'ſ'],
  nl: ['tref', 'raak', 'rake', 'verlie', 'verlo', 'kost', 'ontsla', 'schrap', 'ondersteun', 'ſ'],
};
const mayHoldVerb = (text: string, language: Language): boolean => VERB_STEMS[language].some((w) => lowerCase(text).includes(w));
for (const l of ['en', 'fr', 'nl'] as const) {
  declareGate(`not own staff: before (${l})`, BEFORE[l], (text) => mayHoldVerb(text, l));
  declareGate(`not own staff: loss (${l})`, LOSS[l], (text) => mayHoldVerb(text, l));
}

// Jobs told at the company's suppliers or partners are theirs (round 20c): "7,000 full-time jobs
// a year at local suppliers", "12 300 emplois par an chez ses fournisseurs locaux", "3.000 banen
// bij lokale leveranciers".
const AT_SUPPLIERS: Record<Language, RegExp> = {
  en: /^[^,.;:]{0,45}?(?<![\p{L}])(?:at|among|across|with)[\s\u00A0]+(?:(?:its|their|the|local|[\p{L}-]+)[\s\u00A0]+){0,2}?(?:suppliers|subcontractors|contractors|partners|vendors)(?![\p{L}])/iu,
  fr: /^[^,.;:]{0,45}?(?<![\p{L}])(?:chez|parmi)[\s\u00A0]+(?:(?:ses|leurs|les|des|sous-traitants|[\p{L}-]+)[\s\u00A0]+){0,2}?(?:fournisseurs|sous-traitants|prestataires|partenaires)(?![\p{L}])/iu,
  nl: /^[^,.;:]{0,45}?(?<![\p{L}])(?:bij)[\s\u00A0]+(?:(?:zijn|haar|hun|de|lokale|[\p{L}-]+)[\s\u00A0]+){0,2}?(?:leveranciers|toeleveranciers|onderaannemers|partners)(?![\p{L}])/iu,
};

/** Whether a count of jobs or staff at `q` is no size of the company's own staff. */
export function notOwnStaff(q: Quantity, sentence: string, language: Language): boolean {
  const after = sentence.slice(q.end, q.end + 80);
  if (AFTER[language].test(after) || AT_SUPPLIERS[language].test(after)) return true;
  // BEFORE, and LOSS for ALONG_WITH, each need one of the stems.
  if (!mayHoldVerb(sentence, language)) return false;
  const before = sentence.slice(Math.max(0, q.start - 45), q.start);
  if (BEFORE[language].test(before)) return true;
  const clause = sentence.slice(Math.max(0, sentence.lastIndexOf(';', q.start) + 1), q.start);
  return ALONG_WITH[language].test(before) && LOSS[language].test(clause);
}

// Staff of a firm told by an indefinite article are that firm's, not the company's (round 17,
// non-metric): "the founder of a small brand with 14 staff", "une PME lyonnaise de 14 salariés",
// "een webshop met 14 medewerkers". An apposition ("Amazon, an employer with 1.5 million staff")
// or a workforce ("a team of 200 staff") is still the company's: only a firm's noun is read.
const FIRM_ABOUT = String.raw`(?:(?:about|around|some|nearly|just|only|fewer than|more than|over|under|environ|près de|quelque|à peine|seulement|moins de|plus de|ongeveer|zo['’]n|ruim|bijna|amper|slechts|minder dan|meer dan)[\s\u00A0]+)?`;
const INDEFINITE_OWNER: Record<Language, RegExp> = {
  en: new RegExp(String.raw`(?<![,][\s\u00A0])(?<![\p{L}])(?:a|an)[\s\u00A0]+(?:[\p{L}'’-]+[\s\u00A0]+){0,3}?(?:brand|company|firm|business|start-?up|shop|store|retailer|seller|merchant|supplier|factory|workshop|maker|manufacturer|label)[\s\u00A0]+(?:with|employing)[\s\u00A0]+${FIRM_ABOUT}$`, 'iu'),
  fr: new RegExp(String.raw`(?<![,][\s\u00A0])(?<![\p{L}])une?[\s\u00A0]+(?:PME|TPE|entreprise|société|marque|start-?up|jeune pousse|boutique|firme|commerce|usine|atelier|fabricant)(?:[\s\u00A0]+[\p{L}'’-]+){0,2}?[\s\u00A0]+(?:de|comptant|employant|avec)[\s\u00A0]+${FIRM_ABOUT}$`, 'iu'),
  nl: new RegExp(String.raw`(?<![,][\s\u00A0])(?<![\p{L}])een[\s\u00A0]+(?:[\p{L}'’-]+[\s\u00A0]+){0,2}?(?:bedrijf|bedrijfje|webshop|webwinkel|winkel|merk|start-?up|onderneming|zaak|fabriek|kmo|leverancier|verkoper|atelier)[\s\u00A0]+(?:met)[\s\u00A0]+${FIRM_ABOUT}$`, 'iu'),
};

/** Whether the staff counted at `q` belong to a firm told with an indefinite article. */
export function indefiniteOwner(q: Quantity, sentence: string, language: Language): boolean {
  const before = sentence.slice(Math.max(0, q.start - 70), q.start);
  return INDEFINITE_OWNER[language].test(before);
}

import type { Language } from '../domain/vocabulary.js';
import type { Quantity } from './numbers.js';

// Jobs that are not the company's own staff (round 14, metrics):
// - jobs building a site: "300 construction jobs", "300 tijdelijke banen in de bouw", "400
//   emplois pendant le chantier";
// - jobs a programme is said to support elsewhere: "will support 100,000 jobs", "indirect jobs",
//   "emplois indirects", "indirecte banen";
// - staff a closure hits: "will lose their jobs", "touchera 1 700 employés", "treft 900 werknemers".
const AFTER: Record<Language, RegExp> = {
  en: /^[\s\u00A0]+(?:(?:temporary|indirect|induced)[\s\u00A0]+)?(?:construction[\s\u00A0]+(?:jobs|workers|roles)|indirect[\s\u00A0]+jobs|(?:jobs|workers)[\s\u00A0]+(?:during|in)[\s\u00A0]+(?:the[\s\u00A0]+)?construction|(?:[\p{L}-]+[\s\u00A0]+)?(?:employees|workers|staff)[\s\u00A0]+(?:will|would|could|are to|stand to)[\s\u00A0]+lose)(?![\p{L}])/iu,
  fr: /^[\s\u00A0]+(?:emplois|postes)[\s\u00A0]+(?:indirects|induits|(?:(?:temporaires|provisoires)[\s\u00A0]+)?(?:pendant|durant|lors de|sur)[\s\u00A0]+(?:le chantier|la construction|les travaux))(?![\p{L}])/iu,
  nl: /^[\s\u00A0]+(?:(?:tijdelijke|indirecte)[\s\u00A0]+)?(?:bouwbanen|banen[\s\u00A0]+(?:in|tijdens)[\s\u00A0]+de[\s\u00A0]+bouw|indirecte[\s\u00A0]+banen|bouwvakkers)(?![\p{L}])/iu,
};
const ABOUT = String.raw`(?:(?:about|around|roughly|some|nearly|almost|more than|over|up to|environ|près de|quelque|plus de|jusqu['’]à|zo['’]n|ongeveer|ruim|bijna|circa|meer dan)[\s\u00A0]+)?`;
const BEFORE: Record<Language, RegExp> = {
  en: new RegExp(String.raw`(?<![\p{L}])(?:(?:will|would|could)[\s\u00A0]+(?:eventually[\s\u00A0]+)?support|supporting|sustain|sustaining|lost|lose|loses|losing|affect|affects|affecting|affected)[\s\u00A0]+${ABOUT}$`, 'iu'),
  fr: new RegExp(String.raw`(?<![\p{L}])(?:touchera|toucherait|touche|touchant|affectera|affecte|affectant|perdront|perdre|perd|perdu)[\s\u00A0]+${ABOUT}$`, 'iu'),
  nl: new RegExp(String.raw`(?<![\p{L}])(?:treft|treffen|raakt|raken|verliezen|verloor|verloren|kost)[\s\u00A0]+${ABOUT}$`, 'iu'),
};

/** Whether a count of jobs or staff at `q` is no size of the company's own staff. */
export function notOwnStaff(q: Quantity, sentence: string, language: Language): boolean {
  return AFTER[language].test(sentence.slice(q.end, q.end + 50)) || BEFORE[language].test(sentence.slice(Math.max(0, q.start - 45), q.start));
}

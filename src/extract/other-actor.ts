import type { Language } from '../domain/vocabulary.js';
import type { Mention } from './companies.js';
import type { Quantity } from './numbers.js';

// Actors that are no company: customs, governments, a town's council (round 19: "the city council
// sets aside €250,000 for local shops"), authorities, lawmakers, unions (whose members
// are no customers: "the union, which says it has 4,000 members", "le syndicat revendique 4 000
// membres", "de vakbond telt 4.000 leden").
const ACTOR: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:customs(?:\s+(?:officials|officers|authorities|agents|agency|service))?|border\s+(?:officials|officers|agents|force)|(?:the\s+)?government|officials|authorities|ministry|minister|lawmakers|legislators|parliament|police|regulators?|watchdogs?|inspectors|(?:city|town|county|municipal)\s+(?:council|hall|government)|municipality|mayor|(?<!European\s)(?:trade\s+|labou?r\s+)?unions?)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:douanes?|douaniers|gouvernement|autorités|administration|ministère|ministre|pouvoirs publics|députés|sénateurs|parlement|police|gendarmerie|régulateur|inspecteurs|services de l['’]État|syndicats?|confédération syndicale|centrale syndicale|mairie|municipalité|conseil municipal|conseil communal|conseil régional|maire|bourgmestre)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:douane|douaniers|overheid|regering|kabinet|autoriteiten|ministerie|minister|Kamerleden|parlement|politie|toezichthouder|inspecteurs|inspectie|vakbond(?:en)?|vakcentrale|stadsbestuur|gemeentebestuur|gemeenteraad|schepencollege|college van B&W|burgemeester)(?![\p{L}])/iu,
};
// The actor is a source, not the subject: "according to customs", "selon les douanes", "volgens de douane".
const SOURCE_BEFORE = /(?<![\p{L}])(?:according to|says|said|selon|d['’]après|volgens|aldus)\s+(?:(?:the|les|la|le|de|het)\s+|l['’])?(?:[\p{L}-]+\s+)?$/iu;
const PUBLIC_SOURCE =
  /(?<![\p{L}])(?:according to|selon|d['’]après|volgens|aldus)\s+(?:(?:the|les|la|le|de|het)\s+|l['’])?(?:[\p{L}-]+\s+){0,2}?(?:customs|douanes?|douane|Commission|government|gouvernement|overheid|regering|authorities|autorités|autoriteiten|ministry|ministère|ministerie|Eurostat|CBS|INSEE|statistics office)(?![\p{L}])/iu;
// Words that point the figure back at a company: "the platform's", "its", "son", "het bedrijf".
const COMPANY_POINTER =
  /(?<![\p{L}])(?:its|their|the (?:company|platform|app|retailer|group|marketplace)|son|sa|ses|leur|leurs|la plateforme|l['’]application|l['’]entreprise|le groupe|le site|zijn|haar|hun|het bedrijf|het platform|de app|de webwinkel|het concern)(?![\p{L}])/iu;
/** Whether a clause points back at a company: "where the company says it has", "où la plateforme compte". */
export const pointsToCompany = (clause: string): boolean => COMPANY_NOUN.test(clause);
// One adjective may stand between the article and the noun: "the Chinese app", "de Chinese app",
// "het Amerikaanse bedrijf" (French puts it after: "la plateforme chinoise").
const COMPANY_NOUN =
  /(?<![\p{L}])(?:the (?:\p{L}+ )?(?:company|platform|app|retailer|group|marketplace)|la plateforme|l['’]application|l['’]entreprise|l['’]enseigne|le groupe|het (?:\p{L}+ )?(?:bedrijf|platform|concern)|de (?:\p{L}+ )?(?:app|webwinkel))(?![\p{L}])/iu;

// A fine or a sum imposed by the actor is still the company's: "the regulator imposed a €3m fine".
const FINE = /(?<![\p{L}])(?:fine[sd]?|penalty|amende|sanction|boete|dwangsom)(?![\p{L}])/iu;

/**
 * Whether a figure belongs to a non-company actor that is its clause's subject: "Customs
 * officials processed 1.4 billion parcels", "Les douanes ont saisi 2 millions de colis", "Vorig
 * jaar onderschepte de douane 3 miljoen pakketjes". Such a figure does not fall to the company
 * the article or the sentence before is about.
 */
export function otherActorsFigure(mentions: Mention[], q: Quantity, sentence: string, language: Language): boolean {
  if (mentions.some((m) => m.end <= q.start)) return false;
  // A count sourced to a public body in a sentence that names no company is that body's statistic:
  // "1.4 billion shipments used the exemption, according to US Customs", "4 milliards de colis,
  // selon la Commission", "3 miljoen pakketjes, volgens de douane".
  if (q.kind === 'count' && mentions.length === 0 && PUBLIC_SOURCE.test(sentence.slice(q.end)) && !COMPANY_POINTER.test(sentence)) return true;
  const clause = sentence.slice(0, q.start).split(/[;:]/u).pop() ?? '';
  const actor = ACTOR[language].exec(clause);
  if (!actor || SOURCE_BEFORE.test(clause.slice(Math.max(0, actor.index - 30), actor.index))) return false;
  return !COMPANY_POINTER.test(clause) && !FINE.test(sentence);
}

import type { Language } from '../domain/vocabulary.js';

/**
 * Whether a sentence opens on the chief of another company, named with the post: "Salesforce
 * chief Marc Benioff said AI had let him cut 4,000 jobs", "Le patron de Salesforce, Marc
 * Benioff, a supprimé 4 000 postes", "Marc Benioff, PDG de Salesforce, ...", "Salesforce-topman
 * Marc Benioff schrapte 4.000 banen". The events told are that company's, not those of the
 * company the article is about (a tracked company named first, "Amazon chief Andy Jassy", is
 * found by the caller and keeps the event).
 */
export function opensOnOtherChief(sentence: string, language: Language): boolean {
  return CHIEF[language].test(sentence);
}

// A word describing the boss ("New chief Anna Berg", "Former CEO ...") is no company name.
const NOT_NAME = "(?!(?:Former|New|Acting|Interim|Deputy|Ex|Then|Its|Their|The|Our|Oud|Voormalig|Nieuwe?)(?![\\p{L}]))";
const NAME = `${NOT_NAME}\\p{Lu}[\\p{L}\\p{N}&.'’-]*(?: \\p{Lu}[\\p{L}\\p{N}&.'’-]*)?`;
const PERSON = "\\p{Lu}[\\p{L}'’-]+(?: (?:de|van|der|den|von|le|la|du|da|di)){0,2} \\p{Lu}[\\p{L}'’-]+";
const OPEN = "^[\\s\"“«'‘]*";
const CHIEF: Record<Language, RegExp> = {
  en: new RegExp(`${OPEN}(?:${NAME} (?:chief|CEO|boss|founder|chairman|chairwoman|president|head)(?: executive)? ${PERSON}|${PERSON}, (?:the )?(?:chief executive|CEO|boss|founder|chairman|chairwoman|president|head) (?:of|at) ${NAME},)`, 'u'),
  fr: new RegExp(`${OPEN}(?:(?:Le|La) (?:patron|patronne|PDG|présidente?|directeur général|directrice générale|fondateur|fondatrice) (?:de|d['’]) ?${NAME}, ${PERSON},|${PERSON}, (?:le |la )?(?:patron|patronne|PDG|présidente?|directeur général|directrice générale|fondateur|fondatrice) (?:de|d['’]) ?${NAME},)`, 'u'),
  nl: new RegExp(`${OPEN}(?:${NAME}-(?:topman|topvrouw|baas|ceo|CEO|oprichter|bestuursvoorzitter) ${PERSON}|${PERSON}, (?:de )?(?:topman|topvrouw|baas|ceo|CEO|oprichter|bestuursvoorzitter) van ${NAME},)`, 'u'),
};

import type { Language } from '../domain/vocabulary.js';

/**
 * A launch named by a bare noun at the head of a sentence, with no owner or object after it, points
 * back to the launch the article already told: "The launch comes as Shein and Temu already count 40
 * million users", "Le lancement intervient alors que ...", "Deze lancering komt op een moment dat
 * ...". It is no new event, and the companies named in the rest of the sentence did not launch
 * anything. "Le lancement de TikTok Shop en Espagne" or "The launch of its shop in Spain" names
 * what was launched and stays an event.
 */
export function echoesEarlierLaunch(sentence: string, start: number, cue: string, language: Language): boolean {
  if (!HEAD[language].test(sentence.slice(0, start))) return false;
  return !OWNER_AFTER[language].test(sentence.slice(start + cue.length, start + cue.length + 12)) && /^(?:launch|lancement|lancering)/iu.test(cue);
}

const HEAD: Record<Language, RegExp> = {
  en: /^\s*(?:the|this|that)\s+$/iu,
  fr: /^\s*(?:le|ce|l['’])\s*$/iu,
  nl: /^\s*(?:de|deze|die)\s+$/iu,
};
const OWNER_AFTER: Record<Language, RegExp> = {
  en: /^\s*(?:of|in|into)(?![\p{L}])/iu,
  fr: /^\s*(?:de|d['’]|du|des|en|au|aux)(?![\p{L}])/iu,
  nl: /^\s*(?:van|in)(?![\p{L}])/iu,
};

import { LANGUAGES, type Language } from '../domain/vocabulary.js';
import { declareGate } from './gates.js';
import { unconfirmed } from './unconfirmed.js';

/**
 * Whether a sentence denies or rules out the event it mentions: "Temu denied a report that it
 * plans to open warehouses in Chile", "Shein a démenti vouloir quitter le marché", "Bol ontkende
 * plannen om te vertrekken", "has no plans to", "n'a pas l'intention de", "heeft geen plannen".
 * Such a sentence yields no event; its figures, if any, are still reported facts. A denial of
 * wrongdoing ("denied the allegations") is not covered: the fine or probe beside it happened.
 */
export function deniesEvent(sentence: string, language: Language): boolean {
  // "declined to confirm the opening": an event the company would not confirm is not told as done (round 16).
  return (DENIES_GATE[language].test(sentence) && DENIES[language].test(sentence)) || unconfirmed(sentence, language);
}

const DENIES: Record<Language, RegExp> = {
  en: new RegExp(
    [
      String.raw`(?<![\p{L}])(?:denied|denies|deny|denying|refuted|refutes|dismissed|dismisses|rejected|rejects)(?:\s+[\p{L}'’-]+){0,3}?\s+(?:reports?|plans?|rumou?rs?|speculation|that\s+it\s+(?:would|will|was|is|plans?|had|has|intends?))(?![\p{L}])`,
      String.raw`(?<![\p{L}])(?:has|have|had)\s+no\s+(?:plans?|intention)(?![\p{L}])`,
      // "denied any listing", "denies a takeover" (round 18).
      String.raw`(?<![\p{L}])(?:denied|denies|deny|denying)\s+(?:any|a|an|the)\s+(?:planned\s+|new\s+)?(?:IPO|listing|flotation|launch|entry|exit|withdrawal|expansion|takeover|merger|acquisition|layoffs?|job\s+cuts|closure)(?![\p{L}])`,
      String.raw`(?<![\p{L}])(?:not|never)\s+(?:planning|intending)(?![\p{L}])`,
      String.raw`(?<![\p{L}])(?:does|do|did)\s+not\s+(?:plan|intend)(?![\p{L}])`,
      String.raw`(?<![\p{L}])rul(?:ed|es)\s+out(?![\p{L}])`,
      // "dismissed any listing", "rejected the idea of a merger".
      String.raw`(?<![\p{L}])(?:dismiss(?:ed|es)|reject(?:ed|s))\s+(?:any|the\s+idea\s+of\s+(?:an?\s+)?)\s*(?:new\s+)?(?:IPO|listing|flotation|launch|entry|exit|withdrawal|expansion|takeover|merger|acquisition|layoffs?|job\s+cuts|closure)(?![\p{L}])`,
      // "An expansion into France is not on the agenda."
      String.raw`(?<![\p{L}])not\s+on\s+the\s+(?:agenda|cards|table)(?![\p{L}])`,
      // "A Dutch launch is not planned for now", "is not currently planned" (round 20c).
      String.raw`(?<![\p{L}])(?:is|are)\s+not\s+(?:yet\s+|currently\s+|for\s+now\s+)?planned(?![\p{L}])`,
    ].join('|'),
    'iu',
  ),
  fr: new RegExp(
    [
      String.raw`(?<![\p{L}])(?:dément|démenti|démentent|démentait|démentir|nie|a nié|niant|réfute|a réfuté)(?:\s+[\p{L}'’-]+){0,3}?\s+(?:vouloir|avoir|projets?|informations?|rumeurs?|que|qu['’])`,
      String.raw`(?<![\p{L}])n['’](?:a|avait|ont|aurait|avons|avez|avaient)\s+(?:pas|aucune?|nullement)\s+(?:l['’]|de\s+)?(?:intention|projets?)(?![\p{L}])`,
      String.raw`(?<![\p{L}])n['’]envisage(?:nt|ait)?\s+pas(?![\p{L}])`,
      String.raw`(?<![\p{L}])ne\s+prévoi(?:t|ent)\s+pas(?![\p{L}])`,
      String.raw`(?<![\p{L}])(?:exclut|a exclu)\s+(?:de|d['’])`,
      // "a écarté toute introduction en Bourse", "exclut toute fermeture", "rejette l'idée d'un rachat".
      String.raw`(?<![\p{L}])(?:écart(?:e|é|ent|ait)|exclu(?:t|ait|ent)?|rejet(?:te|é|tent|ait))\s+(?:toute?s?|tout|l['’]idée\s+d['’](?:une?\s+)?|l['’]hypothèse\s+d['’](?:une?\s+)?)\s*(?:nouvelle?s?\s+)?(?:introduction|entrée|cotation|IPO|levée|lancement|ouverture|arrivée|retrait|sortie|expansion|implantation|rachat|acquisition|fusion|licenciements?|suppressions?|fermeture)(?![\p{L}])`,
      String.raw`(?<![\p{L}])pas\s+(?:«\s*)?à\s+l['’]ordre\s+du\s+jour`,
      // "Un lancement aux Pays-Bas n'est pas prévu pour l'instant", "pas au programme" (round 20c).
      String.raw`(?<![\p{L}])n['’](?:est|sont)\s+pas\s+(?:encore\s+|pour\s+l['’]instant\s+|pour\s+le\s+moment\s+)?(?:prévue?s?|programmée?s?|au\s+programme)(?![\p{L}])`,
      // "dément toute entrée en Bourse", "nie tout rachat" (round 18).
      String.raw`(?<![\p{L}])(?:dément|démenti|démentent|nie|a\s+nié|réfute)\s+(?:toute?s?|tout|l['’]|la|le|les|une?)\s*(?:nouvelle?s?\s+)?(?:introduction|entrée|cotation|IPO|levée|lancement|ouverture|arrivée|retrait|sortie|expansion|implantation|rachat|acquisition|fusion|licenciements?|suppressions?|fermeture)(?![\p{L}])`,
    ].join('|'),
    'iu',
  ),
  nl: new RegExp(
    [
      String.raw`(?<![\p{L}])(?:ontkent|ontkende|ontkennen|ontkend|weerspreekt|weersprak)(?:\s+[\p{L}'’-]+){0,3}?\s+(?:plannen|plan|berichten|bericht|berichtgeving|geruchten|dat)(?![\p{L}])`,
      String.raw`(?<![\p{L}])geen\s+(?:plannen|voornemen|intentie)(?![\p{L}])`,
      String.raw`(?<![\p{L}])niet\s+van\s+plan(?![\p{L}])`,
      // "ontkent een beursgang", "ontkende elke overname" (round 18).
      String.raw`(?<![\p{L}])(?:ontkent|ontkende|ontkennen)\s+(?:een|elke|iedere|de|het)\s+(?:nieuwe\s+)?(?:beursgang|beursnotering|overname|fusie|lancering|terugtrekking|uitbreiding|ontslagronde|ontslagen|sluiting|vertrek)(?![\p{L}])`,
      String.raw`(?<![\p{L}])(?:niet\s+aan\s+de\s+orde|niet\s+op\s+de\s+agenda)(?![\p{L}])`,
      // "Een Nederlandse lancering staat voorlopig niet op de planning", "is nog niet gepland" (round 20c).
      String.raw`(?<![\p{L}])(?:niet\s+op\s+de\s+(?:planning|rol)|(?:is|zijn|staat|staan)\s+(?:voorlopig\s+|nog\s+)?niet\s+gepland)(?![\p{L}])`,
      String.raw`(?<![\p{L}])sl(?:uit|oot)\s+(?:[\p{L}]+\s+)?uit\s+dat(?![\p{L}])`,
      // "sluit een beursgang uit", "sloot elke overname uit", "sloot een afsplitsing of beursgang uit".
      String.raw`(?<![\p{L}])sl(?:uit|oot|oten|uiten)\s+(?:een|elke|iedere|de)\s+(?:[\p{L}-]+\s+(?:of|en)\s+)?(?:nieuwe\s+)?(?:beursgang|beursnotering|overname|fusie|lancering|terugtrekking|uitbreiding|ontslagronde|ontslagen|sluiting|vertrek)\s+(?:[\p{L}\d-]+\s+){0,4}?uit(?![\p{L}])`,
    ].join('|'),
    'iu',
  ),
};

// The word parts every pattern of DENIES holds one of, case folded: most sentences with an event
// hold none, and a scan for them is cheaper than the patterns' own.
const DENIES_GATE: Record<Language, RegExp> = {
  en: /den|refut|dismiss|reject|plan|inten|rul|agenda|cards|table/iu,
  fr: /dément|(?<![\p{L}])ni[eéa]|réfut|intention|projet|n['’]envisag|prévoi|exclu|écart|rejet|ordre|prévu|programm/iu,
  nl: /ontken|weersp|geen|plan|orde|agenda|niet\s+op|gepland|sluit|sloot|sloten/iu,
};
for (const l of LANGUAGES) declareGate(`events: denies (${l})`, DENIES[l], DENIES_GATE[l]);

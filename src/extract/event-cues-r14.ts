import type { Language } from '../domain/vocabulary.js';
import { type Cues, type CuePass, cuePass } from './cue-pass.js';

/**
 * Event cues of round 14, a fourth pass with its own gate, as event-cues-r13.ts does:
 * - arriving and going live told without the first pass's words: "Haul will arrive in Spain",
 *   "the app is now live in Poland", "available to shoppers in Italy", "ouvrira son premier
 *   magasin", "prévoit d'ouvrir des espaces" (round 21: "d'ouvrir d'ici l'été cinq corners"), "de webwinkel die in 2020 online ging", "start deze
 *   week in België", "is nu ook in Polen beschikbaar";
 * - partnerships in the plural or told with "associée à": "signed partnerships with several
 *   carriers", "a signé des partenariats", "s'est associée à bpost", "samenwerkingen met";
 * - proceedings by an authority: "faces proceedings from the Commission", "fait l'objet d'une
 *   procédure", and an authority demanding a change: "de autoriteiten (CPC) eisten dat Shein ...";
 * - a closure that hits a number of employees is a layoff: "la fermeture touchera 1 700
 *   employés", "the closure affects 900 workers", "de sluiting treft 300 medewerkers";
 * - Dutch past "stopte met" (the present "stopt met" is a first-pass cue) and "actieweken".
 *
 * A word added to a cue here must be in GATE too (tests/extract/gate-soundness checks it).
 */
const W = "[\\p{L}'’-]+";
const STAFF_EN = '(?:employees|workers|staff|jobs|people|positions)';
const STAFF_FR = '(?:employés|salariés|travailleurs|emplois|postes|personnes)';
const STAFF_NL = '(?:medewerkers|werknemers|banen|arbeidsplaatsen|mensen|personeelsleden)';
const ABOUT_EN = '(?:(?:about|around|some|nearly|almost|roughly|more than|over) )?';
const ABOUT_FR = '(?:(?:environ|près de|quelque|plus de) )?';
const ABOUT_NL = "(?:(?:ongeveer|zo['’]n|ruim|bijna|circa|meer dan) )?";
const COUNT = '\\d[\\d  .,]*';
const NUMBER_FR = '(?:\\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quelques|plusieurs)';

// A shop's country domain after "opened": "four years after it opened amazon.pl".
const DOMAIN = '[a-z][a-z0-9-]+\\.(?:com\\.)?(?:co\\.uk|nl|be|fr|de|es|it|pl|se|ie|at)';
const SHOPS_EN = '(?:warehouses|stores|shops|sites|operations|fulfil?ment cent(?:re|er)s|distribution cent(?:re|er)s|depots|delivery stations)';
const SHOPS_CLOSED = `(?:down )?(?:its|the|all|all of its|all its) (?:[\\p{L}\\d-]+ ){0,2}${SHOPS_EN}`;

/**
 * `word`, where the words before it read `context`: "(?<=context)word" written word first, so the
 * look-back runs only where the word is found, not at every word start of every sentence (it
 * matches the same text: no alternative of `word` ends another). A cheap first letter also lets
 * cue-gate.ts group the fragment.
 */
const after = (context: string, word: string): string => `${word}(?<=${context}${word})`;

const R14: Record<Language, Cues> = {
  en: {
    launch: [
      'arrive in',
      'live(?<=(?:is|are|was|were|now|already|be) live) (?:in|across)',
      'available to (?:shoppers|customers|users|consumers|buyers) in',
      'accessible in',
      `open(?:s|ed|ing)? ${DOMAIN}`,
      // "The platform opened in Spain and Ireland in December": opened, then the place.
      'opened in(?= (?:the )?\\p{Lu})',
    ],
    suspension: [
      `clos(?:e|es|ed|ing) ${SHOPS_CLOSED}`,
      `shut(?:s|ting)? ${SHOPS_CLOSED}`,
      'stopped (?:shipping|delivering|shipments)',
    ],
    partnership: ['partnerships', `sign(?:s|ed|ing)? (?:${W} ){0,3}(?:agreements|deals|contracts) with`],
    regulation: [
      'proceedings (?:from|by)',
      'fac(?:e|es|ed|ing) (?:formal |separate |new )?proceedings',
      ...['demanded', 'required', 'ordered'].map((verb) => `${after('(?:regulators?|authorit(?:y|ies)|watchdogs?|Commission)[^.;]{0,90}', verb)}(?= that )`),
    ],
    layoff: [
      `${after('(?:clos(?:e|es|ed|ing|ure)|shut)[^.;]{0,120}', 'affect(?:s|ed|ing)?')} ${ABOUT_EN}${COUNT} (?:${W} )?${STAFF_EN}`,
      '(?:will |would |to )?los(?:e|es|ing|t) their jobs',
    ],
  },
  fr: {
    expansion: ['ouvrir(?:a|ont)'],
    launch: [
      // A time may stand between the verb and what it opens, and a number may count them (round
      // 21): "prévoit d'ouvrir d'ici à l'été trois nouvelles boutiques".
      `ouvrir (?:[\\p{Ll}'’]+ ){0,3}?(?:son |sa |ses |un |une |des |de nouveaux |de nouvelles |${NUMBER_FR} )(?:${W} ){0,3}(?:magasins?|boutiques?|espaces?|entrepôts?|sites?|bureaux?|centres?|corners?)`,
      // "est accessible depuis lundi en Tunisie": the day it opened may stand before the place.
      'accessible (?:(?:depuis|dès) (?:le |ce )?[\\p{L}\\d]+ (?:[\\p{L}\\d]+ )?)?(?:en|au|aux|dans)',
    ],
    partnership: ['partenariats', 'associée?s? (?:à|avec)'],
    acquisition: ['participation (?:majoritaire|de contrôle)'],
    regulation: [
      `l['’]objet (?:${W} ){0,3}d['’](?:une?|des) (?:${W} ){0,2}(?:procédures?|actions?|enquêtes?|plaintes?|poursuites|mises? en demeure|accusations?)`,
      ...['a', 'ont', 'avait', 'avaient'].map((aux) => `${after('(?:autorité\\p{L}*|régulateur\\p{L}*|Commission|CNIL|DGCCRF)[^.;]{0,90}', `${aux} (?:exigé|ordonné|enjoint)`)}(?= (?:que|qu['’]|à|aux) )`),
      "procédures? (?:formelles? )?(?:de|ouverte par|engagée par) (?:la |l['’]|le )?(?:Commission|CNIL|DGCCRF|Autorité|autorité|régulateur|parquet|justice)",
      'enquêtes',
      'redevances?',
      '(?:mesures?|lois?|textes?|taxes?|règles?) qui vis(?:e|ent|ait|aient)',
    ],
    layoff: [
      `${after('(?:ferm(?:e|er|é|ée|era|eture)|clôtur\\p{L}*)[^.;]{0,120}', 'touch(?:e|ent|era|eront|ait|ant)')} ${ABOUT_FR}${COUNT} (?:${W} )?${STAFF_FR}`,
      'perd(?:ront|ent|ra) leur (?:emploi|poste|travail)',
    ],
  },
  nl: {
    launch: [
      '(?:online|live) (?:ging|gingen|gaat|gegaan)',
      'start(?:te|en|ten)? (?:\\p{Ll}+ ){1,3}in(?= (?:het )?\\p{Lu})',
      "beschikbaar(?<=(?:is|zijn|was|waren|werd|werden|wordt|worden) (?:(?!niet |nooit |geen |meer )[\\p{L}'’-]+ ){1,6}beschikbaar)(?=\\s*(?:[.,;]|$))",
      // A relative clause that ends on its verb, after the place: "Amazon, dat in 2020 in Nederland begon".
      "(?:begon|begonnen|startte|startten)(?<=(?:in|naar) \\p{Lu}[\\p{L}'’-]*(?: [\\p{L}'’-]+){0,3} (?:begon|begonnen|startte|startten))(?=\\s*(?:[.,;]|$))",
    ],
    suspension: [
      'stopgezet',
      `leg(?:t|de|den) (?:${W} ){1,4}stil`,
      '(?:lag|lagen) [^.;]{0,60}? stil',
      'offline (?:was |werd |is |zijn |waren |werden )?gehaald',
      'black-?out',
    ],
    exit: ['stopte(?:n)? (?:\\p{Ll}+ ){0,3}met', `trok(?:ken)? zich (?:${W} ){0,3}terug`],
    partnership: ['samenwerkingen', 'partnerschappen', 'samenwerken met'],
    acquisition: ['(?:meerderheids|minderheids)belang', 'controlerend belang'],
    promotion: ['actieweken', 'actiedag', 'kortingsweken'],
    regulation: [
      `${after('(?:autoriteit\\p{L}*|toezichthouder\\p{L}*|ACM|Commissie)[^.;]{0,90}', '(?:eiste|eisten|eist|eisen)')}(?= (?:${W} ){0,4}dat )`,
      'gesommeerd',
      'sommeert',
      'sommeerde',
      'te blokkeren',
      `(?:liet|lieten|laat|laten) (?:${W} ){1,12}(?:verwijderen|blokkeren|weren)`,
    ],
    layoff: [
      `${after('(?:sluit|sluiting|gesloten|dicht)[^.;]{0,120}', '(?:treft|troffen|trof|raakt|raakte)')} ${ABOUT_NL}${COUNT} (?:${W} )?${STAFF_NL}`,
      'verliezen (?:hun|zijn|haar) (?:baan|banen|werk)',
    ],
  },
};

const GATE: Record<Language, RegExp> = {
  en: /arrive in|live (?:in|across)|available to|accessible|open|clos|shut|stopped|partnerships|agreements|deals|contracts|proceedings|demanded|required|ordered|affect|their jobs/i,
  fr: /ouvrir|accessible|associé|partenariats|participation|objet|procédure|exigé|ordonné|enjoint|enquêtes|redevance|qui vis|touch|perd/i,
  nl: /online|live|start|beschikbaar|begon|stopgezet|stil|gehaald|black|stopte|trok|samenwerk|partnerschap|belang|actie|kortingsweken|eis|sommee|blokkeren|verwijderen|weren|treft|trof|raakt|verliezen/i,
};

/** This pass's cues behind its gate (cue-pass.ts). */
export const ROUND_14_CUES: CuePass = cuePass('round 14 pass', R14, GATE);

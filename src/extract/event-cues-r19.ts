import type { Language } from '../domain/vocabulary.js';
import { type Cues, type CuePass, cuePass } from './cue-pass.js';

/**
 * Event cues of round 19 (missed events), a pass with its own gate, as event-cues-r18-recall.ts:
 * - a contract signed with a partner: "signed a multi-year contract with DHL", "a signé un contrat
 *   pluriannuel avec Colissimo", "heeft een contract gesloten met PostNL"; and French "confie ses
 *   livraisons à La Poste" (hands its deliveries to a carrier);
 *   and a switch to a supplier: "switches to a new payment processor", "stapt over op betaalverwerker Adyen";
 * - jobs cut told by "roles" or "positions": "cut dozens of roles", "schrapt 80 functies";
 * - a new head told by the post the person becomes or the hands the lead goes into: "becomes
 *   general manager", "devient directrice", "wordt general manager", "de leiding komt in handen
 *   van", "la direction est confiée à"; and country managers hired: "recruiting country managers";
 * - an opening dated between the noun and what is opened: "the opening in March of its first
 *   German office", "l'ouverture en mars de", "de opening in maart van";
 * - free delivery told with a verb between: "les frais de livraison seront offerts", "shipping will
 *   be free", "de verzending is gratis"; deals run: "ran deals for 12 days";
 * - a ban told as being barred from a place: "is still barred from Vietnam", "blijft geweerd uit Vietnam".
 *
 * A word added to a cue here must be in GATE too (tests/extract/gate-soundness checks it).
 */
const W = "[\\p{L}'’-]+";
const POST_EN = '(?:chief executive|CEO|president|(?:general|country|managing) (?:manager|director)|head|boss|chair(?:man|woman)?)';
const POST_FR = '(?:directeur|directrice|PDG|président|présidente|patron|patronne|directeur général|directrice générale|country manager|general manager)';
const POST_NL = '(?:directeur|directrice|CEO|topman|topvrouw|voorzitter|general manager|country manager|algemeen directeur|baas)';

// The kinds of supplier a company switches to: "switches to a new payment processor",
// "passe chez un nouveau transporteur", "stapt over op betaalverwerker Adyen".
const PROVIDER_EN = '(?:payments? (?:processor|provider)|carrier|courier|delivery (?:partner|firm|company)|logistics (?:partner|provider)|cloud provider)';
const PROVIDER_FR = '(?:prestataire|transporteur|logisticien|processeur de paiement|prestataire de paiement)';
const PROVIDER_NL = '(?:betaalverwerker|betaaldienst|betaalprovider|vervoerder|bezorger|pakketbezorger|logistiek dienstverlener|cloudleverancier)';

const R19: Record<Language, Cues> = {
  en: {
    partnership: [`sign(?:s|ed|ing)? (?:a|an|its|the) (?:${W} ){0,3}contract with`, `switch(?:es|ed|ing)? (?:${W} ){0,4}?to (?:(?:a|the|new|another|its) )*${PROVIDER_EN}`],
    layoff: [`cut(?:s|ting)? (?:[\\p{L}\\d.,’'-]+ ){0,3}(?:roles|positions|posts)`],
    leadership: [`(?:becomes|became|will become) (?:its |the )?(?:new )?${POST_EN}`, `(?:recruit|hir|nam|appoint)(?:s|es|ed|ing|e)? (?:new )?country (?:managers?|heads?|directors?)`],
    launch: [`opening (?:in|on) (?:[\\p{L}\\d]+ ){1,2}of`],
    regulation: ['(?:is|was|are|were|been|remains?|still) barred from'],
    promotion: ['(?:shipping|delivery) (?:will be|is|was) free', `(?:ran|runs|run|running) (?:${W} ){0,2}deals`],
  },
  fr: {
    partnership: [
      `(?:signé|signe|signent|conclu|noué) (?:un|une|le|son) (?:${W} ){0,2}contrat (?:${W} ){0,4}avec`,
      `contrat (?:${W} ){0,2}(?:signé|conclu) avec`,
      `(?:passe|passé|bascule|basculé) (?:${W} ){0,4}?(?:chez|vers|à) (?:(?:un|le|la|son|sa|nouveau|nouvel|nouvelle|autre) )*${PROVIDER_FR}`,
      `confi(?:e|ent|é) (?:(?:désormais|aussi|maintenant|dorénavant) )?(?:(?:une partie|l['’]essentiel|la totalité|l['’]ensemble) de )?(?:ses|sa|son|leurs?) (?:livraisons|colis|expéditions|paiements|logistique|entreposage)`,
    ],
    layoff: [`supprim(?:e|ent|é) (?:[\\p{L}\\d.,’'-]+ ){0,3}(?:fonctions|rôles)`],
    leadership: [`devien(?:t|dra|nent) (?:le |la |son |sa )?(?:nouvel(?:le)? |nouveau )?${POST_FR}`, `(?:direction|tête) (?:est|sera|a été|sera) confiée à`, `recrut(?:e|ent|é) (?:des |ses )?(?:directeurs|responsables) pays`],
    launch: [`ouverture (?:en|au|le|début|fin|mi) (?:[\\p{L}\\d-]+ ){0,2}(?:de|d['’])`],
    promotion: ['frais de (?:port|livraison|retour) (?:seront|sont|sera|est|ont été) (?:offerts|gratuits)'],
  },
  nl: {
    partnership: [`stap(?:t|te|ten|pen) (?:${W} ){0,6}?over (?:op|naar) (?:(?:de|het|een|nieuwe|andere) )*${PROVIDER_NL}`, `(?:contract|overeenkomst|akkoord) (?:gesloten|getekend|ondertekend|afgesloten) met`, `(?:sluit|sloot|sloten|tekent|tekende|tekenden) (?:${W} ){0,3}?(?:een|het) (?:${W} ){0,3}(?:contract|overeenkomst) met`],
    layoff: [`schrap(?:t|te|ten|pen) (?:[\\p{L}\\d.,’'-]+ ){0,6}(?:functies|arbeidsplaatsen|jobs|fte)`],
    leadership: [`wordt (?:${W} ){0,3}?(?:de )?(?:nieuwe )?${POST_NL}`, `leiding (?:komt|kwam|ligt|komen) (?:${W} ){0,2}in handen van`, `(?:komt|kwam) de leiding (?:${W} ){0,3}?in handen van`],
    launch: [`opening (?:in|op|begin|eind) (?:[\\p{L}\\d-]+ ){1,2}van`],
    regulation: ['(?:wordt|werd|is|blijft) (?:nog |nog altijd |nog steeds )?geweerd uit'],
    promotion: ['(?:verzending|bezorging|levering) (?:is|wordt|was) gratis', '(?:is|wordt|was) (?:de )?(?:verzending|bezorging|levering) gratis'],
  },
};

const GATE: Record<Language, RegExp> = {
  en: /contract|switch|roles|positions|posts|becom|became|country (?:manager|head|director)|opening (?:in|on) |free|deals|barred/i,
  fr: /contrat|confi|pass|bascul|fonctions|rôles|devien|recrut|ouverture (?:en|au|le|début|fin|mi) |frais/i,
  nl: /contract|overeenkomst|akkoord|over (?:op|naar)|functies|arbeidsplaatsen|jobs|fte|directeur|directrice|ceo|topman|topvrouw|voorzitter|manager|baas|leiding|opening|gratis|geweerd/i,
};

/** This pass's cues behind its gate (cue-pass.ts). */
export const ROUND_19_CUES: CuePass = cuePass('round 19 pass', R19, GATE);

import type { EventName, Language } from '../domain/vocabulary.js';
import { cueGate } from './cue-gate.js';
import { type CueReader, cueReader } from './cue-reader.js';

/**
 * Event cue phrases per language, as small regex fragments (whole words; `W` is one word).
 * Order matters only for reading: every cue found in a sentence is considered.
 */
const W = "[\\p{L}'’-]+";
type Cues = Partial<Record<EventName, string[]>>;

const EN: Cues = {
  launch: ['launch(?:es|ed|ing)?', 'debut(?:s|ed)?', 'unveil(?:s|ed|ing)?', 'kick(?:s|ed)? off', 'opened its doors', 'went online', 'goes online', 'arriv(?:es|ed|al|ing) in', 'rolled out', 'went live', 'goes live', 'roll-?out', 'rolling out', 'opening of', 'introduction of', `open(?:s|ed|ing)? (?:its |a |an |the )?(?:first |new |second |own )?(?:${W} )?(?:store|storefront|online store|webshop|website|shop|marketplace|site|warehouse|distribution cent(?:re|er)|fulfil?l?ment cent(?:re|er)|logistics (?:hub|cent(?:re|er))|hub|office|headquarters)s?`, 'enter(?:s|ed)', 'entry into', 'start(?:s|ed|ing)? (?:selling|operations|operating) (?:in|to)', 'began (?:selling|operating|operations) in', 'available in', 'active in', 'operates in', 'present in'],
  expansion: ['expand(?:s|ed|ing)?', 'expansion', 'coming to', 'new markets?', 'next markets?'],
  suspension: ['suspend(?:s|ed|ing)?', 'suspension', 'paus(?:e|es|ed|ing)', 'halt(?:s|ed|ing)?', 'shut(?:s|ting)? down', '(?:went|goes|going|gone) dark', 'blackout', '(?:went|goes|taken|was taken|go) offline', 'pulled from (?:app stores|the app store)', 'switched off', 'no longer available', 'unavailable', 'stopped (?:selling|operating|taking orders|accepting)', 'put on hold', 'on hold', 'fr(?:oze|eezes?)', 'clos(?:e|es|ed|ing) (?:its|the) (?:shop|store|marketplace|site|operations)'],
  exit: ['exit(?:s|ed|ing)?', 'withdr(?:aw|aws|ew|awn|awing)', 'pull(?:s|ed|ing)? out', 'leav(?:e|es|ing) the (?:country|market)', 'left the (?:country|market)', 'quit(?:s|ting)?', 'retreat(?:s|ed)? from', 'w(?:i|ou)nd(?:s|ing)? down'],
  regulation: ['ban(?:s|ned|ning)?', 'designat(?:e|es|ed|ion)', 'investigat(?:e|es|ed|ion|ions|ing)', 'prob(?:e|es|ed|ing)', 'fined', 'regulators?', 'law', 'laws', 'legislation', 'tax(?:es|ed|ing)?', 'tariffs?', 'customs duties', 'import duties', 'duty-free', 'levy', 'levies', 'handling fees?', 'customs (?:rules|reform|exemption|checks|loophole)', 'exemption', 'Digital Services Act', 'Digital Markets Act', 'antitrust', 'sued', 'watchdogs?', 'examin(?:es|ed|ing) whether', 'inquiry', 'probe', 'lawsuit', 'crackdown', 'prohibit(?:s|ed)?', 'de minimis', 'block(?:s|ed|ing)? (?:the |its )?(?:app|site|website|platform|access)',
    // An authority ordering an app off the stores, and a complaint lodged with a regulator.
    'order(?:s|ed)? (?:\\p{L}+ ){1,3}(?:removed|blocked|taken down|delisted|pulled)', 'complaints? (?:with|to) (?:the )?(?:regulator|watchdog|authorit(?:y|ies)|commission)', '(?:filed|lodged) (?:a )?complaints?'],
  partnership: ['partner(?:s|ed|ing)? with', 'partnership', 'team(?:s|ed)? up', 'join(?:s|ed)? forces', 'alliance', 'collaborat(?:es?|ed|ion) with', '(?:agreement|tie-up) (?:(?:signed|reached|struck) )?with', `(?:a|an|its) (?:${W} )?deal with`, `(?:struck|strikes|inked|inks|sealed|seals) (?:a|an) (?:${W} )?deal`, `sign(?:s|ed) (?:a|an) (?:${W} )?(?:deal|agreement)`],
  acquisition: ['acquir(?:e|es|ed|ing)', 'acquisition', 'takeover', 'take(?:s|n)? over', 'took over', 'merg(?:e|es|ed|er|ing)', `(?:take|takes|took|taking|buy|buys|bought) (?:a|an) (?:\\d{1,3}(?:[.,]\\d+)? ?(?:%|per ?cent) |majority |controlling |minority )?stake`],
  funding: ['funding round', 'funding', 'fundraising', 'IPO', 'initial public offering', 'listing', 'go(?:es|ing)? public', 'flotation', 'stock market debut', 'raise[sd]?(?! (?:its |their |the )?(?:prices?|fees?|wages?|pay|salaries|concerns?|questions?|awareness|stakes|the stakes|eyebrows|rates?))'],
  promotion: ['discounts?', 'discounted', 'promotions?', 'promotional', 'free (?:[\\p{L}-]+ ){0,2}?(?:shipping|delivery|returns)', 'Black Friday', 'Cyber Monday', "Singles[’']? Day", 'Prime Day', 'coupons?', 'vouchers?', 'price cuts?', 'cashback', '(?:summer|winter|spring|flash|holiday|anniversary|mid-year|clearance) sales?', 'sales? events?', 'deals? (?:days|events?|weeks?)'],
  leadership: ['appoint(?:s|ed|ing)?', 'new (?:chief executive|CEO|boss|president)', `named (?:${W} )?(?:chief|CEO|president|head)`, 'step(?:s|ped)? down', 'resign(?:s|ed)?', 'succeed(?:s|ed)'],
  layoff: ['lay(?:s|ing)? off', 'laid off', 'layoffs?', 'job cuts', 'redundanc(?:y|ies)', 'cut(?:s|ting)? (?:[\\p{L}\\d.,]+ ){0,3}jobs', '(?:jobs|roles|positions|posts|staff) (?:(?:will|would|are|were|is|was) (?:be |being )?|to be )(?:cut|axed|eliminated|made redundant|shed)', 'job losses', 'eliminat(?:e|es|ed|ing) (?:[\\p{L}\\d.,]+ ){0,4}(?:jobs|roles|positions|posts)', 'axe[sd]? (?:[\\p{L}\\d.,]+ ){0,3}(?:jobs|roles)', 'shed(?:s|ding)? (?:[\\p{L}\\d.,]+ ){0,3}(?:jobs|roles)'],
};

const FR: Cues = {
  launch: ['lanc(?:e|é|ée|és|ées|ent)', 'se lance', 'lancements?', 'arrivée', 'arrivé(?:e)? (?:en|au|aux|dans)', 'arrive (?:en|au|aux|dans)', 'débarqu(?:e|é|ée|ent|ement)', 'déploiement', 'déploy(?:é|ée)', 'ouverture', 'inaugur\\p{L}*', 'dévoil(?:e|é|ée|ent)', 'mis en ligne', 'mise en ligne', 'met en ligne', 'fait son entrée(?! en [Bb]ourse)', 'entrée sur le marché', 'se déploie', 'ouvre', "(?:a|ont|avait|avaient|s['’]est|se sont) ouvert(?:e|s|es)?", 'ouvert ses portes', "(?:a|ont|avait|avaient|s['’]est|se sont) ouvert(?:e|s|es)?", 'ouvert ses portes', 'implant(?:é|ée|ation)', 'disponible (?:en|au|aux|dans)', 'active (?:en|au|aux|dans)', 'actif (?:en|au|aux|dans)', 'présente? (?:en|au|aux|dans)', 'démarr(?:é|age)'],
  expansion: ["s['’]étendre", "s['’]étend", 'étendre', 'expansion', "s['’]implanter", 'arrivera', 'nouveaux marchés'],
  suspension: ['suspend(?:re|u|ue|us|ent)?', 'suspension', 'met(?:tre)? en pause', 'mis en pause', 'interromp(?:re|u|t)', 'ferm(?:é|ée|er|eture)', 'gel(?:é|er)', "à l['’]arrêt", 'cesse', 'inaccessible', 'indisponible', 'hors ligne', "n['’]est plus (?:accessible|disponible)"],
  exit: ['quitt(?:e|é|er|ent)', 'se retir(?:e|er|ent)', 'retiré', 'retrait', 'sortie du marché', 'abandonn(?:e|é|er)'],
  regulation: ['interdi(?:re|t|te|ts|tes|ction)', 'bann(?:ir|i|ie)', 'enquête', 'désign(?:é|ée|ation)', 'amende', 'sanction(?:né|née|ner|s)?', 'tax(?:er|e|es|é|ée|ation)', 'loi', 'réglementation', 'régulateurs?', 'poursuites?', 'Digital Services Act', 'droits de douane', 'frais de (?:gestion|traitement|douane)', 'exonération', 'franchise de droits', 'contrôles douaniers', 'législation', 'condamn(?:é|ée|ation)', "bloqu(?:e|er|é|ée|ent) (?:l['’]application|l['’]appli|le site|la plateforme|l['’]accès)",
    'ordonn(?:é|e|ent|er) (?:le retrait|le blocage|la suppression)', '(?:déposé|dépose|déposent|porté|porte) plainte', 'plainte (?:auprès|devant)'],
  partnership: ['partenariat', "s['’]associe", 'associé à', 'alliance', "accords? (?:(?:conclu|signé|passé|noué)e?s? )?avec", 'collaboration', "s['’]allie"],
  acquisition: ['rachète', 'rachat', 'rach(?:eté|etée|eter)', 'acquiert', 'acquisition', 'prise de participation', 'prend une participation', 'fusion(?:ne|né)?', "s['’]empare"],
  funding: ['levée de fonds', 'lève', 'levé', 'introduction en Bourse', 'entrée en Bourse', 'cotation', 'IPO', 'tour de table'],
  promotion: ['promotions?', 'promos?', 'réductions?', 'soldes', 'livraisons? (?:\\p{L}+ ){0,3}(?:gratuites?|offertes?)', 'frais de port offerts', 'sans frais de port', 'remises?', 'rabais', 'Black Friday', 'codes? promo', 'ventes? flash', 'ventes? privées?', 'codes? de réduction', 'bons? de réduction', 'opérations? commerciales?'],
  leadership: ['nomm(?:é|ée|e|ation)', 'nouveau (?:PDG|patron|directeur général|président)', 'nouvelle (?:PDG|patronne|directrice générale|présidente)', 'démission(?:ne|né)?', 'succède'],
  layoff: ['licenci(?:e|ement|ements|er|é|és)', 'suppressions? de postes', "suppressions? d['’]emplois", "suppressions? (?:de |d['’])(?:[\\p{L}\\d\\u00a0\\u202f .,]+ ){1,3}(?:postes|emplois)", 'plan social', '(?:postes|emplois) (?:seront |sont |vont être )?supprimés', 'supprim(?:e|er|é) (?:[\\p{L}\\d\\u00a0\\u202f .,]+ ){0,3}(?:postes|emplois)'],
};

const NL: Cues = {
  launch: ['lanceert', 'lanceerde', 'gelanceerd', 'lancering(?:en)?', 'lanceren', 'start(?:te)? in', 'van start', 'gaat live', 'de start', 'gestart', 'begint in', 'begon in', 'debuteert', 'actief in', 'beschikbaar in', 'ging live', 'opent', 'opende', 'geopend', 'te openen', 'betreedt', 'betrad', 'intrede', 'introductie', 'komst', 'opening', 'uitgerold', 'onthult', 'onthulde', 'onthuld', `zet (?:${W} )?online`],
  expansion: ['uitbreiding', 'uitbreiden', `breidt (?:${W} )?uit`, 'uitgebreid', 'expansie', 'uitrol', `rolt (?:${W} )?uit`, 'nieuwe markten?'],
  suspension: [`schort (?:${W} )?op`, 'opgeschort', 'pauzeert', 'gepauzeerd', 'stopt tijdelijk', 'on hold', `legt (?:${W} )?stil`, 'stilgelegd', 'sluit', 'gesloten', 'sluiting', 'op zwart', '(?:gaat|ging|gingen|gaan) offline', 'offline gehaald', 'onbereikbaar', 'niet (?:meer )?(?:beschikbaar|bereikbaar)', 'uit de lucht', 'platgelegd'],
  exit: [`trekt zich (?:${W} )?terug`, 'teruggetrokken', 'vertrekt uit', 'verlaat', 'stopt (?:met|in)', 'exit', 'terugtrekking'],
  regulation: ['verbod', 'maatregel(?:en)?', 'verbiedt', 'verboden', 'verbieden', 'onderzoek', 'boete', 'aangewezen', '\\p{L}*heffing(?:en)?', 'belasting(?:en)?', 'douanerechten', 'vrijstelling', 'behandelingskosten', 'handlingkosten', 'wet', 'wetgeving', 'toezichthouders?', 'Digital Services Act', 'invoerrechten', 'aangeklaagd', 'rechtszaak', 'blokkeer(?:t|de|den)', 'geblokkeerd', 'blokkade',
    'klacht(?:en)? (?:ingediend|indienen|in)', 'dient (?:\\p{L}+ ){0,4}klacht', '(?:diende|dienden) (?:\\p{L}+ ){0,4}klacht', 'klacht(?:en)? bij'],
  partnership: ['samenwerking', 'werk(?:t|en) samen', 'partnerschap', 'slaat de handen ineen', 'alliantie', 'akkoord (?:(?:gesloten|getekend) )?met', 'overeenkomst (?:(?:gesloten|getekend) )?met', 'deal met'],
  acquisition: [`neemt (?:${W} )?over`, `(?:nam|namen) (?:[\\p{L}\\p{N}'’-]+ ){1,8}?over(?=\\s*(?:[,.;:]|en\\s|$))`, 'overname', 'overgenomen', 'koopt', 'kocht', 'gekocht', 'fuseert', 'fusie', 'belang (?:in|van)'],
  funding: ['beursgang', 'naar de beurs', 'beursnotering', 'financieringsronde', 'kapitaalronde', 'investeringsronde', 'IPO', `haalt (?:${W} ){0,5}op`],
  promotion: ['korting(?:en|sweek|sactie|sacties|sdagen|scode|scodes)?', 'gratis (?:[\\p{L}-]+ ){0,2}?(?:levering|verzending|bezorging)', 'aanbieding(?:en)?', 'Black Friday', 'kortingscodes?', 'uitverkoop', '(?:zomer|winter)(?:sale|uitverkoop|actie)', 'actiedagen', 'actieweek', 'stuntdagen'],
  leadership: ['benoemd', 'benoemt', 'nieuwe (?:topman|topvrouw|CEO|directeur|baas|voorzitter)', 'treedt af', 'stapt op', 'opvolger'],
  layoff: ['ontslagen', 'ontslaat', 'massaontslag', 'banen (?:schrappen|geschrapt)', 'schrap(?:t|te|ten|pen) (?:[\\p{L}\\d.,]+ ){0,6}banen', 'reorganisatie', 'banen (?:verdwijnen|op de tocht|weg)', 'verdwijnen (?:[\\p{L}\\d.,]+ ){0,3}banen', 'banen (?:worden|zullen worden) geschrapt'],
};

export interface CompiledCues {
  /** One pass over a sentence: each event is a named group. */
  re: RegExp;
  events: EventName[];
  /** Matches where `re` does, found faster (cue-gate.ts); `re` then reads the match. */
  gate: RegExp;
  /** Reads the match of `re` at a position the gate found, faster than `re` (cue-reader.ts). */
  read: CueReader;
}

// Cues in more words, kept apart from the lists above: a store carried to a place ("is bringing
// Haul, its low-price storefront, to the UK", "apporte son service en Espagne", "brengt zijn dienst
// naar Spanje"), layoffs told with "zo'n" or a compound ("schrapt zo'n 12.000 kantoorbanen",
// "ontslagronde", "cut 9,000 white-collar jobs").
const MORE: Record<Language, Cues> = {
  en: {
    launch: [`(?:(?:bring(?:s|ing)?|brought) |(?:tak(?:es|ing)|took) (?:its|their) )[^.;]{1,90}? to(?= (?:the )?\\p{Lu})`],
    // Jobs put at risk by a closure are the layoff told before it happens: "putting about 1,200 jobs at risk".
    layoff: ["cut(?:s|ting)? (?:[\\p{L}\\d.,’'-]+ ){0,3}jobs", '(?:jobs|roles|positions|posts) (?:are |were |now )?at risk'],
    regulation: ['in the crosshairs', 'in the sights of'],
  },
  fr: {
    // "Temu, qui vend aussi des vêtements, est également visée": the passive "targeted" of a rule.
    // Written from the participle back, so the many "est" and "sont" of French cost no search.
    regulation: ['visée?s?(?<=(?:est|sont|sera|seront|serait|seraient|était|étaient) (?:\\p{L}+ ){0,2}visée?s?)', 'dans le (?:viseur|collimateur)'],
    layoff: ['(?:postes|emplois) (?:sont |seraient |seront )?menacés', "menac(?:e|ent|ant|er) (?:[\\p{L}\\d  .,’'-]+ ){0,3}(?:postes|emplois)"],
    launch: [`(?:apport|amèn|emmèn|export)(?:e|ent|é|ée|era) (?:son |sa |ses |leur |leurs )?[^.;]{1,90}? (?:en|au|aux)(?= \\p{Lu})`] },
  nl: {
    regulation: ['in het vizier'],
    launch: [`(?:breng(?:t|en)|bracht(?:en)?) (?:zijn |haar |hun |de |het )?[^.;]{1,90}? naar(?= (?:het )?\\p{Lu})`],
    layoff: [
      'ontslagrondes?',
      '(?:banen|arbeidsplaatsen|jobs) (?:staan |komen )?op het spel',
      'ontslaggolf',
      'afvloeiing(?:en)?',
      '(?:\\p{L}*banen|jobs) (?:schrappen|geschrapt)',
      "schrap(?:t|te|ten|pen) (?:[\\p{L}\\d.,’'-]+ ){0,6}\\p{L}*(?:banen|jobs|arbeidsplaatsen|functies)",
    ],
  },
};
const withMore = (cues: Cues, more: Cues): Cues => {
  const out: Cues = { ...cues };
  for (const [event, list] of Object.entries(more) as Array<[EventName, string[]]>) out[event] = [...list, ...(out[event] ?? [])];
  return out;
};

export const compile = (cues: Cues): CompiledCues => {
  const entries = Object.entries(cues) as Array<[EventName, string[]]>;
  const body = entries.map(([event, list]) => `(?<${event}>${list.join('|')})`).join('|');
  return {
    re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'giu'),
    events: entries.map(([e]) => e),
    gate: cueGate(entries.flatMap(([, list]) => list), 'giu'),
    read: cueReader(entries, 'giu'),
  };
};

export const EVENT_CUES: Record<Language, CompiledCues> = { en: compile(withMore(EN, MORE.en)), fr: compile(withMore(FR, MORE.fr)), nl: compile(withMore(NL, MORE.nl)) };

/** Words that put a launch in the future or among possibilities (then it is an announced expansion): "could open", "pourrait ouvrir", "mikt op een lancering". "compte" only before an infinitive ("compte ouvrir"): "compte désormais 5 000 vendeurs" counts. */
export const FUTURE: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:will|would|plans?|planned|planning|intends?|is set to|are set to|(?:is|are) poised to|prepar(?:es|ing) to|getting ready to|aims?|next year|soon|later this year|in the coming months|upcoming|expected to|is expected|are expected|scheduled|due to|to follow|could|might|aiming|targets|targeting|considering|eyeing)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:va|vont|veut|prévoit|compte(?=\s+(?:s['’]|se\s|\p{L}+(?:er|ir|re)(?![\p{L}])))|doi(?:t|vent)(?=\s+(?:s['’]|\p{L}+(?:er|ir|re)(?![\p{L}])))|envisage|projette|s['’]apprête(?:nt)?|bientôt|prochainement|l['’]an prochain|l['’]année prochaine|dans les prochains mois|sera|seront|devrait|devraient|prévue?s?|pourrait|pourraient|vise|visent|ambitionne|espère)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:gaat(?! live)|staat op het punt|zal|zullen|wil|plant|van plan|binnenkort|volgend jaar|komend jaar|later dit jaar|in de komende maanden|moet|moeten|gepland|verwacht|kondigt aan|kondigde aan|mikt|mikken|hoopt|hopen|overweegt|overwegen|zou|zouden)(?![\p{L}])/iu,
};

/** Time words strong enough that a sentence naming markets announces an entry by itself ("Bientôt, ce sera au tour de l'Amérique latine"). */
export const SOON: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:next year|soon|later this year|in the coming months|next in line)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:bientôt|prochainement|l['’]an prochain|l['’]année prochaine|dans les prochains mois|au tour de)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:volgend jaar|komend jaar|binnenkort|later dit jaar|in de komende maanden)(?![\p{L}])/iu,
};

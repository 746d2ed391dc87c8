import type { Language } from '../domain/vocabulary.js';
import { lowerCase } from './lower-case.js';
import { datelineEnd } from './dateline.js';
import { ACRONYMS, AUTHORITY_ACRONYMS, COUNTRIES, type MarketKind, REGIONS } from './market-names.js';
import { manyMarkets } from './many-markets.js';
import { TOWNS } from './town-names.js';
import { trieRegex } from './trie-regex.js';
import { isPeopleNoun, placeOfSourceOrOffice, sourceFromPlace, sourceNamedBefore } from './place-roles.js';
import { excludedCountry, namesCurrency, namesTheCompany, withoutForeignAuthorities } from './place-exceptions.js';
import { norm } from './words.js';
import { mayEndOn, mayHoldNearEnd } from './tail-words.js';
import { declareGate } from './gates.js';
import { openedShop } from './opened-shop.js';

export interface MarketHit {
  start: number;
  end: number;
  code: string;
  kind: MarketKind;
}

const LOOKUP = new Map<string, { code: string; kind: MarketKind }>();
for (const [code, forms] of Object.entries(COUNTRIES)) {
  for (const kind of ['name', 'demonym', 'city'] as const) {
    for (const f of forms[kind] ?? []) LOOKUP.set(norm(f), { code, kind });
  }
}
for (const [code, forms] of Object.entries(REGIONS)) {
  for (const f of forms) LOOKUP.set(norm(f), { code, kind: code === 'GLOBAL' ? 'global' : 'region' });
}

// A town counts only as a proper name, with its capital: "a paisley scarf", "the ruhr" are no places.
const TOWN_KEYS: ReadonlySet<string> = new Set(Object.values(TOWNS).flatMap((forms) => forms.map(norm)));

// Matched against the lower-cased sentence: case-insensitive Unicode matching over a few
// hundred alternatives is several times slower than matching lower-case text.
// A trie: the same matches as the longest-first alternation, in less time (trie-regex.ts).
const NAMES = trieRegex([...LOOKUP.keys()], 'gu');
const NAMES_ANY_CASE = trieRegex([...LOOKUP.keys()], 'giu');
// "US$20 billion" is a currency, not a market.
const ACRONYM_RE = /(?<![\p{L}\p{N}])(?:U\.S\.A\.|U\.S\.|U\.K\.|USA|US|UK|EU|UE|VS|DSA|DMA|RU|NL|UAE|EAU|DGCCRF|CNIL|ACM|CMA|FTC|AGCM|NVWA)(?![\p{L}\p{N}$]|\.\p{L})/gu;

// A nationality that describes the company ("la plateforme chinoise Temu", "the Chinese
// retailer", "de Amerikaanse reus") is not where the fact happens.
const DESCRIBES_COMPANY_AFTER =
  /^[\s-]*(?:[\p{L}-]+[\s-]+){0,2}?(?:company|companies|giant|giants|retailer|retailers|e-tailer|app|platform|firm|group|marketplace|rival|rivals|competitor|owner|parent|brand|specialist|specialists|maker|chain|seller|start-?up|conglomerate|(?:platform|app|firm|group|marketplace|brand|chain|e-tailer|maker)s|[\p{L}-]*(?:reus|gigant|bedrijf|concern|webwinkel|winkel|webshop|platform|retailer|concurrent|groep|app|moeder)(?:en|s)?)(?![\p{L}])/iu;
const DESCRIBES_COMPANY_BEFORE =
  /(?:géant|géants|plateforme|plateformes|entreprise|entreprises|société|sociétés|groupe|groupes|application|appli|enseigne|site|marque|concurrent|concurrents|rival|rivaux|détaillant|distributeur|e-commerçant|mastodonte|champion|firme|acteur|acteurs|mère|spécialiste|spécialistes|leader|cybermarchand|vendeur|spécialiste)(?:\s+[\p{L}'’-]+){0,2}\s+$/iu;
const NAME_AFTER = /^\s+\p{Lu}[\p{L}\p{N}]*(?![\p{L}\p{N}-])/u;
const MEDIA_NAME_AFTER = /^\s+(?:Post|Times|Journal|Stock Exchange)/u;
// Where a company or a source sits is not where a fact happens: "Singapore-based consultancy",
// "founded in Nanjing and now headquartered in Singapore", "basée à Utrecht", "gevestigd in Dublin".
const SEAT_AFTER = /^-?\s?(?:based|headquartered)(?![\p{L}])/iu;
const SEAT_BEFORE =
  /(?:headquartered|based|founded|incorporated|registered|basée?s?|fondée?s?|(?<!s['’](?:est|était|sont|étaient)\s)installée?s?|domiciliée?s?|gevestigd|opgericht|hoofdzetel|siège(?:\s+social)?(?:\s+est)?(?:\s+situé)?|(?:headquarters|head office)\s+(?:is|are)|(?:hoofdkantoor|zetel)\s+(?:is|staat|ligt))\s+(?:in|à|en|au|aux|te)\s+$/iu;
const SEAT_NAMES_COMPANY_BEFORE =
  /(?:groupe|géant|firme|société|entreprise|mastodonte|multinationale|compagnie|company|giant|group|firm|reus|gigant|bedrijf|concern|groep|webwinkel)\s+(?:de|d['’]|uit|van|from)\s*$/iu;
// A possessive makes a nationality the company's own arm there, a market: "Amazon, whose British
// marketplace", "sa filiale française", "zijn Nederlandse site".
const POSSESSIVE_BEFORE = /(?:its|their|whose|his|her|son|sa|ses|leur|leurs|zijn|haar|hun)\s+$/iu;
// A company's own arm named with its possessive is that arm's market too (round 18): "Shein's
// Brazilian marketplace", "Amazon's German site"; not its owner or rivals ("Temu's Chinese parent").
const NAME_POSSESSIVE_BEFORE = /\p{L}['’]s\s+$/u;
const OWN_ARM_AFTER = /^\s+(?:marketplace|platform|app|site|website|store|shop|web ?shop|arm|unit|subsidiary|business|operations?)(?![\p{L}])/iu;
const ownArm = (before: string, after: string): boolean => (NAME_POSSESSIVE_BEFORE.test(before) && OWN_ARM_AFTER.test(after)) || openedShop(before, after);

const NEGATED_BEFORE = /(?<![\p{L}])(?:non|niet)(?:-|\s)$/iu;
// What SEAT_BEFORE ends on and what NEGATED_BEFORE holds: checked first (tail-words.ts).
const SEAT_LAST_WORDS = ['in', 'à', 'en', 'au', 'aux', 'te'];
const NEGATIONS = ['non', 'niet'];
declareGate('markets: seat before', SEAT_BEFORE, (text) => mayEndOn(text, SEAT_LAST_WORDS, 3));
declareGate('markets: negated before', NEGATED_BEFORE, (text) => mayHoldNearEnd(text, NEGATIONS, 5));

const BENELUX_GATE = /benelux/u;
const BENELUX = /(?<![\p{L}])benelux(?![\p{L}])/gu;
declareGate('markets: benelux', BENELUX, BENELUX_GATE);

// A shop's country domain is its market: "Amazon opende in 2020 amazon.nl", "le lancement d'amazon.fr".
const COUNTRY_DOMAINS: Record<string, string> = { nl: 'NL', be: 'BE', fr: 'FR', de: 'DE', es: 'ES', it: 'IT', pl: 'PL', se: 'SE', ie: 'IE', at: 'AT', 'co.uk': 'GB' };
const DOMAIN_RE = /(?<![\p{L}\p{N}.@/-])[a-z][a-z0-9-]+\.(?:com\.)?(co\.uk|nl|be|fr|de|es|it|pl|se|ie|at)(?![\p{L}\p{N}]|\.\p{L})/gu;

// Checked first: a literal dot then a country suffix, so most sentences skip the domain scan.
const DOMAIN_GATE = /\.(?:com\.)?(?:co\.uk|nl|be|fr|de|es|it|pl|se|ie|at)(?![\p{L}\p{N}])/u;
declareGate('markets: domain', DOMAIN_RE, DOMAIN_GATE);

// A language is no place: "son site en français", "available in Dutch.", "in het Frans".
const LANGUAGE_FORMS = /^(?:français|néerlandais|anglais|allemand|espagnol|italien|French|Dutch|English|German|Spanish|Italian|Frans|Nederlands|Engels|Duits)$/u;
// "parle français", "en français", "se met au français", "passe au néerlandais".
const LANGUAGE_BEFORE_FR = /(?<![\p{L}])(?:en|(?:parle|parlent|parler|parlant)(?:\s+[\p{L}]+)?|(?:se\s+met|se\s+mettent|se\s+mettre|passe|passent|passer)\s+au)\s+$/iu;
const LANGUAGE_BEFORE_EN = /(?<![\p{L}])(?:in|into|(?:speaks?|speaking|spoken)(?:\s+[\p{L}]+)?)\s+$/iu;
const LANGUAGE_AFTER_EN = /^\s*(?:[,.;:)!?]|$|and\s+(?:English|French|Dutch|German)|or\s)/u;

function isLanguageName(before: string, name: string, after: string): boolean {
  if (!LANGUAGE_FORMS.test(name)) return false;
  if (/^\p{Ll}/u.test(name)) return LANGUAGE_BEFORE_FR.test(before);
  return LANGUAGE_BEFORE_EN.test(before) && LANGUAGE_AFTER_EN.test(after);
}

const VERSION_BEFORE = /(?<![\p{L}])(?:versions?|éditions?)\s+$/iu;
const VERSION_AFTER = /^\s+(?:versions?|editions?|versies?)(?![\p{L}])/iu;

const BRUSSELS_NAME = /^(?:Brussels|Bruxelles|Brussel)$/iu;
const RULE_WORDS =
  /(?<![\p{L}])(?:fines?|fined|penalt(?:y|ies)|investigations?|probes?|rules|regulations?|fees?|Digital Services Act|DSA|DMA|amendes?|enquêtes?|sanctions?|règles|réglementation|boetes?|onderzoek|regels|regelgeving|heffing|toezicht\p{L}*)(?![\p{L}])/iu;

// A sentence about a figure "in the EU" names Brussels as the Union's seat (round 20): "het aantal
// gebruikers in de EU steeg volgens de opgave aan Brussel", "users in the EU, it told Brussels",
// "ses utilisateurs dans l'UE, selon sa déclaration à Bruxelles".
const IN_THE_EU =
  /(?<![\p{L}])(?:in|across|within|dans|en|binnen)\s+(?:(?:de|the|l['’])\s*)?(?:EU|UE|Europe|Europa|European Union|Union européenne|Europese Unie)(?![\p{L}])/u;

const GLOBAL_IN_NAME = /^\p{Lu}\p{Ll}+$/u;
const CAPITAL_AFTER = /^ \p{Lu}/u;

/** Markets named in `text`, in order, without nationalities that only describe a company. */
export function findMarkets(text: string, _language: Language): MarketHit[] {
  const out: MarketHit[] = [];
  const lowered = lowerCase(text);
  // Most sentences have no curly apostrophe: no second pass over them.
  const lower = lowered.includes('’') ? lowered.replace(/’/g, "'") : lowered;
  // Lower-casing keeps offsets unless a character changes length (rare: "İ"); then match as is.
  const sameLength = lower.length === text.length;
  const re = sameLength ? NAMES : NAMES_ANY_CASE;
  const subject = sameLength ? lower : text;
  // A dateline names where the story was filed, not a market.
  re.lastIndex = datelineEnd(text);
  for (let m = re.exec(subject); m !== null; m = re.exec(subject)) {
    // A match of the lower-cased text is most often a key as it stands (keys are normed, so norm
    // would give it back unchanged): no normalising then.
    const entry = LOOKUP.get(m[0]) ?? LOOKUP.get(norm(m[0]));
    if (!entry) continue;
    const end = m.index + m[0].length;
    const after = text.slice(end, end + 40);
    const original = text.slice(m.index, end);
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (SEAT_AFTER.test(after) || (mayEndOn(before, SEAT_LAST_WORDS, 3) && SEAT_BEFORE.test(before))) continue;
    // "een niet-Chinese eigenaar", "non-American buyers", "des vendeurs non européens": a negated
    // nationality names everywhere but that place.
    if (mayHoldNearEnd(before, NEGATIONS, 5) && NEGATED_BEFORE.test(before)) continue;
    if (entry.kind === 'demonym' && isLanguageName(before, original, after)) continue;
    // A French or Dutch version of a site or app is a language, spoken in Belgium too, no market:
    // "une version française de son site", "the Dutch version of its app", "een Franse versie van
    // de webshop". Other versions are their country's ("Douyin, la version chinoise de TikTok").
    if (entry.kind === 'demonym' && (entry.code === 'FR' || entry.code === 'NL') && (VERSION_BEFORE.test(before) || VERSION_AFTER.test(after))) continue;
    // "analysts at a Hong Kong brokerage", "its European headquarters in Dublin" (place-roles.ts).
    // A people's adjective after "from", "de", "uit" qualifies the noun after it, no source's seat
    // (round 21): "marktonderzoeker GfK schat de Nederlandse omzet" (Dutch "de" is an article).
    if (placeOfSourceOrOffice(entry.kind, after) || (entry.kind === 'demonym' && sourceNamedBefore(before)) || (entry.kind !== 'global' && entry.kind !== 'region' && entry.kind !== 'demonym' && sourceFromPlace(before)) || ((entry.kind === 'name' || entry.kind === 'demonym') && namesCurrency(before, after))) continue;
    if (
      (entry.kind === 'demonym' || (entry.kind === 'region' && !/^\p{Lu}/u.test(original) && entry.code === 'EU')) &&
      !POSSESSIVE_BEFORE.test(before) &&
      !(entry.kind === 'demonym' && isPeopleNoun(original)) &&
      !ownArm(before, after)
    ) {
      if (DESCRIBES_COMPANY_AFTER.test(after)) continue;
      // A French adjective before a name describes it: "propriété du chinois ByteDance".
      if (entry.kind === 'demonym' && /^\p{Ll}/u.test(original) && NAME_AFTER.test(after)) continue;
      if (DESCRIBES_COMPANY_BEFORE.test(before)) continue;
    }
    // "Mondial Relay", "Global Sources": a world word capitalised before another capitalised word is a name.
    if (entry.kind === 'global' && m.index > 0 && GLOBAL_IN_NAME.test(original) && CAPITAL_AFTER.test(after)) continue;
    if (entry.kind === 'city' && ((TOWN_KEYS.has(m[0]) && !/^\p{Lu}/u.test(original)) || MEDIA_NAME_AFTER.test(after))) continue;
    // A city that names a company by its seat: "le groupe de Seattle", "the Seattle giant",
    // "de reus uit Seattle".
    if (entry.kind === 'city' && (SEAT_NAMES_COMPANY_BEFORE.test(before) || DESCRIBES_COMPANY_AFTER.test(after))) continue;
    // "legde Brussel een boete op", "a supervisory fee to Brussels": acting on rules, Brussels is
    // the EU's institutions, not Belgium.
    if (entry.kind === 'name' && excludedCountry(before)) {
      out.push({ start: m.index, end, code: 'GLOBAL', kind: 'name' });
      continue;
    }
    const code = entry.code === 'BE' && entry.kind === 'city' && BRUSSELS_NAME.test(original) && (RULE_WORDS.test(text) || IN_THE_EU.test(text)) ? 'EU' : entry.code;
    out.push({ start: m.index, end, code, kind: entry.kind });
  }
  // "the Benelux" is the Netherlands and Belgium at once (Luxembourg is no market of its own here).
  if (BENELUX_GATE.test(lower)) {
    BENELUX.lastIndex = 0;
    for (let m = BENELUX.exec(lower); m !== null; m = BENELUX.exec(lower)) {
      for (const code of ['NL', 'BE']) out.push({ start: m.index, end: m.index + m[0].length, code, kind: 'name' });
    }
  }
  ACRONYM_RE.lastIndex = 0;
  for (let m = ACRONYM_RE.exec(text); m !== null; m = ACRONYM_RE.exec(text)) {
    const code = ACRONYMS[m[0]];
    if (!code) continue;
    const end = m.index + m[0].length;
    if (namesCurrency(text.slice(Math.max(0, m.index - 40), m.index), text.slice(end, end + 20)) || namesTheCompany(text.slice(Math.max(0, m.index - 5), m.index), text.slice(end, end + 30))) continue;
    out.push({ start: m.index, end, code, kind: code === 'EU' ? 'region' : AUTHORITY_ACRONYMS.has(m[0]) ? 'city' : 'name' });
  }
  // "The Commission opened proceedings", "la Commission a ouvert", "de Commissie legde op": told
  // alone, the Commission of these stories is the European one (round 15).
  if (text.includes('Commissi')) {
    BARE_COMMISSION.lastIndex = 0;
    for (let m = BARE_COMMISSION.exec(text); m !== null; m = BARE_COMMISSION.exec(text)) {
      const start = m.index + m[0].length - m[1]!.length;
      out.push({ start, end: m.index + m[0].length, code: 'EU', kind: 'region' });
    }
  }
  if (DOMAIN_GATE.test(lower)) {
    DOMAIN_RE.lastIndex = 0;
    for (let m = DOMAIN_RE.exec(lower); m !== null; m = DOMAIN_RE.exec(lower)) {
      const code = COUNTRY_DOMAINS[m[1]!];
      if (code) out.push({ start: m.index, end: m.index + m[0].length, code, kind: 'name' });
    }
  }
  out.push(...manyMarkets(text));
  return withoutForeignAuthorities(out.sort((a, b) => a.start - b.start), text);
}

// Not a national body: "la Commission nationale de l'informatique", "the Commission on Human Rights",
// "la Commission chinoise de réglementation", "de Commissie van Beroep".
const BARE_COMMISSION =
  /(?<![\p{L}])(?:the|The|la|La|de|De)\s+(Commission|Commissie)(?![\p{L}])(?!\s+(?:nationale|chinoise|fédérale|américaine|britannique|des|de|du|d['’]|of|on|for|van|voor|nationale)(?![\p{L}]))/gu;
declareGate('markets: bare commission', BARE_COMMISSION, (text) => text.includes('Commissi'));

// Where one clause ends and another, about something else, begins: "North America sales rose
// 11%, while international sales grew 16%"; "60.000 verkooppartners, van wie 15.000 in België".
// A cause told after a comma is its own clause too: "profit fell to $1 billion, due to higher
// costs in the US and Europe", "en raison de coûts plus élevés aux États-Unis", "door hogere kosten
// in de Verenigde Staten": where the costs rose is not where the profit was made.
// A clause opening on "as it", "alors qu'il", "terwijl het" needs no comma (headlines drop them):
// "PDD ran on 17,403 staff last year as it builds European teams" (round 20).
// So is a part told after a comma with "with its" (round 20): "net sales of $188 billion, with its
// North America segment contributing $116 billion", "avec sa filiale française", "met zijn
// Belgische tak": the part's place is not the whole's.
// So is what helped it (round 20b): "$17 billion, up 18%, helped by ads on Prime Video, which
// became the default for US subscribers", "portée par les ventes aux États-Unis", "geholpen door de VS".
// An apposition with its own relative clause after the figure describes it, and its places are
// not the figure's: "entre 159 et 164 milliards de dollars, une fourchette large qui reflète les
// droits de douane sur les produits chinois", "$5bn, a figure that reflects tariffs on China".
// A headline's "as" right after its figure opens a clause too: "Shein's profit doubles to $2 billion
// as US shoppers keep buying": where the shoppers are is not where the profit was made.
const CLAUSE_BREAK =
  /(?=[;,\s])(?:;|(?=\s)(?<=(?:\d|%|illion|bn|percent|procent))\s+(?:as|alors que|terwijl)(?=\s+(?!(?:much|many|well|long|high|low|soon|far|part|of|a|an|per|in|from|against|compared|opposed|it|they|il|ils|elle|elles|het|hij|ze|zij)(?![\p{L}])))|\s(?:as|while|alors qu['’]|tandis qu['’]|terwijl)\s*(?:it|they|il|ils|elle|elles|het|hij|ze|zij)\s|,\s+(?:(?:a|an|une?|een)\s+(?:[\p{L}-]+\s+){0,3}?(?:that|which|qui|die|dat)|due to|owing to|because of|thanks to|driven by|helped by|boosted by|fuelled by|fueled by|lifted by|aided by|supported by|porté par|portée par|portés par|portées par|tiré par|tirée par|tirés par|tirées par|soutenu par|soutenue par|soutenus par|soutenues par|geholpen door|gedreven door|aangejaagd door|gestuwd door|à cause d(?:e|es|u)|en raison d(?:e|es|u)|grâce à|grâce aux|du fait d(?:e|es|u)|door|dankzij|vanwege|wegens|als gevolg van|while|whereas|but|as|because|since|out of|of a total|sur un total|sur un total de|van in totaal|op een totaal van|car|parce que|omdat|doordat|of whom|of which|including|among them|according to|more than|less than|and that|and it|and|tandis que|alors que|mais|dont|parmi lesquels|selon|plus que|moins que|et qu['’]|et que|terwijl|maar|van wie|waarvan|waaronder|volgens|meer dan|minder dan|en dat|with (?:its|their|the|his|her)|avec (?:sa|son|ses|leur|leurs)|met (?:zijn|haar|hun))(?![\p{L}]))/giu;

const LIST_END = /^\s+(?:(?:in|the)\s+)?\p{Lu}/u;

// Every break starts on a semicolon, a comma or a space: the lookahead in front lets the engine skip
// the other characters before trying the alternatives (and their lookbehind) one by one.
// The breaks of the last text looked at: a sentence's clauses are asked for once per figure, cue
// and place, and the break pattern's lookbehind is costly to try along the whole sentence.
let breaksText: string | undefined;
let breaksAt: number[] = [];

function clauseBreaks(text: string): number[] {
  if (text === breaksText) return breaksAt;
  const at: number[] = [];
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(text); m !== null; m = CLAUSE_BREAK.exec(text)) {
    // ", and" starts a clause ("fined it €1.5 million, and last year France's watchdog imposed
    // €40 million"), not when it closes a list of names ("in France, Spain, and Italy").
    if (/and$/iu.test(m[0]) && LIST_END.test(text.slice(m.index + m[0].length))) continue;
    at.push(m.index);
  }
  breaksText = text;
  breaksAt = at;
  return at;
}

/** [start, end) of the clause around `pos`. */
export function clauseAround(text: string, pos: number): [number, number] {
  let start = 0;
  let end = text.length;
  for (const index of clauseBreaks(text)) {
    if (index < pos) start = index + 1;
    else {
      end = index;
      break;
    }
  }
  return [start, end];
}

// "en Belgique environ 3 millions", "en in België ongeveer 3,1 miljoen": a hedge may stand before
// the place's own figure (round 15b).
const OWN_FIGURE_AFTER = /^\s*(?:(?:about|around|roughly|nearly|almost|some|over|more than|environ|près de|presque|plus de|quelque|ongeveer|zo['’]n|bijna|ruim|circa|meer dan)\s+)?[$€£]?\d/iu;

const RANK: Record<MarketKind, number> = { name: 0, demonym: 1, region: 2, global: 3, city: 4 };

/**
 * The market a figure at [start,end) is about, within its clause: one named right after it
 * ("75 million users in the European Union", "clients américains") wins; otherwise the strongest
 * kind in the clause (a country over a region over a city), first one first.
 */
export function marketForFigure(hits: MarketHit[], start: number, end: number, text: string): string | null {
  const [from, to] = clauseAround(text, start);
  const inClause = hits.filter((h) => h.start >= from && h.end <= to);
  for (const h of inClause) {
    // "in Nederland 5 miljoen gebruikers en in België 2 miljoen": a place followed by its own figure is that figure's.
    if (h.start >= end && h.start - end <= 45 && !/[,;:]|\.\s/.test(text.slice(end, h.start)) && !OWN_FIGURE_AFTER.test(text.slice(h.end, h.end + 20))) return alone(h, inClause, text);
  }
  // "in Nederland 5,5 miljoen gebruikers, in België 4 miljoen": a place standing right before the
  // figure, with no break between, is the figure's own.
  let close: MarketHit | undefined;
  for (const h of inClause) if (h.end <= start && start - h.end <= 20 && !/[,;:]/u.test(text.slice(h.end, start))) close = h;
  if (close) return alone(close, inClause, text);
  // A place told after the figure, past a comma, is an aside about part of it ("$50 billion this
  // year, roughly a third of it in the US") when the clause named a place before the figure.
  const before = inClause.filter((h) => h.end <= start);
  const candidates = before.length > 0 ? inClause.filter((h) => h.end <= start || !/[,;]/u.test(text.slice(end, h.start))) : inClause;
  let best: MarketHit | null = null;
  for (const h of candidates) if (!best || RANK[h.kind] < RANK[best.kind]) best = h;
  return best ? alone(best, inClause, text) : null;
}

// "in the Netherlands and Belgium", "en France et en Belgique", "in Nederland en België", "in Spain, Portugal, and Italy".
const JOINED = /^\s*,?\s*(?:and|et|en|&|as well as|ainsi que)?\s*(?:(?:in|en|au|aux|the|la|le|les|het|de)\s+|l['’])?$/iu;

/**
 * One figure for several countries together ("13 million customers in the Netherlands and
 * Belgium") is not a figure for either, and the vocabulary has no code for a pair: null, so no
 * alert reads it as a Dutch figure.
 */
function alone(hit: MarketHit, hits: MarketHit[], text: string): string | null {
  if (hit.kind !== 'name' && hit.kind !== 'demonym') return hit.code;
  for (const other of hits) {
    if (other === hit || other.code === hit.code || (other.kind !== 'name' && other.kind !== 'demonym')) continue;
    // "in France and in Spain 2 million": the other place has a figure of its own.
    if (other.start > hit.end && OWN_FIGURE_AFTER.test(text.slice(other.end, other.end + 20))) continue;
    const gap = other.start >= hit.end ? text.slice(hit.end, other.start) : other.end <= hit.start ? text.slice(other.end, hit.start) : null;
    if (gap !== null && gap.length <= 16 && JOINED.test(gap) && /\S/u.test(gap)) return null;
  }
  return hit.code;
}

/** Whether no market is named in the clause around `pos` (the sentence may name some elsewhere). */
export function noneInClause(hits: readonly MarketHit[], pos: number, text: string): boolean {
  const [from, to] = clauseAround(text, pos);
  return !hits.some((h) => h.start >= from && h.end <= to);
}

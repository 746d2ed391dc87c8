import type { Quantity } from './numbers.js';

/**
 * A sum a project is said to add to a country's output is no figure of the company (round 20c,
 * precision): "will add about $10 billion to Mexico's gross domestic product", "ajoutera 10
 * milliards d'euros au PIB français", "zal 10 miljard euro aan het bbp toevoegen", "would lift GDP
 * by $4 billion", "gonflera le PIB de 4 milliards". It is an estimate of the economy's gain, not
 * the money invested, earned or raised.
 */
const ECONOMY = `(?:gross domestic product|GDP|economy|economic output|produit intérieur brut|PIB|économie|bbp|bruto binnenlands product|economie)`;
const TO_ECONOMY_AFTER = new RegExp(
  String.raw`^[\s\u00A0]+(?:(?:to|into)[\s\u00A0]+(?:the[\s\u00A0]+)?(?:[\p{Lu}][\p{L}.-]*(?:['’]s)?[\s\u00A0]+)?(?:(?:local|national|regional|country['’]s|nation['’]s)[\s\u00A0]+)?|(?:au|à[\s\u00A0]+l['’]|à[\s\u00A0]+la)[\s\u00A0]*|aan[\s\u00A0]+(?:het|de)[\s\u00A0]+(?:[\p{L}-]+[\s\u00A0]+)?)${ECONOMY}(?![\p{L}])`,
  'u',
);
const ECONOMY_BY_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])${ECONOMY}(?![\p{L}])[^.;,]{0,30}?[\s\u00A0](?:by|de|met)[\s\u00A0]+(?:(?:about|around|some|roughly|an estimated|up to|environ|près de|quelque|jusqu['’]à|ongeveer|zo['’]n|ruim|circa)[\s\u00A0]+)?$`,
  'u',
);
const STEMS = /GDP|gross domestic|econom|PIB|produit intérieur|économie|bbp|binnenlands/u;

/** Whether the sum at `q` is what a project adds to an economy's output. */
export function addedToEconomy(q: Quantity, sentence: string): boolean {
  if (q.kind !== 'money' || !STEMS.test(sentence)) return false;
  return TO_ECONOMY_AFTER.test(sentence.slice(q.end, q.end + 60)) || ECONOMY_BY_BEFORE.test(sentence.slice(Math.max(0, q.start - 60), q.start));
}

/**
 * What a tax or a levy brings in is the state's, no company's revenue (round 20c, precision): "De
 * opbrengst van de heffing wordt geschat op 500 miljoen euro", "revenue from the levy is put at
 * €500 million", "les recettes de la taxe atteindraient 500 millions d'euros", "the duty would
 * raise about $2 billion a year", "la taxe rapporterait 500 millions", "de heffing levert 500
 * miljoen op".
 */
const LEVY = String.raw`(?:tax|taxes|levy|levies|duty|duties|tariffs?|fee|charge|taxe|taxes|redevance|droits?(?:[\s\u00A0]+de[\s\u00A0]+douane)?|prélèvement|heffing|heffingen|belasting|taks|invoerrechten|accijns)`;
const PROCEEDS_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:revenue|revenues|proceeds|receipts|income|yield)[\s\u00A0]+(?:from|of)|(?:recettes?|produit|rendement)[\s\u00A0]+(?:de|du|des)|(?:opbrengst|opbrengsten)[\s\u00A0]+(?:van|uit))[\s\u00A0]+(?:(?:the|this|that|such a|a|new|la|le|l['’]|les|cette|ce|ces|nouvelle|de|het|deze|die|nieuwe)[\s\u00A0]*)*(?:[\p{L}-]+[\s\u00A0]+)?${LEVY}(?![\p{L}])[^.;]{0,60}$`,
  'iu',
);
const LEVY_RAISES_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])${LEVY}[\s\u00A0]+(?:(?:would|could|will|should|is expected to|is set to)[\s\u00A0]+)?(?:raise|raises|bring in|brings in|generate|generates|rapporterait|rapportera|rapporte|rapporteront|rapporteraient|levert|leveren|zou|zal|moet)(?![\p{L}])[^.;,]{0,30}$`,
  'iu',
);
const LEVY_STEMS = /opbrengst|revenue|proceeds|receipts|income|yield|recette|produit|rendement|rapport|raise|bring|generat|levert|leveren|zou|zal|moet/iu;

/** Whether the sum at `q` is what a tax or a levy brings in. */
export function levyProceeds(q: Quantity, sentence: string): boolean {
  if (q.kind !== 'money') return false;
  const before = sentence.slice(Math.max(0, q.start - 110), q.start);
  if (!LEVY_STEMS.test(before)) return false;
  if (PROCEEDS_BEFORE.test(before)) return true;
  // "de heffing zou 500 miljoen opleveren": Dutch tells the verb after the sum.
  const nlRaise = /^\S*[\s\u00A0]*(?:[\p{L}]+[\s\u00A0]+){0,3}?(?:opleveren|oplevert|opbrengen|opbrengt|op(?![\p{L}]))/u;
  const levyBefore = LEVY_RAISES_BEFORE.exec(before);
  if (levyBefore === null) return false;
  return !/(?:zou|zal|moet|levert|leveren)[^.;,]{0,30}$/iu.test(levyBefore[0]) || nlRaise.test(sentence.slice(q.end, q.end + 40));
}

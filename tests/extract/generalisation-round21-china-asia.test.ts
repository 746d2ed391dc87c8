import { beforeAll, describe, expect, it } from 'vitest';
import { read } from './read-facts.js';

// Round 21 (China and Asia): analysts a result is only set against, a one-market name placing a
// sale, a region's sales broken down by country, "the region" far down an article, the start of
// an aimed rise, an untracked rival ranked after ours, another's change, several platforms'
// sales, a stock after a market share, shares bought back, French "a baissé", a verb joined after
// an aside, a bare aim. Sentences written for this file, in English, French and Dutch; none is
// taken from an evaluation set.

beforeAll(() => {
  read('Temu', 'Temu grew.');
}, 60_000);

type Row = [language: 'en' | 'fr' | 'nl', title: string, text: string, expected: string[]];

const check = (name: string, rows: Row[]): void => {
  describe(`round 21 (China and Asia): ${name}`, () => {
    for (const [language, title, text, expected] of rows) {
      it(`${language}: ${text}`, () => {
        expect(read(title, text, language).sort()).toEqual([...expected].sort());
      });
    }
  });
};

check('analysts a result is set against are no source of it (expectation.ts)', [
  ['en', 'Temu', 'PDD Holdings made a profit of 20 billion yuan. Sales climbed 12% to 90 billion yuan, less than analysts had expected.', ['temu:profit:20000000000:null:actual', 'temu:growth:12:null:actual', 'temu:gmv:90000000000:null:actual']],
  ['fr', 'Temu', 'PDD Holdings a dégagé un bénéfice de 20 milliards de yuans. Les revenus ont grimpé de 12 %, à 90 milliards de yuans, alors que les analystes misaient sur 95 milliards.', ['temu:profit:20000000000:null:actual', 'temu:growth:12:null:actual', 'temu:revenue:90000000000:null:actual', 'temu:revenue:95000000000:null:estimate']],
  ['nl', 'Temu', 'PDD Holdings boekte een winst van 20 miljard yuan. De omzet groeide met 12 procent tot 90 miljard yuan, meer dan analisten hadden gerekend.', ['temu:profit:20000000000:null:actual', 'temu:growth:12:null:actual', 'temu:revenue:90000000000:null:actual']],
  // Negatives: analysts telling a sector's figure still make it the sector's.
  ['en', 'Temu', 'Temu keeps growing. Analysts estimate that cross-border platforms sold goods worth $50 billion.', []],
  ['nl', 'Temu', 'Temu groeit. Volgens analisten verkochten de webwinkels samen voor 50 miljard euro aan goederen.', []],
]);

check('a name that exists in one market places its sale there (index.ts)', [
  ['en', 'Temu', 'Pinduoduo handed out coupons and price cuts on phones.', ['temu:promotion::CN']],
  ['fr', 'Temu', 'Pinduoduo a distribué des bons de réduction sur les téléphones.', ['temu:promotion::CN']],
  ['nl', 'Temu', 'Pinduoduo deelde kortingscodes uit op telefoons.', ['temu:promotion::CN']],
  // Negative: a company present in many markets gets no place from its name.
  ['en', 'Temu', 'Temu handed out coupons and price cuts on phones.', []],
]);

check('a region’s sales broken down by country (country-part.ts)', [
  ['en', 'TikTok Shop', 'TikTok Shop’s gross merchandise value in Latin America reached $8 billion. Brazil was its biggest market, at $5 billion. Mexico came next with $2 billion and Chile with $1 billion.', ['tiktok-shop:gmv:8000000000:LATAM:actual', 'tiktok-shop:gmv:5000000000:BR:actual', 'tiktok-shop:gmv:2000000000:MX:actual', 'tiktok-shop:gmv:1000000000:CL:actual']],
  ['fr', 'Shein', 'Le chiffre d’affaires de Shein en Europe a atteint 9 milliards d’euros. L’Allemagne a pesé 3 milliards d’euros.', ['shein:revenue:9000000000:EU:actual', 'shein:revenue:3000000000:DE:actual']],
  ['nl', 'Shein', 'De omzet van Shein in Europa kwam uit op 9 miljard euro. Duitsland volgde met 3 miljard euro en Frankrijk met 2 miljard euro.', ['shein:revenue:9000000000:EU:actual', 'shein:revenue:3000000000:DE:actual', 'shein:revenue:2000000000:FR:actual']],
  // Negatives: a sum larger than the whole, or after a country's own figure, is no part of it.
  ['en', 'TikTok Shop', 'TikTok Shop’s gross merchandise value in Latin America reached $8 billion. Brazil was a market worth $90 billion.', ['tiktok-shop:gmv:8000000000:LATAM:actual']],
  ['en', 'TikTok Shop', 'TikTok Shop’s gross merchandise value in Brazil reached $8 billion. Mexico came next with $2 billion.', ['tiktok-shop:gmv:8000000000:BR:actual']],
]);

check('“the region” far down an article is the one its title is about (region-pointer.ts)', [
  ['en', 'Shopee feels the heat from TikTok Shop in Southeast Asia', 'TikTok Shop grew quickly. Its app is popular. Its staff is young. Its founders are rich. Its logo is pink. Its videos are short. Its fans are loyal. It wants 20 million sellers in the region by 2026.', ['tiktok-shop:sellers:20000000:SEA:target']],
  // Negative: with no region named anywhere, "the region" gives none.
  ['en', 'TikTok Shop grows', 'TikTok Shop grew quickly. Its app is popular. Its staff is young. Its founders are rich. Its logo is pink. Its videos are short. Its fans are loyal. It wants 20 million sellers in the region by 2026.', ['tiktok-shop:sellers:20000000:null:target']],
]);

check('the start of an aimed rise told as today’s level is what is (standing-level.ts)', [
  ['en', 'Temu', 'Temu wants to grow its sellers in Japan from 50,000 now to 80,000 next year.', ['temu:sellers:50000:JP:actual', 'temu:sellers:80000:JP:target']],
  ['fr', 'Temu', 'Temu veut porter le nombre de ses vendeurs au Japon de 50 000 aujourd’hui à 80 000.', ['temu:sellers:50000:JP:actual', 'temu:sellers:80000:JP:target']],
  ['nl', 'Temu', 'Temu wil het aantal verkopers in Japan laten groeien van 50.000 nu naar 80.000 volgend jaar.', ['temu:sellers:50000:JP:actual', 'temu:sellers:80000:JP:target']],
]);

check('an untracked rival with an apposition ranking it after ours, and its change (apposed-subject.ts)', [
  ['nl', 'Douyin', 'Xiaohongshu, na Douyin de tweede app van China, verkocht vorig jaar voor 800 miljard yuan aan goederen, 20 procent meer dan in 2023.', []],
  ['fr', 'Douyin', 'Kuaishou, deuxième plateforme vidéo du pays après Douyin, a vendu pour 800 milliards de yuans de produits, 20 % de plus qu’en 2023.', []],
  // Negative: our company with the same apposition keeps its figures.
  ['nl', 'Douyin', 'Douyin, de grootste app van China, verkocht vorig jaar voor 800 miljard yuan aan goederen.', ['tiktok-shop:gmv:800000000000:CN:actual']],
]);

check('sales summed over several platforms are the market’s (across-markets.ts)', [
  ['en', 'TikTok Shop', 'TikTok Shop grew in Thailand. Sales on the three biggest platforms reached $9 billion, up 20%.', []],
  ['fr', 'TikTok Shop', 'TikTok Shop progresse en Thaïlande. Les ventes des trois premières plateformes ont atteint 9 milliards de dollars.', []],
  ['nl', 'TikTok Shop', 'TikTok Shop groeit in Thailand. De omzet op de drie grootste platforms steeg tot 9 miljard dollar.', []],
  // Negative: sales on its own platforms are the company's.
  ['en', 'TikTok Shop', 'TikTok Shop grew in Thailand. Sales on its platforms reached $9 billion.', ['tiktok-shop:gmv:9000000000:null:actual']],
]);

check('a stock moving after a sentence on market share is no share (share-context.ts)', [
  ['nl', 'Temu', 'Temu wint marktaandeel in Europa. Het aandeel zakte op de beurs 8 procent.', []],
  ['en', 'Temu', 'Temu is winning market share in Europe. The stock lost 8% in New York.', []],
  // Negative: the next company's share is still one.
  ['nl', 'Bol', 'Bol heeft een marktaandeel van 17 procent. Het aandeel van Amazon blijft steken op 4 procent.', ['bol:market_share:17:null:estimate', 'amazon:market_share:4:null:estimate']],
]);

check('shares bought back buy no company (cue-objects.ts)', [
  ['fr', 'Shein', 'Shein va racheter des actions à ses employés.', []],
  ['nl', 'Shein', 'Shein koopt aandelen terug van zijn medewerkers.', []],
  ['nl', 'Bol', 'Bol kocht dit jaar eigen aandelen in.', []],
  // Negatives: buying a company, or shares of a named one.
  ['fr', 'Amazon', 'Amazon rachète des actions de Deliveroo.', ['amazon:acquisition::null']],
  ['nl', 'Amazon', 'Amazon koopt aandelen in Deliveroo.', ['amazon:acquisition::null']],
]);

check('French “a baissé” is a fall (metric-cues.ts)', [
  ['fr', 'Temu', 'Le nombre de commandes de Temu a baissé de 30 % en mars.', ['temu:growth:-30:null:actual']],
  ['fr', 'Temu', 'Les ventes de Temu se sont repliées de 4 %.', ['temu:growth:-4:null:actual']],
]);

check('a verb joined after an aside is the opening company’s (aside-name.ts)', [
  ['nl', 'Amazon', 'Amazon neemt een belang in Deliveroo, de maaltijdbezorger, en steekt daarvoor 500 miljoen dollar in het bedrijf.', ['amazon:acquisition::null', 'amazon:investment:500000000:null:actual']],
  // Negative: "and its" after the aside is the named company's.
  ['en', 'Amazon', 'Amazon competes with Zalando, the German retailer, and its 50 million customers.', []],
]);

check('a bare aim is for the measure told before (antecedent.ts)', [
  ['en', 'Douyin', 'Douyin sold goods worth 2 trillion yuan last year. ByteDance has given the app a goal of 2.5 trillion yuan for this year.', ['tiktok-shop:gmv:2000000000000:CN:actual', 'tiktok-shop:gmv:2500000000000:null:target']],
  ['fr', 'Douyin', 'Douyin a vendu pour 2 000 milliards de yuans de produits l’an dernier. ByteDance lui a fixé un objectif de 2 500 milliards de yuans.', ['tiktok-shop:gmv:2000000000000:CN:actual', 'tiktok-shop:gmv:2500000000000:null:target']],
  ['nl', 'Douyin', 'Douyin verkocht vorig jaar voor 2 biljoen yuan aan goederen. ByteDance legde de app een doel van 2,5 biljoen yuan op.', ['tiktok-shop:gmv:2000000000000:CN:actual', 'tiktok-shop:gmv:2500000000000:null:target']],
]);

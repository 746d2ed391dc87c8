/**
 * The five competitors rivalwatch tracks out of the box, with the names people type and the
 * names articles use. Aliases are stored lower case with single spaces (accents and dots kept);
 * the resolver compares them loosely, so "Bol.com", "bolcom" and "BOL" all find `bol`.
 */
export interface SeedCompetitor {
  id: string;
  name: string;
  parent: string | null;
  headquarters: string | null;
  founded: string | null;
  businessModel: string;
  /** ISO 3166-1 alpha-2 codes or regions (EU, SEA, LATAM, GLOBAL). */
  markets: string[];
  website: string;
  aliases: SeedAlias[];
}

export interface SeedAlias {
  alias: string;
  /** en | fr | nl, or null when every language uses it. */
  language: 'en' | 'fr' | 'nl' | null;
  kind: 'name' | 'short' | 'parent' | 'sister' | 'domain' | 'local';
}

const all = (alias: string, kind: SeedAlias['kind']): SeedAlias => ({ alias, language: null, kind });
const local = (alias: string, language: 'en' | 'fr' | 'nl'): SeedAlias => ({ alias, language, kind: 'local' });

export const seedCompetitors: SeedCompetitor[] = [
  {
    id: 'tiktok-shop',
    name: 'TikTok Shop',
    parent: 'ByteDance',
    headquarters: 'Singapore and Los Angeles (TikTok)',
    founded: '2021',
    businessModel: 'Social commerce: shops, affiliate creators and livestream selling inside the TikTok app',
    markets: ['US', 'GB', 'SEA'],
    website: 'https://shop.tiktok.com',
    aliases: [
      all('tiktok shop', 'name'),
      all('tiktok', 'short'),
      all('tik tok', 'short'),
      all('tiktok-shop', 'short'),
      all('bytedance', 'parent'),
      all('douyin', 'sister'),
      all('shop.tiktok.com', 'domain'),
      local('boutique tiktok', 'fr'),
      local('la boutique tiktok', 'fr'),
      local('tiktok-winkel', 'nl'),
      local('tiktokwinkel', 'nl'),
    ],
  },
  {
    id: 'shein',
    name: 'Shein',
    parent: null,
    headquarters: 'Singapore',
    founded: '2012 (Nanjing)',
    businessModel: 'Online fast-fashion retailer with on-demand production, plus a third-party marketplace',
    markets: ['GLOBAL', 'US', 'EU', 'GB'],
    website: 'https://www.shein.com',
    aliases: [all('shein', 'name'), all('sheinside', 'short'), all('shein.com', 'domain')],
  },
  {
    id: 'temu',
    name: 'Temu',
    parent: 'PDD Holdings',
    headquarters: null,
    founded: '2022',
    businessModel: 'Low-price marketplace shipping directly from manufacturers, mostly in China',
    markets: ['US', 'EU', 'GB'],
    website: 'https://www.temu.com',
    aliases: [
      all('temu', 'name'),
      all('pdd', 'parent'),
      all('pdd holdings', 'parent'),
      all('pinduoduo', 'sister'),
      all('temu.com', 'domain'),
    ],
  },
  {
    id: 'amazon',
    name: 'Amazon',
    parent: 'Amazon.com, Inc.',
    headquarters: 'Seattle',
    founded: '1994',
    businessModel: 'Online retailer and third-party marketplace, with Prime subscriptions, logistics and ads',
    markets: ['GLOBAL', 'US', 'GB', 'DE', 'FR', 'NL', 'BE'],
    website: 'https://www.amazon.com',
    aliases: [
      all('amazon', 'name'),
      all('amazon.com', 'domain'),
      all('amazon.nl', 'domain'),
      all('amazon.com.be', 'domain'),
      all('amazon.fr', 'domain'),
      all('amazon.de', 'domain'),
      all('amazon.co.uk', 'domain'),
      all('amazon haul', 'short'),
      local('amazon belgique', 'fr'),
      local('amazon belgië', 'nl'),
      local('amazon nederland', 'nl'),
    ],
  },
  {
    id: 'bol',
    name: 'Bol.com',
    parent: 'Ahold Delhaize (since 2012)',
    headquarters: 'Utrecht',
    founded: '1999',
    businessModel: 'Dutch-Belgian online marketplace and retailer: own stock plus sales partners',
    markets: ['NL', 'BE'],
    website: 'https://www.bol.com',
    aliases: [all('bol.com', 'name'), all('bol', 'short'), all('bolcom', 'short')],
  },
];

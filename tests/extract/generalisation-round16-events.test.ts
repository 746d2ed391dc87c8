import { describe, expect, it } from 'vitest';
import { read } from './read-facts.js';

// Round 16 (events): fixture sentences written for each rule; none is taken from an evaluation set.

const events = (facts: string[]) => facts.filter((f) => /^[^:]+:(?:launch|expansion|suspension|exit|regulation|partnership|acquisition|funding|promotion|leadership|layoff):/u.test(f));

describe('round 16: a past post told in a relative aside dated to an earlier year is background', () => {
  it('who / qui / die with an earlier year', () => {
    expect(events(read('Temu', 'Founder Li Wei, who stepped down as chair in 2021, still owns a large stake in Temu.'))).toEqual([]);
    expect(events(read('Shein', 'Le fondateur de Shein, Chris Xu, qui a quitté la présidence en 2020, reste actionnaire.', 'fr'))).toEqual([]);
    expect(events(read('Bol', 'Oprichter Jan de Vries, die in 2021 werd opgevolgd als topman, houdt nog aandelen in Bol.', 'nl'))).toEqual([]);
  });
  it('negatives: an aside of the article year still tells the change', () => {
    expect(events(read('Temu', 'Founder Li Wei, who stepped down as chair in May, still owns a large stake in Temu.'))).toEqual(['temu:leadership::null']);
    expect(events(read('Shein', 'Le fondateur de Shein, Chris Xu, qui a quitté la présidence en avril, reste actionnaire.', 'fr'))).toEqual(['shein:leadership::null']);
    expect(events(read('Bol', 'Oprichter Jan de Vries, die in maart werd opgevolgd als topman, houdt nog aandelen in Bol.', 'nl'))).toEqual(['bol:leadership::null']);
  });
});

describe('round 16: the region that ranks a market entered is not the market', () => {
  it('als eerste Europese markt / comme premier marché européen', () => {
    expect(events(read('TikTok Shop', 'Het Britse TikTok Shop, dat in 2021 als eerste Europese markt van start ging, draait goed.', 'nl'))).toEqual(['tiktok-shop:launch::GB']);
    expect(events(read('Shein', 'La boutique britannique de Shein, qui avait ouvert en 2020 comme premier marché européen, reste rentable.', 'fr'))).toEqual(['shein:launch::GB']);
  });
  it('negative: a region entered as such stays', () => {
    expect(events(read('Temu', 'Temu, dat in 2021 in Europa van start ging, groeit snel.', 'nl'))).toEqual(['temu:launch::EU']);
  });
});

describe('round 16: a general rule a government only studies or wants is no rule on the company', () => {
  it('studying / étudie / wil het kabinet, no company named', () => {
    expect(events(read('Temu', 'Separately, the government is studying a flat tax on all small parcels from abroad.'))).toEqual([]);
    expect(events(read('Temu', "Par ailleurs, le gouvernement étudie une taxe sur tous les petits colis venus de l'étranger.", 'fr'))).toEqual([]);
    expect(events(read('Temu', 'Daarnaast wil het kabinet een heffing invoeren op alle kleine pakketten.', 'nl'))).toEqual([]);
  });
  it('negatives: a rule approved or brought in stays', () => {
    expect(events(read('Temu', 'Separately, member states approved a flat tax on all small parcels in Spain.'))).toEqual(['temu:regulation::ES']);
    expect(events(read('Temu', 'Par ailleurs, les États membres ont adopté une taxe sur les petits colis en Espagne.', 'fr'))).toEqual(['temu:regulation::ES']);
    expect(events(read('Temu', 'Daarnaast heeft Spanje een heffing ingevoerd op alle kleine pakketten.', 'nl'))).toEqual(['temu:regulation::ES']);
  });
});

describe("round 16: a rule named in the company's own warning is no rule applied", () => {
  it('warned / a mis en garde / waarschuwde before the cue', () => {
    expect(events(read('Temu', 'Its chief financial officer warned that margins would shrink as the company faced tariffs in Mexico.'))).toEqual([]);
    expect(events(read('Temu', 'Le directeur financier de Temu a mis en garde contre une baisse des marges face aux droits de douane au Mexique.', 'fr'))).toEqual([]);
    expect(events(read('Temu', 'De financieel directeur van Temu waarschuwde voor lagere marges door de heffingen in Mexico.', 'nl'))).toEqual([]);
  });
  it('negative: a rule imposed stays', () => {
    expect(events(read('Temu', 'Mexico imposed tariffs on Temu parcels, the company said.'))).toEqual(['temu:regulation::MX']);
  });
});

describe('round 16: a share of a market taken, or a purchase by another, is no acquisition', () => {
  it('grabs 5% / s’empare de 5 % / neemt 5 procent over', () => {
    expect(events(read('Shein', 'Shein grabs 5% of the Spanish clothing market.'))).toEqual([]);
    expect(events(read('Shein', "Shein s'empare de 5 % du marché espagnol de l'habillement.", 'fr'))).toEqual([]);
    expect(events(read('Shein', 'Shein neemt 5 procent van de Spaanse kledingmarkt over.', 'nl'))).toEqual([]);
  });
  it('bought by / racheté par / overgenomen door an untracked company', () => {
    expect(events(read('Temu', 'Buyers can pick one of 9,000 lockers of the network, bought by the Dutch group Parcelco in 2020.'))).toEqual([]);
    expect(events(read('Temu', "Les clients pourront choisir l'un des 9 000 casiers du réseau, racheté par le groupe néerlandais Parcelco en 2020.", 'fr'))).toEqual([]);
    expect(events(read('Temu', 'Klanten kiezen uit 9.000 kluisjes van het netwerk, overgenomen door het Franse Parcelco in 2020.', 'nl'))).toEqual([]);
  });
  it('negatives: the company buying a company stays', () => {
    expect(events(read('Shein', 'Shein acquired the Spanish retailer Modaclara last week.'))).toEqual(['shein:acquisition::null']);
    expect(events(read('Shein', "Shein a racheté l'enseigne espagnole Modaclara la semaine dernière.", 'fr'))).toEqual(['shein:acquisition::null']);
  });
});

describe('round 16: a platform blocking one account is no rule', () => {
  it('blocked his account / bloqué son compte / account geblokkeerd', () => {
    expect(events(read('Bol', 'The platform had blocked his seller account in 2023 without explanation.'))).toEqual([]);
    expect(events(read('Bol', 'La plateforme avait bloqué son compte vendeur en 2023 sans explication.', 'fr'))).toEqual([]);
    expect(events(read('Bol', 'Het platform had zijn verkopersaccount in 2023 zonder uitleg geblokkeerd.', 'nl'))).toEqual([]);
  });
  it('negative: authorities blocking the app stays', () => {
    expect(events(read('Temu', 'Authorities in Spain blocked access to the Temu app.'))).toEqual(['temu:regulation::ES']);
  });
});

describe("round 16: another company's chief as the subject tells that company's event", () => {
  it('X chief / le patron de X / X-topman', () => {
    expect(events(read('Amazon', 'Zalando chief Robert Gentz said last month that AI had allowed him to cut 2,000 jobs.'))).toEqual([]);
    expect(events(read('Amazon', 'Le patron de Zalando, Robert Gentz, a annoncé la suppression de 2 000 postes en Allemagne.', 'fr'))).toEqual([]);
    expect(events(read('Amazon', 'Zalando-topman Robert Gentz schrapt 2.000 banen in Duitsland.', 'nl'))).toEqual([]);
  });
  it("negative: the tracked company's chief keeps it", () => {
    expect(events(read('Amazon', 'Amazon chief Andy Jassy said the group would cut 2,000 jobs in Germany.'))).toEqual(['amazon:layoff::DE']);
  });
});

describe('round 16: a project given up is no exit', () => {
  it('le projet ... abandonné', () => {
    expect(events(read('Amazon', 'Le projet de Lyon avait été abandonné en 2021, selon Amazon.', 'fr'))).toEqual([]);
  });
  it('negative: a market given up is', () => {
    expect(events(read('Amazon', 'Amazon a abandonné le marché espagnol en 2021.', 'fr'))).toEqual(['amazon:exit::ES']);
  });
});

describe('round 16: an entry pointed back at by "the expansion" is the earlier fact', () => {
  it('The expansion / Cette expansion / De uitbreiding opening the sentence', () => {
    expect(events(read('Temu', 'Temu entered Spain last year. The expansion has been expensive.'))).toEqual(['temu:launch::ES']);
    expect(events(read('Temu', "Temu est arrivé en Espagne l'an dernier. Cette expansion a coûté cher.", 'fr'))).toEqual(['temu:launch::ES']);
    expect(events(read('Temu', 'Temu kwam vorig jaar naar Spanje. De uitbreiding was duur.', 'nl'))).toEqual([]);
  });
  it('negative: the expansion with a place of its own', () => {
    expect(events(read('Temu', 'The expansion into Portugal starts next month, Temu said.'))).toEqual(['temu:expansion::PT']);
  });
});

describe('round 16: a wrong no one is accused of is no rule', () => {
  it('neither has been accused / aucune n’a été accusée / geen van beide wordt beschuldigd', () => {
    expect(events(read('Shein', 'Neither company has been accused of breaking customs rules in Spain.'))).toEqual([]);
    expect(events(read('Shein', "Aucune des deux entreprises n'a été accusée de fraude aux droits de douane en Espagne.", 'fr'))).toEqual([]);
    expect(events(read('Shein', 'Geen van beide bedrijven wordt beschuldigd van het ontduiken van douaneregels in Spanje.', 'nl'))).toEqual([]);
  });
  it('negative: an accusation made stays', () => {
    expect(events(read('Shein', 'Shein has been accused of breaking customs rules in Spain.'))).toEqual(['shein:regulation::ES']);
  });
});

describe('round 16: staff told as affected by a closure are a layoff', () => {
  it('employees are affected / salariés sont concernés / medewerkers worden getroffen', () => {
    expect(events(read('Amazon', 'Amazon is closing its stores in Spain. About 300 employees are affected, the company said.'))).toContain('amazon:layoff::ES');
    expect(events(read('Amazon', 'Amazon ferme ses magasins en Espagne. Environ 300 salariés sont concernés.', 'fr'))).toContain('amazon:layoff::ES');
    expect(events(read('Amazon', "Amazon sluit zijn winkels in Spanje. Zo'n 300 medewerkers worden getroffen.", 'nl'))).toContain('amazon:layoff::ES');
  });
  it('negative: shoppers affected are no layoff', () => {
    expect(events(read('Amazon', 'Amazon had an outage in Spain. About 300 shoppers are affected.'))).toEqual([]);
  });
});

describe('round 16: money put into a new site is an expansion', () => {
  it('invest in a new / investira dans un nouvel / investeert in een nieuw', () => {
    expect(events(read('Shein', 'Shein will invest €200 million in a new distribution centre in Spain.'))).toEqual(['shein:expansion::ES']);
    expect(events(read('Shein', "Shein investira 200 millions d'euros dans un nouvel entrepôt en Espagne.", 'fr'))).toEqual(['shein:expansion::ES']);
    expect(events(read('Shein', 'Shein investeert 200 miljoen euro in een nieuw distributiecentrum in Spanje.', 'nl'))).toEqual(['shein:expansion::ES']);
  });
  it('negative: money put into a site it has', () => {
    expect(events(read('Shein', 'Shein invested €200 million in its distribution centre in Spain last year.'))).toEqual([]);
  });
});

describe('round 16: a breach found and explanations demanded are rule actions', () => {
  it('breached / enfreint / overtreden', () => {
    expect(events(read('Temu', 'La Commission a conclu que Temu avait enfreint le DSA.', 'fr'))).toEqual(['temu:regulation::EU']);
    expect(events(read('Temu', 'De Commissie stelde vast dat Temu de DSA heeft overtreden.', 'nl'))).toEqual(['temu:regulation::EU']);
  });
  it('asked for an explanation / demandé des explications / vroeg om uitleg', () => {
    expect(events(read('TikTok Shop', 'The consumer body in Spain asked TikTok for an explanation about live sales.'))).toEqual(['tiktok-shop:regulation::ES']);
    expect(events(read('TikTok Shop', "L'organisme espagnol de défense des consommateurs a demandé à TikTok des explications.", 'fr'))).toEqual(['tiktok-shop:regulation::ES']);
    expect(events(read('TikTok Shop', 'De Spaanse consumentenautoriteit vroeg TikTok om uitleg over livestreams.', 'nl'))).toEqual(['tiktok-shop:regulation::ES']);
  });
});

describe('round 16: an opening the company will not confirm, or has no plan for, is no event', () => {
  it('declined to confirm / pas souhaité confirmer / wilde niet bevestigen / n’avons aucun projet', () => {
    expect(events(read('Amazon', 'Amazon declined to confirm the opening of a warehouse in Spain.'))).toEqual([]);
    expect(events(read('Amazon', "Amazon n'a pas souhaité confirmer l'ouverture d'un entrepôt en Espagne.", 'fr'))).toEqual([]);
    expect(events(read('Amazon', 'Amazon wilde de opening van een magazijn in Spanje niet bevestigen.', 'nl'))).toEqual([]);
    expect(events(read('Bol', "« Nous n'avons aucun projet d'ouverture en Espagne », a dit le directeur de Bol.", 'fr'))).toEqual([]);
  });
  it('negative: an opening confirmed', () => {
    expect(events(read('Amazon', 'Amazon confirmed the opening of a warehouse in Spain.'))).toEqual(['amazon:expansion::ES']);
  });
});

describe('round 16: a listing that dates a drop is no funding', () => {
  it('since its 2018 listing', () => {
    expect(events(read('Temu', 'The shares fell 20%, the steepest drop since its 2018 listing.'))).toEqual([]);
  });
  it('negative: a listing planned', () => {
    expect(events(read('Temu', 'Temu owner PDD plans a listing in London next year.'))).toEqual(['temu:funding::GB']);
  });
});

describe('round 16: places of a clause about a place, or of a second verb, are not the cue’s', () => {
  it('a world word in a name is no market', () => {
    expect(events(read('Temu', "Temu s'allie à Mondial Relay en France.", 'fr'))).toEqual(['temu:partnership::FR']);
  });
  it('where / waar / où clause ends at its comma', () => {
    expect(events(read('TikTok Shop', 'In Japan, where TikTok Shop launched in June, it wants 1 million orders a month, and in Brazil it starts next year.'))).toEqual(['tiktok-shop:launch::JP']);
    expect(events(read('TikTok Shop', 'In Japan, waar TikTok Shop in juni werd gelanceerd, wil het platform groeien.', 'nl'))).toEqual(['tiktok-shop:launch::JP']);
    expect(events(read('TikTok Shop', 'Au Japon, où TikTok Shop a été lancé en juin, la plateforme veut grandir.', 'fr'))).toEqual(['tiktok-shop:launch::JP']);
  });
  it('"en richt zich op" opens a second clause; a list of places does not', () => {
    expect(events(read('TikTok Shop', 'TikTok Shop sluit Britse magazijnen en richt zich op Japan en Brazilië', 'nl'))).toEqual(['tiktok-shop:suspension::GB']);
    expect(events(read('TikTok Shop', 'TikTok Shop sluit magazijnen in Japan en Brazilië', 'nl'))).toEqual(['tiktok-shop:suspension::JP', 'tiktok-shop:suspension::BR']);
  });
});

describe('round 16: a move to new markets inherits no market told before', () => {
  it('new markets / nouveaux marchés / nieuwe markten', () => {
    expect(events(read('TikTok Shop', 'TikTok Shop closes its UK warehouses. ByteDance is shifting its focus to new markets.'))).toEqual(['tiktok-shop:suspension::GB']);
    expect(events(read('TikTok Shop', 'TikTok Shop a suspendu ses ventes au Royaume-Uni. ByteDance se tourne vers de nouveaux marchés.', 'fr'))).toEqual(['tiktok-shop:suspension::GB']);
    expect(events(read('TikTok Shop', 'TikTok Shop sluit zijn Britse magazijnen. Moederbedrijf ByteDance verlegt de aandacht naar nieuwe markten.', 'nl'))).toEqual(['tiktok-shop:suspension::GB']);
  });
  it('negative: new markets named keep their place', () => {
    expect(events(read('TikTok Shop', "TikTok Shop a suspendu ses ventes au Royaume-Uni. ByteDance veut conquérir de nouveaux marchés comme l'Espagne.", 'fr'))).toEqual(['tiktok-shop:suspension::GB', 'tiktok-shop:expansion::ES']);
  });
});

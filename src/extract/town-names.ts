/**
 * Towns, cities and regions that stand for one country in news about sites, jobs and sellers:
 * "Amazon's fulfilment centre in Darlington employs 2,800 people", "l'entrepôt de Saran compte
 * 1 500 salariés", "het sorteercentrum in Roermond". Such a figure is the country's, and an article
 * whose title names only the town is about that country. Real-world knowledge, kept apart from
 * market-names.ts (which holds countries, their peoples and a first list of places):
 * - larger cities and regions of the markets the project follows, and towns known for warehouses
 *   and logistics parks (the English Midlands' "golden triangle", the Nord, Noord-Brabant and
 *   Limburg corridors, Wallonia's logistics parks, Rhineland, Silesia);
 * - names that are also common words in English, French or Dutch ("Reading", "Nice", "Tours",
 *   "Lens", "Best", "Geel", "Rugby", "Derby"), first names ("Florence", "Nancy", "Austin") and
 *   names shared by two of these countries ("Limburg", "Newport", "Halle") are left out;
 * - matched only when written with a capital (see markets.ts), so "a paisley scarf" is no town.
 */
export const TOWNS: Readonly<Record<string, readonly string[]>> = {
  GB: [
    'Darlington', 'Stockport', 'Warrington', 'Kettering', 'Corby', 'Northampton', 'Wellingborough', 'Lutterworth', 'Magna Park',
    'Bolton', 'Wigan', 'Preston', 'Blackburn', 'Bradford', 'Wakefield', 'Huddersfield', 'Rotherham', 'Barnsley', 'Sunderland',
    'Gateshead', 'Middlesbrough', 'Stockton-on-Tees', 'Teesside', 'Tyneside', 'Durham', 'Carlisle', 'Stoke-on-Trent',
    'Wolverhampton', 'Telford', 'Walsall', 'Tamworth', 'Swansea', 'Aberdeen', 'Dundee', 'Inverness', 'Paisley', 'Dunfermline',
    'Southampton', 'Portsmouth', 'Plymouth', 'Exeter', 'Norwich', 'Ipswich', 'Luton', 'Watford', 'Slough', 'Hemel Hempstead',
    'Crawley', 'Gatwick', 'Heathrow', 'Basildon', 'Chelmsford', 'Colchester', 'Bedford', 'Dunstable', 'Gloucester', 'Avonmouth',
    'Merseyside', 'Lancashire', 'Cheshire', 'Northamptonshire', 'Leicestershire', 'Warwickshire', 'Staffordshire', 'Derbyshire',
    'Nottinghamshire', 'Cumbria', 'Midlands',
  ],
  FR: [
    'Saran', 'Montélimar', 'Lauwin-Planque', 'Boves', 'Brétigny-sur-Orge', 'Sevrey', 'Senlis', 'Augny', 'Saint-Quentin-Fallavier',
    'Douai', 'Amiens', 'Reims', 'Rouen', 'Le Havre', 'Dijon', 'Grenoble', 'Saint-Étienne', 'Clermont-Ferrand', 'Limoges', 'Poitiers',
    'Angers', 'Le Mans', 'Caen', 'Brest', 'Mulhouse', 'Besançon', 'Perpignan', 'Avignon', 'Nîmes', 'Toulon', 'Calais', 'Dunkerque',
    'Dunkirk', 'Roubaix', 'Tourcoing', 'Valenciennes', 'Arras', 'Béthune', 'Cergy', 'Marne-la-Vallée', 'Évry', 'Rungis', 'Orly',
    'Villepinte', 'Gonesse', 'Moissy-Cramayel', 'Chalon-sur-Saône', 'Mâcon', "Villeneuve-d'Ascq", 'Lesquin', 'Seclin', 'Grand Est',
    'Nouvelle-Aquitaine', 'Auvergne-Rhône-Alpes', 'Provence', 'Pays de la Loire', 'Centre-Val de Loire', 'Bourgogne', 'Alsace',
    'Picardie', 'Nord-Pas-de-Calais', 'Pas-de-Calais', 'Moselle', 'Essonne', 'Seine-et-Marne', "Val-d'Oise", 'Loiret', 'Yvelines',
    'Seine-Saint-Denis', 'Val-de-Marne', 'Hauts-de-Seine',
  ],
  NL: [
    'Moerdijk', 'Bleiswijk', 'Roermond', 'Venray', 'Heerlen', 'Sittard', 'Geleen', 'Kerkrade', 'Dordrecht', 'Delft', 'Leiden',
    'Zoetermeer', 'Emmen', 'Deventer', 'Zutphen', 'Heerenveen', 'Leeuwarden', 'Zwijndrecht', 'Zaandam', 'Purmerend', 'Hilversum',
    'Amstelveen', 'Beverwijk', 'Hengelo', 'Almelo', 'Doetinchem', 'Ede', 'Wageningen', 'Veenendaal', 'Culemborg', 'Oosterhout',
    'Etten-Leur', 'Bergen op Zoom', 'Vlissingen', 'Middelburg', 'Terneuzen', 'Son en Breugel',
  ],
  BE: [
    'Genk', 'Lommel', 'Beringen', 'Ghlin', 'Aalst', 'Alost', 'Sint-Niklaas', 'Dendermonde', 'Lokeren', 'Roeselare', 'Ieper', 'Ypres',
    'Tournai', 'Doornik', 'Mouscron', 'Moeskroen', 'La Louvière', 'Seraing', 'Verviers', 'Arlon', 'Willebroek', 'Puurs', 'Bornem',
    'Vilvoorde', 'Vilvorde', 'Tienen', 'Tirlemont', 'Turnhout', 'Herentals', 'Waregem', 'Zeebrugge', 'Ostend', 'Eupen', 'Ninove',
    'Gembloux', 'Fleurus', 'Bierset', 'Louvain-la-Neuve', 'Ottignies', 'Vlaams-Brabant', 'Brabant wallon', 'Waals-Brabant',
    'Oost-Vlaanderen', 'West-Vlaanderen', 'Flandre-Orientale', 'Flandre-Occidentale',
  ],
  DE: [
    'Bad Hersfeld', 'Mönchengladbach', 'Rheinberg', 'Pforzheim', 'Koblenz', 'Brieselang', 'Garbsen', 'Bochum', 'Duisburg', 'Nürnberg',
    'Nuremberg', 'Neurenberg', 'Mannheim', 'Karlsruhe', 'Kassel', 'Erfurt', 'Dresden', 'Dresde', 'Magdeburg', 'Rostock', 'Kiel',
    'Lübeck', 'Aachen', 'Bonn', 'Wiesbaden', 'Mainz', 'Mayence', 'Saarbrücken', 'Augsburg', 'Regensburg', 'Ingolstadt', 'Würzburg',
    'Bielefeld', 'Osnabrück', 'Paderborn', 'Saxony', 'Saxe', 'Saksen', 'Rhineland', 'Rhénanie', 'North Rhine-Westphalia',
    'Rhénanie-du-Nord-Westphalie', 'Noordrijn-Westfalen', 'Baden-Württemberg', 'Hesse', 'Hessen', 'Ruhr', 'Ruhrgebied',
  ],
  ES: [
    'Valencia', 'Seville', 'Sevilla', 'Séville', 'Zaragoza', 'Saragosse', 'Bilbao', 'Málaga', 'Malaga', 'Alicante', 'Murcia',
    'Valladolid', 'Getafe', 'Illescas', 'Castellbisbal', 'Catalonia', 'Catalogne', 'Catalonië', 'Andalusia', 'Andalousie', 'Andalusië',
  ],
  IT: [
    'Turin', 'Torino', 'Naples', 'Napoli', 'Bologna', 'Bologne', 'Firenze', 'Genoa', 'Gênes', 'Genua', 'Venice', 'Venise', 'Venetië',
    'Verona', 'Vérone', 'Piacenza', 'Passo Corese', 'Castel San Giovanni', 'Lombardy', 'Lombardie', 'Lombardije', 'Piedmont',
    'Piémont', 'Piëmont', 'Bergamo', 'Brescia', 'Padua', 'Padova', 'Padoue', 'Palermo', 'Bari',
  ],
  PL: ['Sosnowiec', 'Gliwice', 'Bydgoszcz', 'Lublin', 'Białystok', 'Rzeszów', 'Kołbaskowo', 'Świebodzin', 'Silesia', 'Silésie', 'Silezië'],
  US: [
    'Los Angeles', 'San Francisco', 'Chicago', 'Dallas', 'Houston', 'Atlanta', 'Miami', 'Boston', 'Denver', 'Detroit', 'Philadelphia',
    'Las Vegas', 'San Diego', 'Memphis', 'Louisville', 'Indianapolis', 'Nashville', 'Jacksonville', 'Sacramento', 'Ohio', 'Texas',
    'California', 'Californie', 'Californië', 'Florida', 'Floride', 'Kentucky', 'Tennessee', 'New Jersey', 'Illinois', 'Pennsylvania',
    'Arizona', 'Nevada', 'Michigan', 'Wisconsin', 'Minnesota', 'Indiana', 'Oregon', 'Massachusetts',
  ],
};

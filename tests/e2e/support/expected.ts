/**
 * What the bundled story (data/story.json) should show a reader, written out by hand and
 * checked against the data when it was written; never worked out with the app's own code.
 * When the data changes, these tables change with it (first-page.spec.ts says so if the ids
 * here and in data/story.json part ways).
 */

/**
 * Every event in the story's reading order (by start, then end, then, within a day, its order,
 * time and title), with its date as the page writes it, in words and in UTC whatever the
 * reader's time zone, and its title.
 */
export const EVENTS: readonly (readonly [id: string, date: string, title: string])[] = [
  ['alien-enemies-act-signed', '6 July 1798', 'Alien Enemies Act signed'],
  ['aea-used-in-war-of-1812', '1812', 'Alien Enemies Act first used, in the War of 1812'],
  [
    'aea-used-in-world-war-i',
    '6 April 1917',
    'Act used again as the US enters the First World War',
  ],
  [
    'alien-enemies-act-used-in-wwii',
    '7 December 1941 to about 1948',
    'Alien Enemies Act used in the Second World War',
  ],
  ['immigration-judge-protects-abrego-garcia', '2019', 'Immigration judge protects Abrego Garcia'],
  [
    'bukele-gang-crackdown',
    '27 March 2022',
    "State of exception: Bukele's crackdown on gangs begins",
  ],
  ['cecot-opens', 'about 2 February 2023', 'CECOT mega-prison opens'],
  ['salvadoran-exports-2024', '2024', 'El Salvador exports $6.5bn, $2.1bn to the US'],
  ['remittances-2024', '2024', 'Remittances reach $8.5bn, 23% of GDP'],
  [
    'remittances-grow-14-percent',
    'January 2025 to February 2025',
    'Remittances grow 14% in early 2025',
  ],
  ['trump-second-inauguration', '20 January 2025', 'Trump inaugurated for a second term'],
  ['bukele-offers-to-take-deportees', '3 February 2025', 'Bukele offers to take US deportees'],
  [
    'fto-designation-tda-ms13',
    '20 February 2025',
    'US designates Tren de Aragua and MS-13 terrorist organizations',
  ],
  [
    'boasberg-shields-five-venezuelans',
    '15 March 2025 at 09:40',
    'Judge Boasberg shields five Venezuelans from removal',
  ],
  [
    'aea-invoked-against-tren-de-aragua',
    '15 March 2025',
    'Trump invokes Alien Enemies Act vs Tren de Aragua',
  ],
  [
    'deportation-flights-to-cecot',
    '15 March 2025 at 16:26',
    'Deportation flights to CECOT in El Salvador',
  ],
  [
    'abrego-garcia-deported-by-mistake',
    '15 March 2025',
    'Abrego Garcia deported to El Salvador by mistake',
  ],
  [
    'boasberg-blocks-removals-under-act',
    '15 March 2025',
    'Judge Boasberg blocks removals under the Act',
  ],
  ['bukele-very-low-fee-remark', '16 March 2025', 'Bukele: "a very low fee for them"'],
  ['march-deportees-counted', '16 March 2025', 'Official count: 261 men flown, 137 under the Act'],
  [
    'leavitt-announces-six-million-fee',
    '17 March 2025',
    'Leavitt: about $6 million to El Salvador',
  ],
  ['dc-circuit-upholds-tros', '26 March 2025', "Appeals court refuses to lift Boasberg's orders"],
  ['boasberg-extends-tros', '28 March 2025', 'Boasberg extends his orders'],
  [
    'administration-admits-administrative-error',
    '31 March 2025',
    'Administration admits "administrative error"',
  ],
  ['tariffs-on-el-salvador', '2 April 2025', 'US imposes 10% tariffs on El Salvador'],
  [
    'arriaza-hopes-for-tariff-clarity',
    'about 2 April 2025 to 14 April 2025',
    'Arriaza hopes visit will clarify tariffs',
  ],
  [
    'court-orders-abrego-garcia-return',
    '4 April 2025',
    'Federal judge orders government to "facilitate" return',
  ],
  ['tariff-takes-effect', '5 April 2025 at 00:01', '10% tariff takes effect'],
  [
    'chief-justice-pauses-return-order',
    '7 April 2025',
    'Chief Justice pauses the order to return Abrego Garcia',
  ],
  [
    'supreme-court-vacates-tros',
    '7 April 2025',
    "Supreme Court lifts Boasberg's orders (Trump v. J.G.G.)",
  ],
  [
    'leavitt-says-partnership-on-agenda',
    'about 7 April 2025 to 9 April 2025',
    'Leavitt: prison partnership will be discussed',
  ],
  [
    'supreme-court-facilitate-order',
    '10 April 2025',
    'Supreme Court: the government must "facilitate" his release',
  ],
  [
    'xinis-amends-return-order',
    '10 April 2025',
    'Judge Xinis: take "all available steps" to facilitate his return',
  ],
  [
    'rubio-ten-more-criminals-arrive',
    '12 April 2025',
    'Ten more men flown to El Salvador, Rubio says',
  ],
  ['trump-saturday-post', '12 April 2025', 'Trump posts on working together against terror'],
  ['rubio-praises-alliance', '13 April 2025', 'Rubio calls the alliance "an example"'],
  ['trump-bukele-white-house-meeting', '14 April 2025', 'Trump hosts Bukele at the White House'],
  [
    'bukele-refuses-to-return-abrego-garcia',
    '14 April 2025',
    "Bukele says he won't return Abrego Garcia",
  ],
  [
    'miller-monday-morning-remarks',
    '14 April 2025',
    "Miller: Abrego Garcia's fate is up to El Salvador",
  ],
  ['protest-outside-white-house', '14 April 2025', 'Protest outside the White House'],
  [
    'rubio-foreign-policy-not-courts',
    '14 April 2025',
    'Rubio says the President, not the courts, leads foreign policy',
  ],
  [
    'white-house-emails-deportee-list',
    '14 April 2025',
    'White House emails "tiny sample" of deportees',
  ],
];

export const EVENT_IDS: readonly string[] = EVENTS.map(([id]) => id);

/** The marks of the story's last days, 12–14 April 2025, in date order (data/story.json). */
export const LAST_DAYS: readonly string[] = [
  'trump-saturday-post',
  'rubio-ten-more-criminals-arrive',
  'rubio-praises-alliance',
  // Monday 14 April, from here on.
  'miller-monday-morning-remarks',
  'trump-bukele-white-house-meeting',
  'white-house-emails-deportee-list',
  'protest-outside-white-house',
  'bukele-refuses-to-return-abrego-garcia',
  'rubio-foreign-policy-not-courts',
];

/** The six events of Monday 14 April 2025, the day of the meeting. */
export const MONDAY: readonly string[] = LAST_DAYS.slice(3);

/** Every entity, in the order of data/story.json, with its name as a screen reader hears it. */
export const ENTITY_NAMES: Readonly<Record<string, string>> = {
  'donald-trump': 'Donald Trump, person, President of the United States, 7 relations',
  'nayib-bukele': 'Nayib Bukele, person, President of El Salvador, 10 relations',
  'karoline-leavitt': 'Karoline Leavitt, person, White House press secretary, 1 relation',
  'stephen-miller': 'Stephen Miller, person, Deputy chief of staff, 3 relations',
  'marco-rubio': 'Marco Rubio, person, US Secretary of State, 6 relations',
  'kilmar-abrego-garcia':
    'Kilmar Abrego Garcia, person, Maryland man deported by mistake, 11 relations',
  'jorge-arriaza':
    'Jorge Arriaza, person, President of the Salvadoran Industrial Association, 1 relation',
  'abrego-garcia-family':
    "Abrego Garcia's wife and young children, group, Family of Kilmar Abrego Garcia, 2 relations",
  'united-states': 'United States, country, 5 relations',
  'el-salvador': 'El Salvador, country, 10 relations',
  venezuela: 'Venezuela, country, 1 relation',
  'trump-administration': 'Trump administration, government body, US executive branch, 7 relations',
  'white-house': 'White House, government body, Office of the US President, 5 relations',
  'government-of-el-salvador':
    "Government of El Salvador, government body, Bukele's government, 4 relations",
  'us-federal-court':
    'US federal judges, government body, Judges Boasberg (Washington, D.C.) and Xinis (Maryland), 5 relations',
  'us-supreme-court': 'US Supreme Court, government body, Highest US court, 1 relation',
  'us-immigration-judge': 'US immigration judge, person, Unnamed immigration judge, 1 relation',
  'central-bank-of-el-salvador':
    'Central bank of El Salvador, government body, Source of the export figures, 1 relation',
  'salvadoran-industrial-association':
    'Salvadoran Industrial Association, organisation, Industry association, 1 relation',
  'tren-de-aragua': 'Tren de Aragua, group, Transnational criminal group, 4 relations',
  'ms-13': 'MS-13, group, Salvadoran gang, 4 relations',
  cecot: 'CECOT, facility, Mega-prison in El Salvador, 4 relations',
  maryland: 'Maryland, place, US state, 1 relation',
  'washington-dc': 'Washington DC, place, US capital, 1 relation',
  'san-salvador': 'San Salvador, place, Capital of El Salvador, 0 relations',
  'latin-america': 'Latin America, place, 0 relations',
  'alien-enemies-act': 'Alien Enemies Act, law, US law of 1798, 1 relation',
  'deportees-in-cecot':
    'Deportees held in CECOT, group, 261 men flown from the US on 15 March (official count), 6 relations',
  'relatives-of-deportees': 'Relatives of deportees, group, 1 relation',
  activists: 'Activists, group, 1 relation',
  demonstrators: 'Demonstrators outside the White House, group, 3 relations',
  'salvadorans-in-the-us':
    'Salvadorans in the United States, group, 2.5 million people, 1 relation',
  economists: 'Economists, group, 0 relations',
  journalists: 'Journalists, group, White House press, 0 relations',
  'x-social-network': 'X, organisation, Social network, 1 relation',
};

export const ENTITY_IDS: readonly string[] = Object.keys(ENTITY_NAMES);

// The lexicon: general knowledge of English news prose, and only that. Speech verbs, titles and
// honorifics, roles, demonyms, organisation markers, months, number words, currencies, quote
// marks and abbreviations each have one home here. No person, place, organisation or subject of
// any one story belongs in this file: story knowledge is data (data/stories/<id>/).

// ── Quote marks ──────────────────────────────────────────────────────────────────────────────

/** Curly and typographic double quote marks (the straight `"` is not among them). */
/** A table of words with no inherited keys: `w in TABLE` and `TABLE[w]` answer only for the
 * words written here ("constructor" is not a number, "toString" no synonym). */
export function wordTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}

export const CURLY_DOUBLE_QUOTES = '\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u301d\u301e';
/** Curly and typographic single quote marks and primes (the straight `'` is not among them). */
export const CURLY_SINGLE_QUOTES = '\u2018\u2019\u201a\u201b\u2032\u2039\u203a';
/** Every mark that can open or close a double-quoted span. */
export const DOUBLE_QUOTE_MARKS = new Set(['"', '“', '”', '„', '«', '»', '″']);
/** Every mark that can open or close a single-quoted span (also apostrophes: see quotes.ts). */
export const SINGLE_QUOTE_MARKS = new Set(["'", '‘', '’', '‚', '‹', '›']);
/** Marks that only ever open a quote, or only ever close one, whatever stands around them. */
export const OPENING_QUOTE_MARKS = new Set(['«', '„', '‚', '‹']);
export const CLOSING_QUOTE_MARKS = new Set(['»', '›']);

// ── Speech, names and roles ──────────────────────────────────────────────────────────────────

/** A set of the space-separated words of `list`. */
function wordSet(list: string): Set<string> {
  return new Set(list.trim().split(/\s+/));
}

/** Verbs (and "according") that attribute speech: "Smith said", "quipped Ms Jones". */
export const SPEECH_VERBS = wordSet(
  'said says say saying added adds adding told tell tells telling remarked remarks commented comments ' +
    'articulated articulates stated states stating noted notes explained explains insisted insists warned warns ' +
    'declared declares wrote writes asked asks replied replies answered answers continued concluded announced ' +
    'acknowledged admitted recalled suggested cautioned cautions promised pledged vowed argued argues urged urges ' +
    'stressed stresses emphasised emphasized affirmed hailed described called tweeted posted observed ' +
    'predicted claimed maintained quipped quips conceded concedes confirmed responded reiterated underlined ' +
    'underscored according thundered joked shouted whispered mused countered retorted insisting adding ' +
    'explaining warning noting stressing arguing telling spoke',
);
/** Verbs that report a view, so that whoever holds it is someone the article gives voice to
 * ("the economist thinks the bank has shifted its focus"). */
export const OPINION_VERBS = wordSet('thinks believes expects fears hopes reckons doubts predicts sees');
/** Subject pronouns that stand for a speaker ("she added"). */
export const SPEAKER_PRONOUNS = wordSet('he she they');
/** Possessive pronouns that point back to a person ("His answer: …"). */
export const POSSESSIVE_PRONOUNS = wordSet('his her their');
/** Honorifics and abbreviated titles before a name ("Mr. Smith", "Ms Jones", "Gen. Brown"). */
export const HONORIFICS = wordSet('mr mrs ms miss dr prof sen gen gov rep sir dame lord lady');
/** Honorifics that say the person is a woman or a man, for matching "she" and "he". */
export const FEMALE_HONORIFICS = wordSet('mrs ms miss dame lady');
export const MALE_HONORIFICS = wordSet('mr sir lord');
/** Words for a position a person holds ("chief economist", "Secretary-General", "spokeswoman"). */
export const ROLE_WORDS = wordSet(
  'president vice prime minister secretary general chief chancellor king queen prince princess premier ' +
    'ambassador envoy diplomat spokesman spokeswoman spokesperson official officials leader director ' +
    'senator governor deputy mayor commissioner chairman chairwoman chair ceo executive head economist ' +
    'strategist analyst adviser advisor professor editor correspondent reporter founder manager treasurer ' +
    'judge admiral colonel captain commander lieutenant sergeant officer representative congressman ' +
    'congresswoman lawmaker predecessor successor counterpart photographer coach trainer referee umpire ' +
    'justice magistrate prosecutor lawyer attorney counsel solicitor barrister inspector superintendent',
);
/** Family ties that, like a role, name a person by their relation ("her husband, Tomas", "the
 * victim's mother said"); kept apart from positions held, which have a tenure. */
export const KIN_WORDS = wordSet('father mother husband wife son daughter brother sister grandfather grandmother uncle aunt widow widower');
/** Roles and family ties: every word that can stand for a person in an attribution. */
export const PERSON_ROLE_WORDS = new Set([...ROLE_WORDS, ...KIN_WORDS]);
/** Role and kin words that say the person is a woman or a man (besides "-woman" and "-man"). */
export const FEMALE_ROLE_WORDS = wordSet('mother wife daughter sister grandmother aunt widow queen princess');
export const MALE_ROLE_WORDS = wordSet('father husband son brother grandfather uncle widower king prince');
/** Verbs by which a speaker passes on someone else's words ("recalled her grandfather's advice:
 * …", "read a statement from Hale: …"). */
export const RECALL_VERBS = wordSet('recalled recalls recalling remembered remembers read reads reading quoted quotes quoting cited cites citing repeated repeats');
/** Nouns for what someone said, the object of a recall ("the advice he gave her", "the words of"). */
export const SPEECH_NOUNS = wordSet(
  'words advice rule rules statement message motto letter note saying remark remarks comment line lines instruction instructions warning promise phrase speech mantra maxim verdict',
);
/** Words before a role that qualify it ("former", "outgoing", "acting"). */
export const ROLE_MODIFIERS = wordSet('former incoming outgoing new old acting interim then current longtime departing retiring previous');
/** Modifiers that place a role's holder before or after a handover: "the departing chief" is not
 * "the new chief". */
export const PAST_ROLE_MODIFIERS = wordSet('former outgoing departing retiring previous old then');
export const NEW_ROLE_MODIFIERS = wordSet('new incoming current');
/** Demonyms that precede names ("Dutch Prime Minister Anna Smith"): a list, not a suffix rule,
 * so that Christian, Adrian or Kamala stay first names. */
export const NATIONALITIES = wordSet(
  'american british dutch french german italian spanish russian ukrainian polish norwegian swedish finnish ' +
    'danish belgian austrian swiss greek turkish chinese japanese korean indian pakistani iranian iraqi israeli ' +
    'palestinian saudi egyptian canadian mexican brazilian australian european african irish scottish welsh ' +
    'hungarian czech slovak romanian bulgarian serbian croatian estonian latvian lithuanian portuguese',
);
/** Capitalised words that are not names: function words that start sentences, calendar words,
 * page furniture. */
export const NOT_NAMES = wordSet(
  'the a an in on at by for to of from with as but and or so yet if when while after before since during ' +
    'he she it they we i you his her their its our my this that these those there here however meanwhile ' +
    'foreign defence defense photo credit advertisement read more related tuesday monday wednesday thursday ' +
    'friday saturday sunday january february march april may june july august september october november december ' +
    'one two three four five six seven eight nine ten hers both all some many several another other ' +
    'under unlike despite without within throughout among amid against toward towards across through upon ' +
    'beside besides behind beyond near via following including like over about around along also still now ' +
    'today yesterday tomorrow asked speaking',
);
/** Words that make a capitalised run an organisation ("Bank of …", "… United", "the Social
 * Democrats", "… Securities", "The … Times"). Exported for figures too. */
export const ORG_MARKERS = wordSet(
  'bank ministry department confederation union party council agency institute institution university ' +
    'college school group club united fc inc ltd llc plc corp corporation co company association federation ' +
    'committee board court commission fund authority office news times post herald tribune journal gazette ' +
    'chronicle telegraph guardian observer express mirror daily weekly review ' +
    'magazine press radio television tv network securities capital partners holdings markets investments ' +
    'insurance airlines industries industry motors energy systems technologies media statistics foundation ' +
    'trust alliance organisation organization parliament congress senate assembly government cabinet ' +
    'administration police army navy forces service services league society centre center democrats ' +
    'republicans socialists conservatives liberals greens labour coalition movement front campaign',
);
/** Words after a byline's comma that make it a job, not an outlet: "By Maja Korhonen, Markets Editor". */
export const BYLINE_JOB_WORDS = new Set([...ROLE_WORDS, ...wordSet('writer staff columnist contributor freelance senior special')]);
/** Endings of a company's legal name, left off an outlet's name ("Bloomberg L.P."). */
export const LEGAL_NAME_ENDINGS = wordSet('l.p. lp inc inc. ltd ltd. llc plc co. corp corp. limited gmbh ag s.a. sa');
/** Prepositions after which a capitalised run is a place ("in Brussels", "from Aldersund"). */
export const PLACE_PREPOSITIONS = wordSet('in from across throughout near outside inside');
/** Words that join the parts of an organisation's name ("Bank of …", "Ministry of Finance"). */
export const NAME_JOINERS = wordSet('of for and');
/** Words that may stand between a speech verb and the speaker after it ("said the bank's chief
 * economist, Anna Smith", "according to Smith"). */
export const DETERMINERS = wordSet('the a an to its his her their');
/** Words before a role that leave the person unnamed ("one senior diplomat said"). */
export const INDEFINITE_DETERMINERS = wordSet('a an one');
/** Prepositions inside a role phrase ("the governor of the central bank"). */
export const ROLE_PHRASE_PREPOSITIONS = wordSet('of at for');
/** Speech verbs whose next name is who was spoken to, not who spoke ("told Reuters"). */
export const OBJECT_SPEECH_VERBS = wordSet('told tells telling asked asks answered called urged urges');
/** The gender a pronoun refers to. */
export const PRONOUN_GENDER = wordTable<'f' | 'm'>({ she: 'f', her: 'f', he: 'm', his: 'm' });
/** Transcript labels of those who ask or chair, whose lines are not claims ("Q:", "MODERATOR:"). */
export const QUESTION_LABELS = wordSet('q question questioner interviewer reporter audience moderator host presenter anchor');
/** Transcript labels of an answer by whoever is being asked ("A:"). */
export const ANSWER_LABELS = wordSet('a answer');

// ── Numbers, money and dates ─────────────────────────────────────────────────────────────────

/** Month names for display, January first. */
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Month names and their abbreviations, lower case, to the month's number. */
export const MONTH_NUMBERS = wordTable<number>({
  ...Object.fromEntries(MONTHS.map((m, i) => [m.toLowerCase(), i + 1])),
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
});
/** Day names, lower case, with their abbreviations. */
export const WEEKDAYS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun'.split(' '),
);
/** Words that name a day from the day of writing: "yesterday" in Sunday's paper is Saturday. */
export const RELATIVE_DAYS = wordTable<number>({ yesterday: -1, today: 0, tonight: 0, tomorrow: 1 });
/** Time zones after a time of day: "9.30 GMT", "12:48 PM EDT". */
export const TIME_ZONES = new Set('gmt utc bst cet cest eet eest wet est edt cst cdt mst mdt pst pdt et pt jst ist aest'.split(' '));
/** Number words below twenty, the tens and the scales. */
export const NUMBER_WORDS = wordTable<number>({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
});
export const TENS_WORDS = wordTable<number>({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});
export const SCALE_WORDS = wordTable<number>({ hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 });
/** Scales written onto a sum of money: "£65m", "€1.5bn", "$20k". */
export const SCALE_SUFFIXES = wordTable<number>({ k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, b: 1e9, tn: 1e12, trn: 1e12 });
/** Ordinal words from second on ("first" orders, it does not count). */
export const ORDINAL_WORDS = wordTable<number>({
  second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16,
  seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40,
  fiftieth: 50, hundredth: 100,
});
/** Fractions after a number word, to their denominator: "two-thirds of", "three quarters of". */
export const FRACTION_WORDS = wordTable<number>({
  halves: 2, thirds: 3, quarters: 4, fifths: 5, sixths: 6, sevenths: 7, eighths: 8, ninths: 9, tenths: 10,
});
/** Words before a number that make it approximate or a bound, longest first. */
export const NUMBER_QUALIFIERS = [
  'more than', 'less than', 'fewer than', 'at least', 'up to', 'close to', 'just over', 'just under',
  'nearly', 'almost', 'about', 'around', 'roughly', 'approximately', 'some', 'over', 'under', 'only',
];
/** Where a qualifier puts the true value against its number: a little under it (`nearly`), near
 * it on either side (`about`), a little over it (`just over`), from it up (`more than`), up to it
 * (`up to`). A qualifier not here leaves the number as it stands (`only`). */
export const QUALIFIER_RANGES = wordTable<'under' | 'near' | 'over' | 'from' | 'to'>({
  nearly: 'under', almost: 'under', 'just under': 'under',
  about: 'near', around: 'near', roughly: 'near', approximately: 'near', some: 'near', 'close to': 'near',
  'just over': 'over',
  'more than': 'from', over: 'from', 'at least': 'from',
  'less than': 'to', 'fewer than': 'to', 'up to': 'to', under: 'to',
});
/** Plurals without an s: the noun a count ends on. */
export const UNMARKED_PLURALS = new Set(['people', 'men', 'women', 'children', 'police', 'staff', 'personnel', 'cattle', 'feet', 'mice']);
/** Participles that stand for the people they describe after a number: "1,000 killed or wounded". */
export const COUNTED_PARTICIPLES = new Set([
  'killed', 'wounded', 'injured', 'hurt', 'dead', 'missing', 'arrested', 'detained', 'displaced', 'evacuated', 'rescued', 'infected',
]);
/** Words that end the noun after a number: function words, verbs of the clause. */
export const NUMBER_NOUN_STOP = new Set(
  ('a an the and or but of to in on at by for with from into as than that this these those which who whom ' +
    'is are was were be been being has have had do does did will would can could may might must shall should ' +
    'not no it its he she they we i his her their our my your more most other remain remains remained earlier later ago such so also since after before ' +
    'during until over under about against between through per via among despite within without across behind ' +
    'beyond toward towards upon amid alongside').split(' '),
);
/** Words before a number that make it a label, not a quantity: "Article 5", "page 3". */
export const NUMBER_LABEL_WORDS = new Set([
  'article', 'section', 'clause', 'chapter', 'paragraph', 'part', 'page', 'pages', 'rule', 'item', 'annex', 'appendix',
  'amendment', 'resolution', 'figure', 'table', 'no', 'number', 'room', 'gate', 'platform', 'route', 'flight', 'episode', 'season', 'version', 'level',
]);
/** Verbs that set a level, so that "at 43" after them is no age: "the index closed at 43". */
export const LEVEL_VERBS = new Set(
  ('stood stands stand closed closes opened opens ended ends finished set fixed capped priced valued trading traded ' +
    'held holds kept remained peaked estimated put sold bought offered listed quoted').split(' '),
);
/** Sizes of files, page furniture when bracketed after a link: "(MP3, 14.2 MB)". */
export const DATA_SIZE_UNITS = new Set(['kb', 'mb', 'gb', 'tb', 'kib', 'mib', 'gib']);
/** Units of measure written onto a number, to their name: "10km", "1.93m-tall". */
export const MEASURE_ABBREVIATIONS = wordTable<string>({
  km: 'kilometres', m: 'metres', cm: 'centimetres', mm: 'millimetres', kg: 'kilograms',
  mi: 'miles', ft: 'feet', lb: 'pounds', lbs: 'pounds', mph: 'mph', kmh: 'km/h', gw: 'gigawatts', mw: 'megawatts', kw: 'kilowatts',
});

/** ISO 4217 codes of the currencies a figure may be in. */
export const CURRENCY_CODES = [
  'USD', 'EUR', 'GBP', 'JPY', 'CHF', 'CNY', 'INR', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'SEK', 'NOK', 'DKK', 'ISK', 'PLN',
  'CZK', 'HUF', 'RUB', 'UAH', 'TRY', 'KRW', 'BRL', 'MXN', 'ZAR', 'TWD', 'ILS', 'SAR', 'AED',
] as const;
export type Currency = (typeof CURRENCY_CODES)[number];
/** Currency signs before a number: "$500 million", "£65m". */
export const CURRENCY_SIGNS = wordTable<Currency>({ $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₩': 'KRW', '₽': 'RUB', '₴': 'UAH', '₺': 'TRY', '₪': 'ILS' });
/** Letters before "$" that say whose dollar: "US$2bn", "A$5m". */
export const DOLLAR_PREFIXES = wordTable<Currency>({ us: 'USD', a: 'AUD', au: 'AUD', c: 'CAD', ca: 'CAD', hk: 'HKD', nz: 'NZD', s: 'SGD', nt: 'TWD' });
/** Currency names after a number: "2.4 million euros". Names several countries share
 * (crowns, pounds, francs) are left as counted nouns: the page rarely says whose. */
export const CURRENCY_WORDS = wordTable<Currency>({
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', rupees: 'INR',
  roubles: 'RUB', rubles: 'RUB', hryvnias: 'UAH', won: 'KRW', zlotys: 'PLN', zloty: 'PLN', sterling: 'GBP',
});

// Words of the same subject in news writing: "32 nations" = "32 member countries", "a decade at
// the helm" = "a decade in office".
export const FIGURE_SYNONYMS = wordTable<string>({
  nation: 'country', state: 'country', member: 'country', ally: 'country', alli: 'country', countri: 'country',
  invasion: 'war', conflict: 'war', fight: 'war', jail: 'prison',
  helm: 'tenure', office: 'tenure', led: 'tenure', lead: 'tenure', head: 'tenure', charge: 'tenure',
  leadership: 'tenure', tenure: 'tenure', reign: 'tenure', rule: 'tenure',
  steer: 'tenure', serv: 'tenure', govern: 'tenure', presid: 'tenure',
  people: 'people', peopl: 'people', citizen: 'people', resident: 'people', inhabitant: 'people', person: 'people',
  gdp: 'gdp', soldier: 'troop', personnel: 'troop',
  // Spans of time compare in the smaller unit (measureOf): weeks as days, hours as minutes.
  week: 'day', hour: 'minute',
  crowd: 'fan', spectator: 'fan', attendance: 'fan',
  spending: 'spend', expenditure: 'spend', budget: 'spend',
  // Verbs and nouns of one event, and the spellings and words news uses for one thing
  // (stems where a form has one: "invaded" is "invad").
  invad: 'war', lower: 'cut', reduc: 'cut', cutt: 'cut',
  goal: 'target', meet: 'reach', met: 'reach', hit: 'reach',
  jobless: 'unemploy', unemployment: 'unemploy',
  // A workforce counted by its posts or by its people.
  post: 'job', position: 'job', staff: 'people', employee: 'people', worker: 'people',
});

// ── Spelling ─────────────────────────────────────────────────────────────────────────────────

/** British and American spellings of one word, as patterns on its ending, each giving one form
 * both spellings share: colour/color, organise/organize, analyse/analyze, defence/defense,
 * centre/center, travelled/traveled, catalogue/catalog. A stem must come before the ending
 * (never "four", "rise", "fence" alone), and for the doubled l two vowels ("called" stays). */
export const SPELLING_PATTERNS: [RegExp, string][] = [
  [/^([a-z]+[^aeo])our(s|ed|ing|ite|ites|able|er|ers|ful)?$/, '$1or$2'],
  [/^([a-z]{3,})is(e|es|ed|ing|er|ers|ation|ations)$/, '$1iz$2'],
  [/^([a-z]{2,})ys(e|es|ed|ing)$/, '$1yz$2'],
  [/^([a-z]{2,})enc(e|es)$/, '$1ens$2'],
  [/^([a-z]{2,})(t|b)re(s)?$/, '$1$2er$3'],
  [/^([a-z]*[aeiou][^aeiou]*[aeiou][^aeiou]*)ll(ed|ing|er|ers|or|ors)$/, '$1l$2'],
  [/^([a-z]{3,})ogue(s)?$/, '$1og$2'],
];
/** Phrases that are one thing in a figure's clause: "gross domestic product" is GDP. */
export const PHRASE_CONCEPTS: [string[], string][] = [
  [['gross', 'domestic', 'product'], 'gdp'],
  [['economic', 'output'], 'gdp'],
  [['out', 'of', 'work'], 'unemploy'],
];
/** What a duration is the length of, when its clause says (stems): "three years after the
 * invasion", "a four-year term". Durations of different things never compare. */
export const DURATION_SUBJECTS = new Set(['war', 'tenure', 'term', 'sentenc', 'prison', 'contract', 'career', 'marriag', 'ban', 'sanction']);
/** Verbs that say a level moved or stood, before a rate or a sum: "inflation slowed to 2.6%". */
export const CHANGE_VERBS = new Set(
  ('rise rises rising rose risen fall falls falling fell fallen climb climbs climbing climbed drop drops dropping dropped ' +
    'slow slows slowing slowed ease eases easing eased increase increases increasing increased decrease decreased ' +
    'decline declines declining declined grow grows growing grew grown shrink shrank shrunk jump jumps jumped slide slides ' +
    'slid slip slips slipped surge surged soar soared plunge plunged tumble tumbled edge edged reach reaches reached ' +
    'hit hits stand stands stood weaken weakened strengthen strengthened gain gains gained lose loses lost up down ' +
    'accelerate accelerated advance advanced retreat retreated sink sank sunk reaching hitting standing peak peaks peaked ' +
    'peaking').split(' '),
);
/** Verbs that say a level got to a number, not how far it moved: "reached 17" (see LEVEL_VERBS). */
export const REACHING_VERBS = new Set('reach reaches reached reaching hit hits hitting standing peak peaks peaking'.split(' '));
/** Verbs that lower or raise a rate or level by an amount: "cut the rate by half a point to 4.75%"
 * started at 5.25%. */
export const LOWERING_VERBS = new Set('cut cuts cutting lower lowers lowered lowering reduce reduces reduced reducing slash slashed trim trimmed fall falls fell fallen drop drops dropped ease eased decline declined'.split(' '));
export const RAISING_VERBS = new Set('raise raises raised raising increase increases increased hike hikes hiked lift lifts lifted rise rises rose risen climb climbed'.split(' '));
/** Auxiliaries between a subject and its verb: "unemployment has climbed". */
export const AUXILIARY_VERBS = new Set('has have had is are was were been be being will would could may might must should shall'.split(' '));
/** Verbs that start a time in a post, so that a person's year after them dates a tenure: "became
 * mayor in 2010", "he arrived in 2014" ("took over" is read as a phrase). */
export const TENURE_START_VERBS = new Set('arrived became appointed elected named sworn assumed succeeded inaugurated installed'.split(' '));
/** Nouns that stand for whoever holds a post, so that "the 14th holder of the job" orders the same
 * line as "the 14th president". */
export const HOLDER_NOUNS = new Set('holder holders occupant incumbent officeholder person man woman'.split(' '));
/** What a year is the time of: "the invasion in 2022", "the 2024 election". */
export const EVENT_SUBJECTS = new Set([...DURATION_SUBJECTS, 'election', 'summit', 'attack', 'crisis', 'pandemic', 'referendum', 'vote', 'treaty']);


// ── Function words ───────────────────────────────────────────────────────────────────────────

/** Words that turn a statement into its opposite: a passage with one and a claim without it
 * never match. */
export const NEGATIONS = new Set(['not', 'no', 'never', 'none', 'nothing', 'neither', 'nor', 'without']);

/** Function words: they carry no gist when passages are compared. */
export const STOPWORDS = new Set(
  (
    'a an the and or but nor so yet of to in on at by for with from into onto over under about as than then ' +
    'that this these those there here it its it\'s is are was were be been being am do does did done have has had ' +
    'having will would shall should can could may might must not no i me my we us our you your he him his she her ' +
    'they them their what which who whom whose when where why how all any both each few more most other some such ' +
    'only own same too very just also if because while up out off again further once s t ' +
    "i'm i've i'd i'll you're we're we've they're they've he's she's it's that's there's don't doesn't didn't " +
    "won't can't isn't aren't wasn't weren't let's"
  ).split(' '),
);

// ── Sentences ────────────────────────────────────────────────────────────────────────────────

/** Titles that always bind to the name after them ("Mr. Smith", "Gen. Brown"). */
export const TITLE_ABBREVIATIONS = wordSet('mr mrs ms dr prof gen col lt sgt capt cmdr adm gov sen rep pres st');
/** Words after whose full stop a sentence need not end ("Oct. 1", "Acme Inc. said"). */
export const ABBREVIATIONS = new Set([
  ...TITLE_ABBREVIATIONS,
  ...wordSet('jr sr vs etc inc ltd co corp jan feb mar apr jun jul aug sep sept oct nov dec no nos fig approx dept est'),
]);
/** Capitalised function words that start a new sentence after an initialism ("…the U.S. The"). */
export const SENTENCE_STARTERS = wordSet(
  'the a an he she it they we i this that these those there but and so yet however in on at after before when while if as his her their its our',
);

/** Words that make a pair of numbers a result or a score: "won 3-1", "a 5-2 vote", "6-4 win". */
export const RESULT_WORDS = new Set(
  'win wins won winning victory victories beat beats beating defeat defeats defeated lose loses lost losing loss draw drew drawn tie tied triumph vote votes voted ruling ruled decision decided majority verdict margin scoreline score final result'.split(' '),
);
/** Nouns an ordinal names a place in a sequence of, rather than counts: "the second set", "the
 * fourth round", "the ninth game", "the fourth seed", "fourth-quarter revenue". */
export const POSITION_NOUNS = new Set(
  'set sets round game games leg stage quarter half period innings lap hole minute seed place floor row seat priority count heat tee'.split(' '),
);
/** Words of weight: "pounds" beside them weigh, elsewhere they are money. */
export const WEIGHT_WORDS = new Set('weigh weighs weighed weighing weight heavy heavier lighter light lb lbs ounces grams kilograms kg'.split(' '));

/**
 * Issue 11, session 41 (T44): a small Polish-English glossary of the everyday words a patient, a parent or a bystander
 * tells a finding with, by family (people, the body, colours and states, what the body does, how bad and since when,
 * quantities and means, the words that join them), typed without Polish letters as people type them. Keyed by stem
 * where a word changes its ending ("babci-": babcia, babcię, babci), read through `stemsOf`. Held-out messages left
 * about seven tenths of their words unread. Read after the phrases and after the lexicon's own words, which win.
 */
export const POLISH_EVERYDAY_WORDS: Readonly<Record<string, string>> = {
  // People, so that the third person reads as third person.
  babci: 'grandmother',
  babcia: 'grandmother',
  dziadek: 'grandfather',
  dziadk: 'grandfather',
  maz: 'husband',
  mez: 'husband',
  zona: 'wife',
  zony: 'wife',
  zone: 'wife',
  cork: 'daughter',
  mama: 'mom',
  mamy: 'mom',
  tata: 'dad',
  taty: 'dad',
  siostr: 'sister',
  koleg: 'coworker',
  kolez: 'coworker',
  sasiad: 'neighbour',
  sasiadk: 'neighbour',
  mezczyzn: 'man',
  kobiet: 'woman',
  dzieck: 'child',
  dzieci: 'children',
  ciaz: 'pregnancy',
  jestem: 'i am',
  tesciow: 'mother-in-law',
  tesciowa: 'mother-in-law',
  niemowl: 'infant',
  noworod: 'newborn',
  pacjent: 'patient',
  // The body, by region.
  glow: 'head',
  szyj: 'neck',
  kark: 'neck',
  brzuch: 'belly',
  rek: 'arm',
  nog: 'leg',
  oko: 'eye',
  okolo: 'about',
  niebiesk: 'blue',
  oczy: 'eyes',
  ust: 'mouth',
  warg: 'lips',
  jezyk: 'tongue',
  gardl: 'throat',
  skor: 'skin',
  serc: 'heart',
  bol: 'pain',
  bolu: 'pain',
  jadr: 'testicle',
  jadra: 'testicle',
  lat: 'years old',
  polow: 'half',
  opadl: 'drooped',
  mow: 'speech',
  plec: 'back',
  ramie: 'arm',
  kolan: 'knee',
  palc: 'finger',
  cial: 'body',
  // Colours and states.
  szar: 'grey',
  siniak: 'bruise',
  blad: 'pale',
  zimn: 'cold',
  lepk: 'clammy',
  marmurk: 'mottled',
  fiolet: 'purple',
  zolt: 'yellow',
  wiotk: 'floppy',
  slab: 'weak',
  sztywn: 'stiff',
  senn: 'drowsy',
  splatan: 'confused',
  nieprzytomn: 'unconscious',
  spocon: 'sweaty',
  poci: 'sweating',
  potem: 'then',
  opuchn: 'swollen',
  spuchn: 'swollen',
  puchn: 'swelling',
  krzyw: 'drooping',
  krzywd: 'harm',
  robak: 'bugs',
  dwoch: 'two',
  trzech: 'three',
  // What the body does.
  oddych: 'breathe',
  dusi: 'choking',
  polkn: 'swallowed',
  wypil: 'drank',
  mowi: 'speak',
  odpowiad: 'answer',
  reaguj: 'respond',
  obudz: 'wake up',
  budzi: 'wakes',
  rusz: 'move',
  chodz: 'walk',
  widz: 'see',
  czuj: 'feel',
  upad: 'fell',
  uderz: 'hit',
  krwaw: 'bleeding',
  krew: 'blood',
  krwi: 'blood',
  wymiot: 'vomiting',
  trzes: 'shaking',
  straci: 'lost',
  spi: 'sleeps',
  pije: 'drinks',
  znalaz: 'found',
  drgawk: 'seizure',
  zaslab: 'collapsed',
  podnies: 'lift',
  // How bad, how sudden, since when.
  siln: 'severe',
  okropn: 'terrible',
  straszn: 'terrible',
  nagle: 'suddenly',
  nagl: 'sudden',
  wysok: 'high',
  // Quantities and means.
  opakow: 'pack',
  butelk: 'bottle',
  tablet: 'pills',
  lyzk: 'spoonful',
  szklank: 'glass',
  // Since when.
  minut: 'minutes',
  godzin: 'hours',
  dni: 'days',
  dzien: 'day',
  tygodni: 'weeks',
  miesi: 'months',
  rano: 'morning',
  noc: 'night',
  wczoraj: 'yesterday',
  dzis: 'today',
  dzisiaj: 'today',
  od: 'since',
  przed: 'before',
  temu: 'ago',
  // The words that join them.
  na: 'on',
  z: 'with',
  ze: 'that',
  jej: 'her',
  ona: 'she',
  oni: 'they',
  jest: 'is',
  byl: 'was',
  byla: 'was',
  moze: 'can',
  sie: '',
  nie: 'not',
  cala: 'whole',
  kregoslup: 'spine',
  kregoslupa: 'spine',
  miednica: 'pelvis',
  miednice: 'pelvis',
  przygniotl: 'crushed',
  przygniotla: 'crushed',
  przygniotlo: 'crushed',
  cale: 'whole',
  caly: 'whole',
};

/** An injury or the back, told anywhere in a message: falls, blows, crushes, a spine (folded stems). */
const INJURY_OR_BACK = '(?:spad|upad|kregoslup|plec|wypad|uraz|uderz|przygniot|przewroci|rusztowa|drabin|dach|potraci)';
const LEGS_NOT_FELT = 'nie (?:czuje|czuj[ea]|czul|czula) (?:w )?(?:nog|nogi|nogach)';

/** Everyday Polish phrases of a family no single word reads: "cannot", and a time told from its start ("od dwóch dni"). */
export const POLISH_EVERYDAY_PHRASES: ReadonlyArray<readonly [string, string]> = [
  ['nie (?:moze|moge|mogl|mogla|mozna|mozemy)', 'cannot'],
  // A mouth gone crooked is FAST's face drooping.
  ['krzyw\\p{L}* (?:usta|twarz)|(?:usta|twarz) (?:\\p{L}+ )?krzyw\\p{L}*', 'face drooping'],
  ['nie pije', 'not drinking'],
  // Legs not felt, told with the object after the verb ("nie czuje nóg"): the sensation lost below an injury of the spine
  // or the cauda equina (NHS 111, NICE cauda equina red flags). Told before it ("nóg nie czuję") it is as often the
  // idiom of legs worn out by a hike or a workout, and is left to its words. Session 43 (T53).
  // Only beside an injury or the back told in the message: after a marathon, a day on one's feet or the cold, "nie czuję
  // nóg" is the idiom of tired or frozen legs (review V25, 11:14).
  [`(?<=${INJURY_OR_BACK}[^]*)${LEGS_NOT_FELT}|${LEGS_NOT_FELT}(?=[^]*${INJURY_OR_BACK})`, 'cannot feel his legs'],
  ['nie (?:rusza|ruszam|ruszal|ruszala) (?:nogami|nogi)', 'cannot move his legs'],
  // Days without a drink told before the verb: the time since drinking stopped, which withdrawal is read from.
  ['od (?:\\d+|dwoch|trzech|czterech|kilku|paru) (?:dni|dnia) (?:juz )?nie pije', 'stopped drinking days ago'],
  ['od (?:\\d+|dwoch|trzech|czterech|kilku|paru) (?:dni|dnia)', 'for days'],
  ['od (?:\\d+|dwoch|trzech|czterech|kilku|paru) (?:godzin|godziny)', 'for hours'],
  // Session 63 (T141): red flags in the everyday words the lists lacked (NHS 111 / Pathways, Manchester Triage, NICE
  // NG143): the chest squeezed or crushed told by its verb (a stab or a burn in it is as often a nerve or heartburn), air short ("duszno mu"), blood in a stream that cannot be
  // staunched, an infant's months told bare beside the infant, and a limp infant ("wiotki").
  [
    '(?:sciska|sciskalo|gniecie|gniotlo|rozsadza|rozrywa)(?: \\p{L}+)? w (?:klatce|piersiach|mostku)(?: piersiowej)?|(?:za|pod) mostkiem (?:sciska|gniecie|rozsadza)',
    'chest pain',
  ],
  // What tells such a pain the stomach's or the nerves' (NHS 111: heartburn after food), read as English reads it.
  // Heartburn named by the one in pain ("mówi, że to zgaga") is his guess, not the cause: read only when the writer tells it.
  ['(?<!(?:mowi|mysli|twierdzi|uwaza|sadzi|mowil|myslal),? ze to (?:tylko |pewnie |chyba )?)zgag\\p{L}*', 'heartburn'],
  ['po (?:jedzeniu|posilku|obiedzie|kolacji)', 'after meals'],
  ['(?:jak|kiedy|gdy) (?:sie )?(?:stresuje|denerwuje)', 'when i am stressed'],
  ['serce (?:jest )?zdrowe', 'the heart is fine'],
  ['duszno (?:mu|jej|mi)|(?:brakuje|brak) (?:mu |jej |mi )?powietrza', 'short of breath'],
  [
    'krew (?:leci|tryska|cieknie|leje sie|plynie|sika)(?: \\p{L}+)? (?:strumieniem|fontanna|bez przerwy|caly czas)|krew tryska|nie (?:mozemy|moge|moga|da sie|umiemy) (?:zatamowac|zatrzymac|powstrzymac)(?: krwi\\p{L}*| krwawienia)?',
    'bleeding heavily and it will not stop',
  ],
  [
    '(?<=(?:niemowl|malusz|maluch|dziec|synek|coreczk|bobas)\\p{L}*[^.!?]{0,20})\\d+ (?:miesiac|miesiace|miesiecy|mies)(?![\\p{L}])',
    '# months old',
  ],
  ['wiotk\\p{L}*|lejac\\p{L}* przez rece', 'floppy'],
];

/**
 * Session 63 (T141): a tongue or the lips swollen, told with what swelled (Resuscitation Council anaphylaxis; a
 * throat or a face swells with a sore throat or a tooth as often, and is left to the lexicon): read before the lexicon's bare "swollen", which takes the word after it along.
 */
export const POLISH_SWOLLEN_AND_WHAT_SWELLED: ReadonlyArray<readonly [string, string]> = [
  [
    'spuchl\\p{L}* (?:mu |jej )?(?:jezyk|usta|wargi)|(?:jezyk|usta|wargi) (?:mu |jej )?(?:spuchl\\p{L}*|puchnie|puchna|obrzekl\\p{L}*)',
    'swollen lips and tongue',
  ],
];

/**
 * Issue 11, session 41 (T44): a small Haitian Creole-English glossary of the everyday words a patient, a parent or a
 * bystander tells a finding with, by family (people, the body, colours and states, what the body does, how bad and since
 * when, quantities and means). Held-out messages left about three quarters of their words unread. Words that are also
 * English words with another sense ("pale": speak, "red": stiff, "men": hand, "we": see) are left out: a mixed message
 * would read them wrongly. Read after the phrases and after the lexicon's own words, which win.
 */
export const HAITIAN_CREOLE_EVERYDAY_WORDS: Readonly<Record<string, string>> = {
  // People.
  grann: 'grandmother',
  granmoun: 'elderly person',
  manman: 'mother',
  papa: 'father',
  mari: 'husband',
  madanm: 'wife',
  pitit: 'child',
  timoun: 'child',
  bebe: 'baby',
  koleg: 'coworker',
  vwazen: 'neighbour',
  vwazin: 'neighbour',
  nonm: 'man',
  fanm: 'woman',
  moun: 'person',
  // The body.
  tet: 'head',
  kou: 'neck',
  bouch: 'mouth',
  lev: 'lips',
  lang: 'tongue',
  goj: 'throat',
  je: 'eyes',
  pye: 'foot',
  jenou: 'knee',
  dwet: 'finger',
  zepol: 'shoulder',
  // Colours and states.
  gri: 'grey',
  vyolet: 'purple',
  blan: 'white',
  jon: 'yellow',
  fret: 'cold',
  mou: 'floppy',
  feb: 'weak',
  konfi: 'confused',
  anfle: 'swollen',
  kwochi: 'drooping',
  vin: 'became',
  gen: 'has',
  tach: 'spots',
  // What the body does.
  respire: 'breathe',
  vale: 'swallowed',
  bwe: 'drink',
  manje: 'eat',
  tete: 'feed',
  reponn: 'answer',
  leve: 'lift',
  mache: 'walk',
  santi: 'feel',
  tonbe: 'fell',
  frape: 'hit',
  senyen: 'bleeding',
  swe: 'sweating',
  kriz: 'seizure',
  pedi: 'lost',
  domi: 'sleep',
  jwenn: 'found',
  disparet: 'fade',
  sispann: 'stopped',
  pike: 'stung',
  gep: 'wasp',
  myel: 'bee',
  // How bad, how sudden, since when.
  twop: 'too much',
  toudenkou: 'suddenly',
  sanzatann: 'suddenly',
  tout: 'all',
  antye: 'whole',
  bwat: 'box',
  boutey: 'bottle',
  grenn: 'pills',
  renmed: 'medicine',
  edtan: 'hours',
  jou: 'days',
  mwa: 'months',
  maten: 'morning',
  apre: 'after',
  avan: 'before',
  // The words that join them.
  oswa: 'or',
  pa: 'not',
  ki: 'that',
  paske: 'because',
  te: 'was',
  yo: 'they',
  nou: 'we',
  fwa: 'times',
  twa: 'three',
};

/** Everyday Haitian Creole phrases of a family no single word reads: "cannot", and a stiff neck ("kou l rèd"). */
export const HAITIAN_CREOLE_EVERYDAY_PHRASES: ReadonlyArray<readonly [string, string]> = [
  ['pa (?:ka|kapab|kab)', 'cannot'],
  ['(?:\\d+|de|twa|kat|senk) an(?![\\p{L}])', '# years old'],
  // "Grenn li" (his) are the testicles; "yon bwat grenn" are pills.
  ['grenn (?:li|l|m|mwen|pitit la) (?:ap )?fe (?:li |l |m |mwen )?mal', 'testicle pain'],
  // An ache told with its part, as English names it ("kou m fè m mal": a sore neck).
  ['kou (?:\\p{L}+ ){0,3}fe (?:li |l |m |mwen )?mal', 'has a sore neck'],
  ['fe (?:li |l |m |mwen )mal', 'hurts'],
  ['domi mal', 'slept badly'],
  ['(?:depi |pou )?(?:ine|inedtan|yon edtan) (?:de tan )?', 'for an hour'],
  // Eyes rolling back in a fit (review V23 of 37fc1fe).
  ['je (?:l|li|m|mwen) (?:ap )?(?:vire|vire lanve|vire anwo)', 'eyes rolling back'],
  // A mouth gone crooked is FAST's face drooping.
  ['(?:bouch|figi) (?:\\p{L}+ ){0,3}(?:vin |te |tou )?kwochi', 'face drooping'],
  ['kou (?:l |li |m |mwen |pitit la |bebe a )?(?:red|di|rann)', 'stiff neck'],
];

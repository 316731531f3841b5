/**
 * What people call a vaccine beside the names immunization records use (the CDC's CVX display
 * names that Synthea writes: "IPV", "MMR", "DTaP", "Td (adult) preservative free", "Pneumococcal
 * conjugate PCV 13", "meningococcal MCV4P", "zoster", ...). People name a vaccine by the disease
 * it prevents ("the polio vaccine", "my tetanus shot") or by its brand ("Moderna").
 *
 * Separate from LAY_CLINICAL_TERMS on purpose: "polio" only means the IPV record when the
 * question asks about vaccines; "have I had chickenpox?" must not find the varicella vaccine.
 */
export const VACCINE_TERMS: ReadonlyArray<readonly string[]> = [
  ['polio', 'poliovirus', 'ipv', 'opv', 'ipol'],
  ['measles', 'mumps', 'rubella', 'german measles', 'mmr', 'mmrv', 'priorix', 'proquad'],
  // "Chicken pops": chickenpox as phone dictation hears it.
  ['chickenpox', 'chicken pox', 'chicken pops', 'varicella', 'varivax'],
  ['shingles', 'herpes zoster', 'zoster', 'shingrix', 'zostavax'],
  [
    'tetanus',
    'lockjaw',
    'diphtheria',
    'whooping cough',
    'pertussis',
    'td',
    'tdap',
    'dtap',
    'dtp',
    'boostrix',
    'adacel',
    'daptacel',
    'infanrix',
    'tenivac',
  ],
  ['pneumonia', 'pneumo', 'pneumococcal', 'pcv', 'pcv13', 'prevnar', 'pneumovax'],
  ['meningitis', 'meningococcal', 'mcv4', 'mcv4p', 'menacwy', 'men acwy', 'menactra', 'menveo', 'menquadfi'],
  ['hepatitis a', 'hep a', 'hepa', 'havrix', 'vaqta'],
  ['hepatitis b', 'hep b', 'hepb', 'hep bee', 'engerix', 'recombivax', 'heplisav'],
  ['hepatitis', 'hep'],
  ['hib', 'haemophilus', 'pedvaxhib', 'acthib'],
  [
    'flu',
    'influenza',
    'flew shot',
    'flew jab',
    'flew vaccine',
    'fluzone',
    'flucelvax',
    'fluarix',
    'flulaval',
    'afluria',
    'flumist',
  ],
  ['hpv', 'human papillomavirus', 'human papilloma virus', 'papilloma', 'cervical cancer', 'gardasil'],
  [
    'rotavirus',
    'rota',
    'rotateq',
    'rotarix',
    'rota drops',
    'rotavirus drops',
    // Dictated: the recogniser's words for "rotavirus".
    'row to virus',
    'row ta virus',
    'roto virus',
    'oral vaccine',
    'vaccine by mouth',
    'liquid vaccine',
    'drops in the mouth',
    'diarrhea virus',
    'stomach bug',
    'tummy bug',
    'stomach flu',
  ],
  [
    'covid',
    'covid-19',
    'coronavirus',
    'corona',
    'sars-cov-2',
    'moderna',
    'pfizer',
    'biontech',
    'johnson',
    'j&j',
    'j and j',
    'jnj',
    'janssen',
    'astrazeneca',
    'comirnaty',
    'spikevax',
    'novavax',
  ],
];

/**
 * Combination vaccines, one way: "the 5-in-1" names the vaccines it holds (DTaP, IPV, Hib and, in
 * the 6-in-1, hepatitis B), but "DTaP" does not mean the 5-in-1.
 */
export const VACCINE_COMBINATIONS: ReadonlyArray<{ lay: readonly string[]; clinical: readonly string[] }> = [
  { lay: ['6 in 1', 'hexavalent', 'vaxelis', 'infanrix hexa'], clinical: ['dtap', 'ipv', 'hib', 'hep b'] },
  { lay: ['5 in 1', 'pentavalent', 'pentacel', 'pediarix'], clinical: ['dtap', 'ipv', 'hib', 'hep b'] },
  { lay: ['4 in 1', 'kinrix', 'quadracel'], clinical: ['dtap', 'ipv'] },
  { lay: ['mmrv', 'proquad'], clinical: ['mmr', 'varicella'] },
];

/**
 * What a vaccine protects against as people describe it, one way: "the liver jab" is a hepatitis
 * vaccine, "the vaccine against warts" or "the cancer jab" the HPV vaccine, "the diarrhoea drops"
 * rotavirus; a question about hepatitis vaccines is not widened with "liver". For questions about
 * vaccines only, as VACCINE_TERMS.
 */
export const VACCINE_DESCRIPTIONS: ReadonlyArray<{ lay: readonly string[]; clinical: readonly string[] }> = [
  { lay: ['liver', 'liver virus', 'liver infection', 'liver disease', 'jaundice'], clinical: ['hepatitis', 'hep'] },
  { lay: ['warts', 'genital warts', 'cancer', 'cancer virus'], clinical: ['hpv', 'human papillomavirus'] },
  {
    lay: ['diarrhea', 'diarrhoea', 'gastroenteritis', 'gastro', 'mouth drops', 'oral drops', 'drops by mouth'],
    clinical: ['rotavirus'],
  },
  { lay: ['chest infection', 'lung infection'], clinical: ['pneumococcal', 'pneumonia'] },
  { lay: ['brain infection'], clinical: ['meningococcal', 'meningitis'] },
  // Hib by its germ's full name, one way: "influenzae" is influenza's search term, so a question
  // naming Hib widened with it found the flu shots and the influenza tests before the Hib doses.
  { lay: ['haemophilus influenzae type b', 'haemophilus influenzae', 'hemophilus influenzae'], clinical: ['hib'] },
  // Shingles as people describe it: the vaccine offered to older adults "against the painful rash".
  { lay: ['painful rash', 'blistering rash', 'nerve rash', 'band of rash'], clinical: ['zoster', 'shingles'] },
];

/** Every one-way vaccine group: the combinations and the descriptions. */
export const VACCINE_UMBRELLAS = [...VACCINE_COMBINATIONS, ...VACCINE_DESCRIPTIONS];

/**
 * Diseases that leave lasting immunity once had, so a count of them ("hepatitis A two times",
 * "her second measles", "chickenpox twice") counts doses of their vaccine. Not covid, flu or
 * pneumonia: those are caught again, and "covid twice" is two illnesses.
 */
export const LASTING_IMMUNITY_DISEASES = [
  'measles',
  'mumps',
  'rubella',
  'german measles',
  'chickenpox',
  'chicken pox',
  'varicella',
  'hepatitis a',
  'hepatitis b',
  'hep a',
  'hep b',
  'polio',
  'hpv',
];

/**
 * Diseases a record question names almost only for their vaccine: hardly anyone has had them
 * ("camp needs proof she had tetanus"), everyone is vaccinated against them.
 */
export const VACCINE_ERA_DISEASES = ['tetanus', 'lockjaw', 'diphtheria', 'polio', 'whooping cough', 'pertussis'];

/**
 * Diseases named together as one vaccine protects against them ("measles mumps and rubella",
 * "diphtheria, tetanus and whooping cough"): no one has them all at once, so together they name
 * the vaccine. A regular expression's alternatives.
 */
export const DISEASES_OF_ONE_VACCINE = [
  'measles,?\\s+mumps,?\\s+(?:and\\s+|&\\s+)?rubella',
  'diphtheria,?\\s+tetanus,?\\s+(?:and\\s+|&\\s+)?(?:pertussis|whooping cough)',
].join('|');

/** Names that only ever mean a vaccine: a question naming one asks about immunizations. */
export const VACCINE_ONLY_NAMES = [
  'mmr',
  'mcv4',
  'mcv4p',
  'acwy',
  'mmrv',
  'dtap',
  'tdap',
  'dtp',
  'ipv',
  'opv',
  'hib',
  'pcv',
  'pcv13',
  'prevnar',
  'pneumovax',
  'shingrix',
  'zostavax',
  'gardasil',
  'menactra',
  'menveo',
  'rota',
  'rotateq',
  'rotarix',
  'moderna',
  'pfizer',
  'biontech',
  'janssen',
  'astrazeneca',
  'comirnaty',
  'spikevax',
  'novavax',
  'ipol',
  'priorix',
  'proquad',
  'varivax',
  'boostrix',
  'adacel',
  'daptacel',
  'infanrix',
  'tenivac',
  'menacwy',
  'menquadfi',
  'havrix',
  'vaqta',
  'engerix',
  'recombivax',
  'heplisav',
  'pedvaxhib',
  'acthib',
  'fluzone',
  'flucelvax',
  'fluarix',
  'flulaval',
  'afluria',
  'flumist',
  'vaxelis',
  'pentacel',
  'pediarix',
  'kinrix',
  'quadracel',
  'hexavalent',
  'pentavalent',
];

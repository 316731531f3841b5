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
  ['polio', 'poliovirus', 'ipv', 'opv'],
  ['measles', 'mumps', 'rubella', 'german measles', 'mmr', 'mmrv'],
  ['chickenpox', 'chicken pox', 'varicella'],
  ['shingles', 'herpes zoster', 'zoster', 'shingrix', 'zostavax'],
  ['tetanus', 'lockjaw', 'diphtheria', 'whooping cough', 'pertussis', 'td', 'tdap', 'dtap', 'dtp'],
  ['pneumonia', 'pneumococcal', 'pcv', 'pcv13', 'prevnar', 'pneumovax'],
  ['meningitis', 'meningococcal', 'mcv4', 'mcv4p', 'menactra', 'menveo'],
  ['hepatitis a', 'hep a', 'hepa'],
  ['hepatitis b', 'hep b', 'hepb'],
  ['hib', 'haemophilus influenzae type b'],
  ['flu', 'influenza'],
  ['hpv', 'human papillomavirus', 'gardasil'],
  ['rotavirus', 'rota', 'rotateq', 'rotarix'],
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
    'janssen',
    'astrazeneca',
  ],
];

/** Names that only ever mean a vaccine: a question naming one asks about immunizations. */
export const VACCINE_ONLY_NAMES = [
  'mmr',
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
  'rotateq',
  'rotarix',
  'moderna',
  'pfizer',
  'biontech',
  'janssen',
  'astrazeneca',
];

/**
 * Session 49 (T72): Persian typed in Latin letters tells most findings with a light verb after a noun or an adjective,
 * in its spoken perfect ("-e": "khorde" has eaten, "zade" has struck) or its negative present ("nemiad" does not come,
 * "nemishe" does not become): "khoon band nemiad" (the blood does not come shut: will not stop), "ragesho zade" (has cut
 * her vein), "ye baste ghors khorde" (has eaten a whole pack of pills), "saresh khord be zamin" (his head struck the
 * ground). Read by the noun and the light verb in any of their spoken forms, so the English rules weigh the finding
 * (TOXBASE: a whole pack; NICE NG225: self-harm; first aid: bleeding not stopped; NICE NG232: a head injury with
 * vomiting and drowsiness).
 */

/** The perfect, past and present of "to eat" (the verb pills are taken with), in the spellings Finglish uses. */
const ATE = '(?:khorde|khordeh|khord|khordan|khordam|khorda|mikhore)';
const PILLS = '(?:ghors|gors|ghorsh|daroo|daru|ghorsaye|ghors ha)\\p{L}*';

export const ROMANISED_PERSIAN_LIGHT_VERBS: ReadonlyArray<readonly [string, string]> = [
  [
    `(?:ye|yek|do|chand|kol) (?:baste|basteh|jabe|jabeh|boxe|moshte|varagh|navar|shishe)(?: \\p{L}+)? ${PILLS}(?: (?:ro|ra|esho|ash))? ${ATE}`,
    'took a whole pack of pills',
  ],
  [`(?:hame|hameye|hamaye|tamame|tamoome)(?: ye)? ${PILLS}(?: \\p{L}+)?(?: (?:ro|ra))? ${ATE}`, 'took all the pills'],
  [`(?:\\d+|bist|si|chehel|panjah|sad) ?ta ${PILLS}(?: (?:ro|ra))? ${ATE}`, 'took # pills'],
  [
    'rag(?:e dast)?(?:esh|esho|emo|amo|am|eshoo)?(?: (?:ro|ra))? (?:zade|zadeh|zad|zadam|boride|borideh|borid|boridam)',
    'she cut her wrists',
  ],
  [
    'khoon(?:esh|rizi|rizish|rizie)? (?:\\p{L}+ )?(?:band|ghat|bandesh) (?:nemiad|nemiyad|nemishe|nayoomade|nayumade|nemikone)',
    'the bleeding will not stop',
  ],
  [
    'sar(?:esh|ash|e \\p{L}+)? (?:(?:khord|khorde|khordeh) be|be \\p{L}+ (?:khord|khorde|khordeh))|zarbe (?:be|ro) sar(?:esh|ash)?',
    'hit his head on',
  ],
  [
    "(?:\\d+|do|se|chand|chan|chandin) (?:bar|dafe|daf'e) (?:estefragh|bala avorde|bala avord|bala avardeh)\\p{L}*",
    'vomited several times',
  ],
  ['khab ?aloo(?:de|deh)|khab ?alu(?:de|deh)|hamash mikhabe|hey mikhabe|modam mikhabe', 'very drowsy'],
  // Vomiting denied by the negative verb told after it ("estefragh nakarde": has not vomited).
  ['estefragh (?:nakarde|nakardeh|nakard|nadare|nemikone|nakarde ast)|bedoone estefragh', 'no vomiting'],
  ['estefragh\\p{L}*', 'vomiting'],
];

/** Words of these findings no English message writes: one marks a short message as Persian. */
export const ROMANISED_PERSIAN_LIGHT_VERB_WORDS: readonly string[] = [
  'estefragh',
  'ghors',
  'khaharam',
  'baradaram',
  'nemiad',
  'nemishe',
  'ragesho',
];

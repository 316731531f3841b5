/**
 * Session 62 (T134): the teller bringing a chest pain back by pressing on the spot, told in the language's own verb of
 * pressing where the lexicon read no English for it, or read it as the glass test of a rash: "me duele el pecho cuando
 * giro el torso o me aprieto con el dedo", "maumivu kifuani nikibonyeza", "dada sakit bila tekan", "Brustschmerzen wenn
 * ich draufdrücke". MTS chest pain and NHS 111 read a pain the person reproduces by pressing, with no cardiac feature,
 * as the chest wall's (`../chest-pain-the-patient-tells-as-chest-wall-or-reflux.ts`), which reads the English "when I
 * press on it"; every cardiac feature the rule reads still keeps the pain an emergency. Only the teller's own pressing
 * (first person) is read: "me aprieta" (it squeezes me) is the heart's tightness and stays as the lexicon reads it.
 */

/** "Cuando giro el torso o me aprieto ahí": the pressing told as the second of two things that bring the pain. */
export const SPANISH_CHEST_PAIN_PRESSED: ReadonlyArray<readonly [string, string]> = [
  [
    '(?<=(?:cuando|si) [^.,;!?]{1,40} (?:o|y) )(?:lo |la |me )?(?:aprieto|presiono|toco|apreto)(?: (?:ahi|alli|ahi mismo|encima|con el dedo|con los dedos|la zona))?',
    'when i press on it',
  ],
];

/** "Nikibonyeza" after the chest is the teller pressing on it; after spots it stays the glass test of a rash. */
export const SWAHILI_CHEST_PAIN_PRESSED: ReadonlyArray<readonly [string, string]> = [
  [
    '(?<=(?:kifua|kifuani|kifuani mwangu|kifua changu)[^.;!?]{0,40})(?:nikibonyeza|nikikibonyeza|nikigusa|nikiminya)(?! kwa (?:glasi|bilauri|kikombe))',
    'when i press on it',
  ],
];

/** "Sakit bila tekan", "nyeri kalau saya tekan", "sakit kalau dipegang": Malay and Indonesian. */
export const INDONESIAN_CHEST_PAIN_PRESSED: ReadonlyArray<readonly [string, string]> = [
  [
    '(?<=(?:dada|rusuk|tulang dada)[^.;!?]{0,40})(?:bila|kalau|kalo|klo|jika|saat|waktu|ketika) (?:saya |aku |sy |gue )?(?:tekan|ditekan|menekan|pegang|dipegang|sentuh|disentuh|picit|dipicit)',
    'when i press on it',
  ],
];

/** "Wenn ich draufdrücke", "wenn ich drauf drücke", "beim Draufdrücken". */
export const GERMAN_CHEST_PAIN_PRESSED: ReadonlyArray<readonly [string, string]> = [
  [
    '(?:wenn ich (?:da |dann )?(?:draufdrucke|draufdruecke|drauf drucke|drauf druecke|darauf drucke|darauf druecke|auf die stelle drucke|auf die stelle druecke|drauf tippe)|beim (?:draufdrucken|draufdruecken|drauf drucken|drauf druecken))',
    'when i press on it',
  ],
];

import type { LanguageLexicon, LexiconPhrases } from './language-lexicon.js';

/**
 * Session 63 (T141): Yoruba, as Nigerians type it, with its tone marks and under-dots or without them: folded, "ẹ̀jẹ̀"
 * is "eje" and "ọmọ" is "omo", so one list reads both. Its progressive "n" / "ń" comes before the verb ("eje n jade":
 * blood is coming out), its negation "ko" / "kò" before it too ("ko le mi": he cannot breathe), so a phrase reads the
 * negated verb. "Àyà" (chest) and "aya" (wife) fold alike: the chest is read only with what hurts or presses it.
 */

/** A person told after the noun, as Yoruba writes its possessives ("omo mi": my child; "ese re": his leg). */
const HIS = '(?:mi|re|e|won|wa|yin|omo|mama|baba) ';

/** The counting words up to ten, for an age or a month of pregnancy told in words ("osu mefa": six months). */
const NUMBERS: ReadonlyArray<readonly [string, string]> = [
  ['(?:kan|ookan|okan)', '1'],
  ['meji', '2'],
  ['meta', '3'],
  ['merin', '4'],
  ['marun', '5'],
  ['mefa', '6'],
  ['meje', '7'],
  ['mejo', '8'],
  ['mesan', '9'],
  ['mewa', '10'],
];

/** An infant's age in days, weeks or months ("omo ose meta": a three-week-old), read as the English rules read ages. */
const AGES: LexiconPhrases = NUMBERS.flatMap(([word, digit]) => [
  [`omo ojo ${word}`, `${digit} days old`] as const,
  [`omo ose ${word}`, `${digit} weeks old`] as const,
  [`oyun osu ${word}|(?:loyun|ni oyun) (?:osu|oshu) ${word}`, `${digit} months pregnant`] as const,
  [`omo osu ${word}`, `${digit} months old baby`] as const,
]);

/**
 * The 13 categories' commonest discriminators (NHS 111 / Pathways, Manchester Triage, NICE NG143 / NG232 / NG225) in
 * everyday Yoruba: what a parent, a spouse or a bystander says or types in a hurry.
 */
const RED_FLAGS: LexiconPhrases = [
  // Chest: pain told of the chest or the heart as it goes on ("aya mi n dun mi"), and a heart attack. "Inu ... n dun"
  // (the belly is sweet) is gladness, not pain.
  [`(?<!inu )(?:aya|okan) (?:${HIS}){0,2}(?:n |ti n )dun|irora (?:ninu |ni )?aya|ikolu okan`, 'chest pain'],
  // Breathing: cannot breathe, has stopped breathing, breath gone short, turned blue.
  [
    `ko (?:le|lee|ri) (?:mi|simi|gba emi|fa emi)(?! mo\\b)|emi (?:re |e |mi )?(?:ti )?kuru|o n ja fun emi|mimi (?:${HIS})?(?:ti |n )?(?:le|soro|ha)|n mi hele`,
    'cannot breathe',
  ],
  [`ko (?:si )?n mi(?= |$|[,.!?])|ko mi mo|(?:ti )?(?:dawo |da )mimi duro`, 'is not breathing'],
  [`ete (?:${HIS})?(?:ti )?(?:di |dabi )?(?:dudu|bulu|aro)`, 'blue lips'],
  // Consciousness: fainted, will not wake, does not answer.
  [`daku|da ku`, 'passed out'],
  [`ko (?:ji|le ji|ji mo|taji|dahun|da (?:mi |wa )?lohun|mo nkan kan)`, 'unconscious and is not responding'],
  [`subu(?: lule| lojiji)?`, 'fell'],
  // Bleeding: blood pouring, a lot, will not stop; none told ("ko si eje") is read as English reads it.
  [`ko si eje`, 'no bleeding'],
  [
    `eje(?: \\p{L}+){0,3} (?:pupo|ko (?:da |le )?duro|ko (?:da |le )?da duro|gidi)|eje (?:n |ti n )?(?:tu|san)(?: jade)?|(?:seje|n seje) (?:pupo|gidi)`,
    'bleeding heavily and it will not stop',
  ],
  [`eje (?:n |ti n )?(?:jade|sun)|seje`, 'bleeding'],
  // Stroke: a face or mouth gone crooked, speech lost or slurred, a side or an arm gone weak.
  [`(?:enu|oju|ete) (?:${HIS})?(?:ti (?:wo|yi|yiwo)|(?:ti )?(?:wo|yi|lo) si egbe kan)`, 'face drooping'],
  [`ko (?:le|lee) (?:soro|so oro)|oro (?:${HIS})?(?:n |ti )?(?:ko ye|daru)`, 'cannot speak and slurred speech'],
  [
    `(?:egbe|apa) kan (?:ara )?(?:${HIS})?(?:ti )?(?:ku|ro|ko sise|ko gbera)|ko le (?:gbe|na) (?:owo|apa|ese) (?:${HIS})?soke|ko le gbe apa`,
    'suddenly weak arm',
  ],
  [`aarun (?:ro ?pa ?ro ?se|opolo)|ro ?pa ?ro ?se`, 'stroke'],
  [`lojiji|ni ojiji`, 'suddenly'],
  // Seizure: convulsing ("giri"), an epileptic fit ("warapa"), foaming at the mouth.
  [`(?:n |ti )?(?:se |ni )?giri|warapa|ifofo (?:n )?(?:jade )?(?:lenu|ni enu)`, 'he is having a seizure'],
  [`ara (?:${HIS})?n gbon`, 'shaking all over'],
  // Self-harm: to kill oneself, to want to die, a rope made ready, life no longer wanted.
  [
    `pa ara (?:mi|re|e|won)|mo fe ku(?= |$|[,.!?])|so ara (?:mi|re|e) ko(?:run)?|(?:ko|mi o) fe (?:gbe aye|wa laye|wa laaye) mo|aye (?:ti )?su mi`,
    'i want to kill myself',
  ],
  // Poisoning: poison, insecticide ("otapiapia", "sniper"), kerosene or bleach drunk; many tablets swallowed.
  [`(?:mu|gbe|je) (?:majele|otapiapia|sniper|ogun kokoro|kerosene|bilisi|bleach|jik)`, 'drank poison'],
  [`majele`, 'poison'],
  [
    `(?:mu|gbe) (?:oogun|ogun|pills?|tablets?) (?:pupo|gbogbo|ni ekan)|(?:gbogbo|opo) oogun`,
    'took an overdose of pills',
  ],
  // Anaphylaxis: the throat, the lips or the face swelling, after a sting or a food.
  [`ofun (?:${HIS})?(?:n |ti )?(?:wu|di)`, 'throat is closing up'],
  [`(?:ete|ahon|oju) (?:${HIS})?(?:n |ti )?wu`, 'swollen lips and tongue'],
  [`ede(?= |$|[,.!?])`, 'shrimp'],
  [`oyin (?:ta|ti ta)|ta (?:${HIS})?(?:ni )?oyin`, 'stung by a bee'],
  // Head injury: the head struck ("fi ori lu"), and vomiting after. "Ori ... fo" alone is a headache.
  [`(?:fi )?ori (?:${HIS})?(?:lu|gba|fo mo)|(?:lu|gba|fi) ori (?:${HIS})?(?:mo|lu)`, 'hit his head'],
  [`eebi`, 'vomiting'],
  // Meningitis: a stiff neck, fever, light that hurts the eyes, a rash that stays under a glass.
  [`orun (?:${HIS})?(?:ti )?(?:le|ko le yi|ko yi|ko le te)`, 'stiff neck'],
  [`(?:iba|ara) (?:${HIS})?(?:ti )?(?:gbona|ga) (?:gan|pupo|gidigidi|bi ina)|iba (?:giga|gbona)`, 'high fever'],
  [`iba|ara (?:${HIS})?(?:n |ti )?gbona`, 'fever'],
  [`imole (?:n |ti )?(?:dun|ba) oju`, 'light hurts his eyes'],
  [`(?:ara|nkan) (?:${HIS})?(?:n )?(?:yo|so) (?:pupa|sisu)|sisu`, 'rash'],
  [`(?:ko (?:lo|parun|kuro)) (?:nigba ti|ti) (?:a |mo )?(?:te|fi) (?:gilasi|ife)`, 'non-blanching rash'],
  // Infant: a newborn, not feeding, floppy.
  [`omo (?:ikoko|titun|tuntun|jojolo)`, 'newborn baby'],
  [`ko (?:mu|fe mu|gba) (?:oyan|omu|wara)|ko (?:je|fe je) (?:nkankan|ounje)`, 'not feeding'],
  [`ara (?:${HIS})?(?:ti ro|ro sile|ro patapata)`, 'floppy'],
  // Obstetric: pregnancy, bleeding in it, fainting with it.
  [`loyun|ni oyun|oyun`, 'pregnant'],
  [`(?:n |ti )?(?:rewesi|re we si|fe daku)`, 'feels faint'],
  // Beyond the 13: the belly hurting as it goes on ("inu mi n run", "inu mi n dun gan lati ana"), told apart from gladness
  // ("inu mi dun": I am glad), which has no progressive "n"; the lower right side; walking lost.
  [
    `inu (?:${HIS}){0,2}(?:n |ti n )(?:run|dun)(?: (?:mi|u|won))?(?= (?:gan|gidigidi|pupo|lati|lat|fun|bi)\\b)|inu (?:${HIS}){0,2}(?:n |ti n )run`,
    'severe abdominal pain',
  ],
  [`apa otun (?:isale|nisale)|isale apa otun`, 'in the lower right side'],
  [`(?:mi o|ko|o o) le rin`, 'cannot walk'],
  // Beyond the 13: a broken bone through the skin, trapped in a wreck.
  [`egungun (?:${HIS})?(?:ti )?(?:yo|jade)(?: jade| sita)?`, 'bone sticking out'],
  [`(?:ha|ka) mo inu`, 'trapped'],
];

/** Persons, and what keeps a finding hypothetical, past or settled. */
const MODIFIERS: LexiconPhrases = [
  // A pain's measure and its occasion, read as English weighs them: a little, since yesterday, when something is lifted.
  [`lati (?:ana|aana)`, 'since yesterday'],
  // "die" (a little) is an English word too, so it is read only after a Yoruba word, never as a word of its own.
  [`(?<=(?:dun|dun mi|ro|ro mi|gbona|rewesi|pupo|ara mi) )die(?: die)?(?![\\p{L}])`, 'a little'],
  [`nigba ti (?:mo|o|a) ba`, 'when i'],
  [`gbe (?:nkan|eru|nnkan) (?:wuwo|to wuwo)`, 'lift something heavy'],
  [`kini (?:ki )?(?:a|mo|emi) (?:se|maa se)|ki (?:ni )?(?:ki )?a se|wetin (?:we|i) go do`, 'what do i do'],
  [`(?:ti|bi) (?:o|omo|enikan|eniyan) ba`, 'if ever'],
  [`(?:ni )?odun (?:to koja|to lo|meji seyin)|(?:odun|osu) (?:kan|meji|meta) s?eyin`, 'last year'],
  [`o ti dara|ara (?:${HIS})?ti (?:ya|da)`, 'is fine now'],
  [`(?:iya|mama|maami|iyaa) mi`, 'my mother'],
  [`(?:baba|baami|daddy) mi`, 'my father'],
  [`(?:iyawo|aya) mi(?= (?:loyun|ni oyun|ti))`, 'my wife'],
  [`iyawo mi`, 'my wife'],
  [`oko mi`, 'my husband'],
  [`(?:egbon|aburo|arakunrin|arabinrin) mi`, 'my brother'],
  [`(?:iya|mama|iyaa) agba|iya iya mi`, 'my grandmother'],
  [`baba agba|baba baba mi`, 'my grandfather'],
  [`omo mi`, 'my child'],
  [`omo`, 'child'],
];

export const YORUBA: LanguageLexicon = {
  language: 'Yoruba',
  script: 'latin',
  // Yoruba's short words that English never writes: two of them mark a message.
  markers: [
    'ko',
    'ti',
    'ninu',
    'lati',
    'sugbon',
    'bayi',
    'loni',
    'lana',
    'lojiji',
    'pupo',
    'daradara',
    'nkan',
    'nisinsinyi',
    'gidi',
    'kini',
    'orun',
    'jowo',
    'abeg',
    'ori',
    'oju',
    'aya',
    'enu',
    'owo',
    // "mi" (me, my) is in nearly every Yoruba message, but English writes it too ("an MI"): these stand in for it.
    'mo',
    'fe',
    'ku',
  ],
  // Words for a finding or a person that no English message writes: one marks a message.
  ownWords: [
    'eje',
    'seje',
    'daku',
    'warapa',
    'majele',
    'otapiapia',
    'loyun',
    'omo',
    'iyawo',
    'egbon',
    'aburo',
    'ikoko',
    'oogun',
    'subu',
    'eebi',
    'rewesi',
    'egungun',
    'ofun',
    'soro',
    'dahun',
    'lohun',
    'gbona',
    'irora',
    'ikolu',
    'sisu',
    'lagun',
    'laagun',
  ],
  // The under-dotted "ṣ" of Yoruba, which no other lexicon's language writes.
  lettersOfItsOwn: /[ṣṢ]/,
  phrases: [...AGES, ...RED_FLAGS, ...MODIFIERS],
  words: {
    ati: 'and',
    sugbon: 'but',
    bayi: 'now',
    nisinsinyi: 'now',
    loni: 'today',
    lana: 'yesterday',
    pupo: 'a lot',
    gan: 'very',
    abeg: 'please',
    jowo: 'please',
  },
};

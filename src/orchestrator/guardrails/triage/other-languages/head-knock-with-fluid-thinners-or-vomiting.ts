import type { LexiconPhrases } from './language-lexicon.js';
/**
 * Session 62 (T132): a head knock told with what makes it an emergency (NICE NG232, head injury: clear fluid from the
 * nose or an ear, a blood thinner taken, vomiting, a blackout or no memory of it, confusion), in the words the readers
 * lacked: Turkish "burnundan şeffaf sıvı geliyor", Greek "παίρνει Sintrom ... μπερδεύει τα ονόματα", Russian "пьёт
 * варфарин ... путается", romanised Hindi "khoon patla karne ki dawai", Lebanese Arabizi "3am yistafreegh", Spanish
 * "líquido transparente por la nariz". Each part lands on the English the head-injury rules weigh beside the knock
 * ("clear fluid from his nose", "on blood thinners", "vomiting", "passed out", "confused"); none reads a knock by itself.
 */

const CLEAR_FLUID_FROM_THE_NOSE = 'clear fluid from his nose';
const CLEAR_FLUID_FROM_AN_EAR = 'clear fluid from his ear';
const ON_BLOOD_THINNERS = 'on blood thinners';

/** Blood thinners by their brand names, as people name them (warfarin, acenocoumarol, the newer anticoagulants). */
const THINNER_NAMES =
  'warfarin|varfarin|coumadin|marcumar|sintrom|previscan|xarelto|eliquis|pradaxa|lixiana|rivaroksaban|apiksaban';

export const TURKISH_HEAD_KNOCK_WITH_WHAT_FOLLOWED: LexiconPhrases = [
  [
    '(?:burnundan|burundan|burnumdan) (?:\\p{L}+ )?(?:su gibi )?(?:seffaf |berrak |renksiz |sulu )?(?:sivi|su) (?:geliyor|akiyor|geldi|akti)',
    CLEAR_FLUID_FROM_THE_NOSE,
  ],
  [
    '(?:kulagindan|kulaktan|kulagimdan) (?:\\p{L}+ )?(?:su gibi )?(?:seffaf |berrak |renksiz |sulu )?(?:sivi|su|kan) (?:geliyor|akiyor|geldi|akti)',
    CLEAR_FLUID_FROM_AN_EAR,
  ],
  [`kan sulandiric\\p{L}*|(?:${THINNER_NAMES}|coraspin)(?: \\p{L}+)? (?:kullaniyor|iciyor|aliyor)`, ON_BLOOD_THINNERS],
  ['kafasi karisik|kafasi karisti|sacmaliyor|bilinci bulanik', 'confused'],
];

export const GREEK_HEAD_KNOCK_WITH_WHAT_FOLLOWED: LexiconPhrases = [
  [
    `(?:παιρνει|παιρνω|παιρνουν) (?:\\p{L}+ )?(?:${THINNER_NAMES}|αντιπηκτικ\\p{L}*|βαρφαριν\\p{L}*)`,
    ON_BLOOD_THINNERS,
  ],
  ['αντιπηκτικ\\p{L}*', ON_BLOOD_THINNERS],
  [
    'μπερδευει (?:τα ονοματα|τα λογια|τους ανθρωπους|τις λεξεις)|ειναι μπερδεμεν\\p{L}*|δεν ξερει που βρισκεται',
    'confused',
  ],
  ['(?:κανει|εκανε|εκανα) εμετο|(?:ξερνα|ξερνει|εξερασε|ξερασε)', 'vomiting'],
  ['λιποθυμησε|λιποθυμισε|εχασε τις αισθησεις', 'passed out'],
  [
    '(?:απο τη |απο το )?(?:μυτη|αυτι) (?:του |της )?(?:τρεχει|βγαινει) (?:καθαρο |διαυγες )?(?:υγρο|νερο)',
    CLEAR_FLUID_FROM_THE_NOSE,
  ],
];

export const RUSSIAN_HEAD_KNOCK_WITH_WHAT_FOLLOWED: LexiconPhrases = [
  [
    `(?:пь[её]т|принимает|пила|пил) (?:\\p{L}+ )?(?:варфарин\\p{L}*|ксарелто|эликвис|прадакс\\p{L}*|синкумар\\p{L}*|антикоагулянт\\p{L}*)`,
    ON_BLOOD_THINNERS,
  ],
  ['путается (?:в словах|в именах)?|заговаривается|не понимает где (?:он|она|находится)', 'confused'],
  [
    '(?:из носа|из уха) (?:течёт|течет|идёт|идет|вытекает) (?:прозрачная )?(?:жидкость|вода|водичка)',
    CLEAR_FLUID_FROM_THE_NOSE,
  ],
];

export const ROMANISED_HINDI_HEAD_KNOCK_WITH_WHAT_FOLLOWED: LexiconPhrases = [
  ['(?:khoon|khun|khoon ko|khun ko) patla karne (?:ki|wali|vali) (?:dawai|dawa|dawaai|goli|tablet)', ON_BLOOD_THINNERS],
  [
    '(?:naak|nak|kaan|kan) se (?:paani|pani|saaf paani|safed paani) (?:jaisa )?(?:aa raha|nikal raha|beh raha|bah raha)',
    CLEAR_FLUID_FROM_THE_NOSE,
  ],
];

export const ARABIZI_HEAD_KNOCK_WITH_WHAT_FOLLOWED: LexiconPhrases = [
  ['ras(?:e5|o|so|ou|uh|ah)? (?:darab|ndarab|inda2ar|t5abat)', 'hit his head'],
  [
    '(?:3am |3m |bi|b)?(?:yistafreegh|yistafregh|yestafregh|yesta3ri|yistafrigh|tistafregh|tistafreegh|stafragh|stafra2|tafra2)',
    'vomiting',
  ],
  ['(?:ghayyab|ghayab|ghab 3an el wa3i|fa2ad el wa3i|fa2ad wa3yo|ghe2ib 3an el wa3i)', 'passed out'],
  [
    '(?:mish|mesh|ma) (?:3am )?(?:yitzakkar|yetzakkar|byetzakkar|yitzakar|mitzakker)',
    'does not remember what happened',
  ],
];

export const SPANISH_CLEAR_FLUID_AFTER_A_KNOCK: LexiconPhrases = [
  [
    '(?:le |me )?(?:sale|salia|esta saliendo|escurre|gotea) (?:un )?(?:liquido|agua|agüita|aguita) (?:transparente|clara|claro|como agua)? ?(?:por|de) (?:la nariz|el oido|la oreja)',
    CLEAR_FLUID_FROM_THE_NOSE,
  ],
];

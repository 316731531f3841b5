import type { LexiconPhrases } from '../language-lexicon.js';

/** Ukrainian "ya" / "ia" / "ja", "iu" / "yu" / "ju", "ie" / "ye" / "je", as transliterations and chat write them. */
const YA = '(?:ia|ya|ja|a)';
const YE = '(?:ie|ye|je|e)';
/** Ukrainian "х" typed "kh" or "h", "г" typed "h" or "g". */
const KH = '(?:kh|h)';
const H = '(?:h|g)';
/** Breath lost to laughter ("vid smikhu", "vid rehotu"), told after it: a figure of speech, no one's distress. */
const NOT_FROM_LAUGHTER = '(?! (?:vid|z) (?:smikh|smih|reho)\\p{L}*)';

/**
 * Session 63 (T141): the 13 categories' red flags in Ukrainian typed in Latin letters, beyond the kinds T132 read (NHS
 * 111 / Pathways, Manchester Triage, NICE NG143 / NG225 / NG232, BE-FAST): breath stopped or short, blue lips, no
 * response, a fit, a face gone down and speech lost, pills swallowed, a throat closing after a sting, a stiff neck, a
 * young infant not feeding, chest pain. Spelled as the national transliteration and as chat writes it ("dykhaie",
 * "dyhaye"; "hovoryty", "govoryty").
 */
export const ROMANISED_UKRAINIAN_EVERYDAY_PHRASES: LexiconPhrases = [
  [
    `(?:bil\\p{L}*|bolyt'?|boliat'?|tysne|pech${YE}|davyt'?|styska${YE}) (?:\\p{L}+ )?(?:v|u) ${H}rud(?:${YA}${KH}|i|yakh|iakh)|${H}rudy (?:bolyat'?|boliat'?|tysne|pech${YE})`,
    'chest pain',
  ],
  [`ne (?:dy${KH}a${YE}|dy${KH}a${YE}t'?|dy${KH}av|dy${KH}ala)|(?:perestav|perestala) dy${KH}aty`, 'is not breathing'],
  [
    `(?:ne (?:mozhe|mozhu|mih|mohla) (?:vdy${KH}nuty|dy${KH}aty)|vazhko dy${KH}aty|zady${KH}a${YE}t'?s${YA}|zady${KH}k\\p{L}*|ledve dy${KH}a${YE})${NOT_FROM_LAUGHTER}`,
    'cannot breathe',
  ],
  [`(?:syni|posynily|synii?ut'?) ${H}uby|${H}uby (?:syni|posynily|syniiut'?|syniyut'?)`, 'blue lips'],
  [
    `ne (?:rea${H}u${YE}|rea${H}uie|prykhodyt'?|pryhodyt'?)(?: do t${YA}my)?|ne (?:vidpovida${YE}|prokyda${YE}t'?s${YA})|znepry?tomni\\p{L}*|bez svidomosti|vtratyv svidomist'?|vtratyla svidomist'?`,
    'unconscious and is not responding',
  ],
  [`(?:pryp${YA}dok|pryp${YA}dky|pina z rota)`, 'is having a seizure'],
  [
    `(?:perekosylo|perekosyv\\p{L}*|opustyl\\p{L}*|skryvyl\\p{L}*) (?:\\p{L}+ )?(?:oblychch${YA}|oblychchia|rot)|(?:oblychch${YA}|oblychchia|rot) (?:\\p{L}+ )?(?:perekosylo|opustylos${YA}|skryvyvs${YA})`,
    'face drooping',
  ],
  [
    `ne (?:mozhe|mozhu) (?:${H}ovoryty|rozmovl${YA}ty)|plutaie slova|plutaye slova|${H}ovoryt'? (?:nevyrazno|nerozbirlyvo)`,
    'cannot speak and slurred speech',
  ],
  [
    `(?:ruka|noha|noga) (?:onimila|oslabla|ne pidnimaiet'?s${YA}|ne pidnimayet'?s${YA})|ne (?:mozhe|mozhu) pidn${YA}ty ruku`,
    'suddenly weak arm',
  ],
  [
    `(?:vypyv|vypyla|kovtnuv|kovtnula|nakovtavs${YA}|nakovtalas${YA}|pryin${YA}v|pryin${YA}la|z'?iv|z'?ila) (?:vsi|usi|vsia|bahato|kupu|pachku|upakovku) (?:\\p{L}+ )?(?:tabletk\\p{L}*|pihulk\\p{L}*|likiv|liky)`,
    'took an overdose of pills',
  ],
  [
    `(?:nabr${YA}k|nabr${YA}klo|opukhlo|opuhlo|nabriaklo) (?:${H}orlo|iazyk|yazyk|huby|guby|oblychch${YA})|${H}orlo (?:nabr${YA}klo|styska${YE}|opukhlo|opuhlo)`,
    'throat is closing up and swollen lips and tongue',
  ],
  [
    `(?:vkusyla|vkusyv|vzhalyla|vzhalyv) (?:\\p{L}+ )?(?:bdzhola|osa|shershen')|(?:bdzhola|osa) (?:vkusyla|vzhalyla)`,
    'stung by a bee',
  ],
  [
    `shyia ne (?:z${H}yna${YE}t'?s${YA}|${H}net'?s${YA})|shyya ne (?:z${H}yna${YE}t'?s${YA}|${H}net'?s${YA})`,
    'stiff neck',
  ],
  [`vysyp\\p{L}* ne (?:znyka${YE}|blidne|znykaiut'?)`, 'non-blanching rash'],
  [`ne (?:iist'?|yist'?|bere ${H}rudy|smokche)`, 'not feeding'],
  [
    `(?:krov|krovi|kroviu) (?:b'?${YE}|byie|byye) (?:tolchkamy|fontanom|strumenem)`,
    'blood is spurting out and it will not stop',
  ],
];

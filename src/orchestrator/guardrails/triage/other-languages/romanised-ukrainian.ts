import type { LanguageLexicon } from './language-lexicon.js';

/**
 * Session 62 (T132): Ukrainian typed in Latin letters, in the national transliteration and as chat writes it
 * ("vdaryvsia holovoiu", "krov ne zupyniaietsia"): the Cyrillic lexicon (`ukrainian.ts`) reads none of it, and romanised
 * Russian shares few of its words ("holova", not "golova"). It holds the kinds T132 was given (NHS 111 / Pathways,
 * Manchester Triage, NICE NG225 and NG232): a head knock with what followed it (a fit, vomiting, sleep, no memory of
 * it), a bleed that will not stop or pours out, pills or a poison swallowed, a wish to die, and bleeding in pregnancy.
 */

/** Ukrainian "ya" / "ia" / "ja", "iu" / "yu" / "ju", "ie" / "ye" / "je", as transliterations and chat write them. */
const YA = '(?:ia|ya|ja|a)';
const YU = '(?:iu|yu|ju|u)';
const YE = '(?:ie|ye|je|e)';

const ROMANISED_UKRAINIAN_KINDS: ReadonlyArray<readonly [string, string]> = [
  [
    `(?:vdaryv|vdaryl|udaryv|udaryl|vdaryl${YA}s|vdaryvs${YA}|vdaryvs|udaryvs${YA}|vdarylas${YA}?|udarylas${YA}?|stuknuvs${YA}|stuknulas${YA}?) (?:\\p{L}+ )?(?:holov(?:o${YU}|oj${YU}|oy${YU}|u|oi${YU})|potylyts\\p{L}*)|rozbyv holovu|rozbyla holovu`,
    'hit his head',
  ],
  [
    '(?:buly|bula|buv|pochalys|pochalys' + YA + ') (?:sudom\\p{L}*|korchi)|sudom(?:y|a)|sudomylo|korchylo',
    'had a seizure',
  ],
  [`(?:vyrvalo|rve|blyu${YE}|bl${YU}${YE}|blyuvav|blyuvala|bl${YU}vav|bl${YU}vala|blyuvota|vomituie)`, 'vomiting'],
  [`(?:zaraz |teper )?(?:spyt'?|zasyna${YE}|zasypa${YE}|duzhe sonn\\p{L}*|sonnyi|sonnyy)`, 'now he is very sleepy'],
  [`ne pam'?${YA}ta${YE}|ne pam'?${YA}ta${YU}|nichoho ne pam'?${YA}ta\\p{L}*`, 'does not remember what happened'],
  [`(?:vpav|vpala|upav|upala|vpav z|vpala z)(?= )`, 'fell'],
  ['bez shloma', 'without a helmet'],
  [
    `krov(?:otecha)? ne (?:zupyn${YA}${YE}t\\p{L}*|zupynia${YE}t\\p{L}*|spyn${YA}${YE}t\\p{L}*|perestaie|perestaye|zupynylas${YA}?)`,
    'bleeding heavily and it will not stop',
  ],
  [
    `krov(?:i${YU}|${YU}|i)? (?:yak z krana|iak z krana|yak z vodohonu|fontanom|b'${YE}|hlyshche|lly${YE}t\\p{L}*)|(?:b'${YE}|hlyshche|lly${YE}ts${YA}) krov\\p{L}*|(?:pidnialos${YA}|pidnialas${YA}|pishla|pishlo) krov\\p{L}* yak z krana|kaliuzh\\p{L}* krovi`,
    'blood pouring out like a tap and it will not stop',
  ],
  ['(?:na pidlozi )?kaliuzh\\p{L}*', 'a puddle of blood on the floor'],
  [
    `(?:vypyv|vypyla|kovtnuv|kovtnula|proktovtnuv|proktovtnula|nakovtavs${YA}|nakovtalas${YA}|pryin${YA}v|pryin${YA}la) (?:\\d+) (?:tabletok|pihulok|pihulky|tabletky|kapsul)`,
    'took # pills',
  ],
  [
    `(?:vypyv|vypyla|kovtnuv|kovtnula|nakovtavs${YA}|nakovtalas${YA}|pryin${YA}v|pryin${YA}la) (?:vs[i${YA}] |tsilu |tsilyi |tsilyj )(?:tabletk\\p{L}*|pihulk\\p{L}*|pachk\\p{L}*|upakovk\\p{L}*|blister)`,
    'swallowed all the pills',
  ],
  [
    `(?:vypyv|vypyla|kovtnuv|kovtnula|vypyv b) (?:otrut\\p{L}*|otrutokhimikat\\p{L}*|pestytsyd\\p{L}*|otset\\p{L}*|ototsu|khlork\\p{L}*|bilyzn\\p{L}*)|otru(?:ivs${YA}|ilas${YA}?|ivsia)`,
    'drank poison',
  ],
  [
    `ne (?:khochu|hochu|khoche|hoche) (?:bilshe |vzhe )?zhyty(?! (?:v|u|z|tut|tam|bez) )|(?:khochu|hochu) (?:pomerty|vmerty)(?! (?:vid|z) )|pokinchyty z soboi${YU}|pokinchu z soboi${YU}|vbyty sebe|vb'${YU} sebe`,
    'i want to kill myself',
  ],
  [
    `(?:porizala|porizav|pererizala|pererizav|rozrizala|rozrizav) (?:sobi )?(?:veny|zap'${YA}stk\\p{L}*)`,
    'cut her wrists',
  ],
  [
    `(?:zalyshy(?:v|la)|napysa(?:v|la)) (?:proshchal\\p{L}* )?(?:zapysku|lyst)(?= |$|[,.;!?])`,
    'wrote a goodbye letter',
  ],
  [`(?:vahitna|vagitna|vahitnu)`, 'pregnant'],
  [`(?:sylna |duzhe sylna )?krovotech\\p{L}*|kryvavi vydilenn${YA}|krovyt\\p{L}*`, 'bleeding'],
  ['(?:khvylyn|hvylyn)\\p{L}*', 'for a minute'],
];

export const ROMANISED_UKRAINIAN: LanguageLexicon = {
  language: 'romanised Ukrainian',
  script: 'latin',
  markers: [
    'meni',
    'mene',
    'duzhe',
    'vzhe',
    'shcho',
    'shcos',
    'zaraz',
    'sohodni',
    'vchora',
    'vin',
    'vona',
    'ioho',
    'yoho',
    'nioho',
    'noho',
    'neii',
    'nei',
    'tse',
    'buly',
    'bulo',
    'kazhe',
    'nichoho',
    'babusia',
    'babusya',
    'didus',
    'tato',
    'syn',
    'donka',
    'cholovik',
    'druzhyna',
    'dytyna',
    'ditei',
    'holova',
    'holovoiu',
    'holovoyu',
    'krov',
    'kroviu',
    'krovi',
    'pislia',
    'pislya',
  ],
  ownWords: [
    'vdaryvsia',
    'vdaryvsya',
    'vdarylasia',
    'krovotecha',
    'vahitna',
    'zupyniaietsia',
    'pokinchyty',
    'sudomy',
    'bilshe',
    'zhyty',
  ],
  phrases: ROMANISED_UKRAINIAN_KINDS,
  words: {
    sestra: 'my sister',
    babusia: 'grandma',
    babusya: 'grandma',
    didus: 'grandpa',
    tato: 'dad',
    syn: 'my son',
    donka: 'my daughter',
    cholovik: 'my husband',
    druzhyna: 'my wife',
    dytyna: 'child',
    ta: 'and',
    zaraz: 'now',
    teper: 'now',
    vin: 'he',
    vona: 'she',
    holova: 'head',
    krov: 'blood',
    bahato: 'a lot',
  },
};

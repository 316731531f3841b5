import { TAGALOG_FITS_TOLD_BY_THEIR_LENGTH } from './fits-told-by-their-length-or-a-second-one.js';
import { TAGALOG_ALARM_WORDS_IN_IDIOMS } from './alarm-words-in-idioms-session-62.js';
import { TAGALOG_FUMES } from './fumes-told-by-their-source-and-the-household.js';
import { TAGALOG_CLOTH_SOAKED_AND_BLOOD_SPURTING } from './cloth-soaked-and-blood-spurting.js';
import { TAGALOG_FITS_AND_BLEEDS_THAT_WILL_NOT_STOP } from './fits-and-bleeds-that-will-not-stop.js';
import { TAGALOG_FINDINGS } from './breathing-bleeding-children/tagalog.js';
import { TAGALOG_FAREWELL_AND_SAVED_PILLS } from './farewell-and-saved-pills-told-by-their-parts.js';
import { TAGALOG_EVERYDAY } from './everyday-words/tagalog.js';
import { TAGALOG_INTENT_AND_CRISIS } from './intent-and-crisis/tagalog.js';
import { TAGALOG_SELF_HARM_AND_POISONING } from './self-harm-and-poisoning/tagalog.js';
import { TAGALOG_THINGS_GIVEN_AWAY, TAGALOG_PILLS_SAVED_AND_READY } from './wish-to-stay-no-longer-and-wrists-cut.js';
import { type LanguageLexicon, toldAnywhere } from './language-lexicon.js';
import { TAGALOG_MODIFIERS } from './modifiers/tagalog.js';

/**
 * Silence after a goodbye or beside despair (Samaritans: a goodbye message, then no answer): a call not answered is read
 * as that silence only there; alone it is someone asleep, busy or out of battery.
 */
const BESIDE_SILENCE_OR_DESPAIR = toldAnywhere(
  // Session 58 (T109): and forgiveness asked of all ("patawarin nyo ako"), a goodbye's own words (NICE NG225).
  '(?:sumasagot|ma-?contact|makontak|ayoko na|mamatay|mawala|magpakamatay|sarili|patay ang phone|patawarin (?:nyo|ninyo|mo) (?:na )?ako(?! sa (?!lahat)))',
);
/** A run, the stairs, a game: what leaves anyone out of breath or soaked. */
const BESIDE_EXERTION = toldAnywhere(
  '(?:jogging|takbo|tumakbo|gym|akyat|umakyat|hagdan|exercise|ehersisyo|basketball|naglaro|workout|zumba)',
);
/** Pallor, cold hands, not feeding, not waking, severe: what makes sluggishness a sign. */
const BESIDE_SEVERE_ILLNESS = toldAnywhere(
  '(?:grabe|malamig|maputla|hindi dumedede|ayaw dumede|hindi makadede|hindi magising|hirap gisingin)',
);
/** A period or a pain told as every month and normal. */
const BESIDE_A_PERIOD = toldAnywhere('(?:tuwing|regla|mens|dysmenorrhea|normal lang|buwan-?buwan)');

/**
 * Tagalog (Filipino) and Taglish. Its verb comes first ("hindi makahinga ang anak ko": cannot breathe,
 * my child), which the rules read as well as the English order; "may" (has) and "at" (and) are English
 * words too, so they are read only inside a phrase.
 */
/**
 * Session 40: poisoning told with the doer between the verb and the product ("ininom ng anak ko ang zonrox") and a
 * whole pack of a medicine (poison centres), a fit that went on past five minutes (NHS: call at 5 minutes), a baby
 * floppy and off the breast or with a fontanelle sunken or bulging (NICE NG143). A bottle of water drunk is none.
 */
const POISONING_SEIZURE_AND_INFANT: ReadonlyArray<readonly [string, string]> = [
  // A fall from a height with the head split (NICE NG232).
  [
    '(?:nahulog|nalaglag|bumagsak)(?: si \\p{L}+)? (?:sa|mula sa) (?:hagdan|hagdanan|puno|bubong|taas)',
    'had a fall from a height',
  ],
  ['(?:pumutok|putok|nabiyak|nabasag) ang ulo', 'head injury'],
  // A nose blocked by a cold is no breathing emergency (NHS).
  ['hindi (?:makahinga|maka-hinga) sa ilong|barado ang ilong|baradong ilong', 'blocked nose from a cold'],
  [
    '(?:ininom|nainom|uminom|nakainom)(?: (?:ng|ni|si) \\p{L}+(?: (?:ko|mo|niya|nya|namin))?)? (?:ang|ng) (?:zonrox|clorox|muriatic|gaas|kerosene|lason|panlinis|thinner|bleach|asido|silver cleaner)',
    'drank bleach',
  ],
  [
    '(?:nilunok|nalunok|ininom|nainom|kinain|nakain|uminom|lumunok)(?: (?:ng|ni|si) \\p{L}+(?: (?:ko|mo|niya|nya|namin))?)? (?:ang )?(?:isang buong |isang |buong )(?:banig|bote|kahon|pakete) ng (?:gamot|tableta|tabletas|pills|kapsula|paracetamol|biogesic|neozep|pampatulog)',
    'swallowed a whole blister pack of pills',
  ],
  ['nag-?seizure|nag seizure', 'had a seizure'],
  // Eyes turned up and fixed (NHS: a fit): "tumirik ang mata".
  ['(?:tumirik|nakatirik|tumitirik|tirik) (?:na )?(?:ang )?(?:mga )?mata', 'eyes rolled back'],
  // Stiffening and shaking together, told of someone now: a tonic-clonic fit (NHS).
  [
    '(?:naninigas|nanigas|naninigas ang katawan)(?: at| tapos|,)? (?:nanginginig|nangingisay|kumikisay)(?: (?:ang buong katawan|buong katawan))?',
    'he is having a seizure',
  ],
  ['hindi pa (?:rin )?(?:tumitigil|humihinto)', 'and it will not stop'],
  ['(?:ng )?mahigit (?:sa )?(?:limang|5) minuto', 'for more than five minutes'],
  ['(?:ng )?mahigit (?:sa )?(?:sampung|10) minuto', 'for more than ten minutes'],
  [
    '(?:lumubog|nakalubog|lubog) ang bumbunan|bumbunan(?: \\p{L}+){0,2} (?:lubog|lumubog|nakalubog)',
    'soft spot is sunken',
  ],
  [
    '(?:umuumbok|nakaumbok|umbok|maumbok) ang bumbunan|bumbunan(?: \\p{L}+){0,2} (?:umbok|nakaumbok|umuumbok|maumbok)',
    'soft spot is bulging',
  ],
  ['lupaypay|lantang-?lanta', 'floppy'],
  ['ayaw (?:dumede|dumodede|sumuso|dumedede)|hindi (?:dumedede|dumede|sumususo|sumuso)', 'not feeding'],
];

/**
 * Session 46: what keeps a Tagalog or Taglish message quiet, read as the English modifiers read it: a question asked of
 * what might happen ("paano kung": what if, "wala pang nangyayari"), a time past told colloquially ("nung isang taon"),
 * findings told absent with the person after "wala" ("wala siyang sakit ng ulo o chest pain": he has no headache or
 * chest pain), a pain brought on by pressing (NICE CG95: chest wall pain), breath short only on the stairs with speech
 * whole at rest (BTS: not an attack), and a faint with its cause told (heat, not having eaten).
 */
const WHAT_KEEPS_IT_QUIET: ReadonlyArray<readonly [string, string]> = [
  ['paano (?:kung|kapag|pag)', 'what if'],
  // A message opening on "if" or "when" and told as asked with nothing having happened ("curious lang", "wala namang
  // nangyari") is the same question: with the article now read, its finding was read as a report. Session 48.
  [
    '^(?:pag|kapag|kung)(?=[^]*(?:curious|tanong lang|nagtatanong lang|just asking|wala (?:pa )?(?:namang |pang |pa namang )?(?:nangyayari|nangyari)))',
    'what if',
  ],
  ['wala (?:pa )?(?:namang |pang |pa namang )?(?:nangyayari|nangyari)', 'nothing has happened yet'],
  ['(?:nung|noong) (?:isang|nakaraang) (?:taon|buwan|linggo)', 'last year'],
  ['(?:wala|walang)(?: naman| pa)? (?:syang|siyang|akong|kaming|silang|siya ng|ako ng)', 'he has no'],
  ['sakit ng ulo', 'headache'],
  ['(?<=(?:headache|sakit|lagnat|chest pain|hingal|ubo)) o (?=\\p{L})', ' or '],
  [
    '(?:kapag|pag|kung) (?:pinipindot|pinindot|pinipisil|pinisil|hinahawakan|hinawakan|diniinan|dinidiinan)',
    'when i press on it',
  ],
  ['(?:okay|ok|ayos)(?: naman)? (?:pag|kapag|kung) (?:nakaupo|nagpapahinga|nakahiga)', 'fine at rest'],
  ['nakakapagsalita(?: ng| nang)? (?:tuloy-tuloy|tuloy tuloy|buo|normal)', 'speaking in full sentences'],
  ['(?:di|hindi) pa (?:ako |siya )?(?:kumakain|nakakakain|nag-?almusal)', 'i had not eaten'],
  ['(?:ang )?init(?= (?:at|kasi|sa))', 'it was hot'],
];

/**
 * The article as it is spoken and typed ("yung", "ung", "'yung") read as the "ang" the phrases are written with: "tabingi
 * yung mukha niya" is "tabingi ang mukha niya" (the face is crooked), and every phrase of a finding told with its subject
 * after it reads either. Session 48.
 */
function withTheArticleWritten(folded: string): string {
  return folded.replace(/(?<![\p{L}\p{N}])'?(?:yung|ung)(?![\p{L}\p{N}])/gu, 'ang');
}

/**
 * Session 63 (T140): a young baby who turns purple and stops breathing (NICE NG143), in Taglish as parents type it
 * ("nag-violet", "tumitigil huminga"). A breath held while crying and let go at once is told with the crying.
 */
const PLAIN_RED_FLAGS_SESSION_63: ReadonlyArray<readonly [string, string]> = [
  [
    '(?:tumitigil|tumigil|humihinto|huminto|natigil) (?:ang |sa |ng |yung )?(?:huminga|paghinga|hininga)(?![^.;]{0,30}(?:iyak|umiiyak|kakaiyak))',
    'stops breathing',
  ],
  ['(?:nag-?violet|nangi?ngitim|nag-?blue|nangangasul|nagkukulay ube|nag-?kulay ube)', 'turned blue'],
  // A fit told in Taglish, with the mouth foaming (NICE CG137).
  ['nag-?seizure|na-?seizure', 'had a seizure'],
  ['(?:bumula|bumubula|nagbula|may bula) (?:ang |yung |sa )?bibig', 'foaming at the mouth'],
  // All of one's medicines swallowed at once (NICE NG225, TOXBASE).
  [
    '(?:ininom|nilunok|nilaklak|tinungga) (?:ni \\p{L}+ |nya |niya |ko )?(?:ang )?(?:lahat ng|isang banig ng|isang bote ng|buong banig ng) (?:gamot|tableta|pills|pampatulog|pildoras)',
    'took all the pills at once',
  ],
];

export const TAGALOG: LanguageLexicon = {
  language: 'Tagalog',
  script: 'latin',
  markers: [
    'ang',
    'ng',
    'ako',
    'siya',
    'hindi',
    'naman',
    'yung',
    'anak',
    'nanay',
    'tatay',
    'masakit',
    'dibdib',
    'lagnat',
    'makahinga',
    'gamot',
    'niya',
    'kasi',
    'kung',
    'mga',
    'nang',
    'ngayon',
    'kahapon',
    'walang',
    'wala',
    'ulit',
    'pwede',
    'ikaw',
    'kami',
    'sila',
    'bata',
    'asawa',
    // Session 58 (T109): "niya" as chat types it ("namamaga dila nya").
    'nya',
  ],
  ownWords: [
    // Session 63 (T140): a fit, a crooked mouth, an arm that will not move and a faint told in a few words of their own.
    'kinukumbulsyon',
    'tabingi',
    'maigalaw',
    'nawalan',
    'nanigas',
    'bumula',
    'ininom',
    // Session 40: a fontanelle, a floppy baby, more than: words English never writes.
    'bumbunan',
    'lupaypay',
    'mahigit',
    // Session 57 (T103): a baby who will not feed, limp, a month old, told in a message with no other Tagalog word.
    'dumede',
    'dumedede',
    'dumodede',
    'sumuso',
    'buwan',
    // Session 58 (T109): a swelling, a swallow, a fall and a knock told in a short message with no other Tagalog word
    // ("namamaga dila nya pagkatapos kumain ng hipon, di makalunok"; "nahulog sa hagdan, tumama ulo, nagsuka at nalilito").
    'namamaga',
    'makalunok',
    'pagkatapos',
    'nauntog',
    'naumpog',
    'nabagok',
    'nahulog',
    'nalilito',
    'nagsuka',
    ...TAGALOG_INTENT_AND_CRISIS.ownWords,
    ...TAGALOG_SELF_HARM_AND_POISONING.ownWords,
    'natuklaw',
    'tinuklaw',
    'ahas',
    'dili',
    'dinadaganan',
    'bumagsak',
    'sumasagot',
    'nanghina',
    'lalamunan',
    'paltos',
    'tumigil',
    'dugo',
    'iinumin',
    'magpakamatay',
    'nagpakamatay',
    'nakalunok',
    'napaso',
    'lagnat',
    'dibdib',
    'makahinga',
    'mamatay',
    'magpapakamatay',
    'hinimatay',
    'nahimatay',
    'walang',
    'nagkokombulsyon',
    'kombulsyon',
    'kumbulsyon',
    'nangingisay',
    'dinudugo',
    'dumudugo',
    'buntis',
    'nagsusuka',
    'anak',
    'nanay',
    'tatay',
    'masakit',
    'sumasakit',
    'humihinga',
    'huminga',
    'hinihingal',
    'gamot',
    'sipon',
    'ako',
    'siya',
    'napakasakit',
    'pinakamasakit',
    'nalunod',
    'namaga',
    // Session 39: a burn, a current, blisters, ribs, gasping, diarrhoea, the belly, voices: words English never writes.
    'nasunog',
    'sunog',
    'nakuryente',
    'nagpaltos',
    'natuklap',
    'hingal',
    'tadyang',
    'nagtatae',
    'baterya',
    'pagtatae',
    'matamlay',
    'usok',
    'tiyan',
    'matigas',
    'makakita',
    'naririnig',
    'itak',
    'initan',
    'pinagpapawisan',
    // Session 38: a slashed wrist, a strip of tablets and a knock to the head, words English never writes.
    'nilaslas',
    'naglaslas',
    'banig',
    'nauntog',
    'nabagok',
  ],
  respelled: withTheArticleWritten,
  phrases: [
    ...PLAIN_RED_FLAGS_SESSION_63,
    ...TAGALOG_ALARM_WORDS_IN_IDIOMS,
    ...TAGALOG_FITS_TOLD_BY_THEIR_LENGTH,
    ...TAGALOG_CLOTH_SOAKED_AND_BLOOD_SPURTING,
    ...TAGALOG_FITS_AND_BLEEDS_THAT_WILL_NOT_STOP,
    ...TAGALOG_FAREWELL_AND_SAVED_PILLS,
    ...WHAT_KEEPS_IT_QUIET,
    ...POISONING_SEIZURE_AND_INFANT,
    ...TAGALOG_INTENT_AND_CRISIS.phrases,
    ...TAGALOG_SELF_HARM_AND_POISONING.phrases,
    ...TAGALOG_THINGS_GIVEN_AWAY,
    ...TAGALOG_PILLS_SAVED_AND_READY,
    // Session 39: burns read by their parts (NHS burns and scalds; British Burn Association referral): hot oil, soup or
    // water poured over someone, a fire, a current ("nakuryente"); blisters ("paltos"), skin coming off ("natuklap",
    // "lapnos"); the face, hands, the whole thigh. Burnt rice ("sunog na ang sinaing") is food, read first.
    [
      'sunog na (?:yung |ang )?(?:sinaing|kanin|ulam|tinapay|niluluto|pagkain|adobo)|(?:sinaing|kanin|ulam|tinapay|niluluto|adobo)(?: ko| namin)? (?:ay )?(?:nasunog|sunog)',
      'the food was overcooked',
    ],
    [
      '(?:nabuhusan|natapunan|nabanlian|natapon|nabuhos)(?: \\p{L}+){0,2} (?:ng|sa) (?:mainit|kumukulong|kumukulo)(?: na)? (?:tubig|mantika|sabaw|kape|gatas|langis|tsaa|lugaw)',
      'boiling water spilled on him',
    ],
    ['(?:na-?kuryente|nakoryente|nakuryente|na-?kuryente)', 'electric shock'],
    ['(?:natuklap|natanggal|nababalatan|nalapnos)(?: na)? (?:ang |yung )?balat|lapnos', 'skin peeling off'],
    ['nagpaltos|nag-paltos|nagpapaltos|paltos', 'blisters'],
    ['(?:ang |yung )?buong (?:hita|braso|kamay|paa|binti)', 'the whole leg'],
    [
      '(?:nasunog|nasusunog) (?:ang |yung )?(?:bahay|building|gusali|kwarto|apartment)|may sunog sa (?:bahay|building|kapitbahay)',
      'there was a house fire',
    ],
    [
      '(?:nakalanghap|nakasinghot|nalanghap)(?: siya| sya)? (?:ng )?(?:maraming |makapal na )?usok',
      'inhaled a lot of smoke',
    ],
    ['paos (?:na )?(?:ang |yung )?(?:boses|tinig)', 'hoarse voice'],
    ['nasunog|napaso|sunog', 'burned'],
    // Session 39: a button battery swallowed (poison centres: every one is an emergency; it burns the gullet within hours).
    [
      '(?<!(?:hindi|di|wala(?:ng)?) )(?:nakalunok|nilunok|nalunok|lumunok|nakakain)(?: siya| sya| (?:ng|ni|si) (?:\\p{L}+ )?(?:anak|baby|bunso|kapatid|pamangkin|apo)(?: (?:ko|namin|niya|nya|mo))?)?(?: ng| yung| ang)? (?:button |maliit na )?(?:baterya|battery|betri)',
      'swallowed a button battery',
    ],
    // A goodbye sent and then silence (Samaritans), unless it is a farewell to someone leaving.
    [
      '(?:(?<=(?:resign|lilipat|mag-?abroad|aalis na|abroad|despedida|farewell|graduation|retire)[\\s\\S]*)|(?=[\\s\\S]*(?:resign|lilipat|mag-?abroad|aalis na|abroad|despedida|farewell|graduation|retire)))(?:nag-?paalam|paalam|nag-?goodbye)',
      'said farewell to a colleague who is leaving',
    ],
    // A goodbye is the warning only beside silence or despair: "paalam muna, matutulog na ako" is good night, and
    // "nagpaalam sa boss" is leave asked.
    [`${BESIDE_SILENCE_OR_DESPAIR}(?:nag-?paalam|paalam)`, 'sent a goodbye message'],
    ['nag-?paalam|paalam', 'said bye'],
    [
      'nag-?ipon(?: na)?(?: ako| siya)?(?: ng)? (?:gamot|tableta|pills|pampatulog|sleeping pills)',
      'i have saved up the pills',
    ],
    ['(?:sinaksak|sinaksak niya|sinaksak ko)(?: ang| yung)? (?:sarili|sariling)', 'self-harm, stab wound'],
    // Breath: gasping, too short to finish a sentence, an infant's ribs drawn in (NICE NG143).
    [
      'hindi (?:makapagsalita|makapag-salita|makabuo) ng (?:buo|buong pangungusap|salita)|putol-?putol (?:ang )?(?:salita|pagsasalita)',
      'cannot finish a sentence',
    ],
    // Out of breath after a run, the stairs or a game is the exertion's (as "pawis na pawis" below).
    [
      `${BESIDE_EXERTION}(?:hingal na hingal|hinihingal na hinihingal|hinihingal|hingal)`,
      'out of breath after exercise',
    ],
    ['hingal na hingal|hinihingal na hinihingal', 'gasping'],
    [
      '(?:lumulubog|humuhukay|lubog|hukay)(?: na)? (?:ang |yung )?(?:tadyang|dibdib|ilalim ng tadyang)',
      'ribs sucking in',
    ],
    // Shock after fluid loss, heat stroke, a rigid belly, sudden loss of sight, voices that command harm.
    ['nagtatae|pagtatae|nagdadiarrhea|diarrhea', 'diarrhoea'],
    // Sluggish is a sign only beside severe illness (NICE: lethargy with cold hands, pallor, not feeding); alone, or short
    // of sleep or after a vaccine, it is tiredness.
    [`${BESIDE_SEVERE_ILLNESS}(?:sobrang |napaka)?matamlay`, 'lethargic'],
    ['(?:sobrang |medyo )?matamlay', 'tired'],
    ['malamig (?:ang |yung )?(?:mga )?(?:kamay at paa|kamay|paa)', 'cold hands and feet'],
    ['nahihilo (?:pag|kapag|kung) (?:tumayo|tumatayo|tatayo)', 'dizzy when standing'],
    ['(?:sa )?initan|bilad sa araw|nabilad|sa ilalim ng araw', 'in the sun'],
    ['(?:sobrang|ang|napaka|napakainit ng) ?init (?:ng|ang) katawan', 'body burning hot'],
    ['hindi (?:pinagpapawisan|nagpapawis|pinapawisan)', 'not sweating'],
    ['nag-?collapse|bumagsak|nawalan ng ulirat', 'collapsed'],
    // Sweat on a hot day or after a run is no finding: read with the heat or the exercise told anywhere.
    [
      '(?:(?<=(?:init|mainit|jogging|gym|tumakbo|takbo|naglaro|ehersisyo|exercise|basketball)[\\s\\S]*)|(?=[\\s\\S]*(?:init|mainit|jogging|gym|ehersisyo|exercise|basketball)))pawis na pawis',
      'sweaty from the heat',
    ],
    // The belly's monthly pain with a period, told as usual, is period pain.
    [`${BESIDE_A_PERIOD}sobrang sakit (?:ng|sa) (?:tiyan|tyan|sikmura|puson)(?: ko)?`, 'period pain every month'],
    ['sobrang sakit (?:ng|sa) (?:tiyan|tyan|sikmura)', 'severe abdominal pain'],
    ['matigas(?: na)? (?:parang|tulad ng|gaya ng|na parang) (?:bato|kahoy|tabla|semento)', 'rigid like a board'],
    ['hindi (?:makakita|makita|nakakakita) sa (?:isang|isa niyang) mata', 'cannot see in one eye'],
    ['(?:may )?(?:naririnig|nakakarinig)(?: siya| sya)?(?: na| ng)? (?:mga )?boses', 'hears voices'],
    ['(?:nag-?uutos|inuutusan (?:siya|sya))(?: na)? (?:pumatay|manakit|patayin)', 'telling him to kill'],
    ['(?:may )?hawak(?: na| ng)? (?:itak|kutsilyo|patalim|gulok|bolo|kuchilyo)', 'holding a knife'],
    ['gamot sa (?:high ?blood|altapresyon|presyon|alta presyon)', 'blood pressure pills'],
    ['(?:isang|1) (?:tableta|pills?|capsule)', 'one pill'],
    // A count of ten tablets or more swallowed at once (poison-centre advice), told with whoever took them.
    [
      '(?:uminom|ininom|nilunok|nakainom|lumunok)(?: (?:si|ni) \\p{L}+| siya| sya| ako)?(?: ng)? (?:\\d{2,}) (?:tableta|tabletas|pills|piraso|capsules?)',
      'took # pills',
    ],
    // "nalunod ako sa trabaho" (drowning in work) is an idiom, no drowning.
    [
      'nalunod (?:ako |siya |kami )?sa (?:trabaho|utang|gawain|assignments?|problema|pag-aaral|isip|kakaisip|homework|trabaho)',
      'was very busy',
    ],
    ['hindi (?:makalakad|makapaglakad|makatayo)', 'cannot walk'],
    [
      'hindi (?:makakita|makita|nakakakita) ang (?:isang|isa niyang) mata|(?:isang|isa niyang) mata (?:ay )?hindi (?:makakita|nakakakita)',
      'cannot see in one eye',
    ],
    // Session 38: suicidal intent and self-harm by their parts (NHS 111 / Samaritans): a slashed wrist or arm, a whole
    // strip or bottle of a medicine swallowed, tired of living, better off gone; a suicide inside a teleserye, a film or
    // the news is a story, never the writer's intent.
    [
      '(?:teleserye|pelikula|movie|serye|palabas|balita|kdrama|drama|bida|kontrabida|karakter)[^.,!?]{0,30}?(?:nagpakamatay|nag-suicide|nagsuicide|nag suicide)',
      'in the film a character killed himself',
    ],
    [
      '(?:nilaslas|naglaslas|maglaslas|maglalaslas|laslas|ginilitan|nilaslasan)(?: ko| niya| nya)?(?: ang| yung| sa)? (?:pulso|braso|kamay|wrist|pupulsuhan|pulsuhan)(?: ko| niya| nya)?|(?:nilaslas|naglaslas|maglaslas|nag-laslas)',
      'i cut my wrist on purpose',
    ],
    // A period's flow is told by its own words (mens, regla, napkin): not a wound's bleeding.
    [
      '(?<!(?:mens|regla|period|napkin|dalaw|nireregla)[^.!?]{0,40})(?:(?:ang daming|sobrang daming|ang dami ng|napakaraming) dugo|(?:hindi|ayaw) (?:tumitigil|tumigil|huminto) (?:ang |yung )?(?:pagdurugo|dugo))(?![^.!?]{0,40}(?:mens|regla|period|napkin|dalaw|nireregla))',
      'bleeding heavily',
    ],
    [
      '(?:uminom|ininom|nilunok|lumunok|nakainom)(?: (?:ako|siya|sya|niya|nya))?(?: ng)? (?:isang banig|buong banig|isang bote|buong bote|kalahating bote|isang kahon|buong kahon|lahat ng)(?= (?:ng )?(?:gamot|tableta|pills|sleeping pills|paracetamol|biogesic|pampatulog|neozep|\\p{L}+ pills))',
      'i took a whole strip of',
    ],
    [
      '(?:tapusin|tatapusin|wakasan|wawakasan) (?:ko )?(?:na )?(?:ang|yung) (?:buhay|buhay ko)(?: ko)?',
      'i want to end my life',
    ],
    ['pagod na (?:ako |kong )?(?:sa lahat|mabuhay|sa buhay|na mabuhay)', 'i am tired of life'],
    [
      'mas (?:mabuti|maganda|okay|ok|masaya sila)(?: pa| pang)? (?:kung )?(?:wala na ako|mawala na ako|patay na ako|mamatay na ako|wala ako)',
      'everyone would be better off without me',
    ],
    // A knock to the head, vomiting again and again, very drowsy (head-injury red flags).
    ['(?:nauntog|nabagok|tumama|naumpog)(?: ang| yung)? (?:ulo|ulo niya|ulo ng)', 'hit his head'],
    ['nagsuka(?: na)?(?: ng)? (?:\\d+|dalawang|tatlong|ilang|maraming) (?:beses|ulit)', 'vomited several times'],
    ['antok na antok|sobrang antok', 'very drowsy'],
    ['hindi magising|hirap gisingin', 'cannot be woken'],
    // Session 37: a young infant's age in days or weeks; a snake's bite ("tuklaw" is a snake's); a child's age.
    ['(?:\\d+) (?:weeks?|linggo|lingo) (?:old|gulang)', '# weeks old'],
    // An age told with the baby named beside it and no "old" ("5 linggo pa lang ang baby ko", "baby ko 3 linggo"):
    // Tagalog puts the predicate first, and the age is the NICE NG143 band a fever is read by. Weeks told of no child
    // ("3 linggo na akong may ubo") are a duration, read below. Session 43 (T53).
    [
      '(?:\\d+) (?:linggo|lingo|weeks?)(?: (?:pa lang|pa lamang|palang|pa lng))?(?= (?:ang|si|yung|ng) (?:baby|sanggol|bunso|anak))',
      '# weeks old',
    ],
    [
      '(?<=(?:baby|sanggol|bunso|anak) (?:ko |namin |niya |nila )?(?:ay )?)(?:\\d+) (?:linggo|lingo|weeks?)(?: (?:pa lang|pa lamang|palang|pa lng))?(?! na)',
      'is # weeks old',
    ],
    ['(?:\\d+) (?:days?|araw) (?:old|gulang)', '# days old'],
    // Venom is a patient's emergency now only when the bite is told of a person now: a snake that bit the family's
    // animal, or a bite long ago ("as a child, fine now"), is read as what it is, before the snake's bite.
    [
      '(?:natuklaw|tinuklaw|natuklawan|kinagat|nakagat) ng ahas (?:yung |ang |si )?(?:aso|pusa|kambing|baka|manok|kalabaw|alaga)(?: (?:namin|natin|ko|nila|niya|nyo|ninyo))?|(?<!(?:at|pati|saka|tsaka) )(?:aso|pusa|kambing|baka|manok|kalabaw|alaga)(?: \\p{L}+){0,2} (?:ay )?(?:natuklaw|tinuklaw|natuklawan|kinagat|nakagat)(?: ng ahas)?',
      'a snake bit our dog',
    ],
    ['noong bata (?:pa )?(?:ako|siya|sya)', 'as a child'],
    ['(?:natuklaw|tinuklaw|natuklawan|tuklaw)|(?:kinagat|nakagat) ng ahas', 'bitten by a snake'],
    ['(?:\\d+) (?:taong gulang|taon)', 'my # year old child'],
    ['tableta|tabletas', 'pills'],
    // Issue 11 breadth: the parts a finding is told with (a body part, what it does, how bad, a person), so a wording
    // nobody listed is still read.
    [
      // A lip swollen by what lies in or on it (a mouth ulcer, a bitten lip, a knock, a pimple) is no allergic swelling.
      '(?:namaga|namamaga|nangangapal|maga)(?: na)? (?:ang )?(?:labi|dila|mukha)(?: (?:at|tsaka) (?:ang )?(?:labi|dila|mukha))?(?![^,.]{0,30}(?:singaw|sugat|nakagat ko|nakagat niya|kinagat ko|tinamaan|nauntog|natamaan|tigyawat|pigsa|bukol))',
      'lips and tongue swollen',
    ],
    // Session 57 (T103): a medicine taken for what it treats, told right after it ("uminom ng gamot para sa lagnat"), is a
    // dose, not an ingestion; someone else's medicine ("gamot ni lola para sa high blood") is still read as swallowed.
    [
      '(?:nakainom|uminom)(?: ng)? (?:gamot|tableta)(?= (?:(?:ang anak ko|si \\p{L}+|siya|sya|ako|kami) )?(?:para sa|pang-?\\p{L}+|dahil sa))',
      'took his usual dose',
    ],
    ['(?:nakainom|nakalunok|nakakain|uminom|nilunok)(?: ng)? (?:gamot|tableta|pills)', 'swallowed the medicine'],
    ['ni lola|ni lolo|ng lola|ng lolo', "of grandmother's"],
    ['(?:\\d+|isa|dalawa) (?:buwan|linggo) (?:na )?(?:baby|sanggol|bata)', '2 months old baby'],
    ['sobrang sakit (?:ng|sa) dibdib|napakasakit (?:ng|sa) dibdib', 'severe chest pain'],
    [
      '(?:umaabot|gumagapang|kumakalat|lumilipat) (?:hanggang )?(?:sa )?(?:kaliwang )?braso',
      'spreading to the left arm',
    ],
    ['pinakamasakit (?:na sakit ng ulo )?sa (?:buhay|tanang buhay) ko', 'the worst headache of my life'],
    ['(?:biglang )?(?:napakasakit|sobrang sakit) ng ulo', 'suddenly severe headache'],
    ['nalunod|nalulunod', 'drowned'],
    // Session 33: the kinds session 32's review found missed (a seizure told with its duration, bleeding that will not
    // stop, suicide told with a plan or the means, not waking or responding, chest pain spreading, a weak arm with
    // strange speech, a throat or tongue swelling after a food, a scald with big blisters) and the false-alarm kinds
    // (a hypothetical "if one day", "now everything is fine again"), read first.
    [
      '(?:dili|hindi|di) na (?:mo |siya |sya )?(?:respond|mo-respond|magrespond|nagrespond|sumasagot|motubag)',
      'not responding',
    ],
    ['parang (?:dinadaganan|pinipiga|pinipisil|may nakadagan)', 'like being crushed'],
    ['sumakit (?:ang )?dibdib', 'chest pain'],
    [
      '(?:ayaw|hindi) (?:tumigil|tumitigil|huminto|humihinto|maampat|maampatan|mapigil|mapigilan) (?:ang|ng) (?:dugo|pagdurugo)|(?:ang|ng) (?:dugo|pagdurugo) (?:ay )?(?:ayaw|hindi) (?:tumigil|tumitigil|huminto|maampat)|(?:bumubulwak|sumisirit) (?:ang |ng )?dugo',
      'the bleeding will not stop',
    ],
    [
      '(?:iinumin|iinom|lulunukin) (?:ko )?(?:na )?(?:lahat ng|ang lahat ng|yung lahat ng) (?:gamot|tableta|pills)(?: ko)? (?:ngayong gabi|ngayon|para (?:matapos|mamatay|mawala))|tatalon (?:ako )?(?:sa|mula sa) (?:tulay|building|gusali|bubong)|magbibigti (?:na )?ako',
      'i will kill myself tonight',
    ],
    ['(?:bumagsak|bumulagta)', 'collapsed'],
    ['hindi (?:sumasagot|rumesponde|nagreresponde|magising|nagigising)', 'not responding'],
    [
      '(?:nanghina|nanlambot|hindi maigalaw|di maigalaw|hindi maitaas) (?:ang )?(?:kanang |kaliwang )?(?:braso|kamay)',
      'suddenly weak arm',
    ],
    [
      '(?:utal-utal|utal utal|bulol|malabo|hirap) (?:na )?(?:magsalita|ang salita|ang pananalita|siyang magsalita)',
      'slurred speech',
    ],
    [
      '(?:kumain|nakakain|pagkakain|pagkatapos kumain) (?:siya |ako )?(?:ng )?(?:mani|hipon|seafood|isda|itlog|alimango|tahong)',
      'ate peanuts',
    ],
    ['(?:namamaga|namaga|maga) (?:ang |yung )?lalamunan', 'throat swelling'],
    // Session 59 (T114): a throat told closing or tightening, before or after its verb ("parang sumasara ang lalamunan ko").
    [
      '(?:sumasara|nagsasara|sumisikip|naninikip|kumikipot)(?: na)? (?:ang |yung )?lalamunan|lalamunan (?:ko |niya |nya )?(?:ay )?(?:parang )?(?:sumasara|nagsasara|sumisikip|naninikip|kumikipot)',
      'throat is closing',
    ],
    ['(?:natapunan|napaso|nabuhusan) (?:ng|sa) (?:kumukulong|mainit na) tubig', 'scalded with boiling water'],
    [
      '(?:malalaki|malaki|malalaking) (?:ang )?(?:paltos|lapnos)|(?:paltos|lapnos) (?:na )?(?:malalaki|malaki)',
      'big blisters',
    ],
    // Registers and verb forms beyond the plain ones (colloquial and dialect wordings, past and third person).
    [
      '(?:nakalunok|lumunok|uminom|nilunok|ininom|nakainom)(?: siya| ako)? (?:ng )?(?:maraming|isang banig ng|isang bote ng|lahat ng|sangkaterbang|napakaraming) (?:gamot|tableta|pills|tabletas|kapsula)',
      'took all the pills',
    ],
    ['(?:gusto (?:ko |niya )?(?:na |nang )?)?(?:magpakamatay|nagpakamatay|magpapakamatay)', 'i want to kill myself'],
    [
      '(?:napaso|nabanlian|nasunog|napaso siya) (?:ng|sa) (?:kumukulong tubig|mainit na tubig|mainit na mantika|kumukulong mantika)',
      'burned with boiling water',
    ],
    ['(?:ang )?buong (?:braso|dibdib|likod|tiyan|mukha|binti|katawan)', 'the whole arm'],
    ['sobrang sakit', 'severe pain'],
    ['pinipiga|piniga', 'squeezing'],
    ['pawis na pawis', 'drenched in sweat'],
    ['nasaksak|sinaksak', 'was stabbed'],
    ['ang dami ng dugo|maraming dugo', 'a lot of blood'],
    ['basang basa', 'soaked'],
    ['namumutla', 'going pale'],
    ['nanghihina', 'weak'],
    ['manhid', 'numb'],
    ['(?:hindi|di) (?:ako |siya )?makaihi', 'cannot pass urine'],
    ['dalawang paa', 'both legs'],
    ['singit', 'groin'],
    [
      '(?:gusto ko (?:na |nang |ng )?)?(?:mamamatay|namamatay|mamatay)(?: na)?(?: ako)? sa (?:hiya|gutom|takot|tawa|init|inip)',
      'feel embarrassed',
    ],
    ['tuwing|sa tuwing|bawat beses', 'every time'],
    ['nawawala at bumabalik|pabalik-balik', 'comes and goes'],
    ['(?:mamamatay|namamatay|mamatay)(?: na)?(?: ako)? sa (?:hiya|gutom|takot|tawa|init|inip)', 'feel embarrassed'],
    ['paano (?:malalaman|ko malalaman) (?:kung|kapag)', 'how do i know if'],
    ['minsan|paminsan-minsan', 'sometimes'],
    ['medyo|konti|kaunti', 'a little'],
    ['palagi|lagi', 'always'],
    ['ano (?:ang|ba ang|po ang) (?:gagawin|dapat gawin) (?:kung|kapag|pag)', 'what do i do if'],
    ['ano (?:ang|ba ang|po ang) (?:mga )?(?:sintomas|senyales) ng', 'what are the symptoms of'],
    ['normal (?:lang )?ba', 'is it normal'],
    ['(?:isang|\\d+|dalawang|tatlong) linggo na', 'for weeks'],
    ['(?:ilang|\\d+|dalawang|tatlong) buwan na|mga ilang buwan na', 'for months'],
    ['(?:isang|\\d+|dalawang|tatlong|ilang) taon na ang nakalipas|noong isang taon|nakaraang taon', 'last year'],
    ['noong bata (?:pa )?(?:siya|ako)', 'as a child'],
    ['(?:\\d+|sampung|limang|dalawampung) minuto na', 'for # minutes'],
    ['biglang|bigla', 'suddenly'],
    ['(?:kapag|pag|tuwing) (?:umuubo|uubo)(?: ako| siya)?', 'when i cough'],
    ['(?:kapag|pag|tuwing) (?:umaakyat|aakyat) (?:ng|sa) hagdan', 'when i climb stairs'],
    ['(?:hindi|di) (?:makahinga|makahinga ng maayos)', 'cannot breathe'],
    ['(?:hirap|nahihirapang?) (?:huminga|sa paghinga)', 'difficulty breathing'],
    ['hinihingal', 'short of breath'],
    ['(?:hindi|di) (?:na )?humihinga', 'is not breathing'],
    [
      '(?:nangingitim|nangangasul|nangingitim na|kulay ube|violet) ang (?:labi|mga labi)|(?:labi|mga labi) (?:niya )?(?:ay )?(?:nangingitim|nangangasul)',
      'blue lips',
    ],
    [
      '(?:namamaga|maga) ang (?:mukha|dila|labi|lalamunan)(?![^,.]{0,30}(?:singaw|sugat|nakagat ko|nakagat niya|kinagat ko|tinamaan|nauntog|natamaan|tigyawat|pigsa|bukol))',
      'swollen face and tongue',
    ],
    [
      '(?:masakit|sumasakit|kumikirot|naninikip) (?:ang |yung )?dibdib(?: ko| niya)?|(?:sakit|kirot|paninikip) (?:sa|ng) dibdib',
      'chest pain',
    ],
    ['pinagpapawisan (?:ako |siya )?(?:ng )?malamig|malamig na pawis', 'cold sweat'],
    ['pinagpapawisan', 'sweating'],
    ['(?:hindi|di) (?:na )?(?:magising|gumigising|nagigising)', 'will not wake up'],
    ['(?:hindi|di) (?:na )?(?:sumasagot|gumagalaw)', 'is not responding'],
    ['walang malay', 'unconscious'],
    [
      '(?:hindi|di) (?:naman )?(?:siya |sya |ako )?(?:nawalan ng malay|hinimatay|nahimatay)',
      'did not lose consciousness',
    ],
    ['nawalan ng malay|hinimatay|nahimatay', 'fainted and lost consciousness'],
    ['(?:okay|ok|okey|ayos|magaling|bumuti|mabuti) na(?: (?:ako|siya|sya|po|naman))*(?: ngayon)?', 'is fine now'],
    ['(?:tumabingi|ngumiwi|tabingi|ngiwi|bumagsak) ang (?:mukha|bibig|labi)', 'face drooping'],
    ['(?:hindi|di) (?:makapagsalita|makasalita)|bulol (?:magsalita)?', 'cannot speak and slurred speech'],
    ['(?:hindi|di) (?:maigalaw|maikilos) ang (?:braso|kamay|paa)', 'cannot move one arm'],
    ['na-?stroke|istrok', 'stroke'],
    [
      '(?:nagkokombulsyon|kinukumbulsyon|kinokombulsyon|nangingisay|nagseseizure|nagse-seizure)',
      'he is having a seizure',
    ],
    ['(?:nagkaroon|nagka) (?:siya |ako )?(?:ng )?(?:kombulsyon|kumbulsyon|seizure)', 'had a seizure'],
    ['may (?:kombulsyon|kumbulsyon)', 'has a seizure'],
    ['kombulsyon|kumbulsyon', 'seizure'],
    [
      '(?:ininom|nilunok) (?:niya |ko )?(?:ang )?lahat ng (?:gamot|tableta)|uminom (?:siya |ako )?ng maraming (?:gamot|tableta)',
      'took all the pills',
    ],
    ['(?:uminom|ininom) ng (?:zonrox|clorox|lason)', 'drank bleach'],
    ['nagsusuka ng dugo|sumusuka ng dugo', 'vomiting blood'],
    ['(?:malakas na )?pagdurugo|(?:dinudugo|dumudugo) (?:nang )?(?:malakas|marami)', 'bleeding heavily'],
    ['dinudugo|dumudugo|duguan', 'bleeding'],
    ['matigas (?:ang )?(?:leeg|batok)', 'stiff neck'],
    // Wanting to vanish out of embarrassment ("nakakahiya, gusto ko nang mawala") is an idiom, not a wish to die.
    [
      '(?:gusto|gustong) ko (?:na|nang|ng)? ?mamatay|(?<!(?<![\\p{L}])(?:hiya|nakakahiya|napahiya)[^.!?]{0,40})gusto ko (?:na|nang|ng) mawala(?![^.!?]{0,40}(?<![\\p{L}])(?:hiya|nakakahiya|napahiya))',
      'i want to die',
    ],
    ['magpapakamatay|papatayin ko (?:ang )?sarili ko|magpakamatay', 'i want to kill myself'],
    // The same threat told of someone else ("papatayin niya ang sarili niya": he will kill himself).
    ['papatayin (?:niya|daw niya|raw niya) (?:ang )?sarili (?:niya|nya)', 'he says he will kill himself tonight'],
    ['buntis (?:ako )?(?:ng )?(?:\\d+) (?:linggo|weeks)', 'pregnant # weeks'],
    ['buntis', 'pregnant'],
    [
      '(?<!buntis (?:ako )?(?:ng )?)(?:\\d+) buwan(?: pa lang| gulang)?(?! (?:na ang nakalipas|nang buntis))',
      '# months old',
    ],
    // Session 52 (T82): a baby's age told in English months in Taglish ("baby ko 2 months", "2 mos pa lang si baby").
    [
      '(?<=(?:baby|sanggol|bunso|anak|pamangkin|apo) (?:ko |namin |niya |nya |nila )?(?:ay )?)(?:\\d+) (?:months?|mos?)(?: (?:pa lang|palang|pa lamang|old))?(?! (?:na ang nakalipas|ago|na))|(?:\\d+) (?:months?|mos?) (?:pa lang|palang|pa lamang)(?= (?:si|ang|yung) (?:baby|sanggol|bunso|anak))',
      '# months old',
    ],
    ['may lagnat', 'has fever'],
    ['walang lagnat', 'has no fever'],
    ['may (?:sipon|ubo)', 'has a cold'],
    ['at may', 'and has'],
    ['(?:ang |yung |si )?(?:anak|baby|bunso) ko', 'my child'],
    ['(?:ang |yung |si )?(?:nanay|mama|inay|nanay) ko|si mama', 'my mother'],
    ['(?:ang |yung |si )?(?:tatay|papa|itay) ko|si papa', 'my father'],
    ['(?:ang |yung |si )?lola ko', 'my grandmother'],
    ['(?:ang |yung |si )?lolo ko', 'my grandfather'],
    ['(?:ang |yung )?asawa ko', 'my husband'],
    ['pwede (?:pa )?ba', 'can i'],
    // "hindi" before a verb told in the past (nag-, na-, -um-): did not, read after every phrase that begins with it.
    ['(?:hindi|di)(?= (?:siya |sya |ako |naman )?(?:nag|na|um|in)\\p{L}+)', 'did not'],
    ...TAGALOG_FINDINGS.phrases,
    ...TAGALOG_MODIFIERS,
    ...TAGALOG_EVERYDAY.phrases,
    // Session 60 (T119): carbon monoxide told by its parts, read after every phrase that names a source with its intent.
    ...TAGALOG_FUMES,
  ],
  words: {
    ...TAGALOG_EVERYDAY.words,
    ...TAGALOG_INTENT_AND_CRISIS.words,
    ...TAGALOG_SELF_HARM_AND_POISONING.words,
    hindi: 'not',
    di: 'not',
    wala: 'no',
    walang: 'no',
    kung: 'if',
    kapag: 'when',
    pag: 'when',
    pero: 'but',
    ngayon: 'now',
    kahapon: 'yesterday',
    lagnat: 'fever',
    ubo: 'cough',
    sipon: 'runny nose',
    dugo: 'blood',
    ulo: 'head',
    dibdib: 'chest',
    braso: 'arm',
    mukha: 'face',
    kamay: 'hands',
    paa: 'feet',
    hita: 'thigh',
    leeg: 'neck',
    tiyan: 'stomach',
    gamot: 'medicine',
    bata: 'child',
    anak: 'child',
    sanggol: 'baby',
    taon: 'years old',
    tulong: 'help',
    tulungan: 'help',
    ospital: 'hospital',
    doktor: 'doctor',
    mahina: 'weak',
    maputla: 'pale',
    nalilito: 'confused',
    nagsusuka: 'vomiting',
    nahihilo: 'dizzy',
    masakit: 'painful',
    sakit: 'pain',
    lang: 'only',
    konting: 'a little',
    naglalaro: 'playing',
    siya: 'he',
    ako: 'i',
    ulit: 'again',
  },
};

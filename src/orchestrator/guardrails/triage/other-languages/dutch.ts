import { DUTCH_FITS_AND_BLEEDS_THAT_WILL_NOT_STOP } from './fits-and-bleeds-that-will-not-stop.js';
import type { LanguageLexicon } from './language-lexicon.js';
import { DUTCH_TAKEN_AS_PRESCRIBED } from './taken-as-prescribed.js';

/**
 * Session 56 (T97): Dutch, of the Netherlands and of Flanders ("ge" / "gij" for you, "ne" / "nen" for a, "just" for
 * just now). The red flags are those of NHS 111 / Pathways and the Manchester Triage System, told in the words people
 * use. Dutch writes its negation after the verb ("hij ademt niet", "ze reageert niet meer"): a finding so told is read
 * as a phrase; "geen" before a noun denies it as English "no" does ("geen koorts"). "Als" is "if" ("als hij
 * stuipen krijgt"), but "as" or "like" after a verb of feeling ("voelt als een olifant op mijn borst"), read first.
 */

/** A possessive, a person or a word of degree between a body part and its finding ("mijn borst doet erg pijn"). */
const BETWEEN =
  '(?: (?:is|zijn|was|werd|wordt|word|voelt|voelde|doet|deed|plots|plotseling|opeens|ineens|erg|heel|zo|zeer|echt|nogal|helemaal|ook|nu|al|aan|een|beetje|kant|zijn|haar|mijn|de|het|linker|rechter|links|rechts))*';

const RED_FLAGS: ReadonlyArray<readonly [string, string]> = [
  // Idioms of the body read first: a heart broken, a head lost, blood boiling, dying of laughter, a flat battery.
  ['gebroken hart|hartzeer|liefdesverdriet', 'upset'],
  ['hoge bloeddruk|bloeddruk (?:is )?(?:te )?hoog', 'high blood pressure'],
  [
    '(?:dood|kapot)(?:gaan|ga|gaat)? (?:van het |van de )?(?:lachen|verveling|schaamte)|doodmoe|doodziek van|mijn kop (?:loopt om|staat er niet naar)|de kluts kwijt|(?:batterij|accu|telefoon|auto)(?: \\p{L}+)? (?:is )?(?:leeg|dood)',
    'tired',
  ],
  ['tintelingen|tintelen|slapende (?:arm|been|hand|voet)', 'tingling'],
  // A gloss needs its object and its sense (review V38): "benauwd" of the weather is muggy, a heart "zwaar" of grief is
  // sad, a device or a mail that does not answer is not a person, lips blue from a berry are stained, "in de war" over
  // paperwork is puzzled, and "een aanval van de slappe lach" is a fit of the giggles.
  [
    '(?<!(?:heb|had|hebt|heeft|hebben) )het is (?:zo |erg |heel |wel |best )?benauwd(?= weer| buiten| vandaag| hier| in huis|[,.!?]|$)|benauwd(?:e)? (?:weer|dag|dagen|hitte|lucht)|(?:weer|lucht|hitte)(?: \\p{L}+){0,2} benauwd|drukkend weer|broeierig',
    'muggy weather',
  ],
  [
    `met (?:een )?zwaar hart|zwaarmoedig|(?:hart|gemoed)${BETWEEN} zwaar(?=[^.!?]{0,60}(?:overle\\p{L}*|verdriet|gemis|rouw|begrafenis|afscheid|uit elkaar|scheiding|ontslag|mis (?:hem|haar|hen)))|(?<=(?:overle|overlijden|verdriet|gemis|rouw|begrafenis|scheiding)\\p{L}*[^.!?]{0,60})(?:hart|gemoed)${BETWEEN} zwaar`,
    'sad',
  ],
  [
    '(?:telefoon|mobiel|mobieltje|gsm|laptop|computer|pc|scherm|app|website|site|tv|televisie|printer|muis|toetsenbord|tablet|ipad|iphone|systeem|internet|wifi|verbinding|router|modem|afstandsbediening)(?: \\p{L}+){0,3} (?:(?:reageert|reageerde|doet)(?: \\p{L}+)? niet(?: meer)?|(?:is |was )?(?:\\p{L}+ )?(?:sloom|traag|langzaam|vastgelopen|bevroren)|hangt)',
    'is slow',
  ],
  [
    "(?:nog )?geen (?:reactie|antwoord)(?= (?:van|op|gehad|gekregen|ontvangen|teruggekregen|meer gehad))|(?:reageert|reageerde|antwoordt|antwoordde)(?: \\p{L}+)? niet(?: meer)? op (?:mijn |m'n |de |het |zijn |haar |onze )?(?:e-?mails?|mailtjes?|berichten|berichtjes?|appjes?|app|sms\\p{L}*|brief|brieven|vraag|vragen|aanvraag|klacht|offerte|telefoontjes?)",
    'no reply yet',
  ],
  [
    `(?:lippen|lip|tong|mond|tanden|handen|vingers)${BETWEEN} (?:blauw|paars)(?: \\p{L}+){0,2} (?:van|door) (?:de |het |die |mijn |een )?(?:bosbes|bes|blauwe bes|braam|bramen|snoep|lolly|ijs|verf|stift|inkt|kleurpotlo|wijn|rode wijn|limonade|siroop|slush|drop|smurf)\\p{L}*`,
    'stained by a sweet',
  ],
  [
    "(?:in de war|verward)(?: \\p{L}+)? (?:over|door|met|van|om) (?:de |het |mijn |m'n |die |dat |al |een |onze )?(?:\\p{L}*verzekering|formulier\\p{L}*|papier\\p{L}*|regel\\p{L}*|afspra\\p{L}*|rooster|rekening\\p{L}*|factu\\p{L}*|belasting\\p{L}*|brie\\p{L}*|instructie\\p{L}*|bijsluiter|dosering|uitleg|toeslag\\p{L}*|verwijzing\\p{L}*|recept\\p{L}*|eigen risico|vergoeding\\p{L}*|declaratie\\p{L}*)",
    'puzzled',
  ],
  [
    '(?:een )?(?:aanval|bui|vlaag) van (?:de )?(?:slappe lach|lachen|gegiechel|giechel\\p{L}*|woede|razernij|jaloezie|heimwee|nostalgie|vraatzucht|luiheid|niezen)|(?:de )?slappe lach|giechelbui',
    'a fit of the giggles',
  ],
  ['voelt (?:als|alsof)|net als|zoals|alsof', 'like'],
  // Chest pain, its pressure and its spread.
  [
    `(?:borst|borstkas|hart)${BETWEEN} (?:pijn|zeer|drukkend|beklemd|beklemming|knelt|knellend|zwaar|strak|druk)|(?:pijn|druk|beklemming|drukkende pijn|steken) (?:op|in|aan) (?:de |mijn |zijn |haar )?(?:borst|borstkas)|(?:druk|drukkend|drukkende|beklemmend|zwaar|knellend|benauwd) gevoel (?:op|in|aan) (?:de |mijn |zijn |haar )?(?:borst|borstkas)|borstpijn|pijn op de borst|beklemmend gevoel`,
    'chest pain',
  ],
  [
    '(?:straalt|uitstraalt|straalde|trekt|trok|gaat|ging) (?:\\p{L}+ )?(?:uit )?naar (?:de |mijn |zijn |haar )?(?:arm|linkerarm|kaak|rug|nek)',
    'spreading to the arm',
  ],
  [
    '(?:koud )?zweet|zweterig|klam|zweten|zweet(?:te)? (?:heel )?erg|baadt in het zweet|badend in het zweet',
    'cold sweat and sweating',
  ],
  // Breathing: unable, struggling, stopped; lips turned blue.
  [
    '(?:kan|kon|kunnen|kun) (?:\\p{L}+ )?(?:niet|nauwelijks|bijna niet|amper|haast niet) (?:meer )?(?:ademen|ademhalen|inademen)|krijg(?:t)? geen (?:lucht|adem)|geen lucht (?:meer )?(?:krijgen|krijgt|krijg)',
    'cannot breathe',
  ],
  [
    '(?:ademt|ademde) niet(?: meer)?|(?:adem|ademhaling) (?:is )?(?:gestopt|stopt|weg)|stopt(?:e)? met ademen',
    'is not breathing',
  ],
  [
    'benauwd(?:heid)?|kortademig(?:heid)?|(?:naar|happen naar|hapt naar|snakt naar|snakken naar) (?:lucht|adem)|moeilijk (?:ademen|ademhalen)|(?:ademhaling|adem)(?: \\p{L}+)? (?:piept|piepend|snel|zwaar|moeizaam|oppervlakkig)|intrekkingen',
    'struggling to breathe',
  ],
  ['(?:zich )?verslikt|verstikking|stikt|stikken', 'choking'],
  [
    `(?:lippen|lip|gezicht|huid|nagels|tong)${BETWEEN} (?:blauw|paars|grauw|blauwig|blauwachtig)|blauw aan(?:gelopen)?|blauwe lippen`,
    'blue lips',
  ],
  // Unconscious, not answering, hard to wake.
  [
    'bewusteloos|buiten bewustzijn|(?:is |viel |valt )?flauw(?:gevallen|valt)?|in elkaar gezakt|zakte in elkaar|neergevallen|ligt (?:op de grond|op de vloer)',
    'collapsed and is unconscious',
  ],
  [
    '(?:reageert|reageerde|antwoordt|antwoordde)(?: \\p{L}+)? niet(?: meer)?|geen reactie|(?:wordt|werd) niet (?:meer )?wakker',
    'is not responding',
  ],
  [
    '(?:moeilijk|slecht|nauwelijks|niet) wakker (?:te krijgen|te maken)|(?:erg |heel |zo )?suf(?:fig)?|sloom|slaapt (?:maar )?(?:steeds|constant|de hele tijd)',
    'is very drowsy and hard to wake',
  ],
  ['verward|in de war|warrig|gedesorienteerd|weet niet (?:meer )?waar (?:hij|ze|zij|ik) is', 'confused'],
  // Bleeding that will not stop or soaks through.
  [
    `(?:bloed(?:ing)?|bloedt|bloedde)(?: \\p{L}+){0,3} (?:stopt|stopte|houdt|hield|gaat) (?:maar |gewoon )?niet (?:op|meer)?|(?<=(?:bloed|bloedt|bloedde|bloeding|bloeden)[^.!?]{0,80})(?:het|dat|t|het bloeden|de bloeding) (?:stopt|stopte|houdt|hield|wil) (?:maar |gewoon )?(?:niet|maar niet)(?: op| meer| stoppen)?|blijft (?:maar )?bloeden|(?:bloedt|bloedde|bloeding) (?:heel |erg |zo )?(?:hevig|veel|enorm|flink|als een rund|door)|spuit(?:end)?(?: \\p{L}+)? bloed|bloed (?:spuit|gutst|stroomt)`,
    'bleeding heavily and it will not stop',
  ],
  [
    '(?:doorweekt|doordrenkt|door)(?: \\p{L}+){0,2} (?:handdoek|doek|verband|maandverband|kleren|t-shirt|broek)|(?:handdoek|doek|verband|maandverband)(?: \\p{L}+){0,2} (?:doorweekt|doordrenkt|vol bloed|is rood)|elk uur (?:een )?(?:nieuw )?maandverband',
    'soaked through the towel with blood',
  ],
  ['(?:verlies|verliest|verloor|verloren)(?: \\p{L}+)? (?:veel|heel veel|flink|erg veel) bloed', 'bleeding heavily'],
  // Session 57 (T104): a tongue, lips or throat swelling up ("zwelt op") and air hard to get ("krijgt moeilijk lucht"),
  // Resuscitation Council UK.
  [
    '(?:tong|lippen|lip|keel|gezicht)(?: \\p{L}+)? (?:zwelt|zwellen|zwol|zwollen) (?:op|dicht)|(?:zwelt|zwellen|zwol|zwollen) (?:\\p{L}+ ){0,2}(?:tong|lippen|keel|gezicht) (?:op|dicht)',
    'tongue swelling',
  ],
  [
    '(?:krijgt|krijg|kreeg|heeft|heb) (?:heel |erg |zo )?(?:moeilijk|bijna geen|slecht|nauwelijks|amper) (?:lucht|adem)',
    'struggling to breathe',
  ],
  // Session 57 (T104): bleeding told bad by its adverb ("bloedt heel erg", "bloedt als een rund", "gutst"), NHS 111.
  [
    '(?:bloedt|bloedde|bloeden) (?:zo |heel |echt |ontzettend |enorm |vreselijk )?(?:erg|hevig|heftig|hard|enorm|veel|flink|als een rund|als een gek)(?! (?:weinig|lang geleden))|(?:het )?bloed (?:gutst|spuit|stroomt)|(?:gutst|spuit|stroomt) (?:het )?bloed',
    'bleeding heavily',
  ],
  [
    '(?:verlies|verliest|verloor|verloren)(?: \\p{L}+)? bloed|(?<=ik )bloed(?= )|bloedt|bloedde|bloeding|bloedverlies|bloed (?:ophoesten|overgeven|braken|uit)',
    'bleeding',
  ],
  // Stroke: face, arm, speech.
  [
    `(?:gezicht|mond|mondhoek|lip|glimlach)${BETWEEN} (?:hangt|hing|scheef|afhangend|zakt|zakte|trekt scheef|verlamd)|scheve mond|hangende mondhoek`,
    'face drooping',
  ],
  [
    '(?:praat|sprak|spreekt|praten|spraak)(?: \\p{L}+){0,2} (?:onduidelijk|dubbel|raar|vreemd|brabbelt|lallend|moeilijk)|dubbele tong|(?:kan|kon) (?:\\p{L}+ )?niet (?:meer )?(?:praten|spreken|uit zijn woorden komen|uit haar woorden komen)|(?:komt|kwam) niet (?:meer )?uit (?:zijn|haar|mijn) woorden|lalt|brabbelt',
    'slurred speech',
  ],
  [
    `(?:arm|been|hand|kant|linkerkant|rechterkant|lichaamshelft)${BETWEEN} (?:verlamd|slap|krachteloos|zwak|(?:kan|kon) (?:\\p{L}+ )?niet (?:meer )?(?:optillen|bewegen|heffen|gebruiken))|(?:kan|kon) (?:zijn |haar |mijn )?(?:arm|been|hand) niet (?:meer )?(?:optillen|bewegen|heffen)|halfzijdig(?: verlamd)?`,
    'sudden weakness in one arm',
  ],
  [
    '(?:ziet|zag|zie) (?:\\p{L}+ )?(?:ineens |plots |opeens )?(?:niets|dubbel|zwart)|plots(?:eling)? blind',
    'sudden loss of vision',
  ],
  [
    '(?:ergste|hevigste) hoofdpijn|(?:donderslag|knal)(?:hoofdpijn| in (?:mijn|zijn|haar) hoofd)|(?:plotse|plotselinge|heftige|barstende) hoofdpijn',
    'sudden severe headache',
  ],
  // Anaphylaxis: the throat closing after a food or a sting.
  [
    `(?:keel|tong|lippen|lip|gezicht|ogen|oogleden|strot)${BETWEEN} (?:dik|opgezwollen|gezwollen|zwelt|zwol|zit dicht|gaat dicht|dicht|knijpt dicht|snoert dicht|wordt dik)|keel (?:\\p{L}+ )?(?:dichtgeknepen|dichtgesnoerd)|zwelling (?:van|in) (?:de |zijn |haar |mijn )?(?:keel|tong|lippen)`,
    'throat swelling',
  ],
  [
    '(?:na|nadat)(?: \\p{L}+){0,3} (?:pinda|pindas|noten|nootjes|pindakaas|garnalen|schaaldieren|vis|ei|eieren|mosselen|sesam|kiwi)(?:\\p{L}*)',
    'after eating peanuts',
  ],
  [
    '(?:gestoken|steek) (?:door |van )?(?:een )?(?:wesp|bij|bijen|hommel|horzel|wespen)|(?:wesp|bij|wespen|bijen|hommel)(?: \\p{L}+){0,2} gestoken|wespensteek|bijensteek',
    'stung by bees',
  ],
  ['netelroos|galbulten|bulten over (?:zijn|haar|mijn|het) (?:hele )?lijf|jeukende bulten', 'hives'],
  // A baby: age, feeding, floppy.
  ['baby(?:tje)?|pasgeborene|zuigeling|kindje', 'baby'],
  ['\\d+ (?:weken|wk) zwanger|zwanger (?:van|en) \\d+ (?:weken|wk)', '# weeks pregnant'],
  ['\\d+ (?:weken|week|wk)(?: oud)?', '# weeks old'],
  ['\\d+ (?:dagen|dag)(?: oud)?', '# days old'],
  [
    '(?:drinkt|dronk|eet|at)(?: \\p{L}+)? niet(?: meer)?|wil (?:niet |geen )(?:meer )?(?:drinken|eten|borst|fles|voeding)|weigert (?:de )?(?:borst|fles|voeding|drinken)|drinkt slecht|geen voeding (?:meer )?(?:binnen|gehad)',
    'not feeding',
  ],
  [
    '(?<=(?:baby|kind|kindje|zoon|dochter|zuigeling)\\p{L}*[^.;!?]{0,40})(?:slap|slappe|lusteloos|futloos|als een lappenpop)',
    'floppy',
  ],
  ['(?:de )?fontanel (?:is )?(?:ingezakt|ingevallen)', "the baby's fontanelle is sunken"],
  ['(?:de )?fontanel (?:is )?(?:bol|gespannen|puilt)', "the baby's fontanelle is bulging"],
  ['(?:geen|niet) natte luiers?|luier(?: is)? (?:nog )?droog', 'no wet nappy'],
  ['(?:hoog|schril|anders) huilen|huilt (?:hoog|schril|ontroostbaar)|ontroostbaar', 'inconsolable high-pitched cry'],
  // Fever and meningism.
  ['hoge koorts|(?:erg |heel |zeer )?hoge temperatuur', 'high fever'],
  ['koorts(?:ig)?|verhoging|gloeit|gloeiend heet', 'fever'],
  [
    '(?:stijve|stijf) nek|nek(?: \\p{L}+){0,2} (?:stijf|kan niet buigen)|kan (?:zijn |haar |mijn )?(?:kin|hoofd) niet (?:op|naar) (?:de |zijn |haar |mijn )?borst',
    'stiff neck',
  ],
  ['(?:kan )?(?:geen|niet tegen) (?:het )?licht|lichtschuw', 'the light hurts his eyes'],
  [
    '(?:vlekjes|vlekken|uitslag|puntjes)(?: \\p{L}+){0,4} (?:niet weg|blijven|blijft|verdwijnen niet|verdwijnt niet)(?: \\p{L}+){0,3} (?:glas|drukken|duwen)|glastest',
    'a rash that does not fade under a glass',
  ],
  ['uitslag|rode vlekjes|paarse vlekjes|puntbloedinkjes|vlekjes', 'rash'],
  // Seizure.
  [
    '(?:een )?(?:aanval|epileptische aanval|toeval|insult)|stuip(?:en|trekkingen|trekt)?|schokt|schokken|schuddend|trekkingen|koortsstuip(?:en)?|koortsconvulsie',
    'having a seizure',
  ],
  // Head injury, with vomiting or drowsiness after it.
  [
    `(?:hoofd|kop|schedel)${BETWEEN} (?:gestoten|gestooten|geraakt|gebonkt|opengevallen|open|bult)|(?:op|met) (?:zijn|haar|mijn|het) (?:hoofd|kop|achterhoofd) (?:gevallen|gestoten|terechtgekomen|geland)|hoofdletsel|hersenschudding|(?:hoofd|kop) (?:tegen|op) (?:de |het |een )?\\p{L}+ (?:gestoten|geklapt|geslagen|gevallen)`,
    'head injury',
  ],
  ['overgeven|braken|gebraakt|overgegeven|(?:geeft|gaf|moet) (?:\\p{L}+ )?over|spugen|spuugt|kotsen|kotst', 'vomiting'],
  ['slaperig|doezelig|kan (?:zijn|haar) ogen niet openhouden', 'drowsy'],
  // Poisoning: what and how much.
  [
    '(?:\\d+|tientallen|een hele (?:strip|doos|pot)|een handvol|alle|de hele (?:strip|doos|pot|fles)|een (?:strip|doos|pot) vol)(?: \\p{L}+){0,2} (?:pillen|tabletten|paracetamols?|paracetamol|ibuprofen|slaappillen|medicijnen|capsules|oxazepam|temazepam)(?:(?: \\p{L}+){0,4} (?:ingenomen|geslikt|genomen|opgegeten|gepakt))?',
    'took an overdose of pills',
  ],
  [
    '(?:heeft|had|hebben)(?: \\p{L}+){0,3} (?:bleek|chloor|ontstopper|gootsteenontstopper|wasmiddel|vaatwastablet|vaatwasblok|afwasmiddel|terpentine|wasbenzine|lampolie|rattengif|gif|insecticide|antivries|ammoniak|schoonmaakmiddel|wasmiddelcapsule|wascapsule|pods)\\p{L}*(?: \\p{L}+){0,2} (?:gedronken|ingeslikt|geslikt|doorgeslikt|gegeten|opgegeten|binnengekregen|opgedronken|in (?:zijn|haar) mond gestopt|aangebeten|afgebeten)|(?:bleek|chloor|gif|rattengif|ontstopper|schoonmaakmiddel|lampolie|antivries) (?:gedronken|ingeslikt|geslikt|gegeten)',
    'drank bleach',
  ],
  [
    '(?:knoopcel|knoopbatterij|batterijtje)(?: \\p{L}+){0,2} (?:ingeslikt|geslikt|doorgeslikt)|(?:ingeslikt|geslikt|doorgeslikt)(?: \\p{L}+){0,2} (?:knoopcel|knoopbatterij|batterijtje)',
    'swallowed a button battery',
  ],
  ['overdosis|vergiftiging|vergiftigd', 'overdose'],
  // Pregnancy and its bleeding.
  ['zwanger|in verwachting|zwangerschap', 'pregnant'],
  ['vaginaal|uit de vagina|vaginale|van onderen', 'from the vagina'],
  ['vliezen (?:zijn )?gebroken|vruchtwater', 'waters broke'],
  // Self-harm: the wish, the plan, the goodbye.
  [
    '(?:wil|wilt|willen|wou) (?:\\p{L}+ )?(?:dood|sterven|er niet meer zijn|een einde aan (?:mijn|zijn|haar) leven maken|er een einde aan maken|er uit stappen|eruit stappen)|(?:wil|wilt|willen|wou)(?: \\p{L}+){0,2} er(?: \\p{L}+){0,2} een einde aan maken|(?:wil|wilt|willen|wou)(?: \\p{L}+){0,3} een einde aan (?:mijn|zijn|haar) leven|(?:ik )?zie het (?:niet meer )?zitten|zie het niet meer zitten|(?:niet meer|geen zin meer om te) (?:leven|verder)|zelfmoordgedachten|een einde (?:aan )?(?:mijn|zijn|haar) leven',
    'i want to kill myself',
  ],
  [
    '(?:een |mijn |zijn |haar )?(?:zelfmoordpoging|poging tot zelfmoord|poging(?= (?:gedaan|ondernomen)))',
    'a suicide attempt',
  ],
  [
    'zelfmoord|suicide|zichzelf (?:van kant|iets aan) (?:maken|doen)|mezelf (?:van kant|iets aan) (?:maken|doen)|(?:voor|onder) de trein|van (?:de |een )?(?:brug|flat|dak) (?:springen|spring)|ophangen',
    'suicide',
  ],
  [
    '(?:afscheid (?:genomen|nemen|neemt|brief)|afscheidsbrief|afscheidsbericht|vaarwel|spullen weggegeven|alles weggegeven)',
    'saying goodbye to everyone and wrote a goodbye note',
  ],
  [
    '(?:pillen|tabletten|medicijnen) (?:gespaard|verzameld|opgespaard|bewaard)|(?:spaart|verzamelt|spaarde) (?:\\p{L}+ )?(?:pillen|tabletten|medicijnen)',
    'has been stockpiling pills',
  ],
  ['snijdt zich|sneed zich|(?:zichzelf|mezelf) (?:te )?(?:snijden|gesneden|verwonden)|automutilatie', 'cutting myself'],
  ['vannacht|vanavond', 'tonight'],
];

/**
 * A question about the difference between two findings ("wat is het verschil tussen flauwvallen en een epileptische
 * aanval?"), read as the English general question reads it (`general-question.ts`): it asks about the words, and tells
 * no one's state. Session 61 (T129).
 */
const DIFFERENCE_ASKED: ReadonlyArray<readonly [string, string]> = [
  ['wat is (?:nou |nu |precies )?(?:het|de) verschil tussen', 'what is the difference between'],
  [
    'hoe (?:herken|zie|weet|merk) (?:je|ik|u|men) (?:nou |nu )?(?:het|de) verschil tussen',
    'how do you tell the difference between',
  ],
];

/** Denied, past and hypothetical, and the people findings are told of. */
const MODIFIERS: ReadonlyArray<readonly [string, string]> = [
  [
    'wat (?:moet|moeten|kan|doe) (?:ik|we|je|ge)(?: doen)? als|wat te doen als|stel dat|wat als|mocht (?:hij|zij|ze|het) ',
    'what do i do if',
  ],
  // "Als" opening a message or a sentence asks about a case ("als ik kortademig word, moet ik dan ...": review V38).
  ['(?<=^\\s*|[.!?;]\\s*)(?:als|indien|stel|wanneer)', 'what do i do if'],
  ['als|indien|wanneer', 'if'],
  [
    'vorig jaar|vorige (?:week|maand|zomer|winter)|verleden (?:jaar|week)|(?:\\d+|een paar|twee|drie|paar) (?:jaar|jaren|weken|maanden) geleden|toen (?:ik|hij|ze|zij) (?:klein|jong|kind) was|als kind|vroeger|ooit',
    'last year',
  ],
  [
    '(?:nu|inmiddels|ondertussen|intussen) (?:\\p{L}+ )?(?:weer |is het |gaat het )?(?:goed|beter|over|voorbij|prima|in orde)|(?:is|was) (?:weer )?over|gaat (?:weer )?(?:goed|beter)|weer de oude',
    'is fine now',
  ],
  ['geen', 'no'],
  ['niet', 'not'],
  ["(?:mijn|m'n|me) (?:zoon|zoontje)", 'my son'],
  ["(?:mijn|m'n|me) (?:dochter|dochtertje)", 'my daughter'],
  ["(?:mijn|m'n|me) (?:kind|kindje|kleine)", 'my child'],
  ['(?:ons|het|dat|een) (?:kind|kindje)', 'our child'],
  ["(?:mijn|m'n|me) (?:moeder|mama|ma|moeke)", 'my mother'],
  ["(?:mijn|m'n|me) (?:vader|papa|pa|vake)", 'my father'],
  ["(?:mijn|m'n|me) (?:man|echtgenoot|vriend)", 'my husband'],
  ["(?:mijn|m'n|me) (?:vrouw|echtgenote|vriendin)", 'my wife'],
  ["(?:mijn|m'n|me) (?:oma|grootmoeder|bomma|meme)", 'my grandmother'],
  ["(?:mijn|m'n|me) (?:opa|grootvader|bompa|pepe)", 'my grandfather'],
  ['plots(?:eling|eens)?|opeens|ineens|ineen keer|in een keer', 'suddenly'],
];

export const DUTCH: LanguageLexicon = {
  language: 'Dutch',
  script: 'latin',
  markers: [
    'hij',
    'zij',
    'het',
    'een',
    'ook',
    'erg',
    'heel',
    'veel',
    'nu',
    'ik',
    'wij',
    'jij',
    'zijn',
    'haar',
    'wat',
    'moet',
    'kan',
    'kun',
    'doet',
    'sinds',
    'gisteren',
    'vandaag',
    'vanochtend',
    'vanmorgen',
    'naar',
    'bij',
    'maar',
    'nog',
    'wel',
    'ze',
    'zo',
    'moeder',
    'vader',
    'zoon',
    'dochter',
    'gewoon',
    'eigenlijk',
    'echt',
    'ge',
    'gij',
    'nen',
  ],
  ownWords: [
    // Session 63 (T140): wrists cut and a meal of shellfish told in a few words of their own.
    'polsen',
    'doorgesneden',
    'garnalen',
    'pijn',
    'borst',
    'borstkas',
    'ademen',
    'ademt',
    'benauwd',
    'kortademig',
    'bewusteloos',
    'flauwgevallen',
    'reageert',
    'bloed',
    'bloedt',
    'bloeding',
    'koorts',
    'zwanger',
    'opgezwollen',
    'gezwollen',
    'hoofd',
    'gestoten',
    'overgeven',
    'braken',
    'stuipen',
    'aanval',
    'zelfmoord',
    'pillen',
    'tabletten',
    'slikt',
    'geslikt',
    'ingeslikt',
    'gedronken',
    'dochtertje',
    'zoontje',
    'kindje',
    'vriendin',
    'echtgenoot',
    'huisarts',
    'huisartsenpost',
    'spoedeisende',
    'ziekenhuis',
    'lippen',
    'verward',
    'stijve',
    'drinkt',
    'uitslag',
    'zweet',
    'hulp',
    'alsjeblieft',
    'alstublieft',
    'dringend',
    'niet',
    'geen',
    'mijn',
    'heeft',
    // Session 57 (T104): words a short message or a line mixed with English holds alone ("oma is ineens in de war").
    'ineens',
    'opeens',
    'plotseling',
    'plots',
    'scheef',
    'zegt',
    'praat',
    'kreeg',
    'krijgt',
    'wakker',
  ],
  phrases: [
    // Session 63 (T140): one's wrists cut, told in the perfect (NICE NG225).
    ['(?:mijn |zijn |haar )?(?:polsen|pols|aders) (?:door|open)ge(?:sneden|sneeden)', 'i cut my wrists'],
    // Session 63 (T140): the food told before the verb, as a note is typed ("garnalen gegeten, keel gaat dicht").
    [
      '(?:pinda|pindas|noten|nootjes|pindakaas|garnalen|schaaldieren|mosselen|sesam|kiwi)\\p{L}* (?:gegeten|op(?:gegeten)?|geproefd)(?![\\p{L}])',
      'after eating peanuts',
    ],
    ...DUTCH_TAKEN_AS_PRESCRIBED,
    ...DUTCH_FITS_AND_BLEEDS_THAT_WILL_NOT_STOP,
    ...RED_FLAGS,
    ...DIFFERENCE_ASKED,
    ...MODIFIERS,
  ],
  words: {
    ik: 'i',
    hij: 'he',
    zij: 'she',
    ze: 'she',
    wij: 'we',
    we: 'we',
    mijn: 'my',
    zijn: 'his',
    haar: 'her',
    onze: 'our',
    en: 'and',
    maar: 'but',
    nu: 'now',
    vandaag: 'today',
    gisteren: 'yesterday',
    sinds: 'since',
    al: 'already',
    minuten: 'minutes',
    minuut: 'minute',
    uur: 'hours',
    uren: 'hours',
    graden: 'degrees',
    erg: 'very',
    heel: 'very',
    zeer: 'very',
    veel: 'a lot',
    beetje: 'a little',
    ernstig: 'severe',
    ernstige: 'severe',
    hevig: 'severe',
    hevige: 'severe',
    pijn: 'pain',
    buikpijn: 'stomach ache',
    hoofdpijn: 'headache',
    keelpijn: 'sore throat',
    buik: 'stomach',
    hoofd: 'head',
    zoon: 'son',
    dochter: 'daughter',
    peuter: 'toddler',
    kleuter: 'child',
    moeder: 'mother',
    vader: 'father',
    oma: 'grandmother',
    opa: 'grandfather',
    vriend: 'friend',
    duizelig: 'dizzy',
    hoest: 'cough',
    hoesten: 'cough',
    verkouden: 'a cold',
    griep: 'flu',
    diarree: 'diarrhoea',
    misselijk: 'nauseous',
    moe: 'tired',
    zwak: 'weak',
    jeuk: 'itchy',
    snee: 'a cut',
    gevallen: 'fell',
    aangereden: 'was hit by a car',
    ongeluk: 'an accident',
    bleek: 'pale',
    koud: 'cold',
    been: 'leg',
    rug: 'back',
    medicijnen: 'medicine',
    pillen: 'pills',
    tabletten: 'tablets',
    paracetamol: 'paracetamol',
    insuline: 'insulin',
    alcohol: 'alcohol',
    gedronken: 'drank',
    geslikt: 'swallowed',
    ingeslikt: 'swallowed',
    ingenomen: 'took',
    gegeten: 'ate',
    hulp: 'help',
    help: 'help',
    snel: 'quickly',
    dringend: 'urgently',
    normaal: 'normal',
    goed: 'fine',
    beter: 'better',
    lang: 'long',
    nog: 'still',
    steeds: 'still',
    weer: 'again',
    wil: 'want',
    kan: 'can',
    gevaarlijk: 'dangerous',
    spoed: 'emergency',
    huisarts: 'doctor',
    dokter: 'doctor',
    ziekenhuis: 'hospital',
    maanden: 'months',
    jaar: 'years',
    oud: 'old',
    mes: 'knife',
    touw: 'rope',
    plan: 'plan',
    morgen: 'tomorrow',
    dood: 'dead',
    word: 'get',
    wordt: 'gets',
    dan: 'then',
    bellen: 'call',
    bloed: 'blood',
    ben: 'am',
    gevoel: 'feeling',
    heeft: 'has',
  },
};

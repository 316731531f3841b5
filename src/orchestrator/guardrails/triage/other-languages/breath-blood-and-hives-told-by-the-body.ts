import { toldAnywhere, toldNowhere, type LexiconPhrases } from './language-lexicon.js';

/**
 * Session 55 (T92): three kinds the European lexicons read only when told with a clinician's noun, told here the way a
 * frightened speaker tells them, by what the body does (NHS 111 and Manchester Triage: inadequate breathing, major
 * haemorrhage, anaphylaxis; Resuscitation Council UK):
 * - breathing too short to finish a sentence ("schafft keinen ganzen Satz mehr") and a child's ribs sucking in with each
 *   breath ("die Rippen ziehen sich ein", "as costelas afundam", "западают рёбра");
 * - a bleed that soaks a cloth through and keeps coming ("das Handtuch ist durchgeblutet", "zuppo di sangue",
 *   "continua a sanguinare");
 * - hives over the whole body with faintness ("mir wird schwarz vor Augen", "mi sento svenire", "темнеет в глазах"),
 *   which the English rules weigh as anaphylaxis, and a sting told by its verb ("mi ha punto un'ape").
 * Breathlessness that passes quickly after stairs or sport is told as passing ("ça passe vite", "быстро проходит"), so
 * the English rules read an ordinary exertion, as they do in English. A nosebleed, the gums or a drop of blood keep a bleed
 * that goes on unread. Folded, as the lexicons are.
 */

const CANNOT_FINISH_A_SENTENCE = 'he cannot finish a sentence';
const RIBS_SUCKING_IN = 'ribs sucking in';
const SOAKED_WITH_BLOOD = 'soaked with blood';
const KEEPS_BLEEDING = 'it keeps bleeding';
const HIVES_ALL_OVER = 'hives all over';
const FEELS_FAINT = 'i feel faint';
const STUNG = 'stung by a wasp';
const PASSES_QUICKLY = 'it passes quickly';

/**
 * Breath, air or a blue colour told anywhere in the message: a sentence not finished for want of breath, not a child
 * who stutters or is learning a language.
 */
const BESIDE_BREATH = {
  german: toldAnywhere('(?:luft|atem|atmet|atmen|keucht|japst|schnauft|lippen|blau|asthma)'),
  spanish: toldAnywhere('(?:ahog|aire|respir|falta|jade|morad|azul|asma|pecho)'),
} as const;

/**
 * Running, stairs, sport or effort told anywhere in the message: breathlessness passing quickly after it is an ordinary
 * exertion; a chest pain or a breathlessness at rest that passes is not read so.
 */
const BESIDE_EXERTION = {
  portuguese: `${toldAnywhere('(?:corr|escada|exercicio|esforco|academia|treino|futebol|subir|bicicleta)')}${toldNowhere('(?:desmai|apag|roxo|roxa|azul|boca torta|fala|braco|peito|tosse|primeira vez)')}`,
  french: `${toldAnywhere('(?:sport|course|couru|courir|escalier|effort|monte|velo|footing|jogging|entrainement)')}${toldNowhere('(?:evanoui|malaise|connaissance|bleu|violet|travers|parler|visage|bras|poitrine|thorax|toux|premiere fois)')}`,
  russian: `${toldAnywhere('(?:бег|лестниц|нагрузк|спорт|подъем|подъём|тренир|зарядк)')}${toldNowhere('(?:сознани|обморок|сине|посине|лиц|рук|речь|груд|кашл|впервые|повторя)')}`,
} as const;

/**
 * Hives, a sting, a swelling or a food told anywhere in the message: faintness beside them is the circulation failing in
 * anaphylaxis; faintness on standing up for years is not.
 */
const BESIDE_AN_ALLERGY = {
  german: toldAnywhere(
    '(?:nessel|quaddel|stich|biene|wespe|allerg|geschwollen|schwillt|nuss|nusse|erdnuss|garnele|krabbe)',
  ),
  italian: toldAnywhere('(?:orticaria|pomfi|punt[oa]|ape|vespa|allerg|gonfi|arachid|noccio|gamber)'),
  russian: toldAnywhere('(?:крапивниц|сып|оса|осы|пчел|укус|ужал|аллерг|отек|отёк|опух|арахис|орех|кревет)'),
  polish: toldAnywhere('(?:pokrzywk|wysypk|osa|osy|pszczol|uzadl|uczul|alerg|spuch|puchnie|orzech|krewetk)'),
} as const;

export const GERMAN_BREATH_BLOOD_AND_HIVES: LexiconPhrases = [
  [
    `(?:schafft|schaffe|schaffst|kann|konnte|bringt|bekommt|kriegt|kriege) (?:keinen|kaum (?:noch )?einen|nicht mal (?:mehr )?einen) (?:ganzen |vollstandigen )?satz(?: mehr)?(?: (?:zu ende|raus|heraus|am stuck))?(?: (?:sprechen|sagen|reden|beenden))?${BESIDE_BREATH.german}`,
    CANNOT_FINISH_A_SENTENCE,
  ],
  [
    '(?:zieh(?:en|t) sich|sind) (?:(?:die|seine|ihre|bei jedem atemzug die) )?rippen (?:\\p{L}+ ){0,3}(?:ein|eingezogen)(?![\\p{L}])|(?:die |seine |ihre )?rippen (?:zieh(?:en|t) sich|sind) (?:\\p{L}+ ){0,3}(?:ein|eingezogen)(?![\\p{L}])|einziehungen (?:zwischen den rippen|an den rippen|am brustkorb|am hals)|(?:die |seine |ihre )?rippen (?:sich )?einziehen',
    RIBS_SUCKING_IN,
  ],
  [
    '(?:voll(?:standig)? |komplett |total |ganz )?(?:durchgeblutet|vollgeblutet|blutgetrankt|blutdurchtrankt)|mit blut (?:vollgesogen|getrankt|durchtrankt)',
    SOAKED_WITH_BLOOD,
  ],
  [
    `(?:es |sie |er |die wunde |das bein |der arm )?blutet (?:immer )?(?:weiter|noch immer|ohne ende)(?![\\p{L}])${toldNowhere('(?:nase|nasenbluten|zahnfleisch|pickel|tropf|bisschen|ein wenig|kleine[nrs]? |periode|regel|leicht|tattoo|piercing|pflaster)')}`,
    KEEPS_BLEEDING,
  ],
  [
    '(?:nesselsucht|quaddeln|nesselausschlag) (?:\\p{L}+ ){0,2}(?:uberall|am ganzen korper)|(?:uberall|am ganzen korper) (?:nesselsucht|quaddeln|nesselausschlag)',
    HIVES_ALL_OVER,
  ],
  [
    `(?:(?:mir |ihm |ihr )?wird (?:es )?schwarz vor (?:den )?augen|(?:ich |er |sie )?(?:werde|wird) gleich ohnmachtig)${BESIDE_AN_ALLERGY.german}`,
    FEELS_FAINT,
  ],
];

export const SPANISH_BREATH_BLOOD_AND_HIVES: LexiconPhrases = [
  [
    `no (?:puede|puedo|podia|pudo) (?:decir|hablar|pronunciar) (?:ni )?(?:dos|tres) palabras(?: seguidas| juntas)?${BESIDE_BREATH.spanish}`,
    CANNOT_FINISH_A_SENTENCE,
  ],
];

export const ITALIAN_BREATH_BLOOD_AND_HIVES: LexiconPhrases = [
  [
    '(?:le )?costole (?:che )?(?:rientrano|si ritirano|si infossano|affondano|tirano)|rientramenti (?:intercostali|tra le costole)',
    RIBS_SUCKING_IN,
  ],
  ['(?:(?:e|era) )?(?:zupp[oa]|intris[oa]|impregnat[oa]|fradici[oa]|inzuppat[oa]) di sangue', SOAKED_WITH_BLOOD],
  [
    `(?:(?:continua|continuava) a (?:sanguinare|perdere sangue|uscire sangue)|non (?:smette|smetteva|la smette) (?:piu )?di (?:sanguinare|perdere sangue))${toldNowhere('(?:naso|gengiv|brufol|goccia|goccioline|un po|ciclo|mestru|leggermente|poco poco|taglietto|graffio|cerotto|tatuaggio|piercing)')}`,
    KEEPS_BLEEDING,
  ],
  [
    "(?:mi |gli |le |ci )?(?:ha|hanno) punt[oaie] (?:un[a']? ?)?(?:ape|vespa|calabrone|insetto)|punt[oa] da (?:un[a']? ?)?(?:ape|vespa|calabrone)",
    STUNG,
  ],
  ['orticaria (?:\\p{L}+ ){0,2}(?:dappertutto|ovunque|su tutto il corpo|in tutto il corpo)', HIVES_ALL_OVER],
  [`(?:mi sento|si sente|sto per|sta per|mi sembra di) svenire${BESIDE_AN_ALLERGY.italian}`, FEELS_FAINT],
];

export const PORTUGUESE_BREATH_BLOOD_AND_HIVES: LexiconPhrases = [
  [
    '(?:as )?costelas (?:\\p{L}+ ){0,4}(?:afundam|afundando|afundar|afundadas|puxam|puxando|repuxando|entram|entrando|marcam ao respirar)|(?:afundam|afundando|puxando) (?:as )?costelas|tiragem (?:intercostal|subcostal)',
    RIBS_SUCKING_IN,
  ],
  [`passa (?:rapido|logo|sozinho|em (?:poucos|alguns) minutos)${BESIDE_EXERTION.portuguese}`, PASSES_QUICKLY],
];

export const RUSSIAN_BREATH_BLOOD_AND_HIVES: LexiconPhrases = [
  [
    '(?:западают|западает|втягиваются|втягивается|проваливаются|проваливается) (?:\\p{L}+ ){0,2}(?:ребра|рёбра|межреберья|межрёберья|межреберные промежутки|ямка)|(?:ребра|рёбра|межреберья|межрёберья) (?:\\p{L}+ ){0,2}(?:западают|втягиваются|проваливаются)',
    RIBS_SUCKING_IN,
  ],
  [
    '(?:кровь|кровотечение) (?:\\p{L}+ )?(?:не переставая|не прекращается|не останавливается|без остановки)|(?:течет|течёт|идет|идёт|льется|льётся) не переставая',
    KEEPS_BLEEDING,
  ],
  [
    `(?:бинт|повязка|полотенце|тряпка|футболка|марля|простыня) (?:\\p{L}+ ){0,2}(?:промок\\p{L}*|пропитал\\p{L}*)${toldAnywhere('кров')}`,
    SOAKED_WITH_BLOOD,
  ],
  ['крапивниц\\p{L}* (?:по всему телу|на всем теле|на всём теле|везде|по всему)', HIVES_ALL_OVER],
  [
    `(?:(?:темнеет|потемнело|темно) в глазах|(?:сейчас |вот-вот )?(?:потеряю|потеряет) сознание)${BESIDE_AN_ALLERGY.russian}`,
    FEELS_FAINT,
  ],
  [
    `(?:(?:быстро|сразу|скоро) проход(?:ит|ят)|проход(?:ит|ят) (?:быстро|сразу|сам|сама|само))${BESIDE_EXERTION.russian}`,
    PASSES_QUICKLY,
  ],
];

export const FRENCH_BREATH_BLOOD_AND_HIVES: LexiconPhrases = [
  [
    `(?:ca |cela |ca me |ca lui )?passe (?:vite|rapidement|tout seul|en quelques minutes|au repos)${BESIDE_EXERTION.french}`,
    PASSES_QUICKLY,
  ],
];

export const POLISH_BREATH_BLOOD_AND_HIVES: LexiconPhrases = [
  [
    '(?:zapadaj|wciagaj)\\p{L}* sie (?:\\p{L}+ ){0,2}(?:zebra|miedzyzebrza)|(?:zebra|miedzyzebrza) (?:sie )?(?:zapadaj|wciagaj)\\p{L}*',
    RIBS_SUCKING_IN,
  ],
  [
    '(?:recznik|bandaz|opatrunek|koszulka|szmata|gaza) (?:\\p{L}+ ){0,2}(?:przesiakniet\\p{L}*|nasiakniet\\p{L}*) krwia|(?:caly |cala |cale )?przesiakniet\\p{L}* krwia',
    SOAKED_WITH_BLOOD,
  ],
  ['pokrzywk\\p{L}* (?:na calym ciele|wszedzie|po calym ciele)', HIVES_ALL_OVER],
  [
    `(?:(?:zaraz )?(?:mdleje|zemdleje)|(?:ciemno|ciemnieje) (?:mi |mu |jej )?przed oczami)${BESIDE_AN_ALLERGY.polish}`,
    FEELS_FAINT,
  ],
  ['(?:po )?(?:uzadleni\\p{L}*|uzadlil\\p{L}*)', STUNG],
];

export const ROMANIAN_BREATH_BLOOD_AND_HIVES: LexiconPhrases = [
  [
    'sange\\p{L}* (?:\\p{L}+ ){0,3}(?:tasneste|tasnea|tasnind|nu se (?:mai )?opreste)|nu se (?:mai )?opreste (?:sangele|sangerarea)|sangereaza (?:intruna|continuu|intr-una|fara oprire)',
    'the bleeding does not stop',
  ],
  [
    '(?:prosopul|bandajul|tricoul|pansamentul) (?:\\p{L}+ ){0,2}(?:imbibat|plin|inmuiat) (?:de|cu) sange',
    SOAKED_WITH_BLOOD,
  ],
];

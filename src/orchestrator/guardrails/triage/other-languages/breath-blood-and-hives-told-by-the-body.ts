import { toldNowhere } from './language-lexicon.js';

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

type Phrases = ReadonlyArray<readonly [string, string]>;

const CANNOT_FINISH_A_SENTENCE = 'he cannot finish a sentence';
const RIBS_SUCKING_IN = 'ribs sucking in';
const SOAKED_WITH_BLOOD = 'soaked with blood';
const KEEPS_BLEEDING = 'it keeps bleeding';
const HIVES_ALL_OVER = 'hives all over';
const FEELS_FAINT = 'i feel faint';
const STUNG = 'stung by a wasp';
const PASSES_QUICKLY = 'it passes quickly';

export const GERMAN_BREATH_BLOOD_AND_HIVES: Phrases = [
  [
    '(?:schafft|schaffe|schaffst|kann|konnte|bringt|bekommt|kriegt|kriege) (?:keinen|kaum (?:noch )?einen|nicht mal (?:mehr )?einen) (?:ganzen |vollstandigen )?satz(?: mehr)?(?: (?:zu ende|raus|heraus|am stuck))?(?: (?:sprechen|sagen|reden|beenden))?',
    CANNOT_FINISH_A_SENTENCE,
  ],
  [
    '(?:zieh(?:en|t) sich|sind) (?:(?:die|seine|ihre|bei jedem atemzug die) )?rippen (?:\\p{L}+ ){0,3}(?:ein|eingezogen)(?![\\p{L}])|(?:die |seine |ihre )?rippen (?:zieh(?:en|t) sich|sind) (?:\\p{L}+ ){0,3}(?:ein|eingezogen)(?![\\p{L}])|einziehungen (?:zwischen den rippen|an den rippen|am brustkorb|am hals)',
    RIBS_SUCKING_IN,
  ],
  [
    '(?:voll(?:standig)? |komplett |total |ganz )?(?:durchgeblutet|vollgeblutet|blutgetrankt|blutdurchtrankt)|mit blut (?:vollgesogen|getrankt|durchtrankt)',
    SOAKED_WITH_BLOOD,
  ],
  [
    `(?:es |sie |er |die wunde |das bein |der arm )?blutet (?:immer )?(?:weiter|noch immer|ohne ende)(?![\\p{L}])${toldNowhere('(?:nase|nasenbluten|zahnfleisch|pickel|tropf|bisschen|ein wenig|kleine[nrs]? |periode|regel)')}`,
    KEEPS_BLEEDING,
  ],
  [
    '(?:nesselsucht|quaddeln|nesselausschlag) (?:\\p{L}+ ){0,2}(?:uberall|am ganzen korper)|(?:uberall|am ganzen korper) (?:nesselsucht|quaddeln|nesselausschlag)',
    HIVES_ALL_OVER,
  ],
  [
    '(?:mir |ihm |ihr )?wird (?:es )?schwarz vor (?:den )?augen|(?:ich |er |sie )?(?:werde|wird) gleich ohnmachtig',
    FEELS_FAINT,
  ],
];

export const ITALIAN_BREATH_BLOOD_AND_HIVES: Phrases = [
  ['(?:(?:e|era) )?(?:zupp[oa]|intris[oa]|impregnat[oa]|fradici[oa]|inzuppat[oa]) di sangue', SOAKED_WITH_BLOOD],
  [
    `(?:(?:continua|continuava) a (?:sanguinare|perdere sangue|uscire sangue)|non (?:smette|smetteva|la smette) (?:piu )?di (?:sanguinare|perdere sangue))${toldNowhere('(?:naso|gengiv|brufol|goccia|goccioline|un po|ciclo|mestru)')}`,
    KEEPS_BLEEDING,
  ],
  [
    "(?:mi |gli |le |ci )?(?:ha|hanno) punt[oaie] (?:un[a']? ?)?(?:ape|vespa|calabrone|insetto)|punt[oa] da (?:un[a']? ?)?(?:ape|vespa|calabrone)",
    STUNG,
  ],
  ['orticaria (?:\\p{L}+ ){0,2}(?:dappertutto|ovunque|su tutto il corpo|in tutto il corpo)', HIVES_ALL_OVER],
  ['(?:mi sento|si sente|sto per|sta per|mi sembra di) svenire', FEELS_FAINT],
];

export const PORTUGUESE_BREATH_BLOOD_AND_HIVES: Phrases = [
  [
    '(?:as )?costelas (?:\\p{L}+ ){0,2}(?:afundam|afundando|afundar|afundadas|puxam|puxando|repuxando|entram|entrando|marcam ao respirar)|(?:afundam|afundando|puxando) (?:as )?costelas|tiragem (?:intercostal|subcostal)',
    RIBS_SUCKING_IN,
  ],
];

export const RUSSIAN_BREATH_BLOOD_AND_HIVES: Phrases = [
  [
    '(?:западают|западает|втягиваются|втягивается|проваливаются|проваливается) (?:\\p{L}+ ){0,2}(?:ребра|рёбра|межреберья|межрёберья|межреберные промежутки|ямка)|(?:ребра|рёбра|межреберья|межрёберья) (?:\\p{L}+ ){0,2}(?:западают|втягиваются|проваливаются)',
    RIBS_SUCKING_IN,
  ],
  ['крапивниц\\p{L}* (?:по всему телу|на всем теле|на всём теле|везде|по всему)', HIVES_ALL_OVER],
  ['(?:темнеет|потемнело|темно) в глазах|(?:сейчас |вот-вот )?(?:потеряю|потеряет) сознание', FEELS_FAINT],
  [
    '(?:быстро|сразу|скоро) проход(?:ит|ят|ит сама|ит сам)|проход(?:ит|ят) (?:быстро|сразу|сам|сама|само)',
    PASSES_QUICKLY,
  ],
];

export const FRENCH_BREATH_BLOOD_AND_HIVES: Phrases = [
  ['(?:ca |cela |ca me |ca lui )?passe (?:vite|rapidement|tout seul|en quelques minutes|au repos)', PASSES_QUICKLY],
];

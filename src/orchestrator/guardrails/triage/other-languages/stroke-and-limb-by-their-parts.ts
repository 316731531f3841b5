/**
 * Session 46 (T59): a stroke and an acutely ischaemic limb told by their parts, in the word families each language
 * tells them with, where the development sets of sessions 38-46 missed them in five languages each.
 * - A stroke told by what the person does (FAST; NICE NG128): words that jam or get mixed up, a mouth that looks
 *   crooked, a hand that can no longer grip, words that cannot be found, seeing double and staggering (posterior
 *   circulation). A mouth crooked from the dentist's anaesthetic is told apart by its cause.
 * - A limb told by its Ps (ESC 2017 peripheral arterial disease: pallor, perishing cold, pulselessness) with the verb
 *   of becoming each language uses before a colour or a temperature ("se le puso helada", "ficou gelada", "è
 *   diventata fredda"), read as the English "went", and a pulse that cannot be felt.
 * Each list is read before its lexicon's other findings (after intent and crisis).
 */

/** Before a pallor, a cold or numbness (never a purple or a blue, which a stain from food also gives): the limb's Ps, whose verb of becoming is read as "went". */
const LIMB_SIGN_AFTER = {
  spanish: '(?= (?:de (?:repente|golpe) )?(?:helad|fri|blanc|palid|dormid|entumid|insensib))',
  portuguese: '(?= (?:de repente |subitamente )?(?:gelad|fri|branc|palid|dormente|insensiv))',
  italian: '(?= (?:di colpo |all.improvviso |improvvisamente )?(?:fredd|gelid|ghiacciat|bianc|pallid))',
} as const;

export const SPANISH_STROKE_AND_LIMB: ReadonlyArray<readonly [string, string]> = [
  [
    '(?:la )?(?:boca|cara) (?:chueca|torcida|caida|dormida)(?: y (?:chueca|torcida|caida|dormida|hinchada))? (?:por|de|desde) (?:la )?(?:anestesia|dentista|muela|inyeccion del dentista)',
    'my mouth is numb from the dentist',
  ],
  [
    '(?:la )?(?:boca|cara) se (?:le |me )?(?:ve|nota|puso|quedo|fue) (?:chueca|torcida|caida|ladeada|desviada|de lado|para un lado)',
    'face drooping',
  ],
  // A stammer since childhood or when nervous is no sudden speech trouble.
  [
    '(?<!tartamud\\p{L}* [^.!?]{0,60})se (?:le |me )?(?:traba|traban|enreda|enredan|revuelven|confunden|trastocan) (?:la lengua|las palabras)(?![^.!?]{0,60}(?:nervios|desde (?:chic|nin|pequen|siempre)|siempre|tartamud))',
    'slurred speech',
  ],
  [
    '(?:ya )?no (?:lo |la |los |las )?(?:puede|podia|pudo) (?:agarrar|sostener|sujetar|apretar)(?![^.!?]{0,60}(?:artritis|artrosis|tunel|desde hace (?:meses|anos)))',
    'weak arm',
  ],
  [`se (?:le |me )?(?:puso|pusieron|quedo|quedaron|volvio|volvieron)${LIMB_SIGN_AFTER.spanish}`, 'went'],
  ['(?:no (?:se le |se )?(?:siente|encuentra|palpa) (?:el )?pulso|sin pulso)', 'no pulse'],
];

export const PORTUGUESE_STROKE_AND_LIMB: ReadonlyArray<readonly [string, string]> = [
  [
    '(?:a )?(?:boca|cara) (?:torta|caida|dormente|de lado)(?: e (?:torta|dormente|inchada))? (?:por causa d[ao]|pela|pelo|da|do) (?:anestesia|dentista|dente)',
    'my mouth is numb from the dentist',
  ],
  ['(?:a )?(?:boca|cara) (?:esta|ficou|parece|ta) (?:torta|caida|de lado|para o lado|pro lado)', 'face drooping'],
  [
    '(?<!gag\\p{L}* [^.!?]{0,60})(?:troca|trocando|trocou|enrola|enrolando|embola|embolando) (?:as |a )?(?:palavras|lingua|fala)(?![^.!?]{0,60}(?:nervos|desde (?:pequen|crianca|sempre)|sempre|gag))',
    'slurred speech',
  ],
  [
    '(?:ja )?(?:nao|n) (?:consegue|conseguia|conseguiu) (?:segurar|agarrar|apertar)(?![^.!?]{0,60}(?:artrite|artrose|tunel|ha (?:meses|anos)))',
    'weak arm',
  ],
  [`(?:ficou|ficaram|esta ficando|ta ficando)${LIMB_SIGN_AFTER.portuguese}`, 'went'],
  ['(?:nao|n) (?:se )?(?:sente|sinto|encontr\\p{L}*|palpa) (?:o )?pulso|sem pulso', 'no pulse'],
];

export const ITALIAN_STROKE_AND_LIMB: ReadonlyArray<readonly [string, string]> = [
  [
    '(?:la )?bocca (?:storta|addormentata|intorpidita)(?: e (?:storta|addormentata|gonfia))? (?:per|dopo|da) (?:l.|la )?(?:anestesia|dentista|dente)',
    'my mouth is numb from the dentist',
  ],
  ['di colpo|tutto (?:a|d.)un colpo', 'suddenly'],
  ['(?:vede|vedeva|vedo|vedevo|ci vede) doppio|visione doppia', 'double vision'],
  ['barcoll\\p{L}*|(?:non sta|non riesce a stare) in piedi|cammina storto|sbanda', 'staggering'],
  ['(?:si )?(?:mangia|impasta|confonde|inverte) le parole|parla (?:impastato|a fatica)', 'slurred speech'],
  ['non (?:trova|trovava|riesce a trovare) le parole', 'cannot find words'],
  [`(?:e |si e )?(?:diventat[oa]|diventa|fatt[oa])${LIMB_SIGN_AFTER.italian}`, 'went'],
  ['(?:non (?:si )?(?:sente|sento|trova|trovo) (?:il )?polso|senza polso)', 'no pulse'],
];

export const FRENCH_STROKE_AND_LIMB: ReadonlyArray<readonly [string, string]> = [
  [
    '(?:ne )?(?:trouve|trouvait|retrouve) (?:plus|pas) (?:ses|les|mes) mots|cherche (?:ses|ses) mots|melange (?:ses|les) mots',
    'cannot find words',
  ],
  ['(?:on ne sent|je ne sens|on sent|je sens) (?:plus |pas )?(?:le |son )?pouls|pas de pouls|sans pouls', 'no pulse'],
];

export const GERMAN_STROKE_AND_LIMB: ReadonlyArray<readonly [string, string]> = [
  [
    '(?:findet|fand|finde) (?:seine |ihre |meine |die )?worte nicht|sucht (?:nach )?(?:worten|seinen worten|ihren worten)',
    'cannot find words',
  ],
  ['(?:fusspulse?|pulse?) (?:nicht|kaum) (?:tastbar|spurbar|zu spuren|zu fuhlen)|kein(?:en)? puls', 'no pulse'],
  ['doppelt sehen|sieht doppelt|sehe doppelt|doppelbilder', 'double vision'],
];

export const CHINESE_STROKE_AND_LIMB: ReadonlyArray<readonly [string, string]> = [
  [
    '(?:摸不到|摸不着|摸唔到|冇)(?:脉搏|脈搏|脉|脈)|(?:脉搏|脈搏|足背动脉|足背動脈)(?:摸不到|摸不着|摸唔到|消失)',
    'no pulse',
  ],
  ['冰冷|冰凉|冰凍|冰冻|发凉|發涼', 'ice cold'],
  ['发白|發白|苍白|蒼白|变白|變白', 'white'],
  ['(?:左|右)?(?:下肢|腿|脚)(?=[^，,。]{0,4}(?:冰冷|冰凉|发凉|發涼|发白|發白|苍白|蒼白|变白))', 'leg went'],
  ['(?:看东西|睇嘢)?(?:重影|看成两个|睇到兩個)', 'double vision'],
];

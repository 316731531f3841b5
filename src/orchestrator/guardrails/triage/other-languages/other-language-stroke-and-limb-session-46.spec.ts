import { describeRulesAndProduct, type LabelledMessages } from '../../../../../test/support/triage-probe-table.js';

/**
 * Session 46 (T59): two kinds the development sets of sessions 38-46 missed in five languages each, read as word
 * families rather than sentences.
 * - A stroke told by what the person does (FAST; NICE NG128): words that jam or come out mixed, talk without sense, a
 *   mouth that looks crooked, a hand that drops what it holds and cannot grip, seeing double then staggering.
 * - An acutely ischaemic limb told by its Ps in a row, with the verb of becoming each language uses ("se le puso",
 *   "ficou", "ist ... geworden") or none ("Bein eiskalt, weiß"), and a pulse that cannot be felt (ESC 2017 PAD).
 * Look-alikes: an anaesthetised mouth after the dentist, a lifelong stammer, a leg gone to sleep and back, hands white
 * in the cold (Raynaud's). Written from the protocols, never from a labelled set. On the unchanged rules (main 7ed525f):
 * see the commit that brought them.
 */
const EMERGENCIES: LabelledMessages = [
  ['es', 'a mi abuelo de golpe se le traban las palabras y la boca se le ve chueca'],
  ['es', 'mi mamá de repente no puede agarrar la taza con la mano izquierda y habla cosas sin sentido'],
  ['es', 'a mi papá se le cayó el vaso de la mano derecha de repente y ya no lo puede sostener, hace 20 minutos'],
  ['es', 'de repente la pierna izquierda se le puso helada y blanca, le duele mucho y no siente los dedos'],
  ['es', 'la pierna de mi tío está fría, pálida, no se le siente el pulso en el pie'],
  ['pt', 'a minha avó de repente começou a trocar as palavras e a boca ficou torta'],
  ['pt', 'o meu pai deixou cair o copo da mão direita de repente e não consegue segurar nada, fala enrolado'],
  ['pt', 'de repente a perna ficou gelada e branca, dói muito e não sinto os dedos'],
  ['it', 'mio nonno all’improvviso ha la bocca storta e non riesce a parlare bene'],
  ['it', 'mia zia improvvisamente vede doppio, barcolla e vomita, da mezz’ora'],
  ['it', 'la gamba destra è diventata di colpo fredda e bianca, fa malissimo e non sento le dita'],
  ['fr', 'ma mère a soudain la bouche de travers et elle mélange ses mots'],
  ['fr', 'mon père ne trouve plus ses mots et laisse tomber sa tasse de la main droite depuis 20 minutes'],
  ['fr', 'ma jambe est devenue brutalement froide et blanche, très douloureuse, je ne sens plus mes orteils'],
  ['de', 'mein Opa hat plötzlich einen schiefen Mund und redet wirres Zeug'],
  ['de', 'meine Mutter lässt plötzlich die Tasse aus der rechten Hand fallen und findet ihre Worte nicht'],
  ['de', 'seit einer Stunde ist mein linkes Bein eiskalt, weiß und tut sehr weh, ich spüre die Zehen kaum'],
  ['zh', '我爸爸突然说话不清楚，嘴巴歪了，右手拿不住杯子'],
  ['zh', '阿爺突然講嘢唔清楚，個嘴歪咗'],
  ['zh', '我妈妈的左腿突然冰冷、发白，很痛，脚背摸不到脉搏'],
];

const LOOK_ALIKES: LabelledMessages = [
  ['es', 'tengo la boca chueca y dormida por la anestesia del dentista, ¿cuánto tarda en pasar?'],
  ['es', 'mi hijo tartamudea desde chiquito, se le traban las palabras cuando está nervioso, ¿a qué especialista voy?'],
  ['es', 'se me durmió la pierna por estar sentado mucho rato y ya se me pasó'],
  ['pt', 'quando faz frio as minhas mãos ficam brancas e geladas, depois voltam ao normal, é Raynaud?'],
  ['it', 'ho la bocca storta per l’anestesia del dentista, quando passa?'],
  ['fr', "quand il fait froid mes doigts deviennent blancs puis rouges, c'est le syndrome de Raynaud ?"],
  ['de', 'mein Bein ist eingeschlafen, weil ich lange gekniet habe, jetzt kribbelt es und wird wieder gut'],
  ['zh', '我冬天手脚都冰冷，一直都这样，需要吃什么调理吗？'],
];

describeRulesAndProduct(
  'other-language stroke and ischaemic limb told by their parts (session 46)',
  EMERGENCIES,
  LOOK_ALIKES,
);

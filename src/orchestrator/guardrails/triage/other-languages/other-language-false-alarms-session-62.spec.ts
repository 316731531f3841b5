import { otherLanguageReading } from './other-language-reading.js';
import {
  describeKindsFlaggedByProduct,
  type LabelledProbeKind,
} from '../../../../../test/support/triage-probe-table.js';

/**
 * Session 62 (T134): false alarms told in other languages, by kind, written from the protocols and never from a labelled
 * set, each with the emergencies that share its words:
 * - a span of weeks or months told the language's way (`span-of-time-told-as-an-age.ts`), which the bare "# semaines"
 *   read as a baby's age; a baby's age told with the baby stays an age (NICE NG143);
 * - the teller bringing a chest pain back by pressing on it, told in the language's own verb
 *   (`chest-pain-pressed-by-the-teller.ts`): the chest wall's, with no cardiac feature (MTS chest pain); sweating,
 *   breathlessness or a pain spreading to the arm keeps it an emergency, and "me aprieta" (it squeezes) is the heart's;
 * - the climb that brings breathlessness on, told with the gerund or a slope (`climbing-told-as-it-is-done.ts`):
 *   exertion that settles is no emergency (NHS 111); breathless at rest, blue lips, a faint or a chest pain with
 *   sweating on the climb stay emergencies.
 * - an alarm word inside the language's idiom of anger or overwork (`alarm-words-in-idioms-session-62.ts`): "气得我吐血",
 *   "heart attack aa jaayega", "nalulunod ako sa trabaho", read as "this work is killing me" is; blood vomited, a heart
 *   attack that came and a child drowning stay emergencies.
 * - Chinese's disclaimer that nobody is ill now (`modifiers/chinese-nobody-ill-now.ts`) beside a question on a first
 *   step, asked in advance; a sign told of someone now, or a fit going on, stays an emergency.
 * - a baby's fever the day after the 8-week jabs or MenB, told by the visit the language's way
 *   (`infant-jabs-told-by-their-visit.ts`), as the English rule reads it (NHS: an expected fever); a baby under 8
 *   weeks, a fever for days, a floppy baby or a rash keeps the emergency (NICE NG143).
 * Emergencies must be flagged by the product; look-alikes stay quiet by the rules and the product alike.
 */
const KINDS: readonly LabelledProbeKind[] = [
  {
    kind: 'a chest pain the teller brings back by pressing, in the language’s verb; a cardiac feature keeps it',
    emergencies: [
      ['es', 'me duele el pecho cuando camino o me aprieto, y estoy sudando frío y me falta el aire'],
      ['es', 'mi papá tiene dolor en el pecho que le aprieta y le baja al brazo'],
      ['ms', 'dada sakit bila tekan, berpeluh dan sesak nafas, sakit menjalar ke lengan kiri'],
      ['de', 'Brustschmerzen wenn ich draufdrücke, kalter Schweiß und Atemnot, strahlt in den linken Arm'],
      ['sw', 'nina maumivu kifuani nikibonyeza, natoka jasho jingi na sipumui vizuri'],
      ['sw', 'vipele vyekundu havipotei nikibonyeza kwa glasi, mtoto ana homa kali'],
    ],
    lookAlikes: [
      [
        'es',
        'me duele el pecho del lado derecho cuando giro el volante o me aprieto ahí, desde que cargué cajas. Respiro bien.',
      ],
      [
        'es',
        'tengo dolor en el pecho cuando me estiro o me aprieto con el dedo desde el gimnasio, no me falta el aire ni sudo',
      ],
      ['sw', 'nina maumivu kifuani nikibonyeza, tangu nibebe magunia jana, sina pumzi fupi'],
      ['ms', 'dada sakit bila tekan lepas angkat barang, tak sesak nafas, tak berpeluh'],
      ['id', 'dada saya nyeri kalau saya tekan sejak angkat galon, tidak sesak napas'],
      ['de', 'Brustschmerzen wenn ich draufdrücke, seit ich Kisten getragen habe, keine Atemnot'],
    ],
  },
  {
    kind: 'breathlessness on a climb told with the gerund or a slope; at rest, blue lips or a faint stay emergencies',
    emergencies: [
      ['es', 'me quedo sin aire subiendo las escaleras y ahora también sentado, tengo los labios morados'],
      ['fr', "essoufflé en montant l'escalier et maintenant même au repos, il n'arrive plus à parler"],
      ['pt', 'meu pai desmaiou subindo a escada e não acorda'],
      [
        'fr',
        "mon père a eu une douleur dans la poitrine en montant l'escalier, il transpire et il a mal au bras gauche",
      ],
      ['pt', 'subindo a ladeira ele ficou com dor no peito forte e suando frio, ainda não passou'],
    ],
    lookAlikes: [
      ['fr', "je suis un peu essoufflé en montant l'escalier depuis des années, sinon ça va"],
      ['es', 'me quedo sin aire subiendo las escaleras, se me pasa al pararme'],
      ['pt', 'fiquei sem fôlego subindo o morro com as compras, mas parei um pouco e passou, já estou normal'],
      ['es', 'me agito subiendo la cuesta del cerro con la mochila, descanso un minuto y ya estoy bien'],
      ['it', 'mi manca un po’ il fiato salendo la salita con la spesa, poi mi fermo e passa'],
    ],
  },
  {
    kind: 'an alarm word in the language’s idiom of anger or overwork; the finding itself stays an emergency',
    emergencies: [
      ['zh', '他被车撞了，一直在吐血，叫不醒'],
      ['zh', '我累得不行，刚才突然吐了一大口血，头晕'],
      ['hi', 'mere pati ko heart attack aa gaya hai, seene me tez dard'],
      ['tl', 'nalunod ang kapatid ko sa dagat, hindi siya humihinga'],
      ['tl', 'nalulunod ang anak ko sa pool, hindi humihinga'],
    ],
    lookAlikes: [
      ['zh', '这个作业难得我要吐血了'],
      ['zh', '气死我了，我快被他气吐血了'],
      ['zh', '今天客户改了十次方案，气得我吐血'],
      ['hi', 'itni meetings hain aaj ki heart attack aa jayega yaar'],
      ['tl', 'nalulunod na ako sa trabaho this week, ang daming deadlines haha'],
      ['tl', 'nalulunod kami sa utang ngayon, ano pwede gawin'],
    ],
  },
  {
    kind: 'a first step asked with Chinese’s “nobody is ill now”; a sign told of someone now stays an emergency',
    emergencies: [
      ['zh', '如果我妈现在嘴歪了算不算中风？她刚才突然说不出话'],
      ['zh', '如果孩子现在抽筋了怎么办？他已经抽了五分钟了'],
      ['zh', '现在没人有事，但是我爸刚才突然嘴歪了，说话不清楚'],
      ['zh', '我爸突然嘴歪了，说话不清楚，现在怎么办？'],
    ],
    lookAlikes: [
      ['zh', '家族群里转了篇文章，想问一下如果老人突然嘴歪，第一步应该干嘛？现在没人有事'],
      ['zh', '如果小孩抽筋了第一步该怎么做？现在家里人都好好的，只是问问'],
      ['zh', '如果老人突然说不出话，第一步做什么？我家现在都好好的'],
    ],
  },
  {
    kind: 'a fever after the 8-week jabs or MenB told by the visit; under 8 weeks, days of fever or a red flag stay',
    emergencies: [
      ['es', 'mi bebé de 6 semanas tiene 38,5 de fiebre y no quiere comer'],
      ['fr', 'mon bébé de 2 mois a 38,5 depuis les vaccins il y a 3 jours, il ne boit plus et il est mou'],
      [
        'es',
        'mi bebé de 4 meses tiene fiebre de 38,5 desde hace 3 días después de las vacunas, no come, está muy dormido',
      ],
      [
        'fr',
        "mon bébé de 10 semaines a eu ses vaccins ce matin et ce soir il a 38,5 et une éruption qui ne s'efface pas",
      ],
      ['es', 'mi bebé de 5 semanas le pusieron la vacuna de la hepatitis y tiene 38,3'],
    ],
    lookAlikes: [
      ['es', 'a mi bebé de 8 semanas le han puesto hoy las vacunas con la de la meningitis B y tiene 38,1, come bien'],
      ['fr', 'mon bébé a eu ses vaccins de 2 mois hier, il a 38 et il est un peu grognon, il boit bien ses biberons'],
      ['fr', 'ma fille a eu ses vaccins des deux mois hier soir, elle a 38,2 ce matin mais elle tète bien'],
    ],
  },
];

describeKindsFlaggedByProduct('other-language false alarms of session 62', KINDS);

describe('a span of weeks or months told the language’s way is no baby’s age', () => {
  it.each([
    'ça fait 3 semaines que je dors mal et je pleure tout le temps',
    'pendant 3 semaines j’ai toussé la nuit',
    'j’ai des maux de tête toutes les 2 semaines',
    'sono 2 mesi che ho mal di schiena',
    'ho la tosse per 3 settimane ormai',
  ])('reads %s without an age', (text) => {
    expect(otherLanguageReading(text)?.english).not.toMatch(/(?:weeks|months) old/);
  });

  it.each([
    'mon bébé de 3 semaines a 38,5 de fièvre',
    'ma fille a 3 semaines et elle a 38,4',
    'il mio bambino di 3 settimane ha 38,5 di febbre',
  ])('still reads the baby’s age in %s', (text) => {
    expect(otherLanguageReading(text)?.english).toMatch(/weeks old/);
  });
});

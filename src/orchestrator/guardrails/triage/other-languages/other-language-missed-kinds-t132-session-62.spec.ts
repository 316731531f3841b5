import {
  describeKindsFlaggedByProduct,
  type LabelledProbeKind,
} from '../../../../../test/support/triage-probe-table.js';

/**
 * Session 62 (T132): self-harm, poisoning, bleeding, head injury and obstetric emergencies the other-language readers
 * missed, by kind, written from the protocols and never from a labelled set, each with the look-alikes that share its
 * words:
 * - suicide told indirectly (`wish-to-stay-no-longer-and-wrists-cut.ts`; NICE NG225, the Samaritans' warning signs):
 *   not wanting to be here any more as a whole clause, an apology for everything with a pet handed on, wrists cut, a
 *   farewell letter, things given away and a rope laid ready; a city, a job or a move left, and a cat looked after for
 *   a holiday stay quiet.
 * Emergencies must be flagged by the product; look-alikes stay quiet by the rules and the product alike.
 */
const KINDS: readonly LabelledProbeKind[] = [
  {
    kind: 'suicide told indirectly: not wanting to be here any more, a pet handed on with an apology, wrists cut',
    emergencies: [
      ['it', 'non voglio più stare qui, ho già scritto una lettera a mia sorella'],
      ['it', 'mia cugina non vuole più stare al mondo, ha nascosto le pastiglie'],
      ['fr', 'je ne veux plus être là, la corde est prête'],
      ['de', 'ich will nicht mehr hier sein, das Seil liegt bereit'],
      ['de', 'Hab alles verschenkt. Das Seil liegt im Keller. Wollte mich nur verabschieden.'],
      ['id', 'aku gak mau ada di sini lagi, talinya sudah siap'],
      ['tr', 'artık burada olmak istemiyorum, ip hazır'],
      ['pl', 'nie chcę już tu być, sznur jest gotowy'],
      ['ru', 'не хочу больше быть здесь, верёвка уже готова'],
      ['ar', 'ما بدي ضل هون، الحبل جاهز'],
      ['pt', 'ela mandou "desculpa por tudo, cuida do meu cachorro" e não atende'],
      ['pt', 'meu amigo mandou foto do pulso cortado e não responde'],
      ['it', 'mi ha scritto "scusa per tutto, prenditi cura del mio gatto" e ha spento il telefono'],
      ['de', 'sie schrieb "sorry für alles, kümmert euch um meine Katze"'],
      ['vi', 'em tôi cắt cổ tay, máu nhiều lắm'],
      ['hi', 'mere bhai ne apni nas kaat li, bahut khoon aa raha hai'],
      ['ar', 'اختي كتبت رسالة وداع وقفلت على حالها'],
      ['bn', 'amar bondhu post dilo "sobai bhalo theko", tarpor phone dhorche na, room e ghumer oshudh er pata'],
    ],
    lookAlikes: [
      ['it', 'non voglio più stare qui in questa città, mi trasferisco a Milano'],
      ['it', 'non voglio più stare qui, questo lavoro mi stressa'],
      ['fr', 'je ne veux plus être là-bas, ce travail est nul'],
      ['de', 'ich will nicht mehr hier sein, ich suche mir einen neuen Job'],
      ['de', 'ich habe meine alten Klamotten verschenkt, weil ich umziehe'],
      ['tr', 'artık burada olmak istemiyorum, başka şehre taşınıyorum'],
      ['ru', 'не хочу больше быть здесь, на этой работе'],
      ['es', 'perdón por todo el lío, ¿me cuidas a mi gato el fin de semana?'],
      ['pt', 'desculpa por tudo, cuida do meu gato enquanto eu viajo?'],
      ['ar', 'كتبت رسالة وداع لزملائي في الشغل قبل التقاعد'],
    ],
  },
];

describeKindsFlaggedByProduct('other-language missed kinds of T132, session 62', KINDS);

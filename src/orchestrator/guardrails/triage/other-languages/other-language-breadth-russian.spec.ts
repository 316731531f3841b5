import { describeTriageProbes, type TriageProbeTable } from '../../../../../test/support/triage-probe-table.js';

/**
 * Issue 11 breadth in Russian (with and without ё): collapse, a face or arm gone suddenly, seizure, bleeding,
 * vomiting blood, lips and tongue swelling after nuts, a child who swallowed pills, suicide, pregnancy, an infant's
 * fever, spreading chest pain, the worst headache of a life, a head injury with vomiting; beside look-alikes with the
 * same words (a mild headache, a hypothetical, a stiff neck from sleeping, a cut that has stopped bleeding). On
 * 288e644 the rules flagged 9 of the 15 emergencies, the product 11.
 */
const BREADTH: TriageProbeTable = [
  [
    'Russian',
    [
      'Папа не может дышать, губы посинели',
      'Мама потеряла сознание и не приходит в себя',
      'У бабушки вдруг перекосило лицо и она не может говорить',
      'У дедушки внезапно отнялась рука',
      'Сына трясёт в судорогах уже 10 минут',
      'Кровь не останавливается, полотенце всё промокло',
      'Его рвет кровью',
      'После орехов распухли губы и язык',
      'Ребенок наглотался бабушкиных таблеток',
      'Не хочу больше жить, хочу покончить с собой',
      'Беременна 30 недель, сильное кровотечение',
      'Ребёнку 2 месяца, температура 38',
      'Сильная давящая боль в груди, отдаёт в левую руку',
      'Внезапно самая сильная головная боль в жизни',
      'Упал, ударился головой, его постоянно рвет',
    ],
    [
      'Немного болит голова',
      'У ребенка лёгкий кашель',
      'Вчера кружилась голова, сейчас всё нормально',
      'Что делать, если у ребёнка будут судороги?',
      'При чистке зубов немного кровоточат дёсны',
      'Болит шея, неудобно спал',
      'Беременна 8 недель, тошнит по утрам',
      'Устал, хочу спать',
      'Порезал палец, кровь уже остановилась',
      'Изжога после еды',
    ],
  ],
];

describeTriageProbes('EmergencyTriage in %s, issue 11 breadth (the rules)', BREADTH);

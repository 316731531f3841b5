import { describeRulesAndProduct, type LabelledMessages } from '../../../../../test/support/triage-probe-table.js';

/**
 * Session 51 (T80): preparations for suicide told by their parts (`preparations-told-by-their-parts.ts`): the means got
 * ready (a rope, sleeping pills, boxes of tablets), a note or letters written to the family, the decision made and its
 * day told, in Russian, French, German, Spanish, Portuguese, Italian and Polish, with the verb before or after its noun
 * and in other inflections than a line once used. Written from NICE NG225 and the Samaritans' warning signs, in my own
 * words, never copied from a labelled set. Look-alikes: one part alone in an ordinary life (a rope for a tent or the
 * washing, a note to a teacher or a neighbour, a decision for the evening, sleeping pills for a flight).
 * On the unchanged rules (main 09c99a6): emergencies 4 of 19 by the rules and 13 of 19 by the product; look-alikes
 * 14 of 14 quiet by both. After: emergencies 19 of 19 by both; look-alikes 14 of 14 quiet by both.
 */
const EMERGENCIES: LabelledMessages = [
  ['ru', 'всё, я решилась. сегодня ночью. снотворное уже купила, письмо маме написала'],
  ['ru', 'брат написал мне что верёвку приготовил и записку оставил, трубку не берёт'],
  ['ru', 'таблетки я отложил давно, прощальные письма написаны, решил что сегодня'],
  ['ru', 'купила три пачки снотворного, записку детям оставила на кухне'],
  ['fr', "j'ai tout décidé, c'est pour cette nuit. la corde est achetée, j'ai laissé une lettre à mes parents"],
  ['fr', "ma sœur m'a dit qu'elle a mis de côté des somnifères et qu'elle a écrit une lettre à sa fille"],
  ['fr', "j'ai acheté trois boîtes de cachets, j'ai écrit des lettres pour mes enfants"],
  ['de', 'ich habe mich entschieden, heute Nacht. Die Schlaftabletten habe ich schon gesammelt'],
  ['de', 'mein Bruder hat einen Strick gekauft und einen Abschiedsbrief geschrieben'],
  ['de', 'ich habe drei Packungen Tabletten besorgt und für meine Kinder einen Brief hinterlassen'],
  ['es', 'ya compré la soga y le dejé una carta a mi mamá, ya lo decidí'],
  ['es', 'mi hermano tiene guardadas las pastillas de mi abuela y escribió cartas de despedida'],
  ['es', 'ya lo decidí, es esta noche, junté todas las pastillas que pude'],
  ['pt', 'já comprei a corda e deixei uma carta para os meus filhos'],
  ['pt', 'minha irmã escreveu cartas para a família e separou uma caixa de comprimidos, decidiu que é hoje'],
  ['it', 'ho comprato la corda e ho lasciato una lettera ai miei genitori'],
  ['it', 'ho deciso, stanotte. i sonniferi li ho già messi da parte'],
  ['pl', 'postanowiłam, dziś w nocy. tabletki już uzbierałam, list do mamy napisałam'],
  ['pl', 'kupiłem sznur i zostawiłem list dla żony'],
];

const LOOK_ALIKES: LabelledMessages = [
  // Review V33 (12:27): a note that one will be late, a quit-smoking decision.
  ['ru', 'Купил верёвку для палатки и написал записку соседу про кота. Что ещё взять на рыбалку?'],
  [
    'es',
    'Ya tengo las pastillas del mareo compradas y le escribí una nota a la vecina para que riegue las plantas; mañana salimos de crucero.',
  ],
  ['ru', 'купил верёвку для палатки, едем в поход на выходные'],
  ['ru', 'написала записку учительнице, что сын пропустит урок'],
  ['ru', 'решил, сегодня вечером пойду в спортзал'],
  ['fr', "j'ai acheté une corde pour l'escalade, on part ce week-end"],
  ['fr', "j'ai laissé un mot à la voisine pour le colis"],
  ['de', 'ich habe mich entschieden, heute Abend mit dem Rauchen aufzuhören'],
  ['es', 'compré una cuerda para tender la ropa, ¿sirve para el patio?'],
  ['es', 'le dejé una nota a mi hijo en la nevera, llego tarde'],
  ['pt', 'comprei remédio para dormir para a viagem de avião, posso tomar com álcool?'],
  ['it', 'ho deciso, stasera cucino io per tutti'],
  ['pl', 'kupiłem tabletki na ból głowy w aptece, ile mogę wziąć?'],
  ['pl', 'zostawiłem list dla nauczyciela, że syn był chory'],
  ['de', 'ich habe ein Seil für die Wäscheleine gekauft und dem Nachbarn einen Zettel geschrieben'],
];

describeRulesAndProduct('Preparations for suicide told by their parts (session 51)', EMERGENCIES, LOOK_ALIKES);

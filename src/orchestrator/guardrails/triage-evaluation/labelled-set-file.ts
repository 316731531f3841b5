import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseLabelledSet, type LabelledMessage, type ParsedLabelledSet } from './labelled-message.js';

/**
 * Where the labelled sets live: under test/, so neither they nor this evaluation code (left out
 * of the build by .swcrc) reach the production image.
 */
export const TRIAGE_SET_DIR = 'test/fixtures/triage';

/**
 * Twenty development sets the rule writers read (the learned wording model is trained on the first thirteen since session 27),
 * and fifteen held-out sets nobody writing rules ever read and nothing was trained on, each written
 * by a different person from the protocols. The second held-out set was written after the first
 * held-out set's miss counts had been fed back to the rule writers (by category and
 * discriminator only), so no rule was ever tuned towards it. The fourth development set was
 * written last, by someone who had not read the rules; the fifth was written apart from all the
 * others and read 0.943 recall before one round of generalising. The third held-out set was
 * added after that round, its floors set from its first reading. The sixth development set,
 * half of it chatbot prompts and case vignettes, was written by someone who never read the
 * rules and read 0.848 recall (0.833 inside the 13) and FP 0.053 on arrival. The fourth held-out
 * set, written at the same time in the same styles by another writer, was read once after that
 * round, its floors set from that reading. The seventh development set read 0.849 / 0.828 /
 * 0.065 on arrival; the eighth, written in the same hour, 0.839 / 0.823 / 0.107 with the rules
 * of the start of that stop and 0.963 / 0.964 / 0.054 with the rules and the wording model
 * before either had seen it. The fifth held-out set, written in the same hour, was first read
 * with the rules alone (0.883 / 0.884 / 0.084) and then with the wording model. The ninth
 * development set, weighted to what makes false alarms and to emergencies told calmly, read
 * 0.866 / 0.877 / 0.080 with the rules on arrival (0.973 / 0.982 / 0.092 with the model, which
 * is not trained on it: see NOT_TRAINED_ON); the sixth held-out set, a cross-section not weighted to any difficulty,
 * written in the same hour, read 0.893 / 0.891 / 0.101 with the rules and 0.976 / 0.977 / 0.105
 * with the model on arrival. The tenth development set, written by the twins' writer after the
 * development-9 twins and read untouched through that round, came in with its readings on arrival
 * (rules 0.922 / FP 0.103; with the model 0.976 / 0.103) before its false alarms were worked on.
 * The eleventh, written from the protocols by a writer who never read the rules, read 0.868 / 0.862 /
 * 0.067 with the rules and 0.940 / 0.940 / 0.067 with the model on arrival; its ten missed emergencies
 * were worked as kinds (0.994 / 0.991 with the rules, 1.000 with the model) before it joined the list.
 * The twelfth, half of its non-emergencies urgent but no emergency (GP, pharmacist, urgent care or
 * 111 today), read 0.950 / 0.957 / 0.050 with the rules and 0.975 / 0.983 / 0.057 with the model on
 * arrival, the same with the rules of that stop's start and after its first false-alarm round.
 * The thirteenth, long chatbot questions that tell the finding in the middle and play it down, read
 * 0.919 / 0.897 / 0.064 with the rules and 0.975 / 0.966 / 0.093 with the model on arrival (session 26,
 * the same with the rules of that stop's start).
 * The fourteenth, weighted to breadth of voice (phone typing, learner and regional English, voice-to-text,
 * case write-ups whose emergency lies in a combination or one number), read 0.906 / 0.906 / 0.057 with the
 * rules and 0.975 / 0.966 / 0.071 with the model on arrival (session 27, the same with the rules of that
 * stop's start).
 * The fifteenth, long forum and "ask a doctor" posts that tell the finding once in the middle (often as
 * a number), follow-ups in a running chat and short phone-typed messages, read 0.919 / 0.923 / 0.079 with
 * the rules and 0.963 / 0.957 / 0.079 with the model on arrival (session 28, rules of 73fd5e1); the tenth
 * held-out set, by the same writer on the same recipe, read 0.969 / 0.957 / 0.071 and 0.981 / 0.974 / 0.071.
 * The sixteenth, askers who want something other than emergency care (a home remedy, a reason not to go,
 * a plan to wait), people far from care or in other health systems, and health workers asking about a
 * patient in their own shorthand, read 0.889 / 0.897 / 0.043 with the rules and 0.957 / 0.940 / 0.051 with
 * the model on arrival (session 29, rules of 95cd1c3); the eleventh held-out set, by the same writer on the
 * same recipe, read 0.889 / 0.880 / 0.058 and 0.994 / 0.991 / 0.065.
 * The seventeenth, forum posts with age and sex headers and medicine lists, numbers from devices and
 * results, emergencies that come through a medicine, and older adults telling "my usual" against what is
 * new, read 0.926 / 0.940 / 0.058 with the rules and 0.981 / 0.974 / 0.072 with the model on arrival
 * (session 30, rules of 8d7a610); the twelfth held-out set, by the same writer on the same recipe, read
 * 0.901 / 0.915 / 0.065 and 0.969 / 0.974 / 0.080 when registered (rules of e2cde22; 0.895 / 0.906 / 0.065 and
 * the same with the model on the rules of 8d7a610).
 * The eighteenth, the first in other languages (Spanish, Portuguese, French, Chinese, Arabic, Hindi,
 * Vietnamese, Tagalog, Russian, German, Italian and eight more, a fifth mixed with English), read
 * 0.012 / 0.017 / 0.000 with the rules, which read English only, and 0.173 / 0.179 / 0.029 with the model on
 * arrival (session 31, rules of b5c588a); the thirteenth held-out set, by the same writer on the same
 * recipe (more workplaces, travel, carers and adults' drug and alcohol harms), read 0.019 / 0.017 / 0.000 and
 * 0.210 / 0.179 / 0.022 when registered (rules of b5c588a, figures only).
 * The nineteenth, the second in other languages (the same 19 languages and shares, by another writer, in other
 * situations and dialects: night shifts, farms, pregnancy and newborns told by grandmothers, sport; Caribbean,
 * Andean and Central American Spanish, Angolan Portuguese, Québec and Ivorian French, Swiss and Austrian German,
 * Cantonese), read 0.377 / 0.427 / 0.014 with the rules and 0.451 / 0.479 / 0.065 with the model on the rules of
 * session 33's start (d97c20c), read by the rule writer only after a first round written from a review's kinds;
 * the fourteenth held-out set, by the same writer on the same recipe (older people alone, places of worship,
 * markets, buses and taxis, more bystanders and voice transcripts), read 0.370 / 0.436 / 0.036 and
 * 0.457 / 0.530 / 0.123 on d97c20c and 0.414 / 0.487 / 0.036 and 0.494 / 0.573 / 0.123 at the end of that
 * session's round (figures only).
 * The twentieth (session 35), English again, weighted to who writes and through what channel: GP online-consultation
 * forms pasted as one text, pharmacy chat, school staff, workplace first aiders, lifeguards and coaches, festival
 * friends, night carers in supported living, new parents in the first six weeks; read 0.901 / 0.889 / 0.043 with
 * the rules and 0.969 / 0.957 / 0.051 with the model on arrival (rules of 1c1ac9d). The fifteenth held-out set, by
 * another writer on the same recipe in other channels (older adults' dictation, people writing for a neighbour or
 * a parent abroad, teenagers, long illness told as "my usual", returned travellers, farm, construction and kitchen
 * workers, gym-goers), read 0.932 / 0.923 / 0.051 and 1.000 / 1.000 / 0.065 on the same rules (figures only).
 */
export const TRIAGE_SETS = [
  'development',
  'development-2',
  'development-3',
  'development-4',
  'development-5',
  'development-6',
  'development-7',
  'development-8',
  'development-9',
  'development-10',
  'development-11',
  'development-12',
  'development-13',
  'development-14',
  'development-15',
  'development-16',
  'development-17',
  'development-18',
  'development-19',
  'development-20',
  'development-21',
  'development-22',
  'development-23',
  'development-24',
  'development-25',
  'development-26',
  'development-27',
  'development-28',
  'development-29',
  'development-30',
  'development-31',
  'development-32',
  'development-33',
  'development-34',
  'development-35',
  'development-36',
  'development-37',
  'development-38',
  'development-39',
  'development-40',
  'development-41',
  'development-42',
  'development-43',
  'development-44',
  'development-45',
  'development-46',
  'development-47',
  'held-out',
  'held-out-2',
  'held-out-3',
  'held-out-4',
  'held-out-5',
  'held-out-6',
  'held-out-7',
  'held-out-8',
  'held-out-9',
  'held-out-10',
  'held-out-11',
  'held-out-12',
  'held-out-13',
  'held-out-14',
  'held-out-15',
  'held-out-16',
  'held-out-17',
  'held-out-18',
  'held-out-19',
  'held-out-20',
  'held-out-21',
  'held-out-22',
  'held-out-23',
  'held-out-24',
  'held-out-25',
  'held-out-26',
  'held-out-27',
  'held-out-28',
  'held-out-29',
  'held-out-30',
  'held-out-31',
  'held-out-32',
  'held-out-33',
  'held-out-34',
  'held-out-35',
  'held-out-36',
  'held-out-37',
  'held-out-38',
  'held-out-39',
  'held-out-40',
  'held-out-41',
  'held-out-42',
  'held-out-43',
  'held-out-44',
  'held-out-45',
  'held-out-46',
  'held-out-47',
  'held-out-48',
  'held-out-49',
  'held-out-50',
  'held-out-51',
  'held-out-52',
  'held-out-53',
  'held-out-54',
  'held-out-55',
  'held-out-56',
  'held-out-57',
  'held-out-58',
  'held-out-59',
  'held-out-60',
  'held-out-61',
  'held-out-62',
  'held-out-63',
] as const;
export type TriageSetName = (typeof TRIAGE_SETS)[number];

/** Held-out texts are never shown to the people writing the rules. */
export function isHeldOut(name: TriageSetName): boolean {
  return name.startsWith('held-out');
}

/**
 * Development sets the rule writers read but the wording model is not trained on yet: only the newest
 * since session 27. development-9 to development-13 were left out until then (development-10 to -13 read as
 * they arrived to measure how far the rules reach; development-9 because, retrained with it alone
 * under the weak shrinkage of the time, the model added one or two fewer emergencies on every
 * held-out set). Trained on all thirteen with the stronger shrinkage (`TRAINING_OPTIONS.l2`) and
 * its threshold, leave-one-set-out over the thirteen added 93 emergencies the rules missed and 11
 * false alarms, against 84 and 13 for the model trained on the first eight, and no development set
 * lost an emergency on balance. A new set waits here while its reading on arrival is taken.
 * Session 28 trained on development-14 too, with three changes chosen leave-one-set-out over the
 * fourteen (a negation's reach as a feature, letter pieces at half weight, sixteen passes: out of set
 * 94 emergencies and 10 false alarms added -> 99 and 9). Read once on the held-out sets, it added as many
 * emergencies (163) and fewer false alarms (6 -> 2) but lost emergencies inside the thirteen on three
 * sets, so the model was kept as it is and development-14 stays out with development-15, development-16 and
 * development-17.
 * Session 31 tried training on development-18 (the first set in other languages) after its rule round: read
 * once on the held-out sets, held-out-13 0.426 -> 0.549 recall, 7 -> 6 false alarms, the twelve English sets 3
 * emergencies fewer and 1 false alarm more; but it lost a development-9 twin (iron tablets a toddler ate) and
 * flagged two faces "dropped" at news and weight loss that its probes hold quiet, so it was taken back and
 * development-18 waits here, and development-19 with it.
 * Session 44 tried every English development set (development to -25 without -18, -19, -22, -24 and -26: the
 * product's model reads only English, a message in another language in the rules' English) at 0.70, chosen
 * leave-one-set-out (out of set 142 / 21 -> 144 / 15 emergencies / false alarms added on the English sets, 111 / 12 ->
 * 112 / 10 on the others); read once on the held-out sets it found 17 emergencies more and 10 false alarms fewer, but
 * held-out-2, -16, -17 and -21 lost emergencies inside the thirteen and it lost the iron-tablets twin again: not kept.
 * Session 54 measured retraining out of set over all forty development sets, five folds of whole sets, against the
 * shipped model on the twenty-seven it has never seen (development-14 to -40: 354 emergencies / 66 false alarms added
 * at 0.75). Trained on every set as the product reads it (`wordingModelText`), the model ranks worse, not better: 308 /
 * 53 at 0.60, 335 / 110 at 0.50; read once on the held-out sets at 0.60 it lost 121 emergencies and found 67, with 71
 * false alarms fewer and 42 more (18 sets fell). Trained on the English sets alone it matches the shipped model (350 /
 * 63 at 0.77); on the held-out sets it lost 40 emergencies and found 68, 45 false alarms fewer and 57 more (13 sets
 * fell; the other-language sets gained both). Neither was kept. The shipped model's false alarms on the development
 * sets are told like its catches (played down: "alert and playing", "seems okay", "feels fine now"): on those sets a
 * hold on reassuring words would take back 15 false alarms and 13 emergencies, a veto by the model trained on the
 * other folds (below 0.30) 24 and 13, and the count of negations tells them apart not at all.
 */
const NOT_TRAINED_ON: readonly TriageSetName[] = [
  'development-14',
  'development-15',
  'development-16',
  'development-17',
  'development-18',
  'development-19',
  'development-20',
  'development-21',
  'development-22',
  'development-23',
  'development-24',
  'development-25',
  'development-26',
  'development-27',
  'development-28',
  'development-29',
  'development-30',
  'development-31',
  'development-32',
  'development-33',
  'development-34',
  'development-35',
  'development-36',
  'development-37',
  'development-38',
  'development-39',
  'development-40',
  'development-41',
  'development-42',
  'development-43',
  'development-44',
  'development-45',
  'development-46',
  'development-47',
];

/** The sets `npm run triage:train` trains the wording model on: development sets only, never held-out. */
export function trainsTheWordingModel(name: TriageSetName): boolean {
  return !isHeldOut(name) && !NOT_TRAINED_ON.includes(name);
}

export interface LabelledSetFile extends ParsedLabelledSet {
  readonly name: TriageSetName;
  readonly file: string;
}

/** Reads and parses one set; `root` is the project directory. */
export function readLabelledSet(name: TriageSetName, root: string = process.cwd()): LabelledSetFile {
  const file = path.join(TRIAGE_SET_DIR, `${name}.jsonl`);
  return { name, file, ...parseLabelledSet(readFileSync(path.join(root, file), 'utf8')) };
}

/**
 * The same message told the same way, whatever the case, spacing or final punctuation: what
 * must not appear in both sets, or the held-out figure would partly measure development texts.
 */
export function comparableText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s.!?,;:'"’]+/g, ' ')
    .trim();
}

/** Texts present in both of two sets (as comparable texts), each once. */
export function sharedTexts(a: readonly LabelledMessage[], b: readonly LabelledMessage[]): string[] {
  const inA = new Set(a.map((message) => comparableText(message.text)));
  return [...new Set(b.map((message) => comparableText(message.text)).filter((text) => inA.has(text)))];
}

/** Texts that occur more than once inside one set (a repeated line weighs twice in its figures). */
export function repeatedTexts(messages: readonly LabelledMessage[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const text of messages.map((message) => comparableText(message.text))) {
    if (seen.has(text)) repeated.add(text);
    seen.add(text);
  }
  return [...repeated];
}

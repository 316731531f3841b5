import { DRUG_BRAND_NAMES } from './drug-brand-names.js';

/**
 * The prescription medicines people come to depend on (the NIH's three groups: opioid pain
 * relievers, the calming and sleeping pills that slow the brain, and the stimulants given for
 * ADHD), by generic name; their brand names are read through DRUG_BRAND_NAMES.
 */
const MISUSED_MEDICINES: readonly string[] = [
  'opioid',
  'opioids',
  'opiate',
  'opiates',
  'painkiller',
  'painkillers',
  'pain pills',
  'oxycodone',
  'oxycontin',
  'percocet',
  'hydrocodone',
  'vicodin',
  'norco',
  'codeine',
  'morphine',
  'fentanyl',
  'hydromorphone',
  'dilaudid',
  'tramadol',
  'ultram',
  'methadone',
  'buprenorphine',
  'suboxone',
  'benzo',
  'benzos',
  'benzodiazepine',
  'benzodiazepines',
  'alprazolam',
  'diazepam',
  'lorazepam',
  'clonazepam',
  'klonopin',
  'zolpidem',
  'sleeping pills',
  'amphetamine',
  'methylphenidate',
  'ritalin',
  'vyvanse',
];

/** How dependence is told: the craving, the higher dose for the same effect, the sickness without it. */
const DEPENDENCE_WORDS: readonly string[] = [
  'addicted',
  'addiction',
  'addict',
  'hooked',
  'dependent',
  'dependence',
  'dependency',
  'withdrawal',
  'withdrawals',
  'wean off',
  'weaning off',
  'get off',
  'come off',
  'coming off',
  'getting off',
  'same effect',
  'on the street',
];

/** What the NIH answers dependence on a medicine under. */
const DEPENDENCE_NAMES: readonly string[] = ['prescription drug abuse'];

function wordPattern(phrases: readonly string[]): RegExp {
  const alternatives = phrases.map((phrase) => phrase.replace(/ /g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'u');
}

const MEDICINE = wordPattern([
  ...new Set([
    ...MISUSED_MEDICINES,
    ...DRUG_BRAND_NAMES.filter((group) => group.some((name) => MISUSED_MEDICINES.includes(name))).flat(),
  ]),
]);
const DEPENDENCE = new RegExp(wordPattern(DEPENDENCE_WORDS).source, 'gu');
/**
 * Words just before dependence that make it a fear or a denial, not a telling: "I don't want to
 * get hooked on Ambien", "afraid of getting addicted", "without getting dependent"; within the
 * clause ("I feel sick without it, am I addicted?" tells it).
 */
const FEARED_BEFORE =
  /(?<![\p{L}\p{N}])(?:want|wants|afraid|scared|worried|worry|avoid|without|not|never|won't)(?:\s+[\p{L}']+){0,3}\s*$/u;

/** Whether the text tells dependence at least once other than as a fear or a denial. */
function tellsDependence(lower: string): boolean {
  for (const match of lower.matchAll(DEPENDENCE))
    if (!FEARED_BEFORE.test(lower.slice(Math.max(0, match.index - 40), match.index))) return true;
  return false;
}

/**
 * The names the NIH writes dependence on a prescription medicine under, when the text names a
 * medicine people come to depend on and tells dependence ("I need more Xanax for the same effect,
 * am I addicted?"); none otherwise (an addiction to alcohol or a question about a pain pill's dose).
 * Knowledge questions only.
 */
export function medicineDependenceNamesIn(text: string): readonly string[] {
  const lower = text.toLowerCase();
  return MEDICINE.test(lower) && tellsDependence(lower) ? DEPENDENCE_NAMES : [];
}

/**
 * Misspellings of the words the triage hinges on, corrected by kind rather than listed one by
 * one. Frightened people, people typing on a phone and people writing in a second language
 * misspell the same words the same ways: a doubled letter single or a single one doubled
 * ("slured", "swolen", "alergic", "sudenly"), a vowel swapped or dropped ("husbend", "warferin",
 * "spech", "anymor"), two letters swapped ("pian", "cheats"), "-tion" heard as "-shun"
 * ("reacshun"), a final "g" dropped ("wheezin", "bleedin"). Each target word below yields those
 * variants once, at load; a message word that is one of them (and no other word of the list, nor
 * one of the real words in COLLISIONS) is read as the target. Runs only inside the triage, on
 * normalised text; the dictionary of `text-normalizer.ts` keeps its own hand-listed forms.
 */

/** Words the patterns hinge on, in their usual spelling. Short words (under five letters) only get their listed forms. */
const TARGETS = [
  // Breathing and airway.
  'breath breathe breathing breathless breathlessness wheezing wheezy choking choked swallow swallowed swallowing throat tongue',
  // Chest and circulation.
  'chest pressure crushing tightness sweating sweaty clammy radiating spreading heartbeat palpitations',
  // Consciousness, fits and stroke.
  'collapsed unconscious unresponsive responding fainted seizure seizures fitting jerking shaking slurred speech suddenly sudden weakness numbness drooping droopy paralysed confused confusion drowsy sleepy floppy dizzy blurred vision',
  // Bleeding, injury and allergy.
  'bleeding vomiting vomited swollen swelling allergic allergy reaction anaphylaxis hives blotches bruising bruises',
  // Pain, fever, rash and infection.
  'headache stomach abdomen testicle temperature fever rash purple meningitis sepsis',
  // Medicines and poisons.
  'warfarin apixaban rivaroxaban aspirin paracetamol ibuprofen overdose overdosed tablets poison poisoned antifreeze magnet magnets battery',
  // Pregnancy and people.
  'pregnant pregnancy contractions husband daughter grandad grandma',
  // Mind and intent.
  'suicidal suicide anymore alive hanging tonight properly emergency ambulance terrible severe',
]
  .join(' ')
  .split(/\s+/);

/** Misspellings heard rather than typed, and chat forms, for words the generated variants cannot reach. */
const LISTED: Readonly<Record<string, string>> = {
  pian: 'pain',
  tounge: 'tongue',
  tung: 'tongue',
  sik: 'sick',
  tite: 'tight',
  tonite: 'tonight',
  tonit: 'tonight',
  hed: 'head',
  propa: 'properly',
  propaly: 'properly',
  proply: 'properly',
  evn: 'even',
  wana: 'want to',
  cnt: 'cannot',
  n: 'and',
  idk: 'i do not know',
  throats: 'throat is',
  slipt: 'slipped',
  unaliving: 'killing',
  unalived: 'killed',
  thru: 'through',
  evrywere: 'everywhere',
  everywere: 'everywhere',
};

/** Real words one edit from a target: left as they are. */
const COLLISIONS = new Set([
  'strike',
  'sallow',
  'flappy',
  'jerkin',
  'sever',
  'olive',
  'threat',
  'swilling',
  'crashing',
  'dropping',
  'braising',
  'braises',
  'fiver',
  'overdoes',
  'buttery',
  'hinging',
  'haves',
  'cheking',
  'feinted',
  'sweety',
]);

const VOWELS = 'aeiou';

/** The spellings one slip away from a word: doubled or undoubled letters, a vowel changed, dropped or added, two letters swapped. */
function variantsOf(word: string): string[] {
  const variants: string[] = [];
  for (let index = 0; index < word.length; index += 1) {
    const letter = word[index];
    const before = word.slice(0, index);
    const after = word.slice(index + 1);
    // A doubled letter written once ("slured"), a single one doubled ("chesst").
    if (word[index + 1] === letter) variants.push(before + after);
    else variants.push(before + letter + letter + after);
    if (VOWELS.includes(letter)) {
      if (index > 0) variants.push(before + after);
      for (const vowel of VOWELS) if (vowel !== letter) variants.push(before + vowel + after);
    }
    if (index + 1 < word.length && word[index + 1] !== letter)
      variants.push(before + word[index + 1] + letter + word.slice(index + 2));
  }
  if (word.endsWith('tion'))
    variants.push(`${word.slice(0, -4)}shun`, `${word.slice(0, -4)}shon`, `${word.slice(0, -4)}sion`);
  if (word.endsWith('ing')) variants.push(word.slice(0, -1), `${word.slice(0, -1)}'`);
  if (word.endsWith('ed')) variants.push(`${word.slice(0, -2)}d`, `${word.slice(0, -1)}t`);
  return variants;
}

/**
 * Two slips in a long word ("swalowd" for "swallowed"): a doubled letter written once together
 * with any other slip, for words of eight letters or more.
 */
function doubleSlipsOf(word: string): string[] {
  if (word.length < 8) return [];
  const undoubled = [...word].flatMap((letter, index) =>
    word[index + 1] === letter ? [word.slice(0, index) + word.slice(index + 1)] : [],
  );
  return undoubled.flatMap((once) => variantsOf(once));
}

function buildCorrections(): Map<string, string> {
  const targets = new Set(TARGETS);
  const corrections = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const target of TARGETS.filter((word) => word.length >= 5)) {
    for (const variant of [...variantsOf(target), ...doubleSlipsOf(target)]) {
      if (variant === target || targets.has(variant) || COLLISIONS.has(variant) || variant.length < 4) continue;
      const known = corrections.get(variant);
      if (known !== undefined && known !== target) ambiguous.add(variant);
      else corrections.set(variant, target);
    }
  }
  for (const variant of ambiguous) corrections.delete(variant);
  for (const [variant, target] of Object.entries(LISTED)) corrections.set(variant, target);
  return corrections;
}

const CORRECTIONS = buildCorrections();

/** Normalised text with each misspelt key word read as the word it stands for. */
export function correctMisspellings(normalized: string): string {
  // As `normalized.replace(/[a-z']+/g, (word) => CORRECTIONS.get(word) ?? word)`, with the text copied only where a word
  // is corrected: most messages hold none.
  let corrected = '';
  let copiedTo = 0;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(normalized); match !== null; match = WORD.exec(normalized)) {
    const correction = CORRECTIONS.get(match[0]);
    if (correction === undefined) continue;
    corrected += normalized.slice(copiedTo, match.index) + correction;
    copiedTo = match.index + match[0].length;
  }
  return copiedTo === 0 ? normalized : corrected + normalized.slice(copiedTo);
}

/** A word as misspellings are looked up (global: read by `correctMisspellings` alone, from the start each time). */
const WORD = /[a-z']+/g;

/** The number of misspellings known, for the spec's sanity check. */
export function knownMisspellingCount(): number {
  return CORRECTIONS.size;
}

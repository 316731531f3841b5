/**
 * The features the emergency wording model reads from a message: its words, its word pairs and
 * the five-letter pieces of its words, each hashed into a fixed table. Word pairs carry short
 * phrases ("lips blue", "not breathing"); the letter pieces carry misspellings, plurals and
 * compounds the words alone would miss ("breathin", "unresponsiv"). Hashing keeps the model a
 * flat table of numbers whatever the vocabulary, at the cost of rare collisions.
 */

/** 2^18 slots: few enough to ship, many enough that collisions rarely meet in one message. */
export const FEATURE_DIMENSIONS = 1 << 18;

const WORD = /[a-z0-9']+/g;
const PIECE_LENGTH = 5;

/**
 * Words that say how a message is written rather than what it reports: who is writing and the
 * grammar around the findings. Learned from a few thousand messages, they would teach the model
 * its writers' style (and name it when the model explains a decision); dropped, they leave the
 * findings, negations and times ("not", "no", "now", "ago", "years") that decide.
 */
const FILLER = new Set(
  (
    'a an the and or but so as to of in on at for with by from into about than then ' +
    'i me my mine he him his she her hers they them their we us our you your it its this that these those ' +
    'is are was were be been being am has have had do does did will would can could should shall may might must ' +
    'just also very really quite what which who whom ' +
    // Contractions as people type them, and the verbs that report what someone said or seemed.
    "i'm im i've ive i'd i'll he's hes she's shes it's they're we're you're that's there's " +
    'says said seems seemed looks looked'
  ).split(' '),
);

export interface MessageFeatures {
  /** Distinct slots, each counted once however often its feature occurs. */
  readonly slots: Uint32Array;
  /** The word and word-pair features by slot, to say which words drove a decision. */
  readonly phrases: ReadonlyMap<number, string>;
}

/**
 * Per slot, whether the message being read has it: the distinct slots collected in the order first met, as a Set keeps
 * them, and the flags cleared after. Synchronous, so no other message reads them meanwhile.
 */
const SEEN = new Uint8Array(FEATURE_DIMENSIONS);

/** Features of a message as the patient wrote it (case and punctuation are dropped here). */
export function messageFeatures(text: string): MessageFeatures {
  const words = (text.toLowerCase().replaceAll('’', "'").match(WORD) ?? []).filter((word) => !FILLER.has(word));
  const slots: number[] = [];
  const phrases = new Map<number, string>();
  const add = (slot: number): void => {
    if (SEEN[slot] === 1) return;
    SEEN[slot] = 1;
    slots.push(slot);
  };
  const addPhrase = (phrase: string, namespace: number): void => {
    const slot = slotOf(hashFrom(namespace, phrase, 0, phrase.length));
    add(slot);
    if (!phrases.has(slot)) phrases.set(slot, phrase);
  };
  words.forEach((word, index) => {
    addPhrase(word, WORD_NAMESPACE);
    if (index > 0) addPhrase(`${words[index - 1]} ${word}`, PAIR_NAMESPACE);
  });
  // Each piece of ` word ` hashed in place, as the string `c:${piece}` would hash, without building it.
  for (const word of words) {
    const marked = ` ${word} `;
    for (let start = 0; start + PIECE_LENGTH <= marked.length; start += 1) {
      add(slotOf(hashFrom(PIECE_NAMESPACE, marked, start, start + PIECE_LENGTH)));
    }
  }
  for (const slot of slots) SEEN[slot] = 0;
  return { slots: Uint32Array.from(slots), phrases };
}

const FNV_OFFSET = 0x811c9dc5;

/**
 * FNV-1a (32 bits) over the UTF-16 code units of `text` from `start` to `end`, continued from `hash`: fast, stable
 * across runs and machines. Continued from a namespace's hash, it is the hash of the namespace and the text written
 * one after the other, read without the string that would make.
 */
function hashFrom(hash: number, text: string, start: number, end: number): number {
  for (let index = start; index < end; index += 1) {
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  }
  return hash;
}

const WORD_NAMESPACE = hashFrom(FNV_OFFSET, 'w:', 0, 2);
const PAIR_NAMESPACE = hashFrom(FNV_OFFSET, 'b:', 0, 2);
const PIECE_NAMESPACE = hashFrom(FNV_OFFSET, 'c:', 0, 2);

/** A feature's slot from its hash. */
function slotOf(hash: number): number {
  return (hash >>> 0) % FEATURE_DIMENSIONS;
}

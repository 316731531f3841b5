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

/** Features of a message as the patient wrote it (case and punctuation are dropped here). */
export function messageFeatures(text: string): MessageFeatures {
  const words = (text.toLowerCase().replaceAll('’', "'").match(WORD) ?? []).filter((word) => !FILLER.has(word));
  const slots = new Set<number>();
  const phrases = new Map<number, string>();
  const addPhrase = (phrase: string, namespace: string): void => {
    const slot = slotOf(namespace + phrase);
    slots.add(slot);
    if (!phrases.has(slot)) phrases.set(slot, phrase);
  };
  words.forEach((word, index) => {
    addPhrase(word, 'w:');
    if (index > 0) addPhrase(`${words[index - 1]} ${word}`, 'b:');
  });
  for (const word of words) {
    const marked = ` ${word} `;
    for (let start = 0; start + PIECE_LENGTH <= marked.length; start += 1) {
      slots.add(slotOf(`c:${marked.slice(start, start + PIECE_LENGTH)}`));
    }
  }
  return { slots: Uint32Array.from(slots), phrases };
}

/** FNV-1a (32 bits) over the UTF-16 code units: fast, stable across runs and machines. */
function slotOf(feature: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < feature.length; index += 1) {
    hash = Math.imul(hash ^ feature.charCodeAt(index), 0x01000193);
  }
  return (hash >>> 0) % FEATURE_DIMENSIONS;
}

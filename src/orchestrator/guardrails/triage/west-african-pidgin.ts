/**
 * West African Pidgin English (Nigerian, Ghanaian, Cameroonian), read as the patterns expect English.
 *
 * Its grammar words carry what English puts in verb endings and auxiliaries: "dey" marks the
 * ongoing ("she dey struggle to breathe": she is struggling to breathe), "don" the completed ("her
 * face don swell": her face has swollen), "no fit" inability ("she no fit stand": she cannot
 * stand), "wan" intent ("i wan drink am": I want to drink it), "go" the future ("nobody go miss
 * me": nobody will miss me), and "am" stands for him, her or it. Without them read so, a writer
 * telling an emergency in Pidgin says nothing the lexicons hear.
 *
 * Only messages with a Pidgin word are rewritten (a cheap test first); "dey", "abeg", "wetin",
 * "pikin", "comot" and "no fit" are never English; "don" (also a name), "wan", "go", "am", "im" and
 * "for" are read as Pidgin only in those messages, and "don" only before a bare verb.
 */
const PIDGIN_MARKER = /\b(?:dey|abeg|wetin|pikin|no\s+fit|una|sabi|wahala|chop|comot)\b/;

/**
 * Words after "don" that are no bare verb, so "don" there is a name ("Don drank bleach", "Don is not
 * breathing"): auxiliaries, pasts, and words already in -ed (review V8, 08:01).
 */
const NOT_A_BARE_VERB =
  /^(?:is|was|were|are|has|had|have|will|would|can|cannot|could|should|may|might|must|did|does|do|took|ate|drank|fell|got|went|came|said|says|told|threw|broke|bit|ran|felt|left|kept|hit|cut|\w+ed|\w+s)$/;

/** Past participles English makes irregularly, for "don" + verb; the rest take -ed. */
const PARTICIPLE: Readonly<Record<string, string>> = {
  swell: 'swollen',
  fall: 'fallen',
  break: 'broken',
  take: 'taken',
  drink: 'drunk',
  eat: 'eaten',
  bite: 'bitten',
  buy: 'bought',
  go: 'gone',
  give: 'given',
  see: 'seen',
  catch: 'caught',
  hit: 'hit',
  cut: 'cut',
  become: 'become',
  begin: 'begun',
  bleed: 'bled',
  sleep: 'slept',
  faint: 'fainted',
};

/** A one-syllable verb ending in a single vowel and consonant doubles it: "stop" -> "stopped", "run" -> "running". */
const DOUBLES_ITS_CONSONANT = /^[^aeiou]*[aeiou][bdgklmnprstvz]$/;

/** The -ing form: "struggle" -> "struggling", "cry" -> "crying", "stop" -> "stopping" (review V8, 07:52). */
function ongoing(verb: string): string {
  if (verb.endsWith('ing')) return verb;
  if (verb.endsWith('e') && !verb.endsWith('ee') && verb.length > 2) return `${verb.slice(0, -1)}ing`;
  if (DOUBLES_ITS_CONSONANT.test(verb)) return `${verb}${verb.slice(-1)}ing`;
  return `${verb}ing`;
}

function completed(verb: string): string {
  const irregular = PARTICIPLE[verb];
  if (irregular !== undefined) return irregular;
  if (verb.endsWith('ed')) return verb;
  if (DOUBLES_ITS_CONSONANT.test(verb)) return `${verb}${verb.slice(-1)}ed`;
  return verb.endsWith('e') ? `${verb}d` : `${verb}ed`;
}

/** Words after "dey" that are states, not verbs: "she dey weak" is "she is weak". */
const STATE =
  /^(?:weak|cold|hot|sick|fine|ok|okay|well|better|worse|tired|pale|quiet|here|there|inside|outside|for|in|at|on)$/;

/** Normalised text with West African Pidgin grammar read as English; else as it is. */
export function withPidginReadAsEnglish(normalized: string): string {
  if (!PIDGIN_MARKER.test(normalized)) return normalized;
  return (
    normalized
      .replace(/\babeg\b/g, 'please')
      .replace(/\bpikin\b/g, 'child')
      .replace(/\bcomot\b/g, 'come out')
      // "im" (which the normaliser has spelt "i am") is his before a part of the body or a relative: "hold im chest".
      .replace(
        /\bi\s+am\s+(?=(?:chest|head|belly|stomach|hand|hands|arm|arms|leg|legs|body|eye|eyes|mouth|face|neck|back|side|left|right|foot|feet|skin|heart|own|child|wife|husband|papa|mama|brother|sister)\b)/g,
        'his ',
      )
      // "for" is Pidgin's place word: "e fall for floor" is "fell to the floor".
      .replace(/\bfor\s+(?=(?:floor|ground|road|street|bathroom|toilet)\b)/g, 'to the ')
      .replace(/\bno\s+fit\b/g, 'cannot')
      .replace(/\bno\s+dey\s+([a-z]+)\b/g, (_, word: string) =>
        STATE.test(word) ? `is not ${word}` : `is not ${ongoing(word)}`,
      )
      .replace(/\bdey\s+([a-z]+)\b/g, (_, word: string) => (STATE.test(word) ? `is ${word}` : `is ${ongoing(word)}`))
      .replace(/\bdon\s+([a-z]+)\b/g, (whole, verb: string) =>
        NOT_A_BARE_VERB.test(verb) ? whole : `has ${completed(verb)}`,
      )
      .replace(/\bwan\s+/g, 'want to ')
      .replace(
        /\b(nobody|no\s+one|everybody|i|he|she|they|we|you|e)\s+go\s+(?!to\b|and\b|home\b|back\b|out\b|there\b|away\b)/g,
        '$1 will ',
      )
      .replace(
        /\b([a-z]+)\s+am\b(?!\s+(?:a|an|the|not|going|so|very|in|at|on|from|\w+ing)\b)/g,
        (whole, word: string) => (/^(?:i|who|what|where|how|if|as)$/.test(word) ? whole : `${word} it`),
      )
      .replace(/\be\s+(?=is\b|has\b|cannot\b|will\b|want\b)/g, 'he ')
      .replace(/\bwell\s+well\b/g, 'very much')
  );
}

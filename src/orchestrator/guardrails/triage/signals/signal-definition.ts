/**
 * The shape of a triage signal and the helpers every signal file uses.
 *
 * Signals are the findings the triage looks for in each clause: "chest pain", "cannot breathe",
 * "is pregnant", "SpO2 86%". Categories are then decided from which signals were found (see
 * `../emergency-rules.ts`), the way a triage protocol's discriminators combine findings: one
 * finding can serve several categories ("not breathing" is a breathing emergency, and an infant
 * emergency when a baby is involved) and combinations ("hit his head" + "vomiting") need no
 * combined sentence pattern.
 *
 * Patterns work on `normalizeText` output: lower case, contractions spelled out.
 */

/**
 * A signal's name, snake case. Rules refer to signals by these names; `emergency-rules.ts`
 * checks at load time that every name a rule uses is defined, so a typo fails loudly.
 */
export type SignalId = string;

export interface SignalOptions {
  /**
   * A circumstance rather than a symptom: it stays relevant when told in the past ("he hit his
   * head two days ago and now he is vomiting", "I am pregnant"), so the past-resolved rule
   * does not drop it. Negation still does ("I am not pregnant").
   */
  readonly timeless?: boolean;
  /** A context in the same sentence in which the finding is ordinary, not alarming. */
  readonly ordinaryWhen?: RegExp;
  /**
   * An ordinary context read like `ordinaryWhen` in the finding's own sentence, that quietens the finding only if
   * it can see the whole message (review V19, 17:27-17:36: red flags told in an earlier sentence, "I'm 7 weeks late.
   * Really bad period cramps, same as every month", were not read). It stands down where `unless` holds, unnegated,
   * in any other sentence of the message, earlier or later, and where the message holds any other accepted finding
   * than those of signals in `alongside` (what the ordinary story itself tells: a wheeze, an asthmatic, a period):
   * a racing heart, a puffy face, a faint or a pregnancy beside it is read by the rules, not by this list.
   */
  readonly ordinaryUnlessElsewhere?: {
    readonly when: RegExp;
    readonly unless: RegExp;
    readonly alongside?: readonly SignalId[];
  };
  /**
   * A symptom whose urgency depends on its severity and course: told as mild, long-standing or
   * recurring ("a bit breathless for weeks", "chest twinges on and off") it is a matter for
   * the GP, as NHS 111 dispositions grade it, unless the same clause calls it sudden or severe.
   * `'course'` drops it only when long-standing or recurring: a stroke sign is never "mild".
   */
  readonly graded?: boolean | 'course';
  /**
   * A finding that still needs emergency care after it has passed: a stroke-like episode that
   * resolved is a TIA, which the AHA/ASA and NICE (NG128) send for same-day emergency
   * assessment. Remote history ("a stroke in 2015") is still dropped.
   */
  readonly persistsWhenResolved?: boolean;
  /**
   * A brief episode that a casual ending closes ("hard to rouse for a few moments, then completely
   * fine"), as findings graded by severity or course are. Other findings end only when told as
   * settled, gone or recovered: see `isBriefEpisodeEndedLater`.
   */
  readonly briefEpisode?: boolean;
  /**
   * A context in the same sentence under which the finding still needs care now though it has
   * passed: chest pain that came at rest (NICE CG95 unstable angina), a collapse with no warning
   * or on exertion (NICE CG109 cardiac syncope). Without it, "it passed and he is fine" resolves.
   */
  readonly persistsWhenResolvedIn?: RegExp;
  /**
   * What, told unnegated anywhere in the message, keeps a passed or long-standing finding standing: the same chest pain
   * back at rest, lasting or not settling this time, told beside a telling that it settled with rest (NICE CG95).
   */
  readonly persistsWhenTold?: RegExp;
  /**
   * The known condition a passed episode belongs to: told in the sentence with a recovery, the
   * episode is that condition's usual course, not an emergency (NHS: a seizure in someone with
   * epilepsy that stops and is followed by recovery needs no ambulance; a first one does).
   */
  readonly resolvesWhenKnown?: RegExp;
  /**
   * An onset or severity word ("suddenly", "out of nowhere", "severe") that qualifies some other
   * finding rather than telling one: "it came on suddenly" still refers back to what came before.
   */
  readonly qualifier?: boolean;
  /**
   * Background that stays true however long ago it began (a heart condition, diabetes, a blood
   * thinner, an age, a pregnancy): a date in its clause ("diagnosed in 2019") does not drop it,
   * while a dated event ("stabbed three years ago") is history.
   */
  readonly background?: boolean;
  /**
   * A discriminator that only tells another finding as something else (a forehead drooping with the face, a panic
   * attack told as passed): it is no finding of its own, so a question that holds it ("is it normal that it
   * passed?") is not a finding asked about, and the wording model still reads that message.
   */
  readonly discriminatorOnly?: boolean;
}

export interface SignalDefinition extends SignalOptions {
  readonly id: SignalId;
  readonly patterns: readonly RegExp[];
}

export function define(id: SignalId, sources: readonly string[], options: SignalOptions = {}): SignalDefinition {
  return {
    id,
    patterns: sources.map((source) => new RegExp(source, 'g')),
    ...options,
  };
}

/** Patterns are written as raw template strings so backslashes need no doubling. */
export const r = String.raw;

export const CANNOT = r`(?:cannot|could\s+not|unable\s+to|(?:not|not\s+been)\s+able\s+to)`;
export const POSSESSIVE = r`(?:my|his|her|their|the|our|its)`;

/**
 * The gap between a part of the body and the colour or state told of it, holding no negation: "her lips are not blue"
 * and "his face never went grey" tell the sign absent (a pertinent negative, NICE NG143), and a negation cue inside a
 * finding's own phrase is the finding's, not read again by the negation scope (`negation.ts`). `acrossCommas` lets the
 * gap hold an aside between commas ("the right side of her face, forehead included, droops").
 */
export const GAP_WITHOUT_NEGATION = (most: number, acrossCommas = false): string =>
  r`(?:(?!\b(?:not|never|no)\b)[^.${acrossCommas ? '' : ','};]){0,${most}}`;
/** At most `most` words, none a negation: "she has not gone blue" is no colour told. */
export const WORDS_WITHOUT_NEGATION = (most: number): string => r`(?:(?!(?:not|never|no)\b)\w+\s+){0,${most}}?`;

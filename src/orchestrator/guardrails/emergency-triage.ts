import { orderCategories, type EmergencyCategory } from './emergency-categories.js';
import { normalizeText } from './text-normalizer.js';
import { splitClauses, splitSentences } from './triage/clause-splitter.js';
import { expandClinicalShorthand } from './triage/clinical-shorthand.js';
import { withoutDeniedEcho } from './triage/echoed-question.js';
import { CATEGORY_RULES, discriminatorOf, type CategoryRule, type CategoryTrigger } from './triage/emergency-rules.js';
import { SIGNALS, type SignalDefinition, type SignalId } from './triage/emergency-signals.js';
import { isAskedForStudy } from './triage/asked-for-study.js';
import { isToldAsFiction } from './triage/told-as-fiction.js';
import { isAskedInAdvance } from './triage/asked-in-advance.js';
import { comesTrue, isGeneralQuestion, toldPart, withoutReportedQuestion } from './triage/general-question.js';
import { ALREADY_ASSESSED } from './triage/urgent-after-resolution.js';
import { courseReference, opensNewEpisode, referenceReaches } from './triage/message-course.js';
import { findIdiomSpans, jokeMutes } from './triage/idioms.js';
import { correctMisspellings } from './triage/misspellings.js';
import { withLearnerGrammar } from './triage/learner-grammar.js';
import { otherLanguageReading } from './triage/other-languages/other-language-reading.js';
import { byEnd, findNegationCues, isNegatedInList } from './triage/negation.js';
import { holdsOrdinaryContext, isToldElsewhere } from './triage/ordinary-context.js';
import { pastEpisodeSentences, toldAsReport } from './triage/past-episode.js';
import { findReadAboutCues, isReadAbout } from './triage/read-about.js';
import { findSafetyNetCues, isInSafetyNet } from './triage/safety-net.js';
import { isChronic, isMildOrChronic } from './triage/severity-context.js';
import {
  isBriefEpisodeEndedLater,
  isDatedPastFor,
  isEndedEpisodeClause,
  isRemotePastFor,
  isResolvedAfter,
  isResolvedBefore,
  isResolvedLater,
  isPainGoneLater,
  laterEndingMayHold,
  untilAnotherEpisode,
} from './triage/temporal-context.js';
import { SignalPrefilter, type SignalCandidates } from './triage/signal-prefilter.js';
import {
  isUnderTheBandForAge,
  RATE_SIGNALS_READ_BY_AGE,
  rateIsToldOfTheChild,
  toldAgeInMonths,
  withoutRatesUnderTheBand,
} from './triage/vital-signs-by-age.js';
import { isInsideTheTarget, saturationTargetFloor } from './triage/signals/vital-signs-signals.js';
import { isNonCardiacChestPainWriteUp } from './triage/vignette-chest-pain.js';
import { isChestPainPassedDaysAgo } from './triage/chest-pain-passed-days-ago.js';
import { isChestPainOnEffortSettledAsUsual } from './triage/chest-pain-on-effort-settled.js';
import { isAnginaEasedByTheSprayAsUsual, theSpraysEffects } from './triage/angina-eased-by-the-spray.js';
import { isChestPainThePatientTellsAsChestWallOrReflux } from './triage/chest-pain-the-patient-tells-as-chest-wall-or-reflux.js';
import {
  isUsualMigraineAura,
  isHemiplegicAuraSignal,
  isUsualHemiplegicMigraine,
} from './triage/usual-migraine-aura.js';
import { isResidualDeficitOfAnOldEvent, isToldBesideTheOldCause } from './triage/residual-deficit-of-an-old-event.js';
import { isBreathlessAfterAnEffortSettled } from './triage/breathless-after-an-effort-settled.js';
import { isBreathlessOverDaysStillCoping } from './triage/breathless-over-days-still-coping.js';
import { isTheFaintOrItsWarning, isUncomplicatedFaint } from './triage/uncomplicated-faint.js';
import { setAsideAStoryToldAlone, tellsOnlyItsOwnFindings } from './triage/findings-told-alone.js';
import { applyLimbGoneDeadFromHowItLay } from './triage/limb-gone-dead-from-how-it-lay.js';
import { applyUsualSeizureRecovered } from './triage/usual-seizure-recovered.js';
import { applyFeverToldOfTheTeller } from './triage/fever-told-of-the-teller.js';
import { isStrokeAskedOfAHandNumbAtNight } from './triage/hand-numb-at-night-asked-as-a-stroke.js';
import { isUsualPanicAttackSettled } from './triage/usual-panic-attack-settled.js';
import { isCopdFlareAtItsUsual } from './triage/copd-flare-at-its-usual.js';
import { isPassiveWishWithPlanAndIntentDenied } from './triage/passive-wish-with-plan-and-intent-denied.js';
import { isDeathWishDeniedWhenAsked } from './triage/death-wish-denied-when-asked.js';
import { isSelfHarmMinorWithIntentDenied } from './triage/self-harm-minor-with-intent-denied.js';
import { isPainkillerDoseUnderItsThreshold } from './triage/painkiller-dose-under-its-threshold.js';
import { applyOlderHeadKnockWithoutTheCtCriteria } from './triage/older-head-knock-without-the-ct-criteria.js';
import { applyInjuryToldLongAgo } from './triage/injury-told-long-ago.js';
import { applyFloatersWithTheCurtainToldAbsent } from './triage/floaters-with-the-curtain-told-absent.js';
import { applyMammalBitePunctureMarks } from './triage/mammal-bite-puncture-marks.js';
import {
  DIAGNOSES_ASKED_ABOUT,
  isAskedWithItsSignsAbsent,
  isStrokeAskedOfLongStandingSymptoms,
} from './triage/diagnosis-asked-with-its-signs-absent.js';
import { matchesIn, overlaps, type TextSpan } from './triage/text-span.js';
import { defaultWordingModel } from './triage/learned/default-wording-model.js';
import type { EmergencyWordingModel } from './triage/learned/emergency-wording-model.js';
import { withoutSetAsideClauses } from './triage/learned/set-aside-clauses.js';
import { toldAsWellNow } from './triage/learned/told-as-well-now.js';
import { fumesClearedInFreshAir } from './triage/learned/fumes-cleared-in-fresh-air.js';
import { isRegularMedicineQuestion } from './triage/learned/regular-medicine-question.js';
import { withWordingVerdict, type RuleReading } from './triage/learned/wording-verdict.js';
import type { TriageResult } from './triage-result.js';

export type { EmergencyCategory } from './emergency-categories.js';
export type { TriageResult } from './triage-result.js';

/**
 * What the triage read a message as, handed on with its verdict (`EmergencyTriage.assessAndRead`) to what reads
 * the message after it, which reads it as the triage did.
 */
export interface TriageReading {
  /** The message as the rules read it (shorthand spelled out, normalised, misspellings corrected), in sentences. */
  readonly sentences: readonly string[];
  /**
   * A message (partly) in another language: the plain English the triage read it again in, read the same way, and
   * the languages it was read from. Null for a message in English alone, and for one whose English words already
   * told an emergency (the triage reads no further).
   */
  readonly otherLanguage: { readonly sentences: readonly string[]; readonly languages: readonly string[] } | null;
}

/**
 * The text the wording model reads for a message the rules read as `rules`: the English the rules read a message told
 * in another language in; otherwise the message as written, without a child's rate the rules read as under the band
 * for the age, which is no emergency's word for the model either (review V25, 10:58: muting the model for it silenced
 * a child's bleeding and poisoning the model read). `npm run triage:train` scores the model on the same text.
 */
export function wordingModelText(
  text: string,
  rules: Pick<RuleReading, 'toldInEnglish' | 'ratesReadForTheAge'>,
): string {
  if (rules.toldInEnglish !== undefined) return rules.toldInEnglish;
  return rules.ratesReadForTheAge === undefined ? text : withoutRatesUnderTheBand(text, rules.ratesReadForTheAge);
}

/** The triage's verdict on a message, and what it read the message as. */
export interface TriageAssessment {
  readonly result: TriageResult;
  readonly reading: TriageReading;
}

interface RawFinding extends TextSpan {
  readonly signal: SignalDefinition;
  readonly phrase: string;
}

/** Accepted findings of one message: for each signal, the phrases that showed it. */
type Findings = Map<SignalId, string[]>;

const SIGNAL_PREFILTER = new SignalPrefilter(SIGNALS);

/**
 * Deterministic emergency detection on a patient's message, run before and independently of
 * any language model so that an emergency is answered at once and cannot be talked away.
 *
 * The message is normalised, cut into sentences and clauses, and searched for signals. A
 * signal found in a clause counts unless it is negated ("no chest pain"), part of an idiom
 * ("this headache is killing me"), resolved ("the bleeding has stopped", "it passed and I feel
 * fine" - except stroke-like episodes), remote history ("a seizure as a child"), mild or
 * long-standing where severity decides ("a bit breathless for weeks"), ordinary in its context
 * ("short of breath when I climb stairs"), or sits in a general or hypothetical question
 * ("what are the signs of a stroke?"). Categories follow from the accepted signals by the
 * discriminator rules in `triage/emergency-rules.ts`.
 */
export class EmergencyTriage {
  /**
   * The triage the product runs: the rules, with the learned wording model as a second reading
   * (`triage/learned/`). A bare `new EmergencyTriage()` is the rules alone, as their specs and
   * the model's training read them.
   */
  static withWordingModel(): EmergencyTriage {
    return new EmergencyTriage(defaultWordingModel());
  }

  constructor(private readonly wording: EmergencyWordingModel | null = null) {}

  assess(text: string): TriageResult {
    return this.assessAndRead(text).result;
  }

  /**
   * The verdict, and what the triage read the message as, for what reads the message after it (the lethal-means
   * question, `lethal-means-question.ts`), so that nothing normalises, corrects or reads another language twice.
   */
  assessAndRead(text: string): TriageAssessment {
    const { rules, reading } = this.readMessage(text);
    // The model only adds where the rules flagged nothing and set nothing aside (withWordingVerdict): where they did,
    // its reading could change nothing, and it cost a pass over the message's words and letter pieces.
    if (this.wording === null || rules.result.isEmergency || rules.muted) return { result: rules.result, reading };
    const wording = this.wording.assess(wordingModelText(text, rules));
    if (rules.toldInEnglish === undefined) {
      return { result: withWordingVerdict(rules, wording), reading };
    }
    const setAside = (clause: string): boolean => {
      const { result, muted } = this.readByRules(clause);
      return muted && !result.isEmergency;
    };
    const unlessSetAside = withoutSetAsideClauses(this.wording, rules.toldInEnglish, wording, setAside);
    return { result: withWordingVerdict(rules, unlessSetAside), reading };
  }

  /**
   * The rules' verdict alone, with whether they set a finding aside (what the model's training compares against).
   * A rewrite only ever adds an emergency (review V8: a rewrite of "don" or "dey" took a finding away from a
   * message that was plain English); so does the reading of another language (issue 11): a finding the
   * English words show is never taken away by what the other language's words say.
   */
  readByRules(text: string): RuleReading {
    return this.readMessage(text).rules;
  }

  private readMessage(text: string): { rules: RuleReading; reading: TriageReading } {
    const asWritten = asTheRulesReadIt(text);
    const sentences = splitSentences(asWritten);
    const reading = readAsEnglish(asWritten);
    if (reading.result.isEmergency) return { rules: reading, reading: { sentences, otherLanguage: null } };
    // A message (partly) in another language is read again in the plain English its words say. A message
    // in English alone takes no other path: otherLanguageReading is null for it after one cheap test.
    const other = otherLanguageReading(text);
    if (other === null) return { rules: reading, reading: { sentences, otherLanguage: null } };
    const otherAsWritten = asTheRulesReadIt(other.english);
    const read: TriageReading = {
      sentences,
      otherLanguage: { sentences: splitSentences(otherAsWritten), languages: other.languages },
    };
    const translated = readAsEnglish(otherAsWritten);
    if (!translated.result.isEmergency) {
      // A message mostly in English is read by the wording model as written, and what the other reading sets
      // aside does not hold the model back (review V12, 17:52: an English message with a Spanish place name
      // lost the model's add to a mute the Spanish reading made). A message told in another language is read
      // by the model in the rules' English (issue 11: it read the other language's words as English letter
      // pieces, the source of most of its false alarms there), and held back by what that reading sets aside,
      // a negation, a question or a passed episode told in the language, as it is by the English reading's.
      if (other.toldInEnglish === null) return { rules: reading, reading: read };
      const rules = { ...reading, muted: reading.muted || translated.muted, toldInEnglish: other.toldInEnglish };
      return { rules, reading: read };
    }
    const from = `(read from ${other.languages.join(' and ')})`;
    const discriminators = translated.result.discriminators.map((told) => `${told} ${from}`);
    return { rules: { result: { ...translated.result, discriminators }, muted: reading.muted }, reading: read };
  }
}

/** A message as every rule reads it: shorthand spelled out, normalised, misspellings corrected. */
function asTheRulesReadIt(text: string): string {
  return correctMisspellings(normalizeText(expandClinicalShorthand(text)));
}

/**
 * A message read as English. Learner English and Pidgin are read as English; a rewrite only ever adds an
 * emergency: when the rewritten text flags none, the text as written is read too.
 */
function readAsEnglish(asWritten: string): RuleReading {
  const rewritten = withLearnerGrammar(asWritten);
  const reading = readNormalized(rewritten);
  if (reading.result.isEmergency || rewritten === asWritten) return reading;
  const literal = readNormalized(asWritten);
  return literal.result.isEmergency ? literal : reading;
}

/** The rules' reading of a message already normalised. */
function readNormalized(normalized: string): RuleReading {
  const { findings, muted, ratesReadForTheAge } = collectFindings(normalized);
  const categories: EmergencyCategory[] = [];
  const decisive: string[] = [];
  const discriminators: string[] = [];
  let lastRule: CategoryRule | undefined;
  for (const { rule, trigger } of satisfiedTriggers(findings)) {
    if (rule !== lastRule) categories.push(rule.category);
    lastRule = rule;
    discriminators.push(discriminatorOf(trigger));
    for (const signal of trigger.all) decisive.push(...(findings.get(signal) ?? []));
  }
  return {
    result: {
      isEmergency: categories.length > 0,
      categories: orderCategories(categories),
      matchedPhrases: [...new Set(decisive)],
      discriminators: [...new Set(discriminators)],
    },
    muted:
      muted ||
      (categories.length === 0 &&
        (heldBackByDiscriminator(findings) ||
          onlyUnreachable(findings, normalized) ||
          toldAsWellNow(normalized) ||
          fumesClearedInFreshAir(normalized) ||
          (onlyCircumstances(findings) && isRegularMedicineQuestion(normalized)))),
    ...(ratesReadForTheAge === undefined ? {} : { ratesReadForTheAge }),
  };
}

/**
 * The discriminators that tell a finding as something else, told beside it: a forehead drooping with the face (Bell's
 * palsy), a fever after a baby's MenB jabs, a choking object out. Other `unless` signals of the rules (a pregnancy,
 * an infant) choose between categories and set nothing aside; newborn periodic breathing and a panic attack told as
 * passed hold back a rule but not the wording model, which still catches a breath that fails now beside them.
 */
const TELLS_FINDING_AS_SOMETHING_ELSE: ReadonlySet<SignalId> = new Set<SignalId>([
  'forehead_involved',
  'recent_infant_jabs',
  'choking_cleared',
]);

/**
 * Whether a trigger had every finding it needs and was held back by such a discriminator: the rules heard the
 * finding and set it aside, which the wording model does not overrule (see withWordingVerdict).
 */
function heldBackByDiscriminator(findings: Findings): boolean {
  for (const signal of findings.keys()) {
    for (const { trigger } of TRIGGERS_BY_FIRST_SIGNAL.get(signal) ?? []) {
      if (!trigger.all.every((needed) => findings.has(needed))) continue;
      const discriminator = (trigger.unless ?? []).some(
        (held) => TELLS_FINDING_AS_SOMETHING_ELSE.has(held) && findings.has(held),
      );
      if (discriminator) return true;
    }
  }
  return false;
}

/**
 * A message whose only finding is someone not answering their phone or messages, beside circumstances at most and no
 * welfare worry ("my girlfriend is not answering my calls", "I split up with her last night and said goodbye, now
 * she's not answering my calls"): the rules read the words and found no farewell, despair or means beside them
 * (`uncontactable` decides only with those: NICE NG225), so the wording model, which reads "not answering" as a
 * collapse, does not add.
 */
function onlyUnreachable(findings: Findings, normalized: string): boolean {
  return (
    findings.has('uncontactable') &&
    !WELFARE_WORRY.test(normalized) &&
    [...findings.keys()].every((signal) => signal === 'uncontactable' || CIRCUMSTANCES.has(signal))
  );
}

/**
 * What makes a silence a welfare worry whatever the rules read (review V23, 04:55): a door not answered, someone seen
 * down, someone old, alone or with an illness that can fell them, a silence of a day or more. There the wording model
 * still reads the message: "my dad is 85 and won't answer the door, I can see him on the floor through the window".
 */
const WELFARE_WORRY =
  /\b(?:door|floor|ground|window|lying|slumped|collapsed|alone|elderly|old|diabetic|diabetes|insulin|epilep\w*|seizures?|heart|dementia|since\s+yesterday|for\s+(?:\d+|two|three|a\s+few|several)\s+days|[6-9]\d|1[01]\d)\b/;

/**
 * Signals that tell a circumstance (who, when), never a finding: `timeless` ones, except those the suicide rule reads
 * beside a silence (a farewell, a means, a plan told beside "she is not answering" is read by the rules and the model).
 */
const CIRCUMSTANCES: ReadonlySet<SignalId> = (() => {
  const readBesideASilence = new Set(
    CATEGORY_RULES.filter(({ category }) => category === 'suicide_self_harm').flatMap(({ triggers }) =>
      triggers.flatMap(({ all }) => all),
    ),
  );
  return new Set(SIGNALS.filter(({ id, timeless }) => timeless && !readBesideASilence.has(id)).map(({ id }) => id));
})();

/** One clause's findings: those accepted, and those dropped only because the clause told them as mild or long-standing. */
interface ClauseFindings {
  readonly clause: string;
  readonly sentence: number;
  readonly sentenceText: string;
  readonly told: boolean;
  /** Whether a finding the clause told was a figure of speech (`idioms.ts`): "threw a massive fit", "I could kill myself for forgetting". */
  readonly figurative: boolean;
  accepted: RawFinding[];
  graded: RawFinding[];
  /** Findings the clause's frame set aside (ordinary, past, resolved, mild or long-standing), not negated or idioms. */
  framed: RawFinding[];
  /** Of those, the findings only an `ordinaryUnlessElsewhere` context set aside: they stand if the message tells more. */
  guarded: RawFinding[];
}

/**
 * The accepted findings, and whether any finding was told and set aside: negated, passed,
 * long-standing or mild where that decides, an idiom, or inside a general question.
 */
function collectFindings(normalized: string): {
  findings: Findings;
  muted: boolean;
  ratesReadForTheAge?: number;
} {
  const findings: Findings = new Map();
  // Only signals whose anchor words occur in the message are searched, clause by clause.
  const candidates = SIGNAL_PREFILTER.candidatesIn(normalized);
  if (candidates.length === 0) return { findings, muted: false };
  let askedAbout = false;
  const clauses: ClauseFindings[] = [];
  // The assistant's own question echoed and answered no tells nothing (see triage/echoed-question.ts).
  const sentences = splitSentences(withoutDeniedEcho(normalized)).map(withoutReportedQuestion);
  // Care told as having met an episode, in its sentence or after it ("The GP saw him afterwards").
  const assessedFrom = sentences.map((sentence) => ALREADY_ASSESSED.test(sentence));
  for (let index = sentences.length - 2; index >= 0; index -= 1) assessedFrom[index] ||= assessedFrom[index + 1];
  sentences.forEach((whole, sentenceIndex) => {
    const sentence =
      isAskedForStudy(sentences, sentenceIndex) ||
      isAskedInAdvance(sentences, sentenceIndex) ||
      isToldAsFiction(sentences, sentenceIndex)
        ? null
        : toldPart(whole, sentences[sentenceIndex + 1]);
    if (sentence === null) {
      askedAbout ||= rawFindings(whole, candidates).some(({ signal }) => !signal.discriminatorOnly);
      return;
    }
    const parts = splitClauses(sentence);
    parts.forEach((clause, index) => {
      // "I'm a nurse, what is the first aid for someone who is choking?": a general question after a preamble.
      // Not where the next sentence says it is happening: "... what if someone took 40 paracetamol? my friend has
      // already taken them".
      if (
        index > 0 &&
        WH_OPENER.test(clause) &&
        isGeneralQuestion(clause) &&
        !comesTrue(sentences[sentenceIndex + 1] ?? '')
      )
        return;
      const context: ClauseContext = {
        sentence,
        earlier: parts.slice(0, index),
        later: () => parts.slice(index + 1).join(' , '),
        otherSentences: () => sentences.filter((_, other) => other !== sentenceIndex).join(' . '),
        clauseStart: Math.max(0, sentence.indexOf(clause)),
        assessed: assessedFrom[sentenceIndex],
      };
      clauses.push({
        clause,
        sentence: sentenceIndex,
        sentenceText: sentence,
        ...judgeFindings(clause, context, candidates),
      });
    });
  });
  applyCourseReferences(clauses, assessedFrom);
  applyPresentTurns(clauses);
  const emptiedByTheAge = new Set<ClauseFindings>();
  const ratesReadForTheAge = applyRateBandsForAge(clauses, normalized, emptiedByTheAge);
  applySaturationInsideItsTarget(clauses, normalized, emptiedByTheAge);
  const chestPainReadAsNonCardiac = applyNonCardiacChestPainWriteUp(clauses, normalized, sentences);
  const doseReadUnderItsThreshold = applyPainkillerDoseUnderItsThreshold(clauses, normalized);
  applyOlderHeadKnockWithoutTheCtCriteria(clauses, normalized);
  applyInjuryToldLongAgo(clauses, normalized);
  applyFloatersWithTheCurtainToldAbsent(clauses, normalized);
  applyMammalBitePunctureMarks(clauses, normalized);
  applyGuardStandDowns(clauses);
  applyPastEpisodes(clauses, sentences);
  applyDiagnosesAskedWithTheirSignsAbsent(clauses, normalized);
  applyUsualMigraineAura(clauses, normalized);
  applyResidualDeficitOfAnOldEvent(clauses, normalized);
  applyUncomplicatedFaint(clauses, normalized);
  applyLimbGoneDeadFromHowItLay(clauses, normalized);
  applyUsualSeizureRecovered(clauses, normalized);
  applyFeverToldOfTheTeller(clauses, normalized);
  const panicReadAsSettled = applyUsualPanicAttackSettled(clauses, normalized);
  // A COPD saturation already set aside (told at the usual, framed by the target, read with the rates for the age)
  // leaves the flare reading nothing to set aside: the flare told at the person's usual, coping, holds the wording
  // model back all the same (NICE NG115: the rescue pack and the GP the same day).
  const breathReadAsUsual = applyCopdFlareAtItsUsual(clauses, normalized) || isCopdFlareAtItsUsual(normalized);
  const effortBreathReadAsSettled = applyBreathlessAfterAnEffortSettled(clauses, normalized);
  const breathReadAsCoping = applyBreathlessOverDaysStillCoping(clauses, normalized);
  const wishReadAsDenied = applyPassiveWishWithPlanAndIntentDenied(clauses, normalized);
  for (const { accepted } of clauses) {
    for (const finding of accepted) {
      const phrases = findings.get(finding.signal.id) ?? [];
      phrases.push(finding.phrase);
      findings.set(finding.signal.id, phrases);
    }
  }
  // A clause left with nothing but a child's rates read for the age sets nothing aside the model should not read.
  // A circumstance an ordinary story set aside (a goodbye at the airport) is set aside as much as a symptom is, and an
  // ordinary story told beside circumstances alone (who, what product: a tablet mouthed and spat out) sets aside too.
  const setAside = clauses.some(
    (clause) =>
      (clause.told || clause.guarded.length > 0) &&
      !emptiedByTheAge.has(clause) &&
      (clause.accepted.length === 0 ||
        onlyTheTimeOfAPassedPain(clause.accepted, clause.framed) ||
        onlyTheOrdinaryStorysOwn(clause) ||
        ((clause.figurative || clause.guarded.length > 0) &&
          clause.accepted.every(({ signal }) => signal.timeless || signal.qualifier))),
  );
  return {
    findings,
    muted:
      askedAbout ||
      setAside ||
      chestPainReadAsNonCardiac ||
      panicReadAsSettled ||
      breathReadAsUsual ||
      effortBreathReadAsSettled ||
      breathReadAsCoping ||
      wishReadAsDenied ||
      doseReadUnderItsThreshold,
    ...(ratesReadForTheAge === null ? {} : { ratesReadForTheAge }),
  };
}

/**
 * A clause that tells no finding but the course of those before it ("It has been like that for
 * months", "That was back in 2019", "It came on suddenly") re-grades the findings of the nearest
 * sentence before it that told any (see `triage/message-course.ts`).
 */
function applyCourseReferences(clauses: readonly ClauseFindings[], assessedFrom: readonly boolean[]): void {
  clauses.forEach((referring, index) => {
    const reference = courseReference(referring.clause) ?? (isEndedEpisodeClause(referring.clause) ? 'resolved' : null);
    if (reference === null) return;
    // A clause with findings of its own refers back only as a new, sudden episode of what came before:
    // "same as ever, but this time it came on while I was sitting still" (a known angina now at rest).
    if (referring.told && !(reference === 'sudden_onset' && opensNewEpisode(referring.clause))) return;
    const nearest = clauses
      .slice(0, index)
      .findLast((clause) => clause.told && (clause.accepted.length > 0 || clause.graded.length > 0));
    if (nearest === undefined) return;
    // "He was struggling to breathe. It settled with his inhaler": an ending reaches the sentence just before.
    // (Within one sentence the clauses after a finding already decide: see judgeFindings.)
    if (
      reference === 'resolved' &&
      (referring.sentence !== nearest.sentence + 1 || RETURNED.test(referring.sentenceText))
    )
      return;
    for (const target of clauses.slice(0, index).filter((clause) => clause.sentence === nearest.sentence)) {
      if (reference === 'resolved') {
        const assessed = assessedFrom[target.sentence];
        target.accepted = target.accepted.filter((finding) => stillNeedsCare(finding, target.sentenceText, assessed));
        continue;
      }
      if (!referenceReaches(reference, target.clause)) continue;
      if (reference === 'sudden_onset') {
        target.accepted.push(...target.graded);
        target.graded = [];
      } else if (reference === 'long_standing') {
        target.accepted = target.accepted.filter((finding) => !finding.signal.graded);
      } else {
        target.accepted = target.accepted.filter((finding) => finding.signal.timeless);
      }
    }
  });
}

/**
 * A clause that kept only the time of day its pain began and how bad it was ("severe stomach pain this morning, no pain
 * at all now"): a time of day is read as a TIA's onset and "severe" as a qualifier, neither a finding of its own, and a
 * pain that has passed is set aside whenever it began. Only a time of day (not "sudden", not "for a minute": a
 * thunderclap or a collapse that has passed still needs care, and the wording model may still add them), and only
 * findings that end when they pass (not `persistsWhenResolved`).
 */
const TIME_OF_DAY = /^(?:this\s+(?:morning|afternoon|evening)|earlier\s+today|last\s+night)$/;
/** How bad a pain was, as a qualifier reads it: not how suddenly it came ("sudden" stays a thunderclap's word). */
const HOW_BAD =
  /^(?:severe|terrible|awful|intense|excruciating|unbearable|agonising|agonizing|really\s+bad|very\s+bad)$/;

/**
 * A clause whose finding an ordinary story set aside (`ordinaryUnlessElsewhere`), left with nothing but what that story
 * itself tells (its `alongside` signals: the chest infection's temperature, the "deep" of a deep breath): set aside
 * as a clause left empty is, so the wording model does not add what the rules read as the ordinary story.
 */
function onlyTheOrdinaryStorysOwn({ guarded, accepted }: Pick<ClauseFindings, 'guarded' | 'accepted'>): boolean {
  if (guarded.length === 0) return false;
  const own = new Set(guarded.flatMap(({ signal }) => signal.ordinaryUnlessElsewhere?.alongside ?? []));
  return accepted.every(({ signal }) => own.has(signal.id));
}

function onlyTheTimeOfAPassedPain(accepted: readonly RawFinding[], framed: readonly RawFinding[]): boolean {
  return (
    accepted.every(
      ({ signal, phrase }) =>
        (signal.qualifier && HOW_BAD.test(phrase)) || (signal.id === 'acute_onset' && TIME_OF_DAY.test(phrase)),
    ) &&
    framed.every(
      ({ signal }) =>
        !signal.persistsWhenResolved &&
        signal.persistsWhenResolvedIn === undefined &&
        !signal.briefEpisode &&
        !signal.timeless,
    )
  );
}

/**
 * A clause that turns the story to now and points back at what was told before it as changed:
 * "tonight it's different", "now it is back", "but this time it feels worse". Held only with a time of
 * now at its opening, "it", "this", "they" or "the same" as what it tells about, and a change told of it.
 */
const PRESENT_TURN_BACK =
  /^(?:(?:but|and|so|then)\s+)?(?:(?:just|right)\s+now|now|today|tonight|this\s+(?:time|morning|afternoon|evening))\b[^,]{0,20}?\b(?:it|this|that|they|the\s+same)\s+(?:is|are|was|has|have|feels?|felt|seems?|came|comes|went|goes|got|gets)\s+(?:(?:\w+\s+){0,2}?)(?:different|worse|back|again|returned|stronger|heavier|changed|spreading)\b/;

/**
 * A frame's reach ends at a present turn (review V9, 09:30): "GP said my chest pain last week was reflux
 * and gave me tablets. tonight it's different, crushing, into my jaw and left arm, I'm grey and sweaty".
 * The chest pain the frame set aside as ordinary is what "it" is; when the turn tells a finding of its
 * own that stands (the grey sweating), the findings the frame set aside in its sentence and the sentence
 * before, or graded as mild or long-standing, are read as told now. A turn that tells nothing alarming ("tonight it's much better") re-reads nothing.
 */
function applyPresentTurns(clauses: readonly ClauseFindings[]): void {
  clauses.forEach((turn, index) => {
    const opening = PRESENT_TURN_BACK.exec(turn.clause);
    if (opening === null) return;
    // A finding told after the turn's opening (not its "tonight", which some readings take as a time of intent).
    const toldAfter = ({ signal, start }: RawFinding): boolean =>
      !signal.timeless && !signal.qualifier && start >= opening[0].length;
    if (!turn.accepted.some(toldAfter)) return;
    for (const target of clauses.slice(0, index)) {
      if (target.sentence < turn.sentence - 1) continue;
      target.accepted.push(...target.framed, ...target.graded);
      target.framed = [];
      target.graded = [];
    }
  });
}

/**
 * A child's breathing or heart rate told under the red band for the child's age (NICE NG51, NG143: see
 * `triage/vital-signs-by-age.ts`) is no red flag: it is set aside as a finding told and read as not alarming. Only the
 * rates move; every other finding of the message is read as before, and the wording model still reads the message,
 * without those rates (review V25, 10:58). A rate told in a sentence of an adult named beside the child ("my
 * husband's pulse is 140 ... our 2-year-old has a cold too") is read as the adult's. Returns the age the rates were
 * read for, or null when none was set aside; the clauses it left with no finding go into `emptied`.
 */
function applyRateBandsForAge(
  clauses: readonly ClauseFindings[],
  normalized: string,
  emptied: Set<ClauseFindings>,
): number | null {
  const readByAge = ({ signal }: RawFinding): boolean => RATE_SIGNALS_READ_BY_AGE.has(signal.id);
  if (!clauses.some(({ accepted }) => accepted.some(readByAge))) return null;
  const age = toldAgeInMonths(normalized);
  if (age === null) return null;
  let setAside = false;
  const sentenceTexts: string[] = [];
  for (const { sentence, sentenceText } of clauses) sentenceTexts[sentence] = sentenceText;
  for (const clause of clauses) {
    const earlier = sentenceTexts.slice(0, clause.sentence).filter((text) => text !== undefined);
    const underTheBand = clause.accepted.filter(
      (finding) =>
        readByAge(finding) &&
        isUnderTheBandForAge(finding.signal.id, finding.phrase, age) &&
        rateIsToldOfTheChild(clause.sentenceText, normalized, earlier),
    );
    if (underTheBand.length === 0) continue;
    frameFindings(clause, underTheBand);
    if (clause.accepted.length === 0) emptied.add(clause);
    setAside = true;
  }
  return setAside ? age : null;
}

/**
 * A saturation told inside the target the person's care plan gives (BTS oxygen guideline: 88-92 % in COPD with CO2
 * retention; see `saturationTargetFloor`) is their normal, not hypoxia, wherever in the message the target is told
 * ("care-plan target 88-92%. Today SpO2 89% on air"). Only the saturation moves: a fast breathing rate, confusion or
 * anything else told beside it is read as before, and the wording model still reads the message (the clauses it
 * empties go into `emptied`, as a child's rates read for the age do).
 */
function applySaturationInsideItsTarget(
  clauses: readonly ClauseFindings[],
  normalized: string,
  emptied: Set<ClauseFindings>,
): void {
  const isSaturation = ({ signal }: RawFinding): boolean => signal.id === 'low_oxygen';
  if (!clauses.some(({ accepted }) => accepted.some(isSaturation))) return;
  const floor = saturationTargetFloor(normalized);
  if (floor === null) return;
  for (const clause of clauses) {
    const inside = clause.accepted.filter(
      (finding) => isSaturation(finding) && isInsideTheTarget(finding.phrase, floor),
    );
    if (inside.length === 0) continue;
    frameFindings(clause, inside);
    if (clause.accepted.length === 0) emptied.add(clause);
  }
}

/** The chest pain signals a write-up's non-cardiac reading sets aside. */
const CHEST_PAIN_SIGNALS: ReadonlySet<SignalId> = new Set<SignalId>(['chest_pain', 'chest_discomfort_vague']);
/**
 * Findings a chest-wall, pleuritic or reflux pain keeps beside it: a chest infection's cough and fever, a word a
 * wound's description reads ("deep" of a deep breath) and a word despair reads ("tonight" of "A&E tonight", "low"),
 * which decide only beside self-harm or a disturbed mind, whose rules still read them. Any other finding the rules
 * accept (a low pressure or saturation, a fast pulse, a faint, a fit) keeps the pain an emergency.
 */
const BESIDE_A_NON_CARDIAC_CHEST_PAIN: ReadonlySet<SignalId> = new Set<SignalId>([
  'infection',
  'fever',
  'cough_or_breathing_after_water',
  'wound_needs_care',
  'despair',
]);

/**
 * A chest pain that is not an emergency now by what the message tells of it, with no other finding beside it: a
 * clinician's write-up of chest pain told as the chest wall's, the pleura's or the gullet's, with no cardiac feature or
 * clot risk told but as absent (`triage/vignette-chest-pain.ts`, MTS and NHS 111 chest pain), or a pain that passed
 * more than 12 hours ago with none since (`triage/chest-pain-passed-days-ago.ts`, NICE CG95: a same-day assessment),
 * or a pain effort brings on and rest or GTN settles within minutes as it always does, gone now
 * (`triage/chest-pain-on-effort-settled.ts`, NICE CG95 and CG126: a rapid-access chest pain clinic or the GP), or the
 * teller's own pain brought back by pressing on the spot with the heart's signs told absent, or the burning meals bring
 * and an antacid takes away as it usually does (`triage/chest-pain-the-patient-tells-as-chest-wall-or-reflux.ts`).
 * The pain is set aside, and the wording model held back, as for a negated finding. Returns whether it was.
 */
function applyNonCardiacChestPainWriteUp(
  clauses: readonly ClauseFindings[],
  normalized: string,
  sentences: readonly string[],
): boolean {
  const isChestPain = ({ signal }: RawFinding): boolean => CHEST_PAIN_SIGNALS.has(signal.id);
  if (!clauses.some(({ accepted }) => accepted.some(isChestPain))) return false;
  // The spray's own effects beside the angina it eased are the spray's, set aside with the pain.
  const easedBySpray = isAnginaEasedByTheSprayAsUsual(normalized, sentences);
  const spraysEffects = easedBySpray ? theSpraysEffects(normalized) : new Set<SignalId>();
  const isPainOrSprayEffect = (finding: RawFinding): boolean =>
    isChestPain(finding) || spraysEffects.has(finding.signal.id);
  // Another finding, unless it is the chest pain's own words read as another ("ache in the left side" of the chest
  // read as a belly's) or a chest infection's cough or fever.
  const alone = clauses.every(({ accepted }) =>
    accepted.every(
      (finding) =>
        isPainOrSprayEffect(finding) ||
        finding.signal.qualifier ||
        finding.signal.discriminatorOnly ||
        finding.signal.timeless ||
        BESIDE_A_NON_CARDIAC_CHEST_PAIN.has(finding.signal.id) ||
        finding.signal.id === 'heart_attack_named' ||
        accepted.some((pain) => isChestPain(pain) && overlaps(pain, finding)),
    ),
  );
  if (!alone) return false;
  const painSentences = [
    ...new Set(clauses.filter(({ accepted }) => accepted.some(isChestPain)).map(({ sentenceText }) => sentenceText)),
  ];
  // A heart attack named beside the pain is set aside only by the readings that weigh every red flag of the message
  // (`readRedFlags`), where one had or happening stays a red flag and only one feared or said by someone is not: "my
  // colleague says any pain on the left means a heart attack" beside a pain pressing brings back.
  const namesAHeartAttack = clauses.some(({ accepted }) =>
    accepted.some(({ signal }) => signal.id === 'heart_attack_named'),
  );
  if (namesAHeartAttack)
    return (
      (isNonCardiacChestPainWriteUp(normalized) || isChestPainThePatientTellsAsChestWallOrReflux(normalized)) &&
      frameChestPain(clauses, isChestPain)
    );
  if (
    !isNonCardiacChestPainWriteUp(normalized) &&
    !isChestPainPassedDaysAgo(normalized, sentences, painSentences) &&
    !isChestPainOnEffortSettledAsUsual(normalized, sentences) &&
    !easedBySpray &&
    !isChestPainThePatientTellsAsChestWallOrReflux(normalized)
  )
    return false;
  return frameChestPain(clauses, isPainOrSprayEffect);
}

/** Sets the chest pain aside in every clause, with the words read inside it; returns true. */
function frameChestPain(clauses: readonly ClauseFindings[], isChestPain: (finding: RawFinding) => boolean): true {
  for (const clause of clauses) {
    const chestPain = clause.accepted.filter(
      (finding) =>
        isChestPain(finding) ||
        finding.signal.id === 'heart_attack_named' ||
        clause.accepted.some((pain) => isChestPain(pain) && overlaps(pain, finding)),
    );
    frameFindings(clause, chestPain);
  }
  return true;
}

/** The findings an amount of medicine taken is read by, which a paracetamol amount under the threshold sets aside. */
const AMOUNT_TAKEN_SIGNALS: ReadonlySet<SignalId> = new Set<SignalId>([
  'overdose',
  'overdose_quantity',
  'excess_dose',
  'several_doses',
  'pill_helping',
  'another_helping',
  'paracetamol_excess',
  'paracetamol_named',
  // A cold remedy that holds paracetamol too, whose paracetamol the reader counts only in a total the message tells.
  'paracetamol_remedy',
  // "10 instead of 8 by mistake": a child's dose error only beside a child, who is a finding of its own.
  'child_dose_error',
  // A child's swallow of paracetamol told by the count and the weight (TOXBASE: under 75 mg/kg needs no treatment).
  'child_ingestion',
]);

/** The complaint a medicine was taken for, told right after "for": "for a migraine", "for my back". */
const TAKEN_FOR = /\bfor\s+(?:(?:a|an|my|his|her|their|the|bad|terrible|awful|horrible)\s+){0,2}$/;

/**
 * Paracetamol or ibuprofen told with the weight and under its threshold in a day (75 and 100 mg/kg:
 * `triage/painkiller-dose-under-its-threshold.ts`): its amount is set aside when the message tells no finding but the
 * amount, how it is told and the complaint it was taken for. Any other finding (a sickness, a low mood, a child beside a
 * dose error) leaves every finding to the rules. Returns whether it was: the amount was heard and weighed against the
 * weight, which the wording model, reading words and not milligrams per kilogram, does not overrule.
 */
function applyPainkillerDoseUnderItsThreshold(clauses: readonly ClauseFindings[], normalized: string): boolean {
  const isAmount = ({ signal }: RawFinding): boolean => AMOUNT_TAKEN_SIGNALS.has(signal.id);
  if (!clauses.some(({ accepted }) => accepted.some(isAmount))) return false;
  const alone = clauses.every(({ accepted, clause }) =>
    accepted.every(
      (finding) =>
        isAmount(finding) ||
        finding.signal.qualifier ||
        finding.signal.discriminatorOnly ||
        finding.signal.background ||
        TAKEN_FOR.test(clause.slice(0, finding.start)),
    ),
  );
  if (!alone || !isPainkillerDoseUnderItsThreshold(normalized)) return false;
  for (const clause of clauses) {
    clause.framed.push(...clause.accepted);
    clause.accepted = [];
  }
  return true;
}

/**
 * An ordinary context that quietens an alarm is safe only if it sees everything (review V19, 17:27-17:36): a finding
 * set aside by `ordinaryUnlessElsewhere` stands again wherever the message holds any other accepted finding than those
 * of the signals the ordinary story itself tells (`alongside`). A racing heart, a puffy face, a pregnancy or a faint
 * told anywhere beside "period pain like every month" or "when I'm anxious I can't breathe" is read by the rules.
 */
function applyGuardStandDowns(clauses: readonly ClauseFindings[]): void {
  // A finding: not how it is told ("suddenly", "really bad"), a discriminator that only holds another back, nor a
  // circumstance (who, when, a pregnancy, a medicine), which each guard's red-flag list names by the protocol.
  const isFinding = ({ signal }: RawFinding): boolean =>
    !signal.qualifier && !signal.discriminatorOnly && !signal.timeless;
  const acceptedIds = new Set(
    clauses.flatMap(({ accepted }) => accepted.filter(isFinding).map(({ signal }) => signal.id)),
  );
  if (acceptedIds.size === 0) return;
  for (const clause of clauses) {
    const standing = clause.guarded.filter((finding) => {
      if (!clause.framed.includes(finding)) return false;
      const { signal } = finding;
      const alongside = signal.ordinaryUnlessElsewhere?.alongside ?? [];
      return [...acceptedIds].some((id) => id !== signal.id && !alongside.includes(id));
    });
    if (standing.length === 0) continue;
    clause.accepted.push(...standing);
    clause.framed = clause.framed.filter((finding) => !standing.includes(finding));
    clause.guarded = clause.guarded.filter((finding) => !standing.includes(finding));
  }
}

/**
 * A past episode told over several sentences, dated years back or before today and met by care (see
 * `triage/past-episode.ts`): its findings are history, set aside, when no other sentence of the message reports a
 * finding that stands (a circumstance, how something is told, or what a question asks about is none). "My grandad hit his head on Sunday, the scan was
 * clear. Since this morning he's vomiting and drowsy" is read whole: the head injury with today's vomiting.
 */
function applyPastEpisodes(clauses: readonly ClauseFindings[], sentences: readonly string[]): void {
  // With nothing accepted or graded there is nothing to set aside, and reading the sentences for an episode is costly.
  if (!clauses.some(({ accepted, graded }) => accepted.length > 0 || graded.length > 0)) return;
  const episode = pastEpisodeSentences(sentences);
  if (episode.size === 0) return;
  const isFinding = ({ signal }: RawFinding): boolean =>
    !signal.qualifier && !signal.discriminatorOnly && !signal.timeless;
  const toldElsewhere = clauses.some(
    ({ sentence, sentenceText, accepted }) =>
      !episode.has(sentence) && accepted.some(isFinding) && toldAsReport(sentenceText),
  );
  if (toldElsewhere) return;
  for (const clause of clauses) {
    if (!episode.has(clause.sentence)) continue;
    clause.framed.push(...clause.accepted, ...clause.graded);
    clause.accepted = [];
    clause.graded = [];
  }
}

/**
 * A diagnosis asked about ("is this a stroke?", "could this be a miscarriage?") in a message that tells the findings
 * that make it absent or normal (`triage/diagnosis-asked-with-its-signs-absent.ts`): the name is the teller's worry and
 * is set aside, as a negated finding is. Any finding told beside it is read by its own signal.
 */
function applyDiagnosesAskedWithTheirSignsAbsent(clauses: readonly ClauseFindings[], normalized: string): void {
  for (const clause of clauses) {
    const asked = clause.accepted.filter(
      ({ signal, phrase }) =>
        (DIAGNOSES_ASKED_ABOUT.has(signal.id) && isAskedWithItsSignsAbsent(signal.id, phrase, normalized)) ||
        isStrokeAskedOfLongStandingSymptoms(signal.id, phrase, normalized) ||
        isStrokeAskedOfAHandNumbAtNight(signal.id, phrase, normalized),
    );
    if (asked.length === 0) continue;
    frameFindings(clause, asked);
  }
}

/** What a migraine aura and its headache are told by (CKS), and the stroke an onlooker fears: what a usual aura sets aside. */
const AURA_SIGNALS: ReadonlySet<SignalId> = new Set<SignalId>([
  'limb_numbness',
  'limb_tingling',
  'focal_deficit_lay',
  'vision_disturbance',
  'sudden_vision_loss',
  'headache',
  'nausea',
  'stroke_now',
  'stroke_named',
]);
/** A one-sided finding told by its feeling ("tingling on one side"), which an aura tells, not a weakness. */
const SENSORY_WORDS = /\b(?:tingl\w*|numb\w*|pins\s+and\s+needles|prickl\w*)\b/;

/**
 * A migraine aura told as the person's usual one, with no red flag told (`triage/usual-migraine-aura.ts`, CKS migraine):
 * its tingling, numbness or lights, and the stroke an onlooker named, are set aside as the person's migraine, when the
 * message holds no other finding the rules read; so is the weak limb of a known hemiplegic migraine's usual attack.
 */
function applyUsualMigraineAura(clauses: readonly ClauseFindings[], normalized: string): void {
  const isAura = ({ signal, phrase }: RawFinding): boolean =>
    AURA_SIGNALS.has(signal.id) || (signal.id === 'one_sided_weakness' && SENSORY_WORDS.test(phrase));
  setAsideAStoryToldAlone(clauses, isAura, () => isUsualMigraineAura(normalized));
  const isHemiplegicAura = (finding: RawFinding): boolean =>
    isAura(finding) || isHemiplegicAuraSignal(finding.signal.id);
  setAsideAStoryToldAlone(clauses, isHemiplegicAura, () => isUsualHemiplegicMigraine(normalized));
}

/** The deficits an old stroke or Bell's palsy leaves behind, and the stroke named with them. */
const RESIDUAL_DEFICIT_SIGNALS: ReadonlySet<SignalId> = new Set<SignalId>([
  'face_droop',
  'face_deficit_lay',
  'face_dropped_plain',
  'speech_difficulty',
  'speech_lost_plain',
  'seems_drunk',
  'arm_failing_plain',
  'one_sided_weakness',
  'arm_and_leg_of_one_side',
  'limb_weakness',
  'limb_numbness',
  'limb_tingling',
  'focal_deficit_lay',
  'diplopia',
  'stroke_now',
  'stroke_named',
]);

/**
 * A deficit told as what an old stroke or palsy left, unchanged, with no red flag told
 * (`triage/residual-deficit-of-an-old-event.ts`, NICE NG128): the deficit is set aside as the person's baseline when
 * the message holds no other finding the rules read.
 */
function applyResidualDeficitOfAnOldEvent(clauses: readonly ClauseFindings[], normalized: string): void {
  const isResidual = ({ signal }: RawFinding): boolean => RESIDUAL_DEFICIT_SIGNALS.has(signal.id);
  if (!tellsOnlyItsOwnFindings(clauses, isResidual) || !isResidualDeficitOfAnOldEvent(normalized)) return;
  // Only the deficit told where the old cause or its unchanged course is told; one told after "but" is a second one.
  for (const clause of clauses) {
    const toldWithTheOldCause = (finding: RawFinding): boolean =>
      isToldBesideTheOldCause(clause.sentenceText, clause.clause, finding);
    frameFindings(
      clause,
      clause.accepted.filter((finding) => isResidual(finding) && toldWithTheOldCause(finding)),
    );
  }
}

/** Moves `picked` from what the clause accepts to what it frames: told, and read as not alarming. */
function frameFindings(clause: ClauseFindings, picked: readonly RawFinding[]): void {
  clause.accepted = clause.accepted.filter((finding) => !picked.includes(finding));
  clause.framed.push(...picked);
}

/**
 * An uncomplicated faint told with its trigger, its warning and a full recovery, with no red flag told
 * (`triage/uncomplicated-faint.ts`, NICE CG109): the faint and its warning are set aside when the message holds no other
 * finding the rules read.
 */
function applyUncomplicatedFaint(clauses: readonly ClauseFindings[], normalized: string): void {
  const isFaint = ({ signal, phrase }: RawFinding): boolean => isTheFaintOrItsWarning(signal.id, phrase);
  setAsideAStoryToldAlone(clauses, isFaint, () => isUncomplicatedFaint(normalized));
}

/** Whether the rules read nothing in a message but how it is told and who, what and when (`TOLD_NOT_FOUND`). */
function onlyCircumstances(findings: Findings): boolean {
  return [...findings.keys()].every((id) => TOLD_NOT_FOUND.has(id));
}

/** How something is told, a discriminator or a circumstance: no finding of its own. */
const TOLD_NOT_FOUND: ReadonlySet<SignalId> = new Set<SignalId>(
  SIGNALS.filter(({ qualifier, discriminatorOnly, timeless }) => qualifier || discriminatorOnly || timeless).map(
    ({ id }) => id,
  ),
);

/**
 * The findings `isPart` picks are set aside (as told and read as not alarming) when no other finding of the message
 * takes part in what the rules read as an emergency (every trigger the message meets needs only the picked findings,
 * how something is told, a discriminator and a circumstance: a word a rule reads only beside another, such as "tonight"
 * beside a farewell, is no finding here) and `holds` reads the whole message, given the sentences the picked findings
 * were read in, as the story a protocol sends to a GP or a clinic. Returns whether they were.
 */
function setAsideWhenAlone(
  clauses: readonly ClauseFindings[],
  isPart: (finding: RawFinding) => boolean,
  holds: (partSentences: readonly string[]) => boolean,
): boolean {
  if (!clauses.some(({ accepted }) => accepted.some(isPart))) return false;
  const findings: Findings = new Map();
  const parts = new Set<SignalId>();
  for (const finding of clauses.flatMap(({ accepted }) => accepted)) {
    findings.set(finding.signal.id, [...(findings.get(finding.signal.id) ?? []), finding.phrase]);
    if (isPart(finding)) parts.add(finding.signal.id);
  }
  const alone = satisfiedTriggers(findings).every(({ trigger }) =>
    trigger.all.every((id) => parts.has(id) || TOLD_NOT_FOUND.has(id)),
  );
  if (!alone) return false;
  const partSentences = [
    ...new Set(clauses.filter(({ accepted }) => accepted.some(isPart)).map(({ sentenceText }) => sentenceText)),
  ];
  if (!holds(partSentences)) return false;
  for (const clause of clauses) {
    const part = clause.accepted.filter(isPart);
    frameFindings(clause, part);
  }
  return true;
}

/** What a panic attack is told by (NICE CG113, the NHS): a tight chest, a pounding heart, tingling, air hunger, fast breathing. */
const PANIC_ATTACK_SIGNALS: ReadonlySet<SignalId> = new Set<SignalId>([
  'chest_pain',
  'chest_discomfort_vague',
  'palpitations',
  'limb_tingling',
  'cannot_breathe',
  'short_of_breath',
  'fast_breathing',
  'swallow_or_breath_trouble',
]);

/** Tingling hands, which `spine_impact` reads beside an injury and a panic attack tells by itself (no injury told beside it). */
const TINGLING_TOLD = /\b(?:tingl\w*|pins\s+and\s+needles)\b/;

/**
 * A person's usual panic attack told as settled, with no red flag of a chest pain told (`triage/usual-panic-attack-settled.ts`,
 * NICE CG113 and CG95): the attack's findings are set aside when the message holds no other finding the rules read, and
 * the wording model held back. Returns whether they were.
 */
function applyUsualPanicAttackSettled(clauses: readonly ClauseFindings[], normalized: string): boolean {
  return setAsideWhenAlone(
    clauses,
    ({ signal, phrase }) =>
      PANIC_ATTACK_SIGNALS.has(signal.id) || (signal.id === 'spine_impact' && TINGLING_TOLD.test(phrase)),
    () => isUsualPanicAttackSettled(normalized),
  );
}

/** The warning signs a wish to be dead is told by, which decide only beside intent, a plan, a means or an attempt. */
const PASSIVE_WISH_SIGNALS: ReadonlySet<SignalId> = new Set<SignalId>(['suicidal_context', 'despair']);
/** Self-harm told as an act, which minor wounds with the wish to die denied set aside (`triage/self-harm-minor-with-intent-denied.ts`). */
const SELF_HARM_SIGNALS: ReadonlySet<SignalId> = new Set<SignalId>(['self_harm', 'self_injury_told']);
/** A wish to die said outright, with the warning signs beside it (`triage/death-wish-denied-when-asked.ts`). */
const DEATH_WISH_SIGNALS: ReadonlySet<SignalId> = new Set<SignalId>(['suicidal_intent', 'suicidal_context', 'despair']);

/**
 * A wish to be dead told with the plan and the intent told absent (`triage/passive-wish-with-plan-and-intent-denied.ts`,
 * Columbia, NICE NG225), or a wish to die said in a moment and denied when asked (`triage/death-wish-denied-when-asked.ts`):
 * the warning signs, and the wish, are set aside when the message holds no other finding the rules read, and the
 * wording model held back. Returns whether they were.
 */
function applyPassiveWishWithPlanAndIntentDenied(clauses: readonly ClauseFindings[], normalized: string): boolean {
  return (
    setAsideWhenAlone(
      clauses,
      ({ signal }) => PASSIVE_WISH_SIGNALS.has(signal.id),
      () => isPassiveWishWithPlanAndIntentDenied(normalized),
    ) ||
    setAsideWhenAlone(
      clauses,
      ({ signal }) => DEATH_WISH_SIGNALS.has(signal.id),
      () => isDeathWishDeniedWhenAsked(normalized),
    ) ||
    setAsideWhenAlone(
      clauses,
      ({ signal }) => SELF_HARM_SIGNALS.has(signal.id),
      () => isSelfHarmMinorWithIntentDenied(normalized),
    )
  );
}

/** What a COPD flare at the person's usual is told by: breathlessness, and a saturation inside their own target. */
const COPD_FLARE_SIGNALS: ReadonlySet<SignalId> = new Set<SignalId>(['short_of_breath', 'low_oxygen']);

/**
 * COPD breathlessness or a flare told at the person's usual saturation, coping, no red flag told
 * (`triage/copd-flare-at-its-usual.ts`, NICE NG115 and the BTS oxygen guideline): the breathlessness is set aside when
 * the message holds no other finding the rules read, and the wording model held back. Returns whether it was.
 */
function applyCopdFlareAtItsUsual(clauses: readonly ClauseFindings[], normalized: string): boolean {
  return setAsideWhenAlone(
    clauses,
    ({ signal }) => COPD_FLARE_SIGNALS.has(signal.id),
    () => isCopdFlareAtItsUsual(normalized),
  );
}

/** The breathlessness and the heartbeat an effort brings (`triage/breathless-after-an-effort-settled.ts`). */
const EFFORT_BREATH_SIGNALS: ReadonlySet<SignalId> = new Set<SignalId>([
  'short_of_breath',
  'cannot_breathe',
  'breathing_trouble',
  'palpitations',
]);

/**
 * Breathlessness and a pounding heart told after a hard effort and settled within minutes, fine now, with no red flag
 * told (`triage/breathless-after-an-effort-settled.ts`, NHS 111 breathing problems: the GP): set aside, and the wording
 * model held back, when nothing but the breath and the heartbeat decides. Returns whether they were.
 */
function applyBreathlessAfterAnEffortSettled(clauses: readonly ClauseFindings[], normalized: string): boolean {
  return setAsideWhenAlone(
    clauses,
    ({ signal }) => EFFORT_BREATH_SIGNALS.has(signal.id),
    () => isBreathlessAfterAnEffortSettled(normalized),
  );
}

/** The breathlessness a course of days tells (`triage/breathless-over-days-still-coping.ts`). */
const BREATH_OVER_DAYS_SIGNALS: ReadonlySet<SignalId> = new Set<SignalId>(['short_of_breath', 'breathing_trouble']);

/**
 * Breathlessness told over days in a person told talking, walking or working, with no red flag told
 * (`triage/breathless-over-days-still-coping.ts`, NHS 111 breathing problems: the GP the same day): set aside, and the
 * wording model held back, when nothing but the breathlessness decides. Returns whether it was.
 */
function applyBreathlessOverDaysStillCoping(clauses: readonly ClauseFindings[], normalized: string): boolean {
  return setAsideWhenAlone(
    clauses,
    ({ signal }) => BREATH_OVER_DAYS_SIGNALS.has(signal.id),
    () => isBreathlessOverDaysStillCoping(normalized),
  );
}

/** An ending taken back in its own sentence: "it settled, but it has come back". */
// "It has not come back" tells the ending held, not taken back.
const RETURNED =
  /\b(?:but|still|again|worse|until)\b|(?<!\b(?:not|never)\s(?:\w+\s)?)\b(?:come\s+back|came\s+back|comes\s+back|returned)\b/;

/**
 * What an ending told in a later sentence leaves standing: circumstances, and episodes the
 * protocols still send on - unless care has already seen the episode ("She collapsed at the bus
 * stop. The paramedics checked her over and she is fine.").
 */
function stillNeedsCare({ signal }: RawFinding, sentence: string, assessed: boolean): boolean {
  if (signal.timeless) return true;
  if (assessed || signal.resolvesWhenKnown?.test(sentence)) return false;
  if (signal.persistsWhenResolved || signal.persistsWhenResolvedIn?.test(sentence)) return true;
  // Only symptoms graded by their course end in a later sentence: an injury, a collapse or a
  // poisoning told before stays told.
  return !signal.graded;
}

/** Where a clause stands: its sentence, the clauses around it, and whether care has met what it tells. */
interface ClauseContext {
  readonly sentence: string;
  readonly earlier: readonly string[];
  readonly later: () => string;
  /** The message's other sentences, earlier and later (what takes an ordinary context back: see `ordinaryUnlessElsewhere`). */
  readonly otherSentences: () => string;
  /** Where the clause starts in its sentence (an ordinary context told before a turn does not reach past it). */
  readonly clauseStart: number;
  readonly assessed: boolean;
}

function judgeFindings(
  clause: string,
  { sentence, earlier, later, otherSentences, clauseStart, assessed }: ClauseContext,
  candidates: SignalCandidates,
): Pick<ClauseFindings, 'told' | 'figurative' | 'accepted' | 'graded' | 'framed' | 'guarded'> {
  const raw = rawFindings(clause, candidates);
  // Circumstances and onset words ("suddenly", "pregnant") tell no finding a later course could be about.
  const told = raw.some(({ signal }) => !signal.timeless && !signal.qualifier);
  if (raw.length === 0) return { told, figurative: false, accepted: [], graded: [], framed: [], guarded: [] };
  const idioms = findIdiomSpans(clause);
  const figurative = raw.some(
    (finding) => !finding.signal.timeless && idioms.some((idiom) => overlaps(idiom, finding)),
  );
  const cues = findNegationCues(clause, raw);
  const rawByEnd = byEnd(raw);
  // The safety-net, read-about and joke readings are made only for a finding that reaches them: most findings a
  // clause holds are settled by an idiom or a negation first, or are circumstances the safety net and the joke never read.
  let safetyNets: TextSpan[] | undefined;
  let readAbout: TextSpan[] | undefined;
  let mutedAsJoke: ((signal: SignalId) => boolean) | undefined;
  // Read only for a graded finding (gradedAway): most clauses hold none, and both run the acute-onset test.
  let mild: boolean | undefined;
  let chronic: boolean | undefined;
  // What a signal's `persistsWhenTold` reads anywhere in the message: the finding back or lasting, which outweighs
  // an ending told of it and a mild or long-standing course.
  const isToldBackOrLasting = ({ persistsWhenTold }: RawFinding['signal']): boolean =>
    persistsWhenTold !== undefined && isToldElsewhere(persistsWhenTold, () => `${sentence} . ${otherSentences()}`);
  // What the clause says is not so, or says only as a figure of speech, a safety net or a joke.
  const saidAsSo = (finding: RawFinding): boolean => {
    const { signal } = finding;
    if (idioms.some((idiom) => overlaps(idiom, finding))) return false;
    if (isNegatedInList(clause, finding, cues, rawByEnd)) return false;
    // A circumstance stays real inside a safety net: 'come back if the headache after my fall gets worse'.
    if (!signal.timeless && isInSafetyNet(clause, finding, (safetyNets ??= findSafetyNetCues(clause)))) return false;
    // What was read about is a topic, circumstances too: "I read about carbon monoxide from old boilers".
    if (isReadAbout(clause, finding, (readAbout ??= findReadAboutCues(clause)))) return false;
    return signal.timeless || !(mutedAsJoke ??= jokeMutes(sentence, clause))(signal.id);
  };
  // Whether an ending can be told after a finding, read once for the clause and what follows it (see laterEndingMayHold).
  let endingMayFollow: ((from: number) => boolean) | undefined;
  const endingMayFollowFrom = (from: number): boolean =>
    (endingMayFollow ??= laterEndingMayHold(`${clause} , ${later()}`))(from);
  const standsApartFromSeverity = (finding: RawFinding): boolean => {
    const { signal } = finding;
    if (!saidAsSo(finding)) return false;
    if (signal.ordinaryWhen && holdsOrdinaryContext(signal.ordinaryWhen, sentence, clauseStart + finding.start))
      return false;
    // The clause, and the rest of the sentence, as far as another, earlier episode told after the finding
    // ("..., last time it settled"): an ending or a date is set aside with that episode. What keeps the
    // finding standing ("still going", "not today", "and it's starting again") is read over all of it, so
    // each reading below holds only where it held over the whole clause and rest too (review V10, 12:16).
    // The cut text is made only once a reading has held over the whole: most findings never need it.
    const afterFinding = clause.slice(finding.end);
    const ownClause = (): string => clause.slice(0, finding.end) + untilAnotherEpisode(afterFinding);
    // Circumstances (a pregnancy, a knock to the head) are not resolved by time; symptoms are.
    // A date years back still makes an event history ("stabbed in the leg three years ago").
    if (signal.timeless)
      return signal.background || !(isDatedPastFor(clause, finding) && isDatedPastFor(ownClause(), finding));
    if (isRemotePastFor(clause, finding) && isRemotePastFor(ownClause(), finding)) return false;
    const whole = `${afterFinding} , ${later()}`;
    let rest: string | undefined;
    // `whole` is the clause and what follows from the finding on: with no ending word there, no ending is read.
    const endsLater = (reading: (text: string) => boolean): boolean =>
      endingMayFollowFrom(finding.end) && reading(whole) && reading((rest ??= untilAnotherEpisode(whole)));
    const resolved =
      isResolvedAfter(clause, finding) ||
      endsLater((text) => isResolvedLater(text, clause.slice(0, finding.end))) ||
      (isAPain(finding) && endsLater(isPainGoneLater)) ||
      (Boolean(signal.graded || signal.briefEpisode) && endsLater(isBriefEpisodeEndedLater)) ||
      isResolvedBefore(earlier, clause);
    // A TIA, a first fit or a faint with no warning still needs care once passed - unless care has seen it.
    if (
      signal.persistsWhenResolved ||
      signal.persistsWhenResolvedIn?.test(sentence) ||
      (resolved && isToldBackOrLasting(signal))
    ) {
      return !(resolved && (assessed || Boolean(signal.resolvesWhenKnown?.test(sentence))));
    }
    return !resolved;
  };
  // What the message tells back or lasting (`persistsWhenTold`) is no mild or long-standing course.
  const gradedAway = ({ signal }: RawFinding): boolean =>
    (signal.graded === 'course'
      ? (chronic ??= isChronic(clause))
      : Boolean(signal.graded) && (mild ??= isMildOrChronic(clause))) && !isToldBackOrLasting(signal);
  // An ordinary story that sees no red flag in the whole message (see applyGuardStandDowns for other findings).
  const guardHolds = ({ signal, start }: RawFinding): boolean => {
    const guard = signal.ordinaryUnlessElsewhere;
    return (
      guard !== undefined &&
      holdsOrdinaryContext(guard.when, sentence, clauseStart + start) &&
      !isToldElsewhere(guard.unless, otherSentences)
    );
  };
  const standing = raw.filter(standsApartFromSeverity);
  const guarded = standing.filter(guardHolds);
  const kept = standing.filter((finding) => !guarded.includes(finding));
  return {
    told,
    figurative,
    accepted: kept.filter((finding) => !gradedAway(finding)),
    graded: kept.filter(gradedAway),
    framed: raw.filter((finding) => (!standing.includes(finding) || guarded.includes(finding)) && saidAsSo(finding)),
    guarded: guarded.filter((finding) => !gradedAway(finding)),
  };
}

/**
 * A finding that is a pain, by its signal or its words: what "no pain now" told after it ends (`isPainGoneLater`). Not a
 * chest pain (review V23, 04:45): one with cardiac or tearing features in the last hours needs care though it has gone
 * (NICE CG95: pain-free now, pain in the last 12 hours), and "no more pain now" beside it is no ending.
 */
function isAPain({ signal, phrase }: RawFinding): boolean {
  if (/chest|cardiac|dissection|aortic|vascular/.test(signal.id) || /\bchest\b/.test(phrase)) return false;
  return /pain|ache/.test(signal.id) || /\b(?:pain\w*|aches?|aching|hurt\w*|sore|cramp\w*|agony)\b/.test(phrase);
}

// A later clause that opens a question or a condition ("..., if someone is bleeding heavily, how long ...", "..., is it
// ever ok to wait if someone has chest pain").
const WH_OPENER =
  /^(?:what|how|which|when|where|why|who|if|in\s+case|suppose|supposing|hypothetically|is\s+it\s+ever|at\s+what\s+(?:point|stage))\b/;

function rawFindings(clause: string, candidates: SignalCandidates): RawFinding[] {
  const found: RawFinding[] = [];
  for (const { signal, patterns } of SIGNAL_PREFILTER.viableIn(clause, candidates)) {
    for (const pattern of patterns) {
      for (const match of matchesIn(pattern, clause)) {
        const phrase = match[0].trim();
        found.push({ signal, phrase, start: match.index, end: match.index + match[0].length });
      }
    }
  }
  return found;
}

/** A rule's trigger, with its place in the evaluation order of CATEGORY_RULES (rule by rule, trigger by trigger). */
interface PlacedTrigger {
  readonly rule: CategoryRule;
  readonly trigger: CategoryTrigger;
  readonly order: number;
}

/**
 * Every trigger, filed under the first of the signals it needs all of (none needs none: a spec
 * holds it). A trigger is met only if that signal was found, so a message is checked against the
 * triggers filed under its findings, not all 1,200: most messages have none or a few findings,
 * and every reading of a message (as written, rewritten, in another language) checked them all.
 */
const TRIGGERS_BY_FIRST_SIGNAL: ReadonlyMap<SignalId, readonly PlacedTrigger[]> = (() => {
  const filed = new Map<SignalId, PlacedTrigger[]>();
  let order = 0;
  for (const rule of CATEGORY_RULES) {
    for (const trigger of rule.triggers) {
      const first = trigger.all[0];
      if (first === undefined)
        throw new Error(`A trigger of ${rule.category} needs no signal: it would fire on every message.`);
      const list = filed.get(first) ?? [];
      list.push({ rule, trigger, order });
      filed.set(first, list);
      order += 1;
    }
  }
  return filed;
})();

/** The triggers the findings satisfy, in the evaluation order of CATEGORY_RULES. */
function satisfiedTriggers(findings: Findings): PlacedTrigger[] {
  const satisfied: PlacedTrigger[] = [];
  for (const signal of findings.keys()) {
    for (const placed of TRIGGERS_BY_FIRST_SIGNAL.get(signal) ?? []) {
      if (isSatisfied(placed.trigger, findings)) satisfied.push(placed);
    }
  }
  return satisfied.sort((a, b) => a.order - b.order);
}

function isSatisfied(trigger: CategoryTrigger, findings: Findings): boolean {
  return (
    trigger.all.every((signal) => findings.has(signal)) &&
    !(trigger.unless ?? []).some((signal) => findings.has(signal)) &&
    !(trigger.unlessAll !== undefined && trigger.unlessAll.every((signal) => findings.has(signal)))
  );
}

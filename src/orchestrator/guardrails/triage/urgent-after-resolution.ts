import { NEWBORN } from './triage-vocabulary.js';

/**
 * Contexts in which an episode that has passed still needs care now. "It passed and he is fine"
 * resolves most findings, but the protocols send some episodes on however well the person looks
 * afterwards: chest pain that came on at rest may be unstable angina (NICE CG95: recent chest
 * pain at rest is an emergency), and a faint with no warning or during exertion may be cardiac
 * syncope (NICE CG109 red flags). Signals use these as `persistsWhenResolvedIn`.
 */

/** Pain that came at rest or woke the person: "at rest last night", "woke him at 3am". */
export const AT_REST =
  /\b(?:at\s+rest|while\s+(?:resting|sitting(?:\s+down)?|lying\s+down|asleep|sleeping|watching\s+tv)|in\s+(?:my|his|her|their)\s+sleep|woke\s+(?:me|him|her|them)(?:\s+up)?|doing\s+nothing)\b/;

/** Exertion at the moment of a collapse: "while playing football", "mid-run", "during PE". */
export const EXERTION =
  /\b(?:(?:while|whilst|during|when)\s+(?:(?:i|he|she|they)\s+(?:was|were)\s+)?(?:exercis\w+|running|jogging|sprinting|racing|cycling|training|dancing|lifting|working\s+out|swimming|exertion|pe|gym|(?:a|the|his|her|my|their)\s+(?:(?:football|soccer|rugby|hockey|netball|basketball|tennis|squash|cricket|badminton|5k|10k|park|charity|cross[- ]country|school|cup|league)\s+)?(?:run|race|match|game|training\s+session)|playing\s+(?:\w+\s+)?(?:football|soccer|rugby|sport|tennis|basketball|netball|hockey|squash|a\s+match))|mid[- ](?:run|race|match|game|sprint|workout)|at\s+the\s+gym|on\s+the\s+treadmill|at\s+sports\s+day)\b/;

/** A collapse with no warning, or during exertion. */
export const NO_WARNING_OR_EXERTION = new RegExp(
  String.raw`\b(?:(?:with\s+no|without\s+(?:any\s+)?)\s*warning|no\s+warning|just\s+dropped)\b|` + EXERTION.source,
);

/**
 * The episode has already been assessed: "the paramedics checked him", "seen in A&E and sent
 * home", "checked at the hospital", a clinician's verdict on what it was ("the out-of-hours doctor
 * said it looks like a simple febrile seizure"; not one that sends on: "said he needs to go in",
 * "said it could be a mini stroke"). Told with a recovery, even a TIA or a first fit is history
 * that care has already met.
 */
export const ALREADY_ASSESSED =
  /\b(?:paramedics?|ambulance\s+crew|doctors?|gp|a\s*&\s*e|a\s+and\s+e|hospital|er|nurses?)\s+(?:\w+\s+){0,2}?(?:checked|saw|assessed|examined|looked\s+(?:him|her|them|me)\s+over|discharged|sent\s+(?:him|her|them|me|us)\s+home|cleared)\b|\b(?:checked\s+(?:over|out)|seen|assessed|examined)\s+(?:\w+\s+){0,2}?(?:by|at|in)\s+(?:the\s+|a\s+)?(?:paramedics?|ambulance\s+crew|doctors?|gp|a\s*&\s*e|a\s+and\s+e|hospital|er|urgent\s+care|(?:[\w-]+\s+){0,3}?clinic|neurolog\w+|cardiolog\w+)\b|\bdischarged\b|\b(?:doctors?|gp|paramedics?|ambulance\s+crew|hospital|a\s*&\s*e|nurses?|consultant|paediatrician|pediatrician)\s+(?:there\s+)?(?:who\s+)?(?:said|says|told\s+(?:us|me|him|her))\s+(?:that\s+)?(?:it|this|he|she|they)\s+(?:was|is|looks|looked|had|has|sounds|sounded)\b(?!\s+(?:\w+\s+){0,2}?(?:needs?|should|must|to\s+go|urgent|serious|emergency|stroke|mini|tia|heart|sepsis|septic|mening\w*|bleed\w*|clot|ectopic|torsion|twisted|appendi\w*|not))|\bchecked\s+(?:\w+\s+){0,1}?(?:at|in)\s+(?:the\s+|a\s+)?(?:hospital|a\s*&\s*e|a\s+and\s+e|er|urgent\s+care)\b/;

/**
 * A baby under a year: a blue, floppy or unresponsive spell that has passed is a brief resolved
 * unexplained event (AAP BRUE 2016; NICE NG143 red flags) and is assessed now, however well she looks.
 */
export const BABY_UNDER_ONE = new RegExp(
  String.raw`${NEWBORN}|\b(?:baby|infant|(?:[1-9]|1[0-2]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ]months?[- ]old)\b`,
);

/**
 * Air hunger told as what anxiety or stress does to the writer, as a pattern: "when I'm anxious I feel like I can't
 * breathe", "my anxiety makes me feel like I can't get a deep breath", "episodes of feeling unable to breathe when
 * anxious". NHS guidance on anxiety and panic (and NICE CG113) names the feeling of not being able to breathe, with
 * yawning, sighing and tingling, as anxiety's own symptom; told as what happens whenever the person is anxious, it
 * is a question for the GP, not a breathing emergency. Never where the message tells a sign seen (blue or grey,
 * unable to speak or finish sentences, wheeze, a throat or tongue swelling), a food, sting or allergy, chest pain, a
 * faint or drowsiness, or the episode as going on or unlike the usual ("for an hour", "getting worse", "tonight it's
 * different", "still"): those are read as usual. A turn ("but now", "but tonight") ends the pattern's reach (see
 * `ordinary-context.ts`).
 */

/** Anxiety or stress as the habitual trigger, not as the writer's reaction to the breathing. */
const ANXIETY_AS_TRIGGER = String.raw`\b(?:when(?:ever)?|if|every\s+time)\s+(?:i|he|she|they)\s+(?:am|is|are|get|gets|feel|feels|become|becomes)\s+(?:\w+\s+)?(?:anxious|stressed|nervous|panicky|worked\s+up|wound\s+up)\b|\bwhen(?:ever)?\s+(?:anxious|stressed|nervous|panicky)\b|\b(?:my|his|her|their)\s+(?:anxiety|panic|stress|nerves)\s+(?:makes?|made|gives?)\s+(?:me|him|her|them)\b|\b(?:anxiety|stress)\s+makes\s+(?:me|him|her|them)\b`;

/**
 * What makes the air hunger a finding after all, read over the whole message (review V19, 17:36: "when I get anxious I
 * feel like I can't breathe, this started after my new antibiotic and my face feels puffy and itchy" was silenced):
 * a sign seen (blue, grey, lips, cannot speak), anaphylaxis's (NICE CG134: swelling, puffy, hives, itch, a rash, a
 * food, sting, allergy or a new medicine), wheeze, chest pain, a faint, clammy or cold skin, drowsiness, confusion,
 * or the episode told as going on, new or unlike the usual.
 */
const RED_FLAG = String.raw`\b(?:blue|gr[ae]y|dusky|purple|pale|lips|speak|talk|sentences?|words|wheez\w*|swell\w*|swollen|puffy|puffed|hives|welts|itch\w*|rash|blotch\w*|closing|throat\s+(?:is\s+|feels\s+)?(?:so\s+|really\s+)?tight|tight\s+throat|tongue|allerg\w*|anaphyla\w*|epipen|peanuts?|nuts|prawns?|shellfish|stung|sting|bee|wasp|ate|eating|new\s+(?:\w+\s+)?(?:tablets?|medicines?|medications?|pills?|drugs?|antibiotics?)|started\s+(?:on\s+)?(?:\w+\s+)?(?:tablets?|medicines?|medications?|pills?|antibiotics?|amoxicillin|penicillin)|chest\s+pain|crushing|faint\w*|pass(?:ed|ing)?\s+out|collaps\w*|clammy|cold\s+sweat|drowsy|confused|still|hours?|getting\s+worse|worse|different|unlike|first\s+time|started\s+(?:after|since|when)|not\s+stopping|will\s+not\s+stop|right\s+now|at\s+the\s+moment)\b`;

const NOT_ONLY_ANXIETY = String.raw`(?!.*${RED_FLAG})`;

export const AIR_HUNGER_WHEN_ANXIOUS = new RegExp(`^${NOT_ONLY_ANXIETY}(?=.*(?:${ANXIETY_AS_TRIGGER}))`);

/** The reading for the air hunger signal: it stands down on a red flag told anywhere, or any other finding but these. */
export const AIR_HUNGER_WHEN_ANXIOUS_GUARD = {
  when: AIR_HUNGER_WHEN_ANXIOUS,
  unless: new RegExp(RED_FLAG),
  alongside: ['swallow_or_breath_trouble', 'wound_needs_care'],
} as const;

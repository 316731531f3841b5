/**
 * Air hunger told as what anxiety or stress does to the writer, as a pattern: "when I'm anxious I feel like I can't
 * breathe", "my anxiety makes me feel like I can't get a deep breath", "episodes of feeling unable to breathe when
 * anxious". NHS guidance on anxiety and panic (and NICE CG113) names the feeling of not being able to breathe, with
 * yawning, sighing and tingling, as anxiety's own symptom; told as what happens whenever the person is anxious, it
 * is a question for the GP, not a breathing emergency. Never where the same sentence tells a sign seen (blue or grey,
 * unable to speak or finish sentences, wheeze, a throat or tongue swelling), a food, sting or allergy, chest pain, a
 * faint or drowsiness, or the episode as going on or unlike the usual ("for an hour", "getting worse", "tonight it's
 * different", "still"): those are read as usual. A turn ("but now", "but tonight") ends the pattern's reach (see
 * `ordinary-context.ts`).
 */

/** Anxiety or stress as the habitual trigger, not as the writer's reaction to the breathing. */
const ANXIETY_AS_TRIGGER = String.raw`\b(?:when(?:ever)?|if|every\s+time)\s+(?:i|he|she|they)\s+(?:am|is|are|get|gets|feel|feels|become|becomes)\s+(?:\w+\s+)?(?:anxious|stressed|nervous|panicky|worked\s+up|wound\s+up)\b|\bwhen(?:ever)?\s+(?:anxious|stressed|nervous|panicky)\b|\b(?:my|his|her|their)\s+(?:anxiety|panic|stress|nerves)\s+(?:makes?|made|gives?)\s+(?:me|him|her|them)\b|\b(?:anxiety|stress)\s+makes\s+(?:me|him|her|them)\b`;

/** What makes the air hunger a finding after all, wherever it is in the sentence. */
const NOT_ONLY_ANXIETY = String.raw`(?!.*\b(?:blue|gr[ae]y|dusky|purple|lips|speak|talk|sentences?|words|wheez\w*|swell\w*|swollen|closing|tongue|allerg\w*|peanuts?|nuts|prawns?|shellfish|stung|sting|ate|eating|chest\s+pain|crushing|faint\w*|passed\s+out|collaps\w*|drowsy|confused|still|hours?|getting\s+worse|worse|different|unlike|not\s+stopping|will\s+not\s+stop|right\s+now|at\s+the\s+moment)\b)`;

export const AIR_HUNGER_WHEN_ANXIOUS = new RegExp(`^${NOT_ONLY_ANXIETY}(?=.*(?:${ANXIETY_AS_TRIGGER}))`);

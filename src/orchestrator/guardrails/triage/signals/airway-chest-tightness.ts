import { notToldUnlessAbsent } from './unless-told-absent.js';

/**
 * Chest tightness that is the airways': a tight, wheezy chest in asthma or hay fever that the reliever inhaler
 * eases (BTS/SIGN asthma: tightness, wheeze and cough are asthma's own symptoms, and a flare that settles with the
 * reliever is a GP matter; NHS 111 chest pain: tightness with wheeze that responds to the inhaler follows the
 * asthma pathway, not the cardiac one). Read only where the sentence tells all three: the tightness, the airway
 * (wheeze, asthma, hay fever) and the reliever told as helping. Never where the message tells a cardiac
 * character or companion (heavy, crushing, pressure, central, spreading, arm, jaw, sweating, clammy, grey, sick,
 * faint, at rest), the reliever failing or the relief wearing off ("it came back worse"), or the tightness told
 * as unlike the usual asthma: those stay chest pain. An asthma attack that does not settle is read by the
 * breathing signals whatever this says (cannot speak in sentences, inhaler not working, blue lips).
 */

/** The airway as the cause: wheeze, asthma, hay fever, a reliever inhaler. */
const AIRWAY = String.raw`(?=.*\b(?:wheez\w*|asthma\w*|asthmatic|hay\s*fever)\b)`;

/** The reliever told as easing it: "inhaler sorts it out", "relieved by her reliever", "after 4 puffs … speaking in full sentences". */
const RELIEVER = String.raw`(?:inhalers?|puffers?|reliever|salbutamol|ventolin|blue\s+one|spacer|puffs)`;
const RELIEVED = String.raw`(?=.*(?:\b${RELIEVER}\b[^.;]{0,60}?\b(?:helps?|helped|works?|worked|sorts?|sorted|settl\w*|eases?|eased|clears?|cleared|went|goes|gone|fixes|fixed|relieves?)\b|\b(?:relieved|eased|settl\w*|better|goes|went|gone)\s+(?:\w+\s+){0,3}?(?:with|by|after)\s+(?:\w+\s+){0,3}?${RELIEVER}\b|\bafter\s+(?:\w+\s+){0,3}?${RELIEVER}\b[^.]{0,60}?\b(?:speaking|talking)\s+(?:in\s+)?(?:full\s+sentences|normally)))`;

/**
 * What makes it the heart's or a failing airway's, read over the whole message (review V19, 17:27-17:36: "ventolin
 * helped for a few minutes then nothing, I've used it 12 times in 2 hours" and "helped for half an hour and now he's
 * struggling again and exhausted" were silenced). NICE CG95: a cardiac character or companion (heavy, crushing,
 * pressure, central, spreading, arm, jaw, sweating, clammy, grey, sick, faint, at rest). BTS/SIGN acute asthma: the
 * reliever not lasting 4 hours or needed more often (used many times, every hour, "for a few minutes then nothing",
 * "wore off", "again"), cannot complete sentences, exhausted or drowsy, peak flow down, blue, a racing heart.
 */
const RED_FLAG = String.raw`\b(?:heavy|heaviness|crushing|crushed|squeez\w*|pressure|central|spread\w*|radiat\w*|arms?|jaw|neck|(?:into|through|to|in|between)\s+(?:my|his|her|the)\s+(?:back|shoulder\s+blades)|sweat\w*|clammy|gr[ae]y|pale|sick|nause\w*|vomit\w*|faint\w*|pass(?:ed|ing)?\s+out|collaps\w*|dizzy|light[- ]?headed|at\s+rest|different|unlike|never\s+(?:had|felt)|first\s+time|worse|worst|came\s+back|comes\s+back|coming\s+back|wore\s+off|wears\s+off|wearing\s+off|then\s+nothing|(?:only|just)\s+(?:for|lasts?|lasted|helps?|helped)|for\s+(?:a\s+)?(?:few|couple\s+of|\d+|ten|twenty|half\s+an?)\s+(?:minutes?|mins?|hour)|(?:\d+|several|many|ten|twelve|loads\s+of|lots\s+of)\s+times|every\s+(?:\d+\s+|few\s+|half\s+(?:an?\s+)?)?(?:hours?|minutes?|mins?)|(?:using|used|needing|needed|needs|taking|took|had)\s+(?:it\s+|them\s+|to\s+use\s+it\s+)?more\s+(?:often|than)|again|struggl\w*|exhausted|exhaustion|worn\s+out|tired\s+out|drowsy|sleepy|confused|floppy|not\s+(?:helping|helped|working|worked|touching|easing|eased|settling|settled|lasting|lasted|doing\s+anything)|no\s+(?:better|help|relief|difference)|did\s+nothing|does\s+nothing|doing\s+nothing|blue|lips|cannot|unable|not\s+able|(?:few|single|one|two)\s+words?|words\s+at\s+a\s+time|peak\s+flow\s+(?:is\s+|was\s+|has\s+)?(?:down|low|dropped|half|below|under|only)|racing|pounding|ambulance)\b`;

/** The red flag in the tightness's own sentence (unless told as absent: "no sweating"). */
const NOT_THE_AIRWAYS = notToldUnlessAbsent(RED_FLAG);

/**
 * Or the tightness told as a pattern of days or weeks beside its airway trigger, with no effort bringing it on: "tight
 * chest and wheezy every afternoon this week, hay fever season" (BTS/SIGN asthma: a recurring wheezy tightness is
 * asthma's pattern, for the GP to diagnose and treat). Effort stays out: a tightness walking or climbing brings on is
 * angina's pattern too (NICE CG95).
 */
const RECURRING_WITHOUT_EFFORT = String.raw`(?=.*\b(?:(?:every|each)\s+(?:afternoon|evening|morning|night|day)|this\s+week|for\s+(?:the\s+)?(?:last\s+|past\s+)?(?:a\s+few|few|several|couple\s+of|a\s+couple\s+of|two|three|four|\d+)\s+(?:weeks|months))\b)(?!.*\b(?:walk\w*|stairs|climb\w*|hills?|exert\w*|exercis\w*|effort|run\w*|jog\w*|gym|sport\w*)\b)`;

export const AIRWAY_CHEST_TIGHTNESS = new RegExp(
  `^${NOT_THE_AIRWAYS}${AIRWAY}(?:${RELIEVED}|${RECURRING_WITHOUT_EFFORT})`,
);

/** The reading for the chest pain signal: it stands down on a red flag told anywhere, or any other finding but these. */
export const AIRWAY_CHEST_TIGHTNESS_GUARD = {
  when: AIRWAY_CHEST_TIGHTNESS,
  unless: new RegExp(RED_FLAG),
  alongside: ['wheeze', 'cough_or_breathing_after_water', 'infection', 'fever'],
} as const;

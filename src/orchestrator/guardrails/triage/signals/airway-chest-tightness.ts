/**
 * Chest tightness that is the airways': a tight, wheezy chest in asthma or hay fever that the reliever inhaler
 * eases (BTS/SIGN asthma: tightness, wheeze and cough are asthma's own symptoms, and a flare that settles with the
 * reliever is a GP matter; NHS 111 chest pain: tightness with wheeze that responds to the inhaler follows the
 * asthma pathway, not the cardiac one). Read only where the sentence tells all three: the tightness, the airway
 * (wheeze, asthma, hay fever) and the reliever told as helping. Never where the same sentence tells a cardiac
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

/** What makes it the heart's or a failing airway's, wherever it is in the sentence. */
const NOT_THE_AIRWAYS = String.raw`(?!.*(?<!\b(?:no|not|nor|without|never)\s+(?:[\w-]+\s+(?:(?:or|nor|and)\s+)?)?)\b(?:heavy|heaviness|crushing|squeez\w*|pressure|central|spread\w*|radiat\w*|arms?|jaw|neck|sweat\w*|clammy|gr[ae]y|pale|sick|nause\w*|vomit\w*|faint\w*|dizzy|at\s+rest|different|unlike|never\s+(?:had|felt)|first\s+time|worse|came\s+back|comes\s+back|wore\s+off|wears\s+off|not\s+(?:helping|helped|working|worked|touching|easing|eased|settling|settled)|no\s+(?:better|help|relief|difference)|did\s+nothing|blue|cannot|unable)\b)`;

export const AIRWAY_CHEST_TIGHTNESS = new RegExp(`^${NOT_THE_AIRWAYS}${AIRWAY}${RELIEVED}`);

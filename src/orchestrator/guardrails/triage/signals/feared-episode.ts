import { notToldUnlessAbsent } from './unless-told-absent.js';

/**
 * An episode named only as what the writer keeps fearing: "I keep thinking I'm having a heart attack every time my
 * heart races", "I constantly worry I'm having a stroke whenever I get a headache". Health anxiety (NICE CG159,
 * NHS health anxiety) is told this way: the fear recurs, the episode is not being told. Read only where the words
 * "having a heart attack" / "having a stroke" are the object of a fear or a thought told as habitual (keep, keeps,
 * constantly, always, all the time, every time, whenever). Never where the same sentence tells a finding of the
 * episode or a present turn (crushing, spreading, arm, jaw, sweating, face drooping, slurred, weak, numb, right now,
 * this time, different): the findings are read by their own signals in any case, and the episode named with them
 * is told, not feared.
 */

const HABITUAL = String.raw`(?:keep|keeps|kept|constantly|always|often|forever)`;
const FEAR = String.raw`(?:worry\w*|think\w*|thought|fear\w*|convinced|panic\w*|scared|terrified|afraid|paranoid)`;

/** The fear told as habitual with the episode as its object: "keep worrying (that) i am having a …". */
const HABITUAL_FEAR = String.raw`(?=.*\b${HABITUAL}\s+(?:\w+\s+)?${FEAR}\s+(?:that\s+)?(?:i|he|she|they)\s+(?:am|is|are|will\s+be)\s+having\b)`;

/** What makes it told, not feared, wherever it is in the sentence (unless told as absent). */
const TOLD_AFTER_ALL = notToldUnlessAbsent(
  String.raw`\b(?:crushing|squeez\w*|heavy|spread\w*|radiat\w*|arm|arms|jaw|sweat\w*|clammy|gr[ae]y|droop\w*|slurr\w*|weak\w*|numb\w*|tingl\w*|vision|speech|words|confus\w*|collaps\w*|faint\w*|now|tonight|today|this\s+time|different|worse)\b`,
);

export const FEARED_EPISODE = new RegExp(`^${TOLD_AFTER_ALL}${HABITUAL_FEAR}`);

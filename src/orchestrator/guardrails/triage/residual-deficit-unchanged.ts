/**
 * A deficit an old stroke or a Bell's palsy left, told unchanged: "Dad's left arm has been weak and his speech slurred
 * since his stroke in 2021, nothing new", "I had Bell's palsy eight years ago and the corner of my mouth still droops;
 * it hasn't changed in years", "discharge letter documents a stroke in 2021 with the same residual deficit, she is at
 * her baseline".
 *
 * Why it is not an emergency: NICE NG128 (stroke) sends a deficit that is new, or a known one that has got worse, for
 * emergency assessment; a deficit left months or years ago and told as the same as it has been is rehabilitation, the
 * GP's or the stroke team's (NICE NG236, stroke rehabilitation). NICE CKS Bell's palsy: a palsy that has not fully
 * recovered after months is referred routinely. What the face, the arm or the speech does NEW, worse, on the other side
 * or since this morning is a stroke until proven otherwise, however old the first one.
 *
 * Read over the whole message: an old stroke or palsy told as past, the deficit told as unchanged, and nothing told new,
 * sudden, worse, again or of today's hours. Any other finding the rules accept beside the deficit keeps it an
 * emergency: see `emergency-triage.ts`.
 */

const TIME_AGO = String.raw`(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|several|a\s+few|many|a\s+couple\s+of)\s+(?:years?|months?)\s+ago|(?:in\s+)?(?:19|20)\d\d|last\s+year|a\s+year\s+ago)`;
const CAUSE = String.raw`(?:stroke|bell'?s\s+palsy|facial\s+palsy|brain\s+(?:injury|haemorrhage|hemorrhage|bleed))`;

/** The stroke or palsy told as one of the past. */
const OLD_CAUSE = new RegExp(
  [
    String.raw`\b(?:since|after|from)\s+(?:my|his|her|their|the|a|that)\s+(?:\w+\s+){0,2}?${CAUSE}\b`,
    String.raw`\b${CAUSE}\b[^.;]{0,40}?\b${TIME_AGO}\b`,
    String.raw`\b${TIME_AGO}\b[^.;]{0,40}?\b${CAUSE}\b`,
    String.raw`\b${CAUSE}\b[^.;]{0,60}?\bresidual\b|\bresidual\s+(?:deficit|weakness|palsy|droop)\b`,
  ].join('|'),
);

/** The deficit told as the same as it has been. */
const UNCHANGED =
  /\b(?:nothing\s+(?:new|(?:has\s+)?changed|different)|no\s+(?:change|changes|new\s+\w+|difference)|(?:has|have|had)\s+not\s+changed|not\s+changed|unchanged|(?:exactly\s+|just\s+)?the\s+same\s+(?:as\s+(?:always|ever|before|usual)|for|ever\s+since|since|every|all|residual)|same\s+residual|(?:at|to)\s+(?:his|her|their|my)\s+(?:usual\s+)?baseline|as\s+(?:it|he|she|they)\s+(?:has|have)\s+(?:always\s+)?been)\b/;

/** What the deficit's absence of change is about: the negated words the blocker below must not read. */
const TOLD_UNCHANGED = /\b(?:nothing|no|not)\s+(?:\w+\s+)?(?:new|different|worse|changed)\b/g;

/**
 * What tells something new: a deficit sudden, worse, new, on the other side, again, or of today's hours. A new
 * resident, patient or job is a circumstance.
 */
const SOMETHING_NEW =
  /\b(?:new(?:ly)?(?!\s+(?:resident|patient|admission|gp|doctor|carer|care|home|job|physio|mattress|to\b))|sudden\w*|all\s+of\s+a\s+sudden|worse\w*|worsen\w*|weaker|deteriorat\w*|different|again|another|other\s+side|(?:this|yesterday|last)\s+(?:morning|afternoon|evening|night)|tonight|yesterday|earlier\s+today|(?:an?|one|two|three|few|\d+)\s+(?:minutes?|mins?|hours?)\s+ago|just\s+now|right\s+now|(?:but|and)\s+now|started\s+(?:to\s+)?(?:droop|slur|drag|go|feel|get)|came\s+on|woke\s+(?:up\s+)?with|since\s+(?:this|last)\s+\w+)\b/;

/**
 * What ties a deficit's own clause, or its sentence, to the old one: the stroke or palsy, its time, or the deficit told
 * as lasting or unchanged.
 */
const TIED_TO_THE_OLD = new RegExp(
  String.raw`${OLD_CAUSE.source}|${UNCHANGED.source}|\b(?:still|ever\s+since|since\s+then|never\s+(?:fully\s+|completely\s+)?(?:recovered|went\s+away|gone)|residual|permanent\w*|as\s+(?:usual|always|ever)|for\s+(?:years|months))\b`,
);

/**
 * What tells an event rather than a state, or a turn in the story: a deficit that went, began or dropped, at a meal or in
 * the last minutes or hours, today, new or again (review V34, 14:42: "but today his face dropped", "his face began
 * drooping at dinner", "slurring his words for the last half hour"). A residual deficit is told as a state.
 */
const EVENT_OR_TURN =
  /\b(?:not\s+usual|unusual|never\s+before|first\s+time|out\s+of\s+character|not\s+like\s+(?:him|her|them)|but|however|yet|although|though|except|whereas|went|gone|became|become|began|begun|begins|started|starting|starts|developed|dropped|drooped|fell|slipped|suddenly|noticed|woke|came\s+on|keeps?|kept|at\s+(?:breakfast|lunch|dinner|tea|supper)|since\s+(?:breakfast|lunch|dinner|tea|this|last)|minutes?|mins?|hours?|half\s+an?\s+hour|today|tonight|now|this\s+(?:morning|afternoon|evening)|yesterday|last\s+night|new|again)\b/;

/**
 * Whether a deficit told in `clause`, of `sentence`, is tied to the old stroke or palsy: its own clause, or else its
 * sentence, tells the old one or the deficit as unchanged, and tells no event or turn.
 */
export function isDeficitToldAsTheOldOne(clause: string, sentence: string): boolean {
  const quiet = (text: string): boolean => !EVENT_OR_TURN.test(text.replace(TOLD_UNCHANGED, ' '));
  if (TIED_TO_THE_OLD.test(clause) && quiet(clause)) return true;
  // The sentence ties a clause of its own only where it tells one side and the clause no feeling of its own (review V34,
  // 15:11: "his left arm has been weak and unchanged since his stroke, and his right arm feels numb and heavy").
  if (BOTH_SIDES.test(sentence) || FELT_NOW.test(clause)) return false;
  return TIED_TO_THE_OLD.test(sentence) && quiet(sentence);
}

/** A sentence that tells both sides, or another side than one told: what may be a new deficit beside the old one. */
const BOTH_SIDES =
  /\bleft\b[^.;]*\bright\b|\bright\b[^.;]*\bleft\b|\b(?:other|opposite|good|better|unaffected)\s+(?:side|arm|hand|leg|foot|eye)\b|\bboth\s+sides\b/;
/**
 * A deficit told as felt now, or commented on as not the usual one (review V34, 15:25): "his right arm feels numb", "his
 * speech is slurred which is not usual for him", "for the first time".
 */
const FELT_NOW =
  /\b(?:feels?|feeling|felt|not|never|which|first|unusual|odd|strange|weird|different|worse|new)\b|\bout\s+of\s+character\b/;

/** Whether a normalised message tells a deficit left by an old stroke or palsy, unchanged, and nothing new. */
export function isResidualDeficitUnchanged(normalized: string): boolean {
  return (
    OLD_CAUSE.test(normalized) &&
    UNCHANGED.test(normalized) &&
    !SOMETHING_NEW.test(normalized.replace(TOLD_UNCHANGED, ' '))
  );
}

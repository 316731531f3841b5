import { notToldUnlessAbsent } from './unless-told-absent.js';

/**
 * Bleeding that is settling in the weeks after a birth or a miscarriage: "I had my baby 3 weeks ago and I'm still
 * bleeding a bit, lighter now", "miscarriage 2 weeks ago, still bleeding lightly, no pain, no fever". NHS and NICE
 * NG194 (postnatal care): lochia lasts up to about six weeks, turning lighter and brown; NHS after a miscarriage:
 * light bleeding can go on for up to two or three weeks. Either is a question for the midwife or the GP. Read only
 * where the sentence tells the birth or the miscarriage as days or up to six weeks back and the bleeding as light,
 * a little, spotting, brown, pink or lessening. Never beside what makes it a postpartum haemorrhage, retained tissue or
 * an infection (NICE NG194, RCOG GTG52 and GTG64b): heavy bleeding, clots, soaking or a pad an hour, bright red again,
 * a sudden gush, a smell, a fever or shivers, pain or cramps, feeling faint, dizzy or pale, bleeding that is getting
 * more or worse (unless told as absent: "no pain, no fever").
 */

const NOT_SETTLING = notToldUnlessAbsent(
  String.raw`\b(?:heav\w*|clots?|soak\w*|flood\w*|pour\w*|gush\w*|pads?\s+(?:an|every|each)\s+hour|bright\s+red|again|sudden\w*|smell\w*|foul|offensive|stink\w*|fever\w*|temperature|temp|shiver\w*|pain\w*|cramp\w*|faint\w*|dizzy|light[- ]?headed|pale|worse|heavier|more\s+(?:blood|bleeding|heavily))\b`,
  'no|not|nor|without|never|any',
);

/** The birth or the miscarriage told as days or up to six weeks back, either way round. */
const SHORTLY_AFTER = String.raw`(?=.*\b(?:(?:(?:had|delivered|gave\s+birth\s+to)\s+(?:my|our|her|the|a)\s+(?:baby|son|daughter|twins)|gave\s+birth|given\s+birth|(?:had\s+)?(?:a|my|the)\s+(?:miscarriage|c-?\s*section|caesarean|delivery))\s+(?:(?:about|nearly|almost|just\s+over)\s+)?(?:\d|one|two|three|four|five|six|a|a\s+few|a\s+couple\s+of)\s+(?:days?|weeks?)\s+ago|(?:[1-6]|one|two|three|four|five|six|a\s+few|a\s+couple\s+of)\s+weeks?\s+(?:postpartum|post-partum|postnatal|post-natal|after\s+(?:the\s+|my\s+|her\s+|a\s+)?(?:birth|delivery|miscarriage|c-?\s*section|caesarean|giving\s+birth)|since\s+(?:the\s+|my\s+|her\s+)?(?:birth|delivery|miscarriage)))\b)`;

/** The bleeding told as light or lessening. */
const LIGHT = String.raw`(?=.*\b(?:light|lightly|lighter|a\s+(?:little\s+)?bit|a\s+little|spotting|brown\w*|pink\w*|reducing|less(?:ening)?|tailing\s+off|easing\s+off|settling|lochia)\b)`;

export const BLEEDING_SETTLING_AFTER_A_BIRTH = new RegExp(`^${NOT_SETTLING}${SHORTLY_AFTER}${LIGHT}`);

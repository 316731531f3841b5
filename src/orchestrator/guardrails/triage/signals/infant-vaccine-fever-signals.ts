/**
 * A fever in the two days after a baby's routine jabs. NHS guidance on the 8, 12 and 16 week vaccines
 * (MenB most of all) expects a fever then and tells parents to give paracetamol; NICE NG143 still sends
 * a baby under 3 months with a fever of 38 or more to hospital. So a fever told after recent jabs is held
 * back only where nothing else is told: a baby under 8 weeks (too young for the first jabs), a fever that
 * has gone on for days, or any other red flag (not feeding, floppy, a rash) keeps the emergency.
 */

import { type SignalDefinition, define, r } from './signal-definition.js';
import { NOT_AN_AGE_THEN } from '../triage-vocabulary.js';

const JABS = r`(?:jabs?|vaccin\w*|immuni[sz]\w*|injections|6[\s-]+in[\s-]+1|six[\s-]+in[\s-]+one)`;
/**
 * The jabs that bring the expected fever: MenB, given at 8 and 16 weeks, named or told as those visits or the
 * first set. Other jabs alone leave a fever under 3 months an emergency (review V6: "she did not have MenB this time").
 */
const VACCINE = r`(?:men\s*b|(?:(?:8|eight|16|sixteen)[- ]weeks?|first|1st)\s+(?:set\s+of\s+|lot\s+of\s+|round\s+of\s+)?(?:baby\s+)?${JABS})(?:\s+and\s+(?:other|the\s+other|the|(?:his|her|their)(?:\s+other)?)\s+${JABS})?`;
/** Words between the jabs and their day that stay in one telling ("at the clinic", "including MenB"). */
const BETWEEN = r`(?:,?\s+(?!(?:and|but|last|on|ago|since|weeks?)\b)[\w-]+){0,5}`;
/**
 * Within two days: today, yesterday, hours ago, or a clock time ("MenB at 09:30", "at 11am"), which a write-up gives
 * for a time the same day.
 */
const WITHIN_TWO_DAYS = r`(?:today|this\s+(?:morning|afternoon|evening)|yesterday|last\s+night|earlier(?:\s+today)?|(?:a\s+few|\d+|two|three|four|five|six)\s+hours\s+ago|at\s+(?:[01]?\d|2[0-3])(?:[:.][0-5]\d\s*(?:am|pm|h|hrs)?|\s*(?:am|pm))(?![\w:.]))`;
/** Two days and more, told as a count of days or a week. */
const DAYS = r`(?:(?:[2-9]|1\d|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|few|a\s+couple\s+of|couple\s+of|couple)\s+days|(?:a|one|over\s+a|a\s+whole)\s+week)`;
/** Within one sentence, a reading's decimal point included ("38.5 for two days"). */
const WITHIN_SENTENCE = r`(?:[^.;]|(?<=\d)\.(?=\d))`;
const FEVER_WORD = r`(?:fever|temperature|temp|febrile|high\s+temp\w*)`;

export const INFANT_VACCINE_FEVER_SIGNALS: readonly SignalDefinition[] = [
  // The jabs told as given within two days: "had her jabs this morning", "MenB yesterday", "after his 8 week jabs".
  define(
    'recent_infant_jabs',
    [
      r`\b${VACCINE}\b${BETWEEN},?\s+${WITHIN_TWO_DAYS}\b`,
      r`\b${WITHIN_TWO_DAYS}\b${BETWEEN},?\s+(?:had|got|was\s+given|were\s+given|given)\s+(?:(?:his|her|their|the|its|my)\s+)?${VACCINE}\b`,
      r`\b(?:after|since|from)\s+(?:(?:his|her|their|the|its|my)\s+)?${VACCINE}\b(?![^.;]{0,20}\b(?:\d+|two|three|four|five|six|a|last)\s+(?:days?\s+ago|weeks?|week\s+ago)\b)`,
    ],
    { timeless: true, discriminatorOnly: true },
  ),
  // A fever that has gone on for days: "a fever for 3 days", "3 days of fever", "temp since 4 days ago".
  define('fever_for_days', [
    r`\b${FEVER_WORD}\b${WITHIN_SENTENCE}{0,25}?\b(?:(?:for|since|over)\s+(?:(?:the\s+)?(?:last|past)\s+)?|(?:the\s+)?(?:last|past)\s+)${DAYS}\b`,
    r`\b${FEVER_WORD}\b${WITHIN_SENTENCE}{0,60}?\b(?:lasted|gone\s+on\s+(?:for\s+)?|going\s+on\s+(?:for\s+)?|been\s+going\s+(?:on\s+)?(?:for\s+)?)${DAYS}\b`,
    r`\b${DAYS}\s+(?:of|with)\s+(?:a\s+)?(?:(?:high|raised)\s+)?${FEVER_WORD}\b`,
  ]),
  // A baby too young for the first jabs, whose fever is never the vaccine's (NICE NG143: under 3 months).
  define(
    'under_eight_weeks',
    [
      r`${NOT_AN_AGE_THEN}(?:\b(?:newborn|new-born|neonate)\b|\b(?:\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten)[- ]days?[- ]old\b|\b(?:1|one|a)[- ]month[- ]old\b)`,
      r`${NOT_AN_AGE_THEN}\b(?:[1-7]|one|two|three|four|five|six|seven)[- ](?:weeks?|wks?)[- ]old\b`,
      r`${NOT_AN_AGE_THEN}\b(?:is|she\s+is|he\s+is|aged|only|just|baby|infant|bubs|bub)\s+(?:[1-7]|one|two|three|four|five|six|seven)\s+(?:weeks?|wks?)\b(?!\s+(?:ago|pregnant|along|gestation))`,
    ],
    { timeless: true },
  ),
];

/**
 * Tablets told as taken on top of those before, just now: "I've just taken more pills", "she's just taken the rest of her
 * tablets", "i just took a load more". Told to a triage without a complaint or a dose, a further helping of unnamed
 * tablets is an overdose going on (NICE NG225 and TOXBASE: an intentional or staggered overdose is assessed at once,
 * however the person feels). Not a named medicine's next dose for a complaint ("just taken more paracetamol for my
 * back"), nor a single tablet.
 */
import { type SignalDefinition, define, r } from './signal-definition.js';

const TABLETS = r`(?:pills|tablets|meds|medication|capsules)`;

export const MORE_PILLS_JUST_TAKEN_SIGNALS: readonly SignalDefinition[] = [
  define('more_pills_just_taken', [
    r`\b(?:just|now)\s+(?:taken|took|swallowed|had)\s+(?:a\s+(?:load|lot|bunch|handful|few)\s+|loads\s+|lots\s+|some\s+)?more\s+(?:of\s+(?:my|his|her|their|the)\s+)?${TABLETS}\b(?!\s+(?:for|as|than|because|with|at|like))`,
    r`\b(?:taken|took|swallowed)\s+(?:all\s+)?the\s+rest\s+of\s+(?:my|his|her|their|the)\s+${TABLETS}\b(?!\s+(?:for|as|like|with|at))`,
  ]),
];

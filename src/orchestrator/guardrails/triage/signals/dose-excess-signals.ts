/**
 * Doses that pass a day's limit without one large swallow (TOXBASE: staggered overdose and
 * therapeutic excess): two helpings that add up, paracetamol taken round the clock "way over
 * the limit", or doubled up with a cold remedy that holds paracetamol too.
 */

import { PILLS } from './allergy-and-poisoning-signals.js';
import { type SignalDefinition, define, r } from './signal-definition.js';

export const DOSE_EXCESS_SIGNALS: readonly SignalDefinition[] = [
  // Two helpings of four or more that together pass a day's dose (TOXBASE: a staggered overdose
  // counts its total): "took 4 paracetamol, then another 6 an hour later".
  define(
    'pill_helping',
    [
      r`\b(?:took|taken|swallowed|had|popped|necked)\s+(?:\w+\s+){0,2}?(?:[4-9]|[1-9]\d|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\s+(?:\w+\s+){0,2}?${PILLS}\b`,
    ],
    {
      timeless: true,
    },
  ),
  define(
    'another_helping',
    [
      r`\b(?:another|a\s+further|then)\s+(?:another\s+)?(?:[4-9]|[1-9]\d|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\b(?!\s*(?:mg|ml|g\b|hours?|hrs?|minutes?|mins?|pm|am|o'?clock|days?|weeks?|months?|years?|times?|miles?|km|people|kids))|\b(?:[4-9]|[1-9]\d|four|five|six|seven|eight|nine|ten|twelve)\s+more\s+(?:of\s+them|(?:\w+\s+)?${PILLS}|later|after|on\s+top)\b`,
    ],
    { timeless: true },
  ),
  // Paracetamol beyond the daily limit without a single large dose (TOXBASE: therapeutic excess):
  // doubled up with a cold remedy that holds it too, or taken round the clock "way over the limit".
  define('paracetamol_excess', [
    r`\b(?:paracetamol|acetaminophen|tylenol|calpol|panadol)\b[^.;]{0,100}\b(?:plus|and|with|as\s+well\s+as|on\s+top\s+of|also)\s+(?:some\s+|the\s+|a\s+few\s+)?(?:lemsip|beechams|cold[- ](?:and[- ])?flu|night\s+nurse|sachets|co-?codamol|solpadeine|nyquil|dayquil|theraflu)\b|\b(?:way\s+|well\s+|probably\s+|definitely\s+|a\s+lot\s+)?over\s+the\s+(?:daily\s+)?(?:limit|maximum|max\s+dose|recommended\s+(?:dose|amount))\b|\b(?:two|2)\s+(?:paracetamol|tablets|pills)\s+every\s+(?:two|three|2|3)\s+(?:or\s+(?:three|four|3|4)\s+)?hours\s+(?:day\s+and\s+night|round\s+the\s+clock|all\s+night)\b`,
  ]),
  // A day's paracetamol told by its figure per kilogram at or over TOXBASE's 75 mg/kg, whatever doses made it up:
  // "4 g this morning and another 4 g tonight, 8 g in total (133 mg/kg)".
  define(
    'dose_per_kg_over_the_paracetamol_threshold',
    [r`\b(?:7[5-9]|[89]\d|[1-9]\d{2})(?:[.,]\d)?\s*mg\s*(?:\/|per)?\s*(?:kg|kilo\w*)\b`],
    { timeless: true },
  ),
  // The two halves of a doubled-up dose told in separate clauses: paracetamol, and a remedy that holds it too.
  define('paracetamol_named', [r`\b(?:paracetamol|acetaminophen|tylenol|calpol|panadol)\b`], { timeless: true }),
  define(
    'paracetamol_remedy',
    [
      r`\b(?:lemsip|beechams|night\s+nurse|cold[- ](?:and[- ])?flu\s+(?:sachets|tablets|capsules|remedy|remedies|medicine)|solpadeine|nyquil|dayquil|theraflu|co-?codamol)\b`,
    ],
    { timeless: true },
  ),
];

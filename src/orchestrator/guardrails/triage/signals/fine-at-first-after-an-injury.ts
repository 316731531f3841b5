/**
 * An injury told as seeming harmless at first ("he seemed fine after the fall", "I was ok after the crash"): the teller
 * tells the injury and its lucid interval, not its end. A finding told beside it is told as new since the injury, the
 * delayed deterioration NICE NG232 (head injury: confusion, drowsiness, vomiting since the injury) and ATLS (blunt trauma:
 * a hidden bleed shows as swelling, pallor and faintness hours later) send on at once. With no finding beside it ("he
 * seemed fine after the fall and still is") it tells nothing alarming: only the trauma rules read it, beside a finding.
 */
import { type SignalDefinition, define, r } from './signal-definition.js';

/** How well the person seemed: fine, ok, normal, their usual self. */
const SEEMED_WELL = r`(?:seemed|seems|was|were|is|looked|felt|feeling|appeared|acted|been)\s+(?:(?:totally|completely|perfectly|absolutely|pretty|quite|just|all|really)\s+)?(?:fine|ok|okay|alright|all\s+right|normal|well|(?:him|her|my|them)sel(?:f|ves))`;

/** The injury, by its noun ("the fall", "that knock to the head") or its verb ("he fell", "she came off her bike"). */
const THE_INJURY = r`(?:(?:the|his|her|my|their|our|a|that|this)\s+(?:\w+\s+){0,2}?(?:fall|tumble|crash|accident|collision|knock|bump|bang|blow|tackle|smash|pile\s?up|head\s+injury)|(?:he|she|i|they|we)\s+(?:fell|crashed|came\s+off|was\s+knocked|got\s+knocked|hit\s+(?:his|her|my|their)\s+head|banged\s+(?:his|her|my|their)\s+head))`;

export const FINE_AT_FIRST_AFTER_AN_INJURY_SIGNALS: readonly SignalDefinition[] = [
  define(
    'fine_at_first_after_an_injury',
    [r`\b${SEEMED_WELL}\s+(?:at\s+first\s+)?(?:(?:right|just|straight)\s+)?after\s+${THE_INJURY}\b`],
    { timeless: true },
  ),
];

/**
 * Words that make a number beside them a reading, not a date or an age: "a fever at 40", "my
 * temperature stayed at 39", "dose at 5", "her oxygen was in the 80s".
 */
export const READING_CONTEXT =
  /\b(temp\w*|fever\w*|degrees?|pressure|pulse|heart ?rate|rate|weigh\w*|bmi|sugar|glucose|level|count|score|dose|dosage|saturation|sats?|oxygen|o2|reading|bpm|mg|number|times?|minutes?|hours?|pm|am|o'?clock)\b/;

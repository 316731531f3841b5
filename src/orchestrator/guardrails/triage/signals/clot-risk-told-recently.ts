/**
 * A clot's risk told as recent: an operation, a baby's birth or a long flight dated in the last weeks ("knee operation
 * last week, now a cough and sharp chest pain", "just had a baby last week, stabbing chest pain", "flew back from
 * Australia 3 days ago").
 *
 * Why it keeps a chest pain or a breathlessness from being read as mild or long-standing: NICE NG158 reads a new chest
 * pain or breathlessness in the weeks after surgery, a birth (RCOG GTG37a) or a long journey as a pulmonary embolism
 * until shown otherwise, however mildly it is told. The date belongs to the risk, not to the symptom: "last week"
 * beside the operation is no week-long course of the pain (review V41 found both lines above silenced so).
 */

/** The risk, told as an event: an operation, a birth, a flight or a long journey. */
const RISK_EVENT_WORD = String.raw`(?:operation|surgery|op|replacement|c[-\s]?section|caesarean|cesarean|baby|delivery|flight|long[-\s]haul\s+flight)`;
const RISK_EVENT = String.raw`(?:\w+\s+)?${RISK_EVENT_WORD}`;

/** A date within the last weeks, told right after the event or before it. */
const RECENT_DATE = String.raw`(?:last\s+(?:week|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|few|several|a\s+couple\s+of|couple\s+of)\s+(?:days?|weeks?)\s+ago|yesterday|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))`;

export const CLOT_RISK_TOLD_RECENTLY = new RegExp(
  String.raw`\b(?:` +
    [
      // "knee operation last week", "had my baby 10 days ago", "the flight was 3 days ago"
      String.raw`${RISK_EVENT}\s+(?:(?:was|were)\s+)?${RECENT_DATE}`,
      // "last week I had my op", "a week ago I gave birth", "on sunday we flew": the event named, not any "had"
      // ("last week I had shortness of breath, now everything is fine" is a passed episode, no clot's risk).
      String.raw`${RECENT_DATE}\s+(?:i|she|he|we)\s+(?:had\s+(?:a\s+|an\s+|my\s+|her\s+|his\s+|the\s+)?${RISK_EVENT}|gave\s+birth|flew)`,
      // "just had a baby", "recently had surgery", "gave birth last week"
      String.raw`(?:just|recently)\s+(?:had|gave)\s+(?:a\s+|my\s+|her\s+|his\s+|the\s+)?(?:\w+\s+)?(?:baby|operation|surgery|op|birth|c[-\s]?section|caesarean)`,
      String.raw`gave\s+birth\s+${RECENT_DATE}`,
      // "since my knee operation", "after her c-section", "since I had the baby": not one years or months back.
      String.raw`(?:since|after)\s+(?:(?:my|his|her|the|their)\s+(?:\w+\s+)?${RISK_EVENT_WORD}|(?:i|she|we)\s+(?:had|gave)\s+(?:the\s+|my\s+|her\s+|a\s+)?(?:baby|birth))(?!\s+(?:\w+\s+){0,3}?(?:years?|months?)\b)`,
      String.raw`(?:flew|flown)\s+(?:back\s+)?(?:\w+\s+){0,3}?${RECENT_DATE}`,
    ].join('|') +
    String.raw`)\b`,
);

import { findSpans, type TextSpan } from './text-span.js';

/**
 * Safety-netting told back: "the GP said to ring 999 if his lips go blue or he struggles to
 * breathe", "what warning signs should I watch for, like trouble breathing or confusion". Every
 * finding after such a cue is a condition someone was told to watch for, not one happening - a
 * ConText hypothetical whose scope is the rest of the clause, not four words, because the list of
 * red flags after it is long. The scope ends where the message comes back to now ("and now his
 * lips are blue").
 */
const SAFETY_NET_CUES = [
  // An instruction passed on, then its condition: "told me to come back if", "leaflet says to call 999 if".
  /\b(?:said|says|told\s+(?:me|us|him|her|them)|tells\s+(?:me|us)|advised|advises|advice\s+(?:is|was)|instructions?|leaflet|sheet|was\s+told|were\s+told|been\s+told|asked\s+(?:me|us)|explained)\b[^.;]{0,60}?\b(?:ring|call|dial|phone|come\s+(?:back|in|straight\s+in)|go\s+(?:straight\s+)?(?:in|to|back)|return|seek|get\s+(?:help|seen|checked|medical)|stop|be\s+seen)\b[^.;]{0,40}?\b(?:if|should|in\s+case)\b/g,
  // A care plan's threshold, its help named without a verb ("care plan says an ambulance if the seizure lasts over 5
  // minutes", "the plan: 999 if her sats drop under 88"): the plan's condition, not the case. The case is read where
  // the message comes back to now ("..., and it has now lasted 7").
  /\b(?:care|action|seizure|epilepsy|asthma|emergency|crisis|safety|management|treatment|rescue|health\s+care)\s+plan\b[^.;]{0,30}?\b(?:(?:ring|call|dial|phone|get|give|use)\s+)?(?:an\s+ambulance|ambulance|999|111|112|911|a\s*(?:&|and)\s*e|hospital|the\s+(?:rescue|emergency)\s+med\w*|(?:buccal\s+)?midazolam)\b[^.;]{0,20}?\b(?:if|should|in\s+case|when)\b/g,
];

/** Red flags listed as examples - "watch out for signs of sepsis, like ...": the list's own name is in scope too. */
const RED_FLAG_LISTS = [
  /\b(?:warning\s+signs?|signs?\s+of\s+\w+|symptoms?\s+(?:to\s+(?:watch|look)|of\s+\w+)|red\s+flags?|watch\s+(?:out\s+)?for|look\s+out\s+for|keep\s+an\s+eye\s+out\s+for|what\s+to\s+look\s+for)\b[^.;]{0,40}?\b(?:like|such\s+as|eg|e\s+g|including|for\s+example|for\s+instance)\b/g,
];

const EXAMPLE_CONDITIONS = [
  // "when should I worry ..., for example if he becomes floppy".
  /\b(?:for\s+example|for\s+instance|eg|e\s+g|such\s+as|say)\s+if\b/g,
];

/** Where the clause comes back to what is happening now. */
// Or tells the episode the condition named as going on ("..., it has been going on for 6 minutes").
const BACK_TO_NOW =
  /\b(?:but|however|although|now|right\s+now|today|tonight|currently|already|so\s+far)\b|\bit\s+(?:has\s+|is\s+)?(?:lasted|gone\s+on|been\s+going|still\s+going)\b/;

export function findSafetyNetCues(clause: string): TextSpan[] {
  const lists = findSpans(RED_FLAG_LISTS, clause).map(({ start }) => ({ start, end: start }));
  return [...findSpans([...SAFETY_NET_CUES, ...EXAMPLE_CONDITIONS], clause), ...lists];
}

/** Whether a finding stands in the scope of a safety-net cue before it. */
export function isInSafetyNet(clause: string, finding: TextSpan, cues: readonly TextSpan[]): boolean {
  return cues.some((cue) => cue.end <= finding.start && !BACK_TO_NOW.test(clause.slice(cue.end, finding.start)));
}

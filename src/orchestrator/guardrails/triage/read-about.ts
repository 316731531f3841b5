import { findSpans, type TextSpan } from './text-span.js';
import { PERSON } from './triage-vocabulary.js';

/**
 * Findings named as the topic of something read, watched or heard: "I read about breathlessness and coughing blood",
 * "I've read scary stories about dry drowning", "my friend shared an article about sepsis, about mottled skin",
 * "heard on the radio that a sudden severe headache can be a bleed". What the writer read names a class of findings,
 * as a leaflet's list does (see `safety-net.ts`), not a finding of anyone here: a ConText hypothetical whose scope is
 * the rest of the clause, ended where the message comes back to someone now.
 */
const READ_ABOUT_CUES = [
  // "read about", "reading up on", "heard so much about", "watched a documentary about", "saw a post about".
  /\b(?:read|reading|heard|hearing|watched|watching|seen|saw|seeing|googled|googling|researched|researching)\s+(?:up\s+)?(?:(?:a|an|some|the|this|that|lots\s+of|loads\s+of|so\s+much|a\s+lot|scary|horror|awful|frightening|terrifying|worrying|[\w-]+(?:\s+(?:article|story|stories|post|posts|video|videos|documentary|programme|thread|piece)s?))\s+){0,3}?(?:about|on)\b(?!\s+(?:my|his|her|our|their|him|me|us|them)\b)/g,
  // "an article about", "a post on Facebook about", "the leaflet on", "a TikTok saying".
  /\b(?:articles?|stories|story|posts?|videos?|documentar(?:y|ies)|programmes?|threads?|podcasts?|pieces?|headlines?|tiktoks?|reels?)\s+(?:(?:on|from)\s+(?:[\w-]+\s+){1,2}?)?(?:about|on|saying|claiming)\b(?!\s+(?:my|his|her|our|their|him|me|us|them)\b)/g,
  // "read that ...", "heard on the radio that ...": a claim about a class, not about someone of one's own.
  /\b(?:read|heard|seen)\s+(?:(?:on|in)\s+(?:the\s+)?[\w-]+\s+|online\s+|somewhere\s+)?that\b(?!\s+(?:my|his|her|our|their|he|she|they|i|we|you|him|me)\b)/g,
];

/**
 * Where the clause comes back to someone (review V25, 11:28: a list of ways back is always short; "my 16 year old son
 * collapsed", "my baby who is choking", "and says my nephew has", "because the whole family has", "worst headache of
 * my life hit me", "what my mum has: mottled legs"): a time of now, anyone named after the cue (a person word, a
 * pronoun or possessive of the writer or another), reported speech, a reason, a relative clause or a colon. What was
 * read names only a class; a clause that names anyone after it may be telling their case.
 */
const BACK_TO_SOMEONE = new RegExp(
  String.raw`\b(?:but|however|although|now|right\s+now|today|tonight|currently|already|so\s+far|suddenly|then|while|just|i|me|we|us|my|our|he|him|his|she|her|they|them|their|who|what|because|as|since|says|said|tells|told|family|${PERSON})\b|:`,
);

export function findReadAboutCues(clause: string): TextSpan[] {
  return findSpans(READ_ABOUT_CUES, clause);
}

/**
 * Whether a finding stands in the scope of a read-about cue before it. A clause that comes back to someone anywhere
 * after the cue keeps every finding in it: what is told of them may point back at the topic ("heard about button
 * batteries on the news, my son swallowed one an hour ago").
 */
export function isReadAbout(clause: string, finding: TextSpan, cues: readonly TextSpan[]): boolean {
  return cues.some((cue) => cue.end <= finding.start && !BACK_TO_SOMEONE.test(clause.slice(cue.end)));
}

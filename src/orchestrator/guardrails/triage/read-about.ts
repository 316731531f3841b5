import { findSpans, type TextSpan } from './text-span.js';

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
 * Where the clause comes back to someone now: a time of now, or someone of the writer's own told as being or doing
 * something after a comma, "and" or "when" ("I read about dry drowning, my son is coughing and breathless", "watching a
 * video about strokes when my husband's face drooped").
 */
const BACK_TO_SOMEONE_NOW =
  /\b(?:but|however|although|now|right\s+now|today|tonight|currently|already|so\s+far|suddenly|then|while|just)\b|(?:,|\band\b|\bso\b|\bwhen\b|\bbecause\b|\bas\b)\s*(?:i|he|she|they|we|it|(?:my|his|her|our|their)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+)\s+(?:is|are|am|has|have|was|were|cannot|keeps?|just|started|went|got|\w+ed)\b/;

export function findReadAboutCues(clause: string): TextSpan[] {
  return findSpans(READ_ABOUT_CUES, clause);
}

/**
 * Whether a finding stands in the scope of a read-about cue before it. A clause that comes back to someone now anywhere
 * after the cue keeps every finding in it: what is told now may point back at the topic ("heard about button batteries
 * on the news, my son swallowed one an hour ago").
 */
export function isReadAbout(clause: string, finding: TextSpan, cues: readonly TextSpan[]): boolean {
  return cues.some((cue) => cue.end <= finding.start && !BACK_TO_SOMEONE_NOW.test(clause.slice(cue.end)));
}

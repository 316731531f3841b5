// What says a question is about the patient's own record, or is general knowledge: who it is
// about, its tense, a request for the record, the clinician named (see analyzeRecordQuestion).

// The patient speaking of themselves: "my", "I", "me", "have I", "I've".
export const SELF_REFERENCE = /\b(my|mine|me|myself|i|i'm|i've|i'd|ive|im)\b/;
// The patient (or a parent, about the child whose record it is) asking about the past or about
// what the record holds: "did I have", "have I ever had", "had he got", "was my", "has she had",
// "am I on", "am I still down as", "do I still have", "what he got at 6 weeks". Questions only: "I have had a cough for two days" is today's complaint.
export const OWN_PAST =
  /\b(did (i|he|she|we|my|his|her|our|they|the (doctors?|nurses?|clinic|hospital))|ha(ve|s) (they|the doctors?)|ha(ve|d) (i|my)|had (he|she|we|they|his|her)|has (he|she|my|his|her)|was (i|my|he|she|his|her)|is (my|his|her)|(are|were) (my|his|her)|when (did|was|were) (i|my|he|she|we)|(am i|is (he|she)) (still )?(on|taking|up to date|down as|listed as)|do i (still )?have(?! to)|what (i|he|she|we) (got|had|was given|were given|received))\b/;
// Something done or found, asked in the passive: "was a CD4 count ordered?", "were any tests done?".
// Or tersely: "anything given in september 2018", "something done at that visit".
export const DONE_TO_ME =
  /\b(was|were) (a|an|my|the|any|his|her)\b[^.?!]*\b(ordered|done|checked|taken|tested|given|measured|recorded|found|prescribed|started|stopped)\b|\b(anything|something) (ordered|done|given|administered|prescribed|started)\b/;
// A past-tense question about a record topic needs no pronoun: "what were the covid test
// results?", "when was the last tetanus shot?"; "what is a flu shot?" stays general.
export const PAST_TENSE = /\b(was|were|did|had)\b/;
// Told, found or done in the past, not today's complaint ("I have had a fever for two days").
export const SAID_OR_DONE =
  /\b(was|were|did|said|told|wrote|thought|confirmed|diagnosed|found)\b|(?<!\b(have|has|'ve|ve) )\bhad\b/;
// Asking for the record outright: "show the weight readings", "list all vaccines", "is there a
// record of a chickenpox vaccine?".
export const REQUEST =
  /^\s*(show|list|pull up)\b|\b(on|in) (my|his|her|the) (\w+ )?(list|chart|records?|file|notes|paperwork|report|discharge papers)\b|\b(is|are) there (a |any )?(record|mention|note|entry|entries)s? (of|about)\b/;
// A code read off the record and asked what it means or where it is ("what does 1HRZE mean in my
// tb treatment", "the coordinator pointed at 1HRZE on my history, where does that show up"): a
// word of two letters or more mixed with digits, which no one says in speech, is the entry's own;
// with someone's pronoun it is their record asked, not general knowledge. Not an ordinal, a time,
// a dose or a measure ("2nd", "5pm", "10mg", "3yrs"); not "what does b12 do for my body".
export const RECORD_CODE_READ =
  /^(?=[^]*\b(?=[a-z]*\d)(?=(?:\d*[a-z]){2})(?!\d+(?:st|nd|rd|th|am|pm|mg|mcg|ml|kg|lbs?|cm|mm|hrs?|mins?|yrs?|yo|wks?|mos?|days?)\b)[a-z\d]{3,}\b)[^]*\b(?:mean|means|meant|meaning|stands? for|short for|abbreviation|shows? up|written|listed)\b/;
// The record's own words read back, as from the portal: "what is the PCP prophylaxis plan that
// says 'stop all'", "the TB treatment plan where it says stop all", "the sputum finding that is
// listed", "this 'encounter for symptom' visit it shows": the entry is the patient's own.
export const RECORD_READ_BACK =
  /\b(?:that|which|where it|it|this|one that) (?:says|said|reads|shows|showed|is (?:listed|labell?ed|marked|written))\b|\b(?:saying|labell?ed)\b/;
// What the record says disputed: "why does it still say her cough is active", "how come the
// portal shows tb as current", "why does my file still list tuberculosis": the entry is the
// patient's own, whatever the "why" of a general question.
// The record named first and the dispute after it, as people type to a portal: "portal still
// says TB active but I finished all my treatment, why", "the app shows covid not detected but the
// doctor treated it like covid, which one is true".
export const RECORD_DISPUTED = new RegExp(
  String.raw`\b(?:why|how come)\b.*\b(?:it|they|(?:the|my|his|her|their|our) (?:portal|chart|records?|file|notes|app|system|list))\s+(?:still\s+|now\s+|also\s+)?(?:says?|shows?|lists?|reads?|calls?|marks?)\b` +
    String.raw`|\b(?:(?:the|my|his|her|their|our)\s+)?(?:portal|chart|records?|file|notes|app|system)\s+(?:still\s+|now\s+|also\s+)?(?:says?|shows?|lists?|reads?|calls?|marks?)\b.*\b(?:why|how come|which (?:one )?is (?:true|right|correct)|who is right|(?:is|was) (?:that|it|this) (?:right|true|correct|wrong))\b` +
    // "why does her cough still show as active", "how come the tb is listed as current".
    String.raw`|\b(?:why|how come)\b.*\b(?:says?|shows?|shown|showing|lists?|listed|appears?|marked|reads?)\s+(?:up\s+)?as\s+(?:active|current|ongoing|resolved|cured|open|closed)\b` +
    // A status the record still gives, read back with no "why": "the portal still shows cough and
    // fever as active, she's been fine for ages", "her cough still say active on the portal", "the
    // chart still says tuberculosis is active, i finished treatment". The status ends its clause
    // or is followed by where or against what it is read; "still shows no sign, is it active tb"
    // names a kind of illness, no status.
    String.raw`|\bstill\s+(?:says?|shows?|lists?|reads?|marks?)\b[^.?!;]{0,40}?\b(?:active|current|ongoing|open)\b(?=\s*(?:[,.;?!]|$|(?:on|in|but|even|when|although|though|yet|and|for)\b))`,
);
// A birth date the asker gives: "she born december 2011", "he was born on 3 May 2015".
export const BORN_ON =
  /\bborn (?:in |on |at the end of |early |late )?(?:the )?(?:\d{1,2}(?:st|nd|rd|th)? (?:of )?)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? )?(?:\d{1,2}(?:st|nd|rd|th)?,? )?(?:19|20)\d{2}\b/g;
// A parent asking about their child: "what was his temperature?", "has she had her shots?".
export const DEPENDANT = /\b(he|she|his|her|him)\b/;
// Someone who recorded something about the patient: "what did the doctor find".
// A question asked as general knowledge, not of the record: "what is a flu shot?", "how do
// vaccines work?", "is a blood pressure of 140/90 high?", "covid vaccine side effects".
export const GENERAL_QUESTION =
  /^\s*(what(?: is|'s| are| does| do| causes?| happens)? (?:a|an|the (?:difference|normal|usual|best))\b|what (?:is|are|does|do|causes?)\b|how (?:do|does|is|are|can|should|long|often)\b|why\b|should\b|can (?:you|a|an|i|we|vaccines?)\b|is (?:a|an|it|there)\b|are (?:there|they|vaccines?)\b|tell me about\b|explain\b|when should\b|can (?:the|this|that)\b|are (?:the|these|those)\b|(?:symptoms?|signs?|causes?|treatments?|side effects?|risks?) of\b)|\b(?:side effects?|safe|safety|contagious|recommended|normal range)\b/;
export const ADDRESSED_TO_ME = /\b(tell|show|give|explain to|remind) me\b/g;
export const CLINICIAN =
  /\b(doctors?|dr|physicians?|gp|nurses?|clinicians?|specialists?|pediatrician|paediatrician|they)\b/;

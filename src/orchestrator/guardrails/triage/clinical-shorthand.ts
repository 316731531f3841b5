/**
 * Clinician-style write-ups ("62M, pt c/o SOB, BP 80/50, sats 88% on RA") reach the triage as
 * often as lay messages: a relative who is a nurse, a carer copying a discharge letter, a
 * clinician asking for a second opinion. Their shorthand is spelled out before normalisation
 * so that one lexicon serves both voices. Runs on the raw text (slashes and case intact) and
 * only inside the triage: the answer-safety rules read model text, not patient shorthand.
 */

type Rewrite = readonly [pattern: RegExp, replacement: string | ((match: string, ...groups: string[]) => string)];

const PEAK_FLOW_AGAINST_BEST =
  /\b(?:peak\s*flow|pef|pefr)\b\D{0,20}?\b(\d{2,3})\b(?:\s*(?:l\/min|l|litres))?[^.;\d]{0,40}?\b(?:best|normal|usual|personal\s+best|pb|predicted)\b\D{0,15}?\b(\d{2,3})\b/gi;

function peakFlowShare(now: string, best: string): number {
  return Math.round((100 * Number(now)) / Math.max(Number(best), 1));
}

const SHORTHAND: readonly Rewrite[] = [
  // Age and sex at the start of a write-up: "62M", "45 F", "3yo", "71 y/o female".
  [/(^|[.,;:(]\s*|\n\s*)(\d{1,3})\s?(?:yo\s*|y\/o\s*|yrs?\s*)?([mf])\b/gi, '$1$2 year old $3 patient '],
  [/\b(\d{1,3})\s?(?:yo|y\/o|y\.o\.|yrs? old|year-old)\b/gi, '$1 year old'],
  [/\bc\/o\b/gi, 'complains of'],
  [/\bh\/o\b/gi, 'background of'],
  [/\bs\/p\b/gi, 'after'],
  [/\bw\/o\b/gi, 'without'],
  [/\bw\//gi, 'with '],
  [/\bn\s?[&/]\s?v\b/gi, 'nausea and vomiting'],
  [/\bpt\b/gi, 'patient'],
  [/\bsoboe\b/gi, 'short of breath on exertion'],
  [/\bsob\b/gi, 'short of breath'],
  [/\bdyspn(?:o|oe)a\w*/gi, 'short of breath'],
  [/\bc\/?p\b(?=\s*(?:,|\.|radiat|since|for|x|at|\d|$))/gi, 'chest pain'],
  [/\b(?:retrosternal|central)\s+(?:chest\s+)?(pain|pressure|tightness|discomfort|heaviness)/gi, 'chest $1'],
  [/\bloc\b/gi, 'loss of consciousness'],
  [/\bgtcs\b/gi, 'generalised tonic-clonic seizure'],
  [/\bams\b/gi, 'altered mental status'],
  [/\bdiaphoretic\b/gi, 'sweating'],
  [/\bpr\s+(bleed\w*|blood)/gi, 'rectal $1'],
  [/\b(?:haematemesis|hematemesis)\b/gi, 'vomiting blood'],
  [/\b(?:malaena|melaena|melena)\b/gi, 'black tarry stool'],
  [/\bsyncop(?:e|al)\b/gi, 'fainting'],
  // "I nearly collapsed" is how near-fainting (presyncope) is told: read as faintness, neither as a
  // collapse that happened nor as the figure of speech "nearly collapsed when I saw the bill".
  [/\b(nearly|almost)\s+(?:collapsed|keeled\s+over)\b/gi, '$1 fainted'],
  // Not a measure told both ways: "2 x 3 cm" is a size.
  [/\bx\s?([2-9])\b(?!\s*(?:cm|mm|centimet\w*|millimet\w*|inch\w*)\b)/gi, '$1 times'],
  [/\b([2-9])\s?x\b(?!\s*\d)/gi, '$1 times'],
  // Dosing and observation intervals: "changing pads q30min", "obs q1h".
  [/\bq\s?(\d{1,3})\s?(?:min|mins|minutes)\b/gi, 'every $1 minutes'],
  [/\bq\s?(\d{1,2})\s?(?:h|hr|hrs|hours?)\b/gi, 'every $1 hours'],
  [/\bpre-?syncop\w*/gi, 'feeling faint'],
  // "?OD", "OD of": an overdose (upper case only: "od" in a prescription is "once daily").
  [/\?\s*OD\b|\bOD(?=\s+(?:of|on|with)\b)/g, 'possible overdose'],
  // "intentional OD ~30 paracetamol", "deliberate od": a write-up's overdose, whatever the case.
  [/\b(intentional|deliberate|accidental|staggered|polypharmacy|mixed)\s+od\b/gi, '$1 overdose'],
  [/\bf\/?hx\b/gi, 'family history of'],
  [/\bon\s+ra\b/gi, 'on air'],
  [/\b([1-4]?\d)\s*(?:\+\s*\d)?\s*\/\s*40\b/g, '$1 weeks pregnant'],
  // Gestation as weeks+days ("33+2"); normalisation would drop the plus and leave two bare numbers.
  [/\b([1-4]\d)\s*\+\s*[0-6]\b/g, '$1 weeks pregnant'],
  // BTS/SIGN grade asthma by peak flow as a share of the person's best: "peak flow 120, my best is
  // 450" is 27 %, life-threatening. The share is written out so one threshold serves both tellings.
  [PEAK_FLOW_AGAINST_BEST, (_match, now, best) => `peak flow ${peakFlowShare(now, best)} percent of best`],
  [/\b(\d{1,2})\s*\/\s*7\s+post\b/gi, '$1 days after'],
  [/\b(?:lscs|c-section|caesarean|cesarean)\b/gi, 'c section'],
  [/\bpv\s+(bleed\w*|blood|loss)/gi, 'vaginal $1'],
  [/\blbp\b/gi, 'low back pain'],
  [/\babdo\b/gi, 'abdominal'],
  // Infant ages in clinical notes: "10/7" days, "6/52" weeks, "6/12" months (before "80/50" below).
  [/\b(\d{1,2})\s*\/\s*7\b(?=\s*(?:old|,|m\b|f\b|male|female|baby|infant|neonate))/gi, '$1 days old'],
  [/\b(\d{1,2})\s*\/\s*52\b(?=\s*(?:old|,|m\b|f\b|male|female|baby|infant))/gi, '$1 weeks old'],
  [/\b(\d{1,2})\s*\/\s*12\b(?=\s*(?:old|,|m\b|f\b|male|female|baby|infant|child))/gi, '$1 months old'],
  // Dropped g's in dialect and texting ("clutchin his chest", "sweatin", "screwin his eyes up"),
  // for the verbs the lexicon reads; a general "-in" rule would break insulin, aspirin, Berlin.
  [
    /\b(clutch|sweat|breath|bleed|shak|vomit|fitt|chok|throw|puk|burn|scream|cry|gasp|wheez|seiz|convuls|collaps|jerk|twitch|shiver|scratch|swell|spinn|screw|squint|stagger|slurr|droop|drool|foam|pass|black|turn|go|look|hurt|ach|feel|bruis|tremor)in\b(?!g)/gi,
    '$1ing',
  ],
  // "Abruptly" and "acutely" are how a write-up says "suddenly".
  [/\b(?:abruptly|acutely)\b/gi, 'suddenly'],
  [/\babrupt\s+onset\b/gi, 'sudden onset'],
  // "amitriptyline OD", "OD ~1.5g": an overdose in a write-up (upper case; "od" in a prescription is "once daily").
  // Only before an amount in grams or tablets: "ramipril OD 28 days" is a prescription.
  [/\b([A-Za-z]{4,})\s+OD\b(?=\s*~?\s*\d+(?:\.\d+)?\s*(?:g|grams?|tabs?|tablets?|x)\b|\s*~)/g, 'overdose of $1'],
  [
    /\bOD\s*~\s*(?=\d)|\bOD\s+(?=\d+(?:\.\d+)?\s*(?:g|grams?)\b|\d{2,}\s*(?:x\s*)?(?:tabs?|tablets?|pills|paracetamol|co-?codamol)\b)/g,
    'overdose of ',
  ],
  // "Back to his baseline" is a clinician's "back to normal": the person's usual state, which every reading of a
  // recovery already knows by its lay words (a seizure, a faint or a fall told as recovered). "Not back to her
  // baseline" stays a telling that recovery has not come.
  [/\bback\s+to\s+(?:(?:his|her|my|their|your|our)\s+)?(?:usual\s+|normal\s+)?baseline\b/gi, 'back to normal'],
  [
    /\b(is|was|seems|seemed|now)\s+at\s+(?:his|her|my|their)\s+(?:usual\s+|normal\s+)?baseline\b/gi,
    '$1 back to normal',
  ],
  // "80/50" in a blood pressure keeps its systolic first; the diastolic would be read as a second number.
  [/\b(\d{2,3})\s*\/\s*(\d{2,3})\b/g, '$1 over $2'],
];

export function expandClinicalShorthand(text: string): string {
  let expanded = text;
  for (const [pattern, replacement] of SHORTHAND) {
    expanded =
      typeof replacement === 'string' ? expanded.replace(pattern, replacement) : expanded.replace(pattern, replacement);
  }
  return expanded;
}

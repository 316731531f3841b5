/**
 * Cleans a patient's message before anything reads it: markup is removed (it can hide text
 * from the triage or carry instructions to the model), invisible control and direction
 * characters are dropped, whitespace is tidied, and the text is NFC-normalised so the same
 * words always compare equal.
 *
 * Only things that look like markup are touched: "blood pressure < 120", "3 > 2" and "<3"
 * stay as they are, because a `<` only starts a tag when a tag name follows it directly.
 */

/** Elements whose content is code or styling, never words for us. */
const SCRIPT_OR_STYLE = /<(script|style)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi;
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const CDATA = /<!\[CDATA\[[\s\S]*?(?:\]\]>|$)/gi;
/** An opening, closing or self-closing tag, a doctype or a processing instruction. */
const TAG = /<\/?[a-zA-Z][a-zA-Z0-9:-]*(?:\s+[^<>]*)?\/?>|<![a-zA-Z][^<>]*>|<\?[^<>]*\?>/g;

/**
 * C0 and C1 controls except tab and newline, plus zero-width and bidirectional-override
 * characters that make text read differently from what it says. The zero-width joiners
 * (U+200C, U+200D) stay: scripts and emoji need them.
 */
const INVISIBLE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** Spaces of every width, tabs included, but not newlines. */
const HORIZONTAL_SPACE_RUN = /[^\S\n]{2,}|[^\S\n\t ]/g;

export function sanitizeUserInput(text: string): string {
  // Invisible characters go first, so that none can split a tag name and slip past the markup rules.
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(INVISIBLE, '')
    .replace(SCRIPT_OR_STYLE, ' ')
    .replace(COMMENT, ' ')
    .replace(CDATA, ' ')
    .replace(TAG, ' ')
    .replace(HORIZONTAL_SPACE_RUN, ' ')
    .replace(/[^\S\n]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .normalize('NFC');
}

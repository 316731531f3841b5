import type { Attachment, DocumentReferenceContent } from '../fhir-types.js';
import { isObject, listOf, textOf } from '../fhir-values.js';

/** How much of a note the narrative carries; the full text goes to `note_text`. */
export const NOTE_EXCERPT_LENGTH = 600;

/**
 * The text of a document's inline attachments. Only text types are decoded (a PDF or an image is
 * not readable as text); an attachment without a content type is assumed to be text, as
 * Synthea-style notes are.
 */
export function decodeNoteText(content: DocumentReferenceContent[] | undefined): string | undefined {
  const texts = listOf(content)
    .map((item) => (isObject(item) && isObject(item.attachment) ? decodeAttachment(item.attachment) : undefined))
    .filter((text): text is string => text !== undefined);
  return texts.length === 0 ? undefined : texts.join('\n\n');
}

function decodeAttachment(attachment: Attachment): string | undefined {
  const data = textOf(attachment.data);
  if (data === undefined) return undefined;
  const contentType = (textOf(attachment.contentType) ?? 'text/plain').toLowerCase();
  if (!contentType.startsWith('text/')) return undefined;
  // Node's base64 decoder skips characters outside the alphabet instead of throwing.
  const bytes = Buffer.from(data, 'base64');
  const latin1 = /charset\s*=\s*"?(iso-8859-1|latin1|windows-1252)/.test(contentType);
  return textOf(bytes.toString(latin1 ? 'latin1' : 'utf8'));
}

/**
 * A single-paragraph opening of the note for the narrative: markdown headings become
 * "Heading:" and line breaks become spaces, cut at a word boundary near NOTE_EXCERPT_LENGTH.
 */
export function noteExcerpt(noteText: string, maxLength = NOTE_EXCERPT_LENGTH): string {
  const lines = noteText
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const flattened = lines
    // A heading with nothing under it ("## Plan" at the end of a note) says nothing.
    .filter((line, index) => !isHeading(line) || (index + 1 < lines.length && !isHeading(lines[index + 1])))
    .map((line) => (isHeading(line) ? `${line.replace(/^#+\s+/, '')}:` : line))
    .join(' ')
    .replace(/\s+/g, ' ');
  if (flattened.length <= maxLength) return flattened;
  const cut = flattened.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

function isHeading(line: string): boolean {
  return /^#+\s/.test(line);
}

import { FhirBundleError } from '../fhir-bundle-error.js';
import type { Attachment, DocumentReferenceContent } from '../fhir-types.js';
import { isObject, listOf, textOf } from '../fhir-values.js';

/** How much of a note the narrative carries; the full text goes to `note_text`. */
export const NOTE_EXCERPT_LENGTH = 600;

/**
 * The most text one clinical note may hold, in UTF-8 bytes. A discharge summary is tens of
 * kilobytes; 2 MiB is hundreds of pages. Past it the note would first be tokenized (seconds of
 * CPU on the shared event loop per megabyte) and then, beyond about 12 MB, be refused by MongoDB
 * once encrypted, so the import is refused at once instead, before anything is written.
 */
export const MAX_NOTE_TEXT_BYTES = 2 * 1024 * 1024;

/**
 * The most text the clinical notes of one bundle may hold together, in UTF-8 bytes: a lifetime of
 * notes of a few kilobytes each, or four notes at MAX_NOTE_TEXT_BYTES. The import body may be
 * 25 MiB, so without it a bundle of notes each just under the note limit would have about 18 MB
 * of text tokenized on the shared event loop; past it the import is refused before anything is
 * written.
 */
export const MAX_BUNDLE_NOTE_TEXT_BYTES = 8 * 1024 * 1024;

/**
 * The text of a document's inline attachments. Only text types are decoded (a PDF or an image is
 * not readable as text); an attachment without a content type is assumed to be text, as
 * Synthea-style notes are.
 */
export function decodeNoteText(
  content: DocumentReferenceContent[] | undefined,
  documentName: string,
): string | undefined {
  const attachments = listOf(content)
    .map((item) => (isObject(item) && isObject(item.attachment) ? decodeAttachment(item.attachment) : undefined))
    .filter((decoded): decoded is DecodedAttachment => decoded !== undefined);
  if (attachments.length === 0) return undefined;
  const bytes = attachments.reduce((sum, decoded) => sum + decoded.bytes, 0);
  if (bytes > MAX_NOTE_TEXT_BYTES) {
    throw new FhirBundleError(
      `${documentName} holds ${megabytes(bytes)} MB of text; a clinical note may hold at most ` +
        `${megabytes(MAX_NOTE_TEXT_BYTES)} MB. Nothing was imported: shorten or remove that note and import the bundle again.`,
    );
  }
  return attachments.map((decoded) => decoded.text).join('\n\n');
}

/** Refuses a bundle whose mapped notes (`note_text` of its records) together pass MAX_BUNDLE_NOTE_TEXT_BYTES. */
export function assertBundleNoteTextWithinLimit(records: ReadonlyArray<{ note_text?: string }>): void {
  const bytes = records.reduce(
    (sum, record) => sum + (record.note_text === undefined ? 0 : Buffer.byteLength(record.note_text)),
    0,
  );
  if (bytes > MAX_BUNDLE_NOTE_TEXT_BYTES) {
    throw new FhirBundleError(
      `The clinical notes of this bundle hold ${megabytes(bytes)} MB of text together; a bundle's notes may hold ` +
        `at most ${megabytes(MAX_BUNDLE_NOTE_TEXT_BYTES)} MB. Nothing was imported: split the notes over ` +
        `several imports of the same patient, or shorten them, and import again.`,
    );
  }
}

interface DecodedAttachment {
  text: string;
  /** The decoded size, before any trimming. */
  bytes: number;
}

/** Megabytes to one decimal, rounded up so that a note just over the limit never reads as equal to it. */
function megabytes(bytes: number): string {
  return (Math.ceil((bytes / (1024 * 1024)) * 10) / 10).toFixed(1);
}

function decodeAttachment(attachment: Attachment): DecodedAttachment | undefined {
  const data = textOf(attachment.data);
  if (data === undefined) return undefined;
  const contentType = (textOf(attachment.contentType) ?? 'text/plain').toLowerCase();
  if (!contentType.startsWith('text/')) return undefined;
  // Node's base64 decoder skips characters outside the alphabet instead of throwing.
  const bytes = Buffer.from(data, 'base64');
  const latin1 = /charset\s*=\s*"?(iso-8859-1|latin1|windows-1252)/.test(contentType);
  const text = textOf(bytes.toString(latin1 ? 'latin1' : 'utf8'));
  return text === undefined ? undefined : { text, bytes: bytes.length };
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

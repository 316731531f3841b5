import { FhirBundleError } from '../fhir-bundle-error.js';
import { decodeNoteText, MAX_NOTE_TEXT_BYTES, noteExcerpt } from './note-text.js';

const base64 = (text: string, encoding: BufferEncoding = 'utf8') => Buffer.from(text, encoding).toString('base64');

describe('decodeNoteText', () => {
  it('decodes text attachments, utf-8 by default and latin-1 when declared', () => {
    expect(
      decodeNoteText(
        [
          { attachment: { contentType: 'text/plain; charset=utf-8', data: base64('\nFièvre depuis 3 jours.\n') } },
          { attachment: { contentType: 'text/plain; charset=ISO-8859-1', data: base64('Café', 'latin1') } },
          { attachment: { data: base64('No content type.') } },
        ],
        'The note',
      ),
    ).toBe('Fièvre depuis 3 jours.\n\nCafé\n\nNo content type.');
  });

  it('leaves out binary, linked and empty attachments', () => {
    expect(
      decodeNoteText(
        [
          { attachment: { contentType: 'application/pdf', data: base64('%PDF-1.7') } },
          { attachment: { contentType: 'text/plain', url: 'https://example.org/note.txt' } },
          { attachment: { contentType: 'text/plain', data: base64('   ') } },
          {},
        ],
        'The note',
      ),
    ).toBeUndefined();
    expect(decodeNoteText(undefined, 'The note')).toBeUndefined();
  });

  it('refuses a note whose attachments together pass the size a note may hold, naming it', () => {
    const half = 'x'.repeat(MAX_NOTE_TEXT_BYTES / 2);
    const attachments = [{ attachment: { data: base64(half) } }, { attachment: { data: base64(half) } }];
    expect(decodeNoteText(attachments, 'The note')?.length).toBe(MAX_NOTE_TEXT_BYTES + 2);

    attachments.push({ attachment: { data: base64('one byte too many') } });
    const refuse = () => decodeNoteText(attachments, 'The clinical note DocumentReference/d9');
    expect(refuse).toThrow(FhirBundleError);
    expect(refuse).toThrow(
      /^The clinical note DocumentReference\/d9 holds 2\.1 MB of text; a clinical note may hold at most 2\.0 MB\. Nothing was imported/,
    );
  });
});

describe('noteExcerpt', () => {
  it('flattens markdown headings and drops headings with nothing under them', () => {
    expect(noteExcerpt('# Chief Complaint\nCough.\n\n# Assessment and Plan\n\n## Plan\n')).toBe(
      'Chief Complaint: Cough.',
    );
  });

  it('cuts a long note at a word boundary near the limit', () => {
    const note = Array.from({ length: 200 }, (_, index) => `word${index}`).join(' ');
    const excerpt = noteExcerpt(note);
    expect(excerpt.length).toBeLessThanOrEqual(601);
    expect(excerpt.endsWith('…')).toBe(true);
    expect(note.startsWith(excerpt.slice(0, -1))).toBe(true);
    expect(note.charAt(excerpt.length - 1)).toBe(' ');
  });
});

import { FhirBundleError } from '../fhir-bundle-error.js';
import { mapOneResource } from '../testing/map-one-resource.js';
import { toPatient } from '../testing/synthetic-bundle.js';

describe('mapDocumentReference', () => {
  const document = {
    resourceType: 'DocumentReference',
    id: 'd1',
    status: 'current',
    subject: toPatient,
    type: { text: 'Discharge summary' },
    date: '2022-02-03T10:00:00Z',
  };

  it('keeps a note whose text is only linked, without an excerpt', () => {
    const { record } = mapOneResource({
      ...document,
      content: [{ attachment: { url: 'https://example.org/d1.pdf' } }],
    });
    expect(record?.text).toBe('2022-02-03 — Clinical note: Discharge summary');
    expect(record).not.toHaveProperty('note_text');
  });

  it('dates a note by the care it documents and names an untyped note', () => {
    const { record } = mapOneResource({
      ...document,
      type: undefined,
      context: { period: { start: '2022-01-30' } },
      content: [{ attachment: { contentType: 'text/plain', data: Buffer.from('Doing well.').toString('base64') } }],
    });
    expect(record?.date).toBe('2022-01-30');
    expect(record?.text).toBe('2022-01-30 — Clinical note: Note. Doing well.');
    expect(record?.note_text).toBe('Doing well.');
  });

  it('refuses the whole bundle, naming the note, when a note is too large to store', () => {
    const oversized = {
      ...document,
      content: [
        { attachment: { contentType: 'text/plain', data: Buffer.from('Note. '.repeat(400_000)).toString('base64') } },
      ],
    };
    expect(() => mapOneResource(oversized)).toThrow(FhirBundleError);
    expect(() => mapOneResource(oversized)).toThrow(/^The clinical note DocumentReference\/d1 holds 2\.3 MB of text/);
  });
});

import { firstClinicalDate, periodStart } from '../clinical-date.js';
import { codesOf, displayOf } from '../codeable-concept.js';
import type { DocumentReference } from '../fhir-types.js';
import { isObject, textOf } from '../fhir-values.js';
import { decodeNoteText, noteExcerpt } from './note-text.js';
import type { RecordFacts, RecordMapper } from './record-mapper.js';

/**
 * "2012-10-19 — Clinical note: History and physical note. Chief Complaint: ...": the narrative
 * carries an excerpt for retrieval, `note_text` the whole decoded note for the model to read.
 */
export const mapDocumentReference: RecordMapper<DocumentReference> = (document): RecordFacts => {
  const noteText = decodeNoteText(
    document.content,
    `The clinical note DocumentReference/${textOf(document.id) ?? '(no id)'}`,
  );
  const carePeriod = isObject(document.context) ? document.context.period : undefined;
  const facts: RecordFacts = {
    label: 'Clinical note',
    // The period is when the care happened; `date` is when the document was written.
    date: firstClinicalDate(periodStart(carePeriod), document.date),
    // An untyped document with readable text is still worth keeping as a plain note.
    summary: displayOf(document.type) ?? textOf(document.description) ?? (noteText === undefined ? undefined : 'Note'),
    codes: codesOf([document.type]),
  };
  if (noteText !== undefined) {
    facts.excerpt = noteExcerpt(noteText);
    facts.note_text = noteText;
  }
  return facts;
};

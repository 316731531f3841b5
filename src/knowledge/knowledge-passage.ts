/**
 * One question–answer pair of a knowledge collection, in MedQuAD's JSON Lines shape (see
 * data/medquad/README.md). `id` is the collection's own id and what citations name.
 */
export interface KnowledgePassage {
  id: string;
  source: string;
  url: string;
  focus: string;
  question_type: string;
  question: string;
  answer: string;
  /** Other names of the focus, read from the answer's "also called" sentences at indexing. */
  synonyms?: string[];
}

/** A line or document that is not a usable passage; the message names what is missing. */
export class InvalidPassageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidPassageError';
  }
}

const REQUIRED = ['id', 'question', 'answer'] as const;

/**
 * The fields MedChat keeps from one parsed record. `id`, `question` and `answer` are required;
 * the rest default to empty so a smaller collection (no UMLS annotations, no focus) still loads.
 */
export function toPassage(raw: unknown): KnowledgePassage {
  if (typeof raw !== 'object' || raw === null) throw new InvalidPassageError('not a JSON object');
  const record = raw as Record<string, unknown>;
  for (const field of REQUIRED) {
    if (typeof record[field] !== 'string' || (record[field] as string).trim() === '')
      throw new InvalidPassageError(`"${field}" is missing or empty`);
  }
  const text = (field: string) => (typeof record[field] === 'string' ? (record[field] as string).trim() : '');
  return {
    id: text('id'),
    source: text('source'),
    url: text('url'),
    focus: text('focus'),
    question_type: text('question_type') || 'information',
    question: text('question'),
    answer: text('answer'),
  };
}

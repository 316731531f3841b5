// Types of record-questions.mjs for the TypeScript test that imports it.
export interface ExpectedRecord {
  resource_type: string;
  text_contains: string;
}

export interface RecordQuestionCase {
  patient: string;
  question: string;
  expected: ExpectedRecord[];
  kind: string;
  /** The patient's message before this one in the same chat, for a follow-up ("and the time before that?"). */
  previous?: string;
  /** The patient's messages before `previous` in the same chat, oldest first, for a chain of follow-ups. */
  earlier?: string[];
  note?: string;
}

export interface ReturnedRecord {
  resource_type: string;
  date: string;
  text: string;
}

export interface Figures {
  total: number;
  found: number;
  success: number;
  mrr: number;
}

export interface Evaluation {
  overall: Figures;
  byKind: Array<Figures & { kind: string }>;
  misses: Array<{ question: RecordQuestionCase; returned: ReturnedRecord[]; rank: number }>;
}

export interface QuestionSet {
  name: string;
  file: string;
  showTexts: boolean;
  questions: RecordQuestionCase[];
}

export declare const SYNTHEA_DIR: string;
export declare const QUESTIONS_DIR: string;
export declare const QUESTION_SETS: ReadonlyArray<Omit<QuestionSet, 'questions'>>;
export declare const SUCCESS_FLOORS: Record<string, number | undefined>;
export declare const KINDS: readonly string[];
export declare function readQuestionSet(file: string, bundleNames?: readonly string[]): RecordQuestionCase[];
export declare function syntheaBundleNames(directory?: string): string[];
export declare function presentQuestionSets(directory?: string): QuestionSet[];
export declare function importSyntheaBundles(
  admin: { importBundle(bundle: unknown, actor: 'cli'): Promise<{ patient_id: string }> },
  directory?: string,
): Promise<Map<string, string>>;
export declare function rankOfExpected(
  returned: readonly ReturnedRecord[],
  expected: readonly ExpectedRecord[],
): number;
export declare function evaluateQuestions(
  retriever: {
    retrieve(query: {
      patientId: string;
      question: string;
      limit: number;
      previousMessage?: string;
    }): Promise<ReturnedRecord[]>;
  },
  questions: readonly RecordQuestionCase[],
  options: { patientIds: Map<string, string>; limit: number },
): Promise<Evaluation>;

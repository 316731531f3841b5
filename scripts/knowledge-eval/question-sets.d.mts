// Types of question-sets.mjs for the TypeScript test that imports it.
export interface KnowledgeQuestionCase {
  question: string;
  focus: string[];
  question_types: string[];
  relevant: string[];
}

export interface QuestionSet {
  name: string;
  file: string;
  showTexts: boolean;
  questions: KnowledgeQuestionCase[];
}

export interface Floors {
  success: number;
  mrr: number;
}

export interface RankedPassage {
  passage: { id: string; focus: string; question_type: string };
}

export interface Evaluation<Hit extends RankedPassage = RankedPassage> {
  total: number;
  found: number;
  success: number;
  mrr: number;
  misses: Array<{ question: KnowledgeQuestionCase; hits: Hit[]; rank: number }>;
  latencies: number[];
}

export declare const QUESTIONS_DIR: string;
export declare const SHIPPED_COLLECTION: string;
export declare const K: number;
export declare const QUESTION_SETS: ReadonlyArray<Omit<QuestionSet, 'questions'>>;
export declare const FLOORS: Record<string, Floors | undefined>;
export declare function readQuestionSet(file: string): KnowledgeQuestionCase[];
export declare function presentQuestionSets(directory?: string): QuestionSet[];
export declare function readShippedCollection(file?: string): unknown[];
export declare function evaluateQuestions<Hit extends RankedPassage>(
  index: { find(question: string, limit: number): Hit[] },
  questions: readonly KnowledgeQuestionCase[],
): Evaluation<Hit>;

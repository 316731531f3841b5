import type { RecordSource } from '../../chat-turn.js';
import { PatientRecordRetriever, type RecordQuery } from '../../../patients/index.js';
import type { AgentStateValues } from '../state.js';
import { createRetrieveContextNode } from './retrieve-context.node.js';

const PATIENT_ID = 'Adam631_Cronin387_aff8f143-2375-416f-901d-b0e4c73e3e58';
const RECORD: RecordSource = {
  resource_type: 'Immunization',
  date: '2019-09-24',
  text: '2019-09-24 — Immunization: Influenza',
};

class AnsweringRetriever extends PatientRecordRetriever {
  readonly queries: RecordQuery[] = [];
  constructor(private readonly records: RecordSource[]) {
    super();
  }
  async retrieve(query: RecordQuery): Promise<RecordSource[]> {
    this.queries.push(query);
    return this.records;
  }
}

const state = (text: string) =>
  ({ role: 'patient', patientId: PATIENT_ID, text, history: [] }) as unknown as AgentStateValues;

describe('retrieve_context node', () => {
  it('reports retrieve_patient_records when records went into the prompt', async () => {
    const node = createRetrieveContextNode(new AnsweringRetriever([RECORD]), {
      historyTokenBudget: 100,
      recordLimit: 5,
      knowledgeLimit: 0,
    });
    const update = await node(state('Which vaccines have I had?'));
    expect(update.recordAccess).toEqual({ status: 'retrieved', records: [RECORD] });
    expect(update.toolsUsed).toEqual(['retrieve_patient_records']);
  });

  it('does not report the tool when the retriever answers nothing (a question not about the record)', async () => {
    const retriever = new AnsweringRetriever([]);
    const node = createRetrieveContextNode(retriever, { historyTokenBudget: 100, recordLimit: 5, knowledgeLimit: 0 });
    const update = await node(state('What is a fever?'));
    expect(retriever.queries).toEqual([{ patientId: PATIENT_ID, question: 'What is a fever?', limit: 5 }]);
    expect(update.recordAccess).toEqual({ status: 'retrieved', records: [] });
    expect(update.toolsUsed).toEqual([]);
  });

  it('keeps at most the record limit', async () => {
    const node = createRetrieveContextNode(new AnsweringRetriever([RECORD, RECORD, RECORD]), {
      historyTokenBudget: 100,
      recordLimit: 2,
      knowledgeLimit: 0,
    });
    const update = await node(state('Which vaccines have I had?'));
    expect(update.recordAccess).toEqual({ status: 'retrieved', records: [RECORD, RECORD] });
  });

  it('answers without the record, saying it cannot be searched, when the record search fails', async () => {
    class FailingRetriever extends PatientRecordRetriever {
      async retrieve(): Promise<RecordSource[]> {
        throw new Error('record index is being counted again');
      }
    }
    const node = createRetrieveContextNode(new FailingRetriever(), {
      historyTokenBudget: 100,
      recordLimit: 5,
      knowledgeLimit: 0,
    });
    const update = await node(state('Which vaccines have I had?'));
    expect(update.recordAccess).toEqual({ status: 'unavailable' });
    expect(update.toolsUsed).toEqual([]);
  });
});

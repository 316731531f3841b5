import type { PriorExchange, RecordSource } from '../../chat-turn.js';
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

const state = (text: string, history: PriorExchange[] = [], role = 'patient') =>
  ({
    role,
    patientId: role === 'guest' ? null : PATIENT_ID,
    text,
    history,
  }) as unknown as AgentStateValues;

const exchange = (user: string, minute: number): PriorExchange => ({
  user,
  assistant: 'An answer.',
  at: new Date(Date.UTC(2026, 11, 4, 0, minute)),
});

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

  it("passes the patient's previous message in this consultation, for a follow-up", async () => {
    const retriever = new AnsweringRetriever([RECORD]);
    const node = createRetrieveContextNode(retriever, { historyTokenBudget: 100, recordLimit: 5, knowledgeLimit: 0 });
    await node(state('and the time before that?', [exchange('When was my last flu shot?', 1)]));
    expect(retriever.queries).toEqual([
      {
        patientId: PATIENT_ID,
        question: 'and the time before that?',
        limit: 5,
        previousMessage: 'When was my last flu shot?',
      },
    ]);
  });

  it('passes the messages before that too, the last three in all, for a chain of follow-ups', async () => {
    const retriever = new AnsweringRetriever([RECORD]);
    const node = createRetrieveContextNode(retriever, { historyTokenBudget: 100, recordLimit: 5, knowledgeLimit: 0 });
    const history = [
      exchange('What is a flu shot?', 1),
      exchange('When was my last tetanus shot?', 2),
      exchange('and the one before?', 3),
      exchange('what about the flu one?', 4),
    ];
    await node(state('and before that?', history));
    expect(retriever.queries).toEqual([
      {
        patientId: PATIENT_ID,
        question: 'and before that?',
        limit: 5,
        previousMessage: 'what about the flu one?',
        earlierMessages: ['When was my last tetanus shot?', 'and the one before?'],
      },
    ]);
  });

  it('passes no previous message at the start of a consultation, nor an empty one', async () => {
    const retriever = new AnsweringRetriever([RECORD]);
    const node = createRetrieveContextNode(retriever, { historyTokenBudget: 100, recordLimit: 5, knowledgeLimit: 0 });
    await node(state('When was my last flu shot?'));
    await node(state('and the time before that?', [exchange('  ', 1)]));
    expect(retriever.queries.map((query) => query.previousMessage)).toEqual([undefined, undefined]);
  });

  it('never asks for records for a guest, follow-up or not', async () => {
    const retriever = new AnsweringRetriever([RECORD]);
    const node = createRetrieveContextNode(retriever, { historyTokenBudget: 100, recordLimit: 5, knowledgeLimit: 0 });
    const update = await node(state('and the time before that?', [exchange('When was my last flu shot?', 1)], 'guest'));
    expect(retriever.queries).toEqual([]);
    expect(update.recordAccess).toEqual({ status: 'guest' });
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

import 'reflect-metadata';
import { ConsoleLogger, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { AppConfig } from '../../src/config/app-config.js';
import { ConfigModule } from '../../src/config/config.module.js';
import { validateEnvironment } from '../../src/config/validate-environment.js';
import { ComponentHealthRegistry, HealthDetailsRegistry, HealthModule } from '../../src/health/index.js';
import { ChatTurnRunner, type ChatTurnInput, type ChatTurnResult } from '../../src/orchestrator/chat-turn.js';
import { OrchestratorModule } from '../../src/orchestrator/orchestrator.module.js';
import type { RecordSource } from '../../src/orchestrator/chat-turn.js';
import { PatientRecordRetriever } from '../../src/patients/retrieval/patient-record-retriever.js';
import { CircuitBreakerBoard } from '../../src/llm/circuit-breaker-board.js';
import { KnowledgeModule } from '../../src/knowledge/index.js';
import { KnowledgeRetriever } from '../../src/knowledge/index.js';
import { PatientsModule } from '../../src/patients/index.js';

export interface Orchestrator {
  runner: ChatTurnRunner;
  /** The `/api/health` details the orchestrator contributes (its circuit breakers). */
  health: Pick<HealthDetailsRegistry, 'collect'>;
  /** Warnings and errors the orchestrator logged, as `level: message`. */
  logs: string[];
  close(): Promise<void>;
}

/** Keeps the orchestrator's warnings for assertions instead of printing them. */
class RecordingLogger extends ConsoleLogger {
  readonly lines: string[] = [];
  override warn(message: unknown): void {
    this.lines.push(`warn: ${String(message)}`);
  }
  override error(message: unknown): void {
    this.lines.push(`error: ${String(message)}`);
  }
  override log(message: unknown): void {
    this.lines.push(`log: ${String(message)}`);
  }
}

/**
 * The OrchestratorModule as the app wires it (config, the global health registry, optional
 * ports bound by other modules), without the HTTP app around it.
 */
export async function startOrchestrator(
  env: Record<string, string | undefined>,
  bound: { retriever?: PatientRecordRetriever } = {},
): Promise<Orchestrator> {
  const { variables } = validateEnvironment({
    NODE_ENV: 'test',
    JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256-0123456789',
    ...env,
  });
  // Stand in for the health, patients and knowledge modules, which need a database.
  @Module({
    providers: [HealthDetailsRegistry, ComponentHealthRegistry],
    exports: [HealthDetailsRegistry, ComponentHealthRegistry],
  })
  class HealthRegistriesModule {}
  const retriever = { provide: PatientRecordRetriever, useValue: bound.retriever ?? new NoRecords() };
  @Module({ providers: [retriever], exports: [PatientRecordRetriever] })
  class BoundRetrieverModule {}
  @Module({
    providers: [{ provide: KnowledgeRetriever, useValue: { retrieve: async () => [] } }],
    exports: [KnowledgeRetriever],
  })
  class NoKnowledgeModule {}

  const logger = new RecordingLogger();
  const moduleRef = await Test.createTestingModule({
    imports: [ConfigModule.forRoot(new AppConfig(variables)), OrchestratorModule],
  })
    .overrideModule(HealthModule)
    .useModule(HealthRegistriesModule)
    .overrideModule(PatientsModule)
    .useModule(BoundRetrieverModule)
    .overrideModule(KnowledgeModule)
    .useModule(NoKnowledgeModule)
    .setLogger(logger)
    .compile();
  return {
    runner: moduleRef.get(ChatTurnRunner),
    health: { collect: () => ({ circuit_breakers: moduleRef.get(CircuitBreakerBoard).snapshot() }) },
    logs: logger.lines,
    close: () => moduleRef.close(),
  };
}

/** A patient with no records on file. */
class NoRecords extends PatientRecordRetriever {
  async retrieve(): Promise<RecordSource[]> {
    return [];
  }
}

export const PATIENT_ID = 'Adam631_Cronin387_aff8f143-2375-416f-901d-b0e4c73e3e58';
export const OTHER_PATIENT_ID = 'Beth12_Smith34_0b5e0a7c-1d2e-4f3a-9b8c-7d6e5f4a3b2c';

export function turn(overrides: Partial<ChatTurnInput> = {}): ChatTurnInput {
  return {
    sessionId: 'session-1',
    patientId: PATIENT_ID,
    role: 'patient',
    message: 'I have had a mild cough for two days. What can help?',
    history: [],
    attachments: [],
    ...overrides,
  };
}

/** Runs a turn collecting the streamed deltas. */
export async function runCollecting(
  runner: ChatTurnRunner,
  input: ChatTurnInput,
  signal?: AbortSignal,
): Promise<{ result: ChatTurnResult; deltas: string[] }> {
  const deltas: string[] = [];
  const result = await runner.run(input, { onToken: (delta) => deltas.push(delta), signal });
  return { result, deltas };
}

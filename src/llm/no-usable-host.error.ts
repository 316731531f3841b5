/**
 * Every host that could take the call has an open circuit: waiting would only hold the patient
 * until the queue's limit, so the call fails fast (503) as it did before there was a queue.
 */
export class NoUsableHostError extends Error {
  constructor() {
    super('Every LLM host that could take this call is failing; calls are paused for a short while.');
    this.name = 'NoUsableHostError';
  }
}

/** The stream's client went away; nobody is left to tell. */
export class ClientDisconnectedError extends Error {
  constructor() {
    super('The client disconnected before the answer was complete');
    this.name = 'ClientDisconnectedError';
  }
}

/** The stream's client went away; nobody is left to tell (the outcome is stored all the same). */
export class ClientDisconnectedError extends Error {
  constructor() {
    super('The client disconnected before the answer reached it');
    this.name = 'ClientDisconnectedError';
  }
}

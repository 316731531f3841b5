import { Injectable } from '@nestjs/common';
import { AppConfig } from '../../config/app-config.js';

/**
 * The open, authenticated chat sockets of this instance, by owner (patient id, or a guest's
 * session id). The limit per owner is per instance: a socket lives in one process, and a
 * shared counter would outlive a process that dies without releasing its sockets.
 */
@Injectable()
export class ChatSocketRegistry {
  private readonly byOwner = new Map<string, Set<object>>();

  constructor(private readonly config: AppConfig) {}

  /** Adds the socket unless its owner is at the limit; false then. */
  admit(owner: string, socket: object): boolean {
    const sockets = this.byOwner.get(owner) ?? new Set<object>();
    if (sockets.has(socket)) return true;
    if (sockets.size >= this.config.env.WS_MAX_CONNECTIONS_PER_PATIENT) return false;
    sockets.add(socket);
    this.byOwner.set(owner, sockets);
    return true;
  }

  release(owner: string, socket: object): void {
    const sockets = this.byOwner.get(owner);
    if (!sockets) return;
    sockets.delete(socket);
    if (sockets.size === 0) this.byOwner.delete(owner);
  }
}

import { HttpStatus, Injectable } from '@nestjs/common';
import type { AuthenticatedPrincipal } from '../auth/index.js';
import { SessionService } from '../auth/index.js';
import { unauthorizedProblem } from '../auth/index.js';
import { ProblemException } from '../common/problem/problem.exception.js';

/** A caller that can chat: a patient or a guest, signed in with a live session whose context start is known. */
export type ChatCaller = AuthenticatedPrincipal & { sid: string; contextClearedAt: Date | null };

/** A caller with a session, whose context start may not have been read yet. */
export type SessionCaller = AuthenticatedPrincipal & { sid: string };

/** Who may chat, and the caller's session as it is now. */
@Injectable()
export class ChatCallers {
  constructor(private readonly sessions: SessionService) {}

  /**
   * The guard has just checked the session and read when its context was last cleared; a
   * principal without that reading (none comes from the guard) has its session read here, so
   * a cleared conversation can never reach the model by omission.
   */
  withContextStart(principal: AuthenticatedPrincipal): ChatCaller | Promise<ChatCaller> {
    const caller = assertCanChat(principal);
    return caller.contextClearedAt === undefined ? this.live(caller) : (caller as ChatCaller);
  }

  /** The caller as its session is now: refused if it ended meanwhile, with its current context start. */
  async live(principal: AuthenticatedPrincipal): Promise<ChatCaller> {
    const caller = assertCanChat(principal);
    const session = await this.sessions.findLive(caller.sid);
    if (!session) throw sessionEnded();
    return { ...caller, contextClearedAt: session.context_cleared_at };
  }
}

/** Chat is for patients and guests in a session; the admin key has none. */
export function assertCanChat(principal: AuthenticatedPrincipal): SessionCaller {
  if (principal.role === 'admin' || principal.sid === null) {
    throw new ProblemException(HttpStatus.FORBIDDEN, 'Chat is for signed-in patients and guests.');
  }
  return principal as SessionCaller;
}

/** The guard saw the session live, but it ended (sign-out elsewhere) while the request was arriving. */
export function sessionEnded(): ProblemException {
  return unauthorizedProblem('Your session has ended; sign in again.', 'invalid_token');
}

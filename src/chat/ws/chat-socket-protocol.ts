import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { ProblemFieldError } from '../../common/problem/problem-details.js';
import { validationExceptionFactory } from '../../common/problem/validation-exception.factory.js';
import { SendMessageDto } from '../dto/send-message.dto.js';

/** Where the chat WebSocket listens (and, through the URL rewrite, `/api/v1/chat/ws`). */
export const CHAT_SOCKET_PATH = '/api/chat/ws';

/**
 * Close codes in the 4000–4999 range the protocol leaves to applications, chosen to read like
 * the HTTP status a REST client would get, so a client maps both the same way.
 */
export const SOCKET_CLOSE = {
  /** No auth frame in time, a bad or expired token, or a session that ended. */
  unauthorized: 4401,
  /** The patient already holds WS_MAX_CONNECTIONS_PER_PATIENT connections. */
  tooManyConnections: 4429,
} as const;

export type ClientFrame =
  { type: 'auth'; token: string } | { type: 'message'; message: SendMessageDto } | { type: 'cancel' };

/** A frame the server refuses without closing: the client is told why in an `error` frame. */
export interface RefusedFrame {
  type: 'invalid';
  status: number;
  detail: string;
  errors?: ProblemFieldError[];
}

const MESSAGE_FIELDS = new Set(['type', 'message', 'image_file_id', 'audio_file_id']);

/**
 * A client frame, checked as strictly as the REST body: the message fields go through the same
 * SendMessageDto rules (trimmed, 1–5000 characters, file id shapes). `session_id` is not a
 * field here: the connection's session is the one its token names.
 */
export async function parseClientFrame(data: unknown, isBinary: boolean): Promise<ClientFrame | RefusedFrame> {
  if (isBinary) return refused(400, 'Frames must be text: one JSON object each.');
  let frame: unknown;
  try {
    frame = JSON.parse(String(data));
  } catch {
    return refused(400, 'The frame is not valid JSON.');
  }
  if (typeof frame !== 'object' || frame === null || Array.isArray(frame))
    return refused(400, 'A frame must be a JSON object with a "type".');
  const fields = frame as Record<string, unknown>;
  switch (fields.type) {
    case 'auth':
      return typeof fields.token === 'string' && fields.token.length > 0
        ? { type: 'auth', token: fields.token }
        : refused(400, 'An auth frame needs a "token" string.');
    case 'cancel':
      return { type: 'cancel' };
    case 'message':
      return parseMessageFrame(fields);
    default:
      return refused(400, 'Unknown frame type: use "auth", "message" or "cancel".');
  }
}

async function parseMessageFrame(fields: Record<string, unknown>): Promise<ClientFrame | RefusedFrame> {
  const unknown = Object.keys(fields).filter((key) => !MESSAGE_FIELDS.has(key));
  const { type: _type, ...body } = fields;
  const dto = plainToInstance(SendMessageDto, body);
  const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
  const problem = errors.length > 0 ? validationExceptionFactory(errors) : undefined;
  const fieldErrors = [
    ...(problem?.problem.errors ?? []),
    ...unknown.map((field) => ({ field, message: `property ${field} should not exist` })),
  ];
  if (fieldErrors.length > 0) {
    const names = [...new Set(fieldErrors.map((error) => error.field))].join(', ');
    return { type: 'invalid', status: 422, detail: `The message is invalid: check ${names}.`, errors: fieldErrors };
  }
  return { type: 'message', message: dto };
}

function refused(status: number, detail: string): RefusedFrame {
  return { type: 'invalid', status, detail };
}

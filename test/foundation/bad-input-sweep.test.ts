import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getConnectionToken } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { useChatApp } from '../chat/chat-app.js';
import type { Caller } from '../chat/chat-client.js';
import { exe, png, wav } from '../support/media-samples.js';
import { multipart, type FormPart } from '../support/multipart.js';
import { TEST_ENV } from '../support/test-app.js';
import { RawClient, signJwt, type RawResponse } from '../security/support/fuzz-kit.js';

/**
 * Every route of the REST contract (/work/shared/API.md) sent what a real SPA or a curious user sends wrong: missing,
 * extra and wrong-typed fields, empty and huge strings, bytes that are not UTF-8, NUL bytes, numbers out of range,
 * arrays for scalars, the wrong content type, malformed JSON, repeated query parameters, lookalike letters, another
 * patient's ids, malformed ids, tokens that are expired, forged or of the wrong role, and uploads with no file, two
 * files, a traversing name or too many bytes. Each must be refused with a 4xx problem+json (type, title, status,
 * detail, request_id; no stack, no internal name) and leave the store exactly as it was: every document of every
 * collection a request may write, and every stored file.
 */

const ADMIN_API_KEY = 'sweep-admin-key-0123456789abcdefghijklmnopqrstuvwxyz';
const PASSWORD = 'a long enough password for the sweep';
/** The image limit is lowered so an oversize upload stays small. */
const IMAGE_LIMIT_MB = 1;

/** Collections a refused request is meant to write to: sign-in failures, the audit trail, rate-limit counters, leases. */
const MAY_CHANGE_ON_REFUSAL = /^(login_failures|audit_events|rate_limit_counters|scheduler_leases)$/;
/** Fields every authenticated request may move forward (the sliding session), refused or not. */
const SLIDING_FIELDS = new Set(['expires_at', 'last_activity_at']);

type Who = 'a' | 'b' | 'guest' | 'protected' | 'admin' | 'none' | { header: string };

interface Case {
  name: string;
  method: string;
  /** The path, or a function of the fixtures (another patient's ids). */
  path: string | ((f: Fixtures) => string);
  who: Who;
  /** An object is sent as JSON; a string or Buffer as it is, with `contentType`. */
  body?: unknown;
  contentType?: string;
  /** A multipart form (sets its own content type). */
  form?: FormPart[];
  status: number;
  /** What the detail must say, where the contract names it. */
  detail?: RegExp;
}

interface Fixtures {
  a: Caller;
  b: Caller;
  guest: Caller;
  protectedPatient: Caller;
  aMessageId: string;
  bMessageId: string;
  aFileId: string;
  bFileId: string;
}

const pngFile = (name = 'photo.png'): FormPart => ({
  name: 'file',
  filename: name,
  contentType: 'image/png',
  content: png(),
});
const objectIdOfNothing = '0123456789abcdef01234567';
const expiredToken = (f: Fixtures) =>
  signJwt(
    { sub: f.a.patientId, sid: f.a.sessionId, role: 'patient', exp: Math.floor(Date.now() / 1000) - 60 },
    TEST_ENV.JWT_SECRET!,
  );
// The first letter is a Cyrillic А, the digits are fullwidth in the second.
/** A message whose middle bytes are no UTF-8 at all (a stray continuation byte, 0xff). */
const INVALID_UTF8 = Buffer.concat([
  Buffer.from('{"message":"my head '),
  Buffer.from([0xc3, 0x28, 0xff]),
  Buffer.from(' hurts"}'),
]);
const LOOKALIKE_PATIENT_ID = 'Аdam631_Cronin387_aff8f143-2375-416f-901d-b0e4c73e3e58';
const FULLWIDTH_PATIENT_ID = 'Adam６３１_Cronin387_aff8f143-2375-416f-901d-b0e4c73e3e58';

const CASES: Case[] = [
  // ---- auth ----
  { name: 'login without a body', method: 'POST', path: '/api/auth/login', who: 'none', status: 422 },
  { name: 'login with an empty object', method: 'POST', path: '/api/auth/login', who: 'none', body: {}, status: 422 },
  {
    name: 'login with a number for patient_id',
    method: 'POST',
    path: '/api/auth/login',
    who: 'none',
    body: { patient_id: 42 },
    status: 422,
  },
  {
    name: 'login with an array for patient_id',
    method: 'POST',
    path: '/api/auth/login',
    who: 'none',
    body: { patient_id: ['Adam631_Cronin387_aff8f143-2375-416f-901d-b0e4c73e3e58'] },
    status: 422,
  },
  {
    name: 'login with an operator object for patient_id',
    method: 'POST',
    path: '/api/auth/login',
    who: 'none',
    body: { patient_id: { $ne: null } },
    status: 422,
  },
  {
    name: 'login with an empty patient_id',
    method: 'POST',
    path: '/api/auth/login',
    who: 'none',
    body: { patient_id: '' },
    status: 422,
  },
  {
    name: 'login with a huge patient_id',
    method: 'POST',
    path: '/api/auth/login',
    who: 'none',
    body: { patient_id: `Adam1_Cronin1_${'a'.repeat(100_000)}` },
    status: 422,
  },
  {
    name: 'login with a Cyrillic lookalike letter',
    method: 'POST',
    path: '/api/auth/login',
    who: 'none',
    body: { patient_id: LOOKALIKE_PATIENT_ID },
    status: 422,
  },
  {
    name: 'login with fullwidth digits',
    method: 'POST',
    path: '/api/auth/login',
    who: 'none',
    body: { patient_id: FULLWIDTH_PATIENT_ID },
    status: 422,
  },
  {
    name: 'login with a NUL byte in patient_id',
    method: 'POST',
    path: '/api/auth/login',
    who: 'none',
    body: { patient_id: 'Adam631_Cronin387_aff8f143-2375-416f-901d-b0e4c73e3e58\u0000' },
    status: 422,
  },
  {
    name: 'login with an unknown field',
    method: 'POST',
    path: '/api/auth/login',
    who: 'none',
    body: { patient_id: 'Adam631_Cronin387_aff8f143-2375-416f-901d-b0e4c73e3e58', role: 'admin' },
    status: 422,
  },
  {
    name: 'login with a number for password',
    method: 'POST',
    path: '/api/auth/login',
    who: 'none',
    body: { patient_id: 'Adam631_Cronin387_aff8f143-2375-416f-901d-b0e4c73e3e58', password: 12345678 },
    status: 422,
  },
  {
    name: 'login with malformed JSON',
    method: 'POST',
    path: '/api/auth/login',
    who: 'none',
    body: '{"patient_id": "Adam631_',
    contentType: 'application/json',
    status: 400,
  },
  {
    name: 'login with a JSON array body',
    method: 'POST',
    path: '/api/auth/login',
    who: 'none',
    body: '[]',
    contentType: 'application/json',
    status: 422,
  },
  {
    name: 'login with a JSON null body',
    method: 'POST',
    path: '/api/auth/login',
    who: 'none',
    body: 'null',
    contentType: 'application/json',
    status: 422,
  },
  {
    name: 'login as form-urlencoded',
    method: 'POST',
    path: '/api/auth/login',
    who: 'none',
    body: 'patient_id=Adam631_Cronin387_aff8f143-2375-416f-901d-b0e4c73e3e58',
    contentType: 'application/x-www-form-urlencoded',
    status: 415,
  },
  {
    name: 'login with bytes that are not UTF-8',
    method: 'POST',
    path: '/api/auth/login',
    who: 'none',
    body: Buffer.concat([Buffer.from('{"patient_id":"'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('"}')]),
    contentType: 'application/json',
    status: 400,
    detail: /UTF-8/,
  },
  {
    name: 'guest sign-in with malformed JSON',
    method: 'POST',
    path: '/api/auth/guest',
    who: 'none',
    body: '{',
    contentType: 'application/json',
    status: 400,
  },
  { name: 'refresh without a token', method: 'POST', path: '/api/auth/refresh', who: 'none', status: 401 },
  {
    name: 'refresh with an expired token',
    method: 'POST',
    path: '/api/auth/refresh',
    who: 'none',
    status: 401,
  },
  {
    name: 'refresh with a token signed by another key',
    method: 'POST',
    path: '/api/auth/refresh',
    who: {
      header: `Bearer ${signJwt({ sub: 'x', sid: 'y', role: 'patient', exp: 9_999_999_999 }, 'another-secret-long-enough-for-hs256-0123456789')}`,
    },
    status: 401,
  },
  { name: 'refresh with the admin key', method: 'POST', path: '/api/auth/refresh', who: 'admin', status: 403 },
  {
    name: 'logout with a malformed session_id',
    method: 'POST',
    path: '/api/auth/logout?session_id=../../etc',
    who: 'a',
    status: 422,
  },
  {
    name: "logout naming another patient's session",
    method: 'POST',
    path: (f) => `/api/auth/logout?session_id=${f.b.sessionId}`,
    who: 'a',
    status: 404,
  },
  {
    name: 'logout with session_id repeated',
    method: 'POST',
    path: (f) => `/api/auth/logout?session_id=${f.a.sessionId}&session_id=${f.b.sessionId}`,
    who: 'a',
    status: 422,
  },

  // ---- chat: JSON turns ----
  ...['/api/chat/message', '/api/chat/message/stream'].flatMap((route): Case[] => [
    {
      name: `${route} without a token`,
      method: 'POST',
      path: route,
      who: 'none',
      body: { message: 'hi' },
      status: 401,
    },
    {
      name: `${route} with the admin key`,
      method: 'POST',
      path: route,
      who: 'admin',
      body: { message: 'hi' },
      status: 403,
    },
    { name: `${route} without message`, method: 'POST', path: route, who: 'a', body: {}, status: 422 },
    {
      name: `${route} with an empty message`,
      method: 'POST',
      path: route,
      who: 'a',
      body: { message: '' },
      status: 422,
    },
    {
      name: `${route} with a blank message`,
      method: 'POST',
      path: route,
      who: 'a',
      body: { message: ' \n\t ' },
      status: 422,
    },
    {
      name: `${route} with 5001 characters`,
      method: 'POST',
      path: route,
      who: 'a',
      body: { message: 'a'.repeat(5001) },
      status: 422,
    },
    { name: `${route} with a number`, method: 'POST', path: route, who: 'a', body: { message: 42 }, status: 422 },
    {
      name: `${route} with an array for message`,
      method: 'POST',
      path: route,
      who: 'a',
      body: { message: ['my head hurts'] },
      status: 422,
    },
    {
      name: `${route} with an operator object`,
      method: 'POST',
      path: route,
      who: 'a',
      body: { message: { $gt: '' } },
      status: 422,
    },
    {
      name: `${route} with an unknown field`,
      method: 'POST',
      path: route,
      who: 'a',
      body: { message: 'my head hurts', role: 'system' },
      status: 422,
    },
    {
      name: `${route} with a NUL byte in the message`,
      method: 'POST',
      path: route,
      who: 'a',
      body: { message: 'my head\u0000 hurts' },
      status: 422,
    },
    {
      name: `${route} with an escape sequence in the message`,
      method: 'POST',
      path: route,
      who: 'a',
      body: { message: 'my head \u001b[2J hurts' },
      status: 422,
    },
    {
      name: `${route} with a lone surrogate in the message`,
      method: 'POST',
      path: route,
      who: 'a',
      body: '{"message":"my head hurts \\ud800"}',
      contentType: 'application/json',
      status: 422,
    },
    {
      name: `${route} with bytes that are not UTF-8`,
      method: 'POST',
      path: route,
      who: 'a',
      body: INVALID_UTF8,
      contentType: 'application/json',
      status: 400,
      detail: /UTF-8/,
    },
    {
      name: `${route} with malformed JSON`,
      method: 'POST',
      path: route,
      who: 'a',
      body: '{"message": "my head',
      contentType: 'application/json',
      status: 400,
    },
    {
      name: `${route} as text/plain`,
      method: 'POST',
      path: route,
      who: 'a',
      body: 'my head hurts',
      contentType: 'text/plain',
      status: 415,
    },
    {
      name: `${route} as multipart`,
      method: 'POST',
      path: route,
      who: 'a',
      form: [{ name: 'message', value: 'my head hurts' }],
      status: 415,
    },
    {
      name: `${route} as form-urlencoded`,
      method: 'POST',
      path: route,
      who: 'a',
      body: 'message=my+head+hurts',
      contentType: 'application/x-www-form-urlencoded',
      status: 415,
    },
    {
      name: `${route} with a body over the limit`,
      method: 'POST',
      path: route,
      who: 'a',
      body: { message: 'a'.repeat(1_100_000) },
      status: 413,
    },
    {
      name: `${route} in another patient's session`,
      method: 'POST',
      path: route,
      who: 'a',
      body: (f: Fixtures) => ({ message: 'my head hurts', session_id: f.b.sessionId }),
      status: 404,
    },
    {
      name: `${route} in a guest's session by a patient`,
      method: 'POST',
      path: route,
      who: 'a',
      body: (f: Fixtures) => ({ message: 'my head hurts', session_id: f.guest.sessionId }),
      status: 404,
    },
    {
      name: `${route} with a number for session_id`,
      method: 'POST',
      path: route,
      who: 'a',
      body: { message: 'my head hurts', session_id: 7 },
      status: 422,
    },
    {
      name: `${route} with another patient's image`,
      method: 'POST',
      path: route,
      who: 'a',
      body: (f: Fixtures) => ({ message: 'what is this rash?', image_file_id: f.bFileId }),
      status: 404,
    },
    {
      name: `${route} with another patient's image as audio`,
      method: 'POST',
      path: route,
      who: 'a',
      body: (f: Fixtures) => ({ message: 'listen', audio_file_id: f.bFileId }),
      status: 404,
    },
    {
      name: `${route} with its own image named as audio`,
      method: 'POST',
      path: route,
      who: 'a',
      body: (f: Fixtures) => ({ message: 'listen', audio_file_id: f.aFileId }),
      status: 404,
    },
    {
      name: `${route} with a traversing file id`,
      method: 'POST',
      path: route,
      who: 'a',
      body: { message: 'what is this rash?', image_file_id: '../../etc/passwd' },
      status: 422,
    },
    {
      name: `${route} with a file id of nothing`,
      method: 'POST',
      path: route,
      who: 'a',
      body: { message: 'what is this rash?', image_file_id: objectIdOfNothing },
      status: 404,
    },
  ]),

  // ---- chat: multipart turns and uploads ----
  ...(['image', 'audio'] as const).flatMap((kind): Case[] => [
    {
      name: `message-with-${kind} as JSON`,
      method: 'POST',
      path: `/api/chat/message-with-${kind}`,
      who: 'a',
      body: { message: 'look' },
      status: 415,
    },
    {
      name: `message-with-${kind} without a file`,
      method: 'POST',
      path: `/api/chat/message-with-${kind}`,
      who: 'a',
      form: [{ name: 'message', value: 'look' }],
      status: 422,
    },
    {
      name: `message-with-${kind} with two files`,
      method: 'POST',
      path: `/api/chat/message-with-${kind}`,
      who: 'a',
      form:
        kind === 'image'
          ? [
              { ...pngFile('a.png'), name: 'image' },
              { ...pngFile('b.png'), name: 'image' },
            ]
          : [
              { name: 'audio', filename: 'a.wav', contentType: 'audio/wav', content: wav() },
              { name: 'audio', filename: 'b.wav', contentType: 'audio/wav', content: wav() },
            ],
      status: 422,
    },
    {
      name: `message-with-${kind} with a program named like a ${kind}`,
      method: 'POST',
      path: `/api/chat/message-with-${kind}`,
      who: 'a',
      form: [
        {
          name: kind,
          filename: `../../../etc/x.${kind === 'image' ? 'png' : 'wav'}`,
          contentType: kind === 'image' ? 'image/png' : 'audio/wav',
          content: exe(),
        },
      ],
      status: 415,
    },
    {
      name: `message-with-${kind} with a NUL byte in the message`,
      method: 'POST',
      path: `/api/chat/message-with-${kind}`,
      who: 'a',
      form: [
        { name: 'message', value: 'what is\u0000 this?' },
        kind === 'image'
          ? { ...pngFile(), name: 'image' }
          : { name: 'audio', filename: 'a.wav', contentType: 'audio/wav', content: wav() },
      ],
      status: 422,
    },
    {
      name: `message-with-${kind} with a 5001-character message`,
      method: 'POST',
      path: `/api/chat/message-with-${kind}`,
      who: 'a',
      form: [
        { name: 'message', value: 'a'.repeat(5001) },
        ...(kind === 'image' ? [{ ...pngFile(), name: 'image' }] : []),
      ],
      status: 422,
    },
  ]),
  {
    name: 'message-with-image bigger than the image limit',
    method: 'POST',
    path: '/api/chat/message-with-image',
    who: 'a',
    form: [
      {
        name: 'image',
        filename: 'big.png',
        contentType: 'image/png',
        content: Buffer.concat([png(), Buffer.alloc(IMAGE_LIMIT_MB * 1024 * 1024 + 1)]),
      },
    ],
    status: 413,
  },
  { name: 'image upload as JSON', method: 'POST', path: '/api/upload/image', who: 'a', body: {}, status: 415 },
  {
    name: 'image upload without a file',
    method: 'POST',
    path: '/api/upload/image',
    who: 'a',
    form: [{ name: 'note', value: 'nothing' }],
    status: 422,
  },
  {
    name: 'image upload in the wrong field',
    method: 'POST',
    path: '/api/upload/image',
    who: 'a',
    form: [{ ...pngFile(), name: 'image' }],
    status: 422,
  },
  {
    name: 'image upload with two files',
    method: 'POST',
    path: '/api/upload/image',
    who: 'a',
    form: [pngFile('a.png'), pngFile('b.png')],
    status: 422,
  },
  {
    name: 'image upload of an empty file',
    method: 'POST',
    path: '/api/upload/image',
    who: 'a',
    form: [{ name: 'file', filename: 'empty.png', contentType: 'image/png', content: Buffer.alloc(0) }],
    status: 422,
  },
  {
    name: 'image upload of a program with a traversing name',
    method: 'POST',
    path: '/api/upload/image',
    who: 'a',
    form: [{ name: 'file', filename: '../../../../tmp/evil.png', contentType: 'image/png', content: exe() }],
    status: 415,
  },
  {
    name: 'image upload of a PNG named .exe',
    method: 'POST',
    path: '/api/upload/image',
    who: 'a',
    form: [{ name: 'file', filename: 'photo.exe', contentType: 'image/png', content: png() }],
    status: 415,
  },
  {
    name: 'image upload bigger than the limit',
    method: 'POST',
    path: '/api/upload/image',
    who: 'a',
    form: [
      {
        name: 'file',
        filename: 'big.png',
        contentType: 'image/png',
        content: Buffer.concat([png(), Buffer.alloc(IMAGE_LIMIT_MB * 1024 * 1024 + 1)]),
      },
    ],
    status: 413,
  },
  {
    name: 'image upload with a broken multipart body',
    method: 'POST',
    path: '/api/upload/image',
    who: 'a',
    body: Buffer.concat([
      Buffer.from(
        '--x\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n',
      ),
      png(),
    ]),
    contentType: 'multipart/form-data; boundary=x',
    status: 400,
  },
  {
    name: 'image upload with a multipart type and no boundary',
    method: 'POST',
    path: '/api/upload/image',
    who: 'a',
    body: 'hello',
    contentType: 'multipart/form-data',
    status: 400,
  },
  {
    name: 'audio upload by the admin key',
    method: 'POST',
    path: '/api/upload/audio',
    who: 'admin',
    form: [pngFile()],
    status: 403,
  },
  {
    name: "reading another patient's upload",
    method: 'GET',
    path: (f) => `/api/upload/${f.bFileId}`,
    who: 'a',
    status: 404,
  },
  {
    name: "deleting another patient's upload",
    method: 'DELETE',
    path: (f) => `/api/upload/${f.bFileId}`,
    who: 'a',
    status: 404,
  },
  {
    name: 'reading an upload id of nothing',
    method: 'GET',
    path: `/api/upload/${objectIdOfNothing}`,
    who: 'a',
    status: 404,
  },
  {
    name: 'deleting a traversing upload id',
    method: 'DELETE',
    path: '/api/upload/..%2F..%2Fetc%2Fpasswd',
    who: 'a',
    status: 422,
  },
  { name: 'reading an upload id with a NUL byte', method: 'GET', path: '/api/upload/abc%00def', who: 'a', status: 422 },
  {
    name: 'reading a 65-character upload id',
    method: 'GET',
    path: `/api/upload/${'a'.repeat(65)}`,
    who: 'a',
    status: 422,
  },

  // ---- history ----
  ...['limit=0', 'limit=101', 'limit=abc', 'limit=1.5', 'limit=-1', 'limit=1e3', 'limit=1&limit=2'].map(
    (query): Case => ({
      name: `history with ${query}`,
      method: 'GET',
      path: `/api/chat/history?${query}`,
      who: 'a',
      status: 422,
    }),
  ),
  ...[
    'scope=everyone',
    'scope=session&scope=patient',
    'scope[$ne]=x',
    `before=${'x'.repeat(65)}`,
    'before=not-a-cursor',
  ].map((query): Case => ({
    name: `history with ${query}`,
    method: 'GET',
    path: `/api/chat/history?${query}`,
    who: 'a',
    status: 422,
  })),
  {
    name: 'history of the whole patient by a guest',
    method: 'GET',
    path: '/api/chat/history?scope=patient',
    who: 'guest',
    status: 403,
  },
  {
    name: "history of another patient's session",
    method: 'GET',
    path: (f) => `/api/chat/history?session_id=${f.b.sessionId}`,
    who: 'a',
    status: 404,
  },
  {
    name: 'history of a malformed session id',
    method: 'GET',
    path: '/api/chat/history?session_id=..%2F..',
    who: 'a',
    status: 422,
  },
  ...['purge=yes', 'purge=1', 'purge=true&purge=false', 'purge=TRUE'].map((query): Case => ({
    name: `clearing history with ${query}`,
    method: 'DELETE',
    path: `/api/chat/history?${query}`,
    who: 'a',
    status: 422,
  })),
  { name: 'clearing history by the admin key', method: 'DELETE', path: '/api/chat/history', who: 'admin', status: 403 },

  // ---- consultations ----
  ...['limit=0', 'limit=51', 'limit=x', 'limit=1&limit=2', `before=${'x'.repeat(65)}`, 'before=garbage'].map(
    (query): Case => ({
      name: `sessions with ${query}`,
      method: 'GET',
      path: `/api/chat/sessions?${query}`,
      who: 'a',
      status: 422,
    }),
  ),
  { name: 'sessions of a guest', method: 'GET', path: '/api/chat/sessions', who: 'guest', status: 403 },
  {
    name: "renaming another patient's consultation",
    method: 'PATCH',
    path: (f) => `/api/chat/sessions/${f.b.sessionId}`,
    who: 'a',
    body: { title: 'mine now' },
    status: 404,
  },
  ...[
    {},
    { title: '' },
    { title: '   ' },
    { title: 'a'.repeat(121) },
    { title: 7 },
    { title: ['a'] },
    { title: 'ok', x: 1 },
    { title: 'Headache\u0000' },
  ].map((body): Case => ({
    name: `renaming with ${JSON.stringify(body).slice(0, 40)}`,
    method: 'PATCH',
    path: (f) => `/api/chat/sessions/${f.a.sessionId}`,
    who: 'a',
    body,
    status: 422,
  })),
  {
    name: 'renaming a malformed session id',
    method: 'PATCH',
    path: '/api/chat/sessions/two%20words',
    who: 'a',
    body: { title: 'x' },
    status: 422,
  },
  {
    name: "deleting another patient's consultation",
    method: 'DELETE',
    path: (f) => `/api/chat/sessions/${f.b.sessionId}`,
    who: 'a',
    status: 404,
  },
  { name: 'deleting a malformed session id', method: 'DELETE', path: '/api/chat/sessions/%00', who: 'a', status: 422 },

  // ---- retry and feedback ----
  ...['retry', 'retry/stream'].flatMap((tail): Case[] => [
    {
      name: `${tail} of another patient's message`,
      method: 'POST',
      path: (f) => `/api/chat/messages/${f.bMessageId}/${tail}`,
      who: 'a',
      status: 404,
    },
    {
      name: `${tail} of a malformed id`,
      method: 'POST',
      path: `/api/chat/messages/xyz/${tail}`,
      who: 'a',
      status: 422,
    },
    {
      name: `${tail} of an answered message`,
      method: 'POST',
      path: (f) => `/api/chat/messages/${f.aMessageId}/${tail}`,
      who: 'a',
      status: 409,
    },
    {
      name: `${tail} of a message id of nothing`,
      method: 'POST',
      path: `/api/chat/messages/${objectIdOfNothing}/${tail}`,
      who: 'a',
      status: 404,
    },
  ]),
  {
    name: "feedback on another patient's answer",
    method: 'PUT',
    path: (f) => `/api/chat/messages/${f.bMessageId}/feedback`,
    who: 'a',
    body: { rating: 'helpful' },
    status: 404,
  },
  ...[
    {},
    { rating: 'great' },
    { rating: 'HELPFUL' },
    { rating: ['helpful'] },
    { rating: 'helpful', reasons: 'inaccurate' },
    { rating: 'helpful', reasons: ['bogus'] },
    { rating: 'helpful', reasons: ['unclear', 'unclear'] },
    { rating: 'helpful', comment: 'a'.repeat(1001) },
    { rating: 'helpful', comment: 5 },
    { rating: 'helpful', comment: 'too long\u0007\u0007' },
    { rating: 'helpful', stars: 5 },
  ].map((body): Case => ({
    name: `feedback with ${JSON.stringify(body).slice(0, 50)}`,
    method: 'PUT',
    path: (f) => `/api/chat/messages/${f.aMessageId}/feedback`,
    who: 'a',
    body,
    status: 422,
  })),
  {
    name: 'feedback on a malformed id',
    method: 'PUT',
    path: '/api/chat/messages/1/feedback',
    who: 'a',
    body: { rating: 'helpful' },
    status: 422,
  },

  // ---- the patient's data ----
  ...['format=xml', 'format=fhir&format=json', 'format=FHIR'].map((query): Case => ({
    name: `export with ${query}`,
    method: 'GET',
    path: `/api/me/export?${query}`,
    who: 'a',
    status: 422,
  })),
  { name: 'export by a guest', method: 'GET', path: '/api/me/export', who: 'guest', status: 403 },
  { name: 'erasure by a guest', method: 'DELETE', path: '/api/me', who: 'guest', status: 403 },
  { name: 'erasure without the password', method: 'DELETE', path: '/api/me', who: 'protected', status: 403 },
  {
    name: 'erasure with a wrong password',
    method: 'DELETE',
    path: '/api/me',
    who: 'protected',
    body: { password: 'not the password at all' },
    status: 403,
  },
  ...[{ password: 12345 }, { password: [PASSWORD] }, { password: PASSWORD, everything: true }].map((body): Case => ({
    name: `erasure with ${JSON.stringify(body).slice(0, 50)}`,
    method: 'DELETE',
    path: '/api/me',
    who: 'a',
    body,
    status: 422,
  })),
  {
    name: 'erasure with malformed JSON',
    method: 'DELETE',
    path: '/api/me',
    who: 'a',
    body: '{"password":',
    contentType: 'application/json',
    status: 400,
  },
  {
    name: 'erasure with a text body',
    method: 'DELETE',
    path: '/api/me',
    who: 'a',
    body: 'please',
    contentType: 'text/plain',
    status: 415,
  },

  // ---- knowledge ----
  ...[
    '',
    'q=',
    `q=${'a'.repeat(1001)}`,
    'q=x&limit=0',
    'q=x&limit=51',
    'q=x&limit=x',
    'q=a&q=b',
    'q=x&limit=1&limit=2',
  ].map((query): Case => ({
    name: `knowledge search with "${query.slice(0, 30)}"`,
    method: 'GET',
    path: `/api/knowledge/search?${query}`,
    who: 'a',
    status: 422,
  })),
  {
    name: 'knowledge search without a token',
    method: 'GET',
    path: '/api/knowledge/search?q=flu',
    who: 'none',
    status: 401,
  },

  // ---- admin ----
  { name: 'admin stats by a patient', method: 'GET', path: '/api/admin/stats', who: 'a', status: 403 },
  {
    name: 'admin stats with a guessed key',
    method: 'GET',
    path: '/api/admin/stats',
    who: { header: 'Bearer guess' },
    status: 401,
  },
  ...[
    {},
    [],
    { resourceType: 'Patient' },
    { resourceType: 'Bundle', type: 'history', entry: [] },
    { resourceType: 'Bundle', type: 'collection', entry: 'x' },
    { resourceType: 'Bundle', type: 'collection', entry: [] },
  ].map((body): Case => ({
    name: `import of ${JSON.stringify(body).slice(0, 60)}`,
    method: 'POST',
    path: '/api/admin/patients/import',
    who: 'admin',
    body,
    status: 422,
  })),
  {
    name: 'import by a patient',
    method: 'POST',
    path: '/api/admin/patients/import',
    who: 'a',
    body: { resourceType: 'Bundle', entry: [] },
    status: 403,
  },
  ...[
    {},
    { password: 'short' },
    { password: 123456789012345 },
    { password: 'x'.repeat(257) },
    { password: PASSWORD, y: 1 },
  ].map((body): Case => ({
    name: `setting a password with ${JSON.stringify(body).slice(0, 40)}`,
    method: 'PUT',
    path: (f) => `/api/admin/patients/${f.protectedPatient.patientId}/password`,
    who: 'admin',
    body,
    status: 422,
  })),
  {
    name: 'setting a password of a malformed patient id',
    method: 'PUT',
    path: '/api/admin/patients/..%2Fadmin/password',
    who: 'admin',
    body: { password: PASSWORD },
    status: 422,
  },
  {
    name: 'setting a password of nobody',
    method: 'PUT',
    path: '/api/admin/patients/Nobody1_Here2_aff8f143-2375-416f-901d-b0e4c73e3e58/password',
    who: 'admin',
    body: { password: PASSWORD },
    status: 404,
  },
  {
    name: 'admin erasure of a malformed patient id',
    method: 'DELETE',
    path: '/api/admin/patients/%24ne',
    who: 'admin',
    status: 422,
  },
  {
    name: 'admin erasure by a patient',
    method: 'DELETE',
    path: (f) => `/api/admin/patients/${f.b.patientId}`,
    who: 'a',
    status: 403,
  },
  ...['rating=great', 'reason=bogus', 'since=yesterday', 'limit=0', 'limit=1&limit=2'].map((query): Case => ({
    name: `admin feedback with ${query}`,
    method: 'GET',
    path: `/api/admin/feedback?${query}`,
    who: 'admin',
    status: 422,
  })),

  // ---- anything else ----
  { name: 'an unknown route', method: 'GET', path: '/api/chat/nothing', who: 'a', status: 404 },
  {
    name: 'a form sent to an unknown route',
    method: 'POST',
    path: '/api/upload/everything',
    who: 'a',
    form: [pngFile()],
    status: 404,
  },
  {
    name: 'a form sent to a JSON route of consultations',
    method: 'PATCH',
    path: (f) => `/api/chat/sessions/${f.a.sessionId}`,
    who: 'a',
    form: [{ name: 'title', value: 'Renamed by a form' }],
    status: 415,
  },
  { name: 'an unknown method on a route', method: 'PUT', path: '/api/chat/history', who: 'a', body: {}, status: 404 },
  {
    name: 'a bad body on the /api/v1 alias',
    method: 'POST',
    path: '/api/v1/chat/message',
    who: 'a',
    body: { message: '' },
    status: 422,
  },
];

describe('bad input, every route: a clear problem, and nothing changed', () => {
  let uploadDir = '';
  const { client } = useChatApp({
    env: async () => {
      uploadDir = await mkdtemp(path.join(tmpdir(), 'medchat-sweep-uploads-'));
      return {
        ADMIN_API_KEY,
        UPLOAD_DIR: uploadDir,
        UPLOAD_MAX_IMAGE_MB: String(IMAGE_LIMIT_MB),
        LOG_LEVEL: 'warn',
      };
    },
  });
  let raw: RawClient;
  let fixtures: Fixtures;

  beforeAll(async () => {
    raw = new RawClient(client.app.url);
    const [a, b, guest, protectedPatient] = [
      await client.login(),
      await client.login(),
      await client.guest(),
      await client.login(),
    ];
    const password = await client.call(
      'PUT',
      `/api/admin/patients/${protectedPatient.patientId}/password`,
      { token: ADMIN_API_KEY, sessionId: '', patientId: null },
      { password: PASSWORD },
    );
    if (password.status !== 204) throw new Error(`setting the password: ${password.status}`);
    // Setting a password ends the patient's sessions: sign in again with it.
    const signedIn = await client.call('POST', '/api/auth/login', undefined, {
      patient_id: protectedPatient.patientId,
      password: PASSWORD,
    });
    const protectedCaller = {
      token: signedIn.body.access_token as string,
      sessionId: signedIn.body.session_id as string,
      patientId: protectedPatient.patientId,
    };
    const aMessage = await client.send(a, { message: 'How much water should I drink?' });
    const bMessage = await client.send(b, { message: 'Is a daily walk enough exercise?' });
    fixtures = {
      a,
      b,
      guest,
      protectedPatient: protectedCaller,
      aMessageId: aMessage.body.message_id,
      bMessageId: bMessage.body.message_id,
      aFileId: await upload(a),
      bFileId: await upload(b),
    };
  });
  afterAll(async () => {
    raw?.close();
    await rm(uploadDir, { recursive: true, force: true });
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, sweepCase) => {
    const before = await snapshot();
    const response = await send(sweepCase);
    const after = await snapshot();

    // The answer's status and the start of its body, so a failure shows what was said.
    expect(`${response.status} ${response.text.slice(0, 300)}`).toMatch(new RegExp(`^${sweepCase.status} `));
    expect(String(response.headers['content-type'])).toMatch(/^application\/problem\+json/);
    const problem = JSON.parse(response.text) as Record<string, unknown>;
    expect(problem).toMatchObject({
      type: expect.any(String),
      title: expect.any(String),
      status: sweepCase.status,
      detail: expect.stringMatching(/\w.*\w/),
      request_id: response.headers['x-request-id'],
    });
    if (sweepCase.detail) expect(problem.detail).toMatch(sweepCase.detail);
    // A validation refusal names the fields (API.md); the detail rides along so a failure shows it.
    if (sweepCase.status === 422)
      expect({ detail: problem.detail, errors: problem.errors }).toEqual({
        detail: expect.any(String),
        errors: expect.arrayContaining([
          expect.objectContaining({ field: expect.any(String), message: expect.any(String) }),
        ]),
      });
    expect(response.text).not.toMatch(
      /\n\s+at |node:internal|\/src\/|\.ts:\d|Mongo\w*Error|TypeError|ReferenceError|Cast to/,
    );
    expect(after).toEqual(before);
  });

  async function send(sweepCase: Case): Promise<RawResponse> {
    const target = typeof sweepCase.path === 'function' ? sweepCase.path(fixtures) : sweepCase.path;
    const headers: Record<string, string> = { ...authorization(sweepCase) };
    let body: string | Buffer | undefined;
    if (sweepCase.form) {
      const form = multipart(sweepCase.form);
      headers['content-type'] = form.contentType;
      const chunks: Buffer[] = [];
      for await (const chunk of form.stream()) chunks.push(chunk as Buffer);
      body = Buffer.concat(chunks);
    } else if (sweepCase.body !== undefined) {
      const value =
        typeof sweepCase.body === 'function' ? (sweepCase.body as (f: Fixtures) => unknown)(fixtures) : sweepCase.body;
      body = typeof value === 'string' || Buffer.isBuffer(value) ? value : JSON.stringify(value);
      headers['content-type'] = sweepCase.contentType ?? 'application/json';
    }
    return raw.send({ method: sweepCase.method, path: target, headers, body });
  }

  function authorization(sweepCase: Case): Record<string, string> {
    if (sweepCase.name.includes('expired token')) return { authorization: `Bearer ${expiredToken(fixtures)}` };
    const who = sweepCase.who;
    if (typeof who === 'object') return { authorization: who.header };
    const tokens: Record<Exclude<Who, object>, string | undefined> = {
      a: fixtures.a.token,
      b: fixtures.b.token,
      guest: fixtures.guest.token,
      protected: fixtures.protectedPatient.token,
      admin: ADMIN_API_KEY,
      none: undefined,
    };
    const token = tokens[who];
    return token === undefined ? {} : { authorization: `Bearer ${token}` };
  }

  async function upload(caller: Caller): Promise<string> {
    const form = multipart([pngFile()]);
    const chunks: Buffer[] = [];
    for await (const chunk of form.stream()) chunks.push(chunk as Buffer);
    const answer = await raw.send({
      method: 'POST',
      path: '/api/upload/image',
      headers: { authorization: `Bearer ${caller.token}`, 'content-type': form.contentType },
      body: Buffer.concat(chunks),
    });
    if (answer.status !== 201) throw new Error(`upload failed: ${answer.status} ${answer.text}`);
    return (JSON.parse(answer.text) as { file_id: string }).file_id;
  }

  /** Every document a refused request must leave alone (sessions without their sliding expiry), and every stored file. */
  async function snapshot(): Promise<Record<string, string>> {
    const db = client.app.medchat.app.get<Connection>(getConnectionToken(), { strict: false }).db!;
    const names = (await db.listCollections({}, { nameOnly: true }).toArray())
      .map((collection) => collection.name)
      .filter((name) => !MAY_CHANGE_ON_REFUSAL.test(name))
      .sort();
    const digests: Record<string, string> = {};
    for (const name of names) {
      const documents = await db.collection(name).find({}).sort({ _id: 1 }).toArray();
      if (documents.length === 0) continue;
      const stable = documents.map((document) =>
        Object.fromEntries(Object.entries(document).filter(([field]) => !SLIDING_FIELDS.has(field))),
      );
      digests[name] =
        `${documents.length} ${createHash('sha256').update(JSON.stringify(stable)).digest('hex').slice(0, 16)}`;
    }
    digests['(stored files)'] = (await storedFiles(uploadDir)).join(', ');
    return digests;
  }
});

async function storedFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true }).catch(() => []);
  const files = entries.filter((entry) => entry.isFile());
  const described = await Promise.all(
    files.map(async (entry) => {
      const full = path.join(entry.parentPath, entry.name);
      return `${path.relative(directory, full)}:${(await stat(full)).size}`;
    }),
  );
  return described.sort();
}

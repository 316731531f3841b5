import { getModelToken } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { multipart, postMultipart, type FormPart } from '../support/multipart.js';
import type { TestApp } from '../support/test-app.js';
import { asAnswer, type Answer } from '../upload/upload-test-kit.js';
import type { Caller } from './chat-client.js';

/** Posts a multipart chat message (message-with-image / -audio) as the SPA would. */
export function sendWithFile(
  app: TestApp,
  caller: Caller,
  kind: 'image' | 'audio',
  parts: FormPart[],
): Promise<Answer> {
  return postMultipart(`${app.url}/api/chat/message-with-${kind}`, multipart(parts), {
    authorization: `Bearer ${caller.token}`,
  }).then(asAnswer);
}

export function uploadsOf(app: TestApp): Model<any> {
  return app.medchat.app.get<Model<any>>(getModelToken('Upload'), { strict: false });
}

/** Uploads a file first (POST /api/upload/<kind>), for the JSON route's file ids. */
export async function uploadFirst(
  app: TestApp,
  caller: Caller,
  kind: 'image' | 'audio',
  filename: string,
  content: Buffer,
  contentType: string,
): Promise<string> {
  const answer = await postMultipart(
    `${app.url}/api/upload/${kind}`,
    multipart([{ name: 'file', filename, contentType, content }]),
    {
      authorization: `Bearer ${caller.token}`,
    },
  ).then(asAnswer);
  if (answer.status !== 201) throw new Error(`upload failed: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body.file_id as string;
}

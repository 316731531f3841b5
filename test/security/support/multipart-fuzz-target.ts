import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getModelToken } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { FakeSpeechToText } from '../../support/fake-stt.js';
import { FuzzTarget } from './fuzz-app.js';
import type { RawResponse } from './fuzz-kit.js';
import type { Part } from './multipart-forms.js';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * A fuzz target with uploads on disk in a private directory and a fake speech-to-text server,
 * and the checks every multipart case ends with.
 */
export class MultipartFuzzTarget extends FuzzTarget {
  readonly stt = new FakeSpeechToText();
  root!: string;
  uploadDir!: string;
  uploads!: Model<any>;

  override async start(env: Record<string, string> = {}): Promise<void> {
    this.root = await mkdtemp(path.join(tmpdir(), 'medchat-fuzz-uploads-'));
    this.uploadDir = path.join(this.root, 'uploads');
    await this.stt.start();
    await super.start({
      UPLOAD_STORAGE: 'disk',
      UPLOAD_DIR: this.uploadDir,
      STT_BASE_URL: this.stt.url,
      OLLAMA_VISION_MODEL: 'medgemma1.5',
      ...env,
    });
    this.uploads = this.app.medchat.app.get<Model<any>>(getModelToken('Upload'), { strict: false });
  }

  override async stop(): Promise<void> {
    await super.stop();
    await this.stt.stop();
    if (this.root) await rm(this.root, { recursive: true, force: true });
  }

  /** Only the files of stored uploads are on disk, each named by its key; nothing outside UPLOAD_DIR. */
  async expectDiskMatchesRows(): Promise<void> {
    const names = existsSync(this.uploadDir) ? await readdir(this.uploadDir) : [];
    expect(names.every((name) => /^[0-9a-f]{32}$/.test(name))).toBe(true);
    const keys = (await this.uploads.find({}, { storage_key: 1 }).lean<Array<{ storage_key: string }>>())
      .map((row) => row.storage_key)
      .sort();
    expect(names.sort()).toEqual(keys);
    expect((await readdir(this.root)).filter((name) => name !== 'uploads')).toEqual([]);
  }
}

/** An accepted upload reports exactly the bytes that were sent, under a name that is not a path. */
export function expectAcceptedUpload(response: RawResponse, file: Part | undefined): void {
  if (response.status !== 201) return;
  const body = JSON.parse(response.text) as { filename: string; size_bytes: number; sha256: string };
  expect(file).toBeDefined();
  expect(body.size_bytes).toBe(file!.content.length);
  expect(body.sha256).toBe(sha256(file!.content));
  expect(body.filename).not.toMatch(/[/\\\u0000-\u001f]/);
}

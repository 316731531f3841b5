import { AppConfig } from '../config/app-config.js';
import type { UploadKind } from './upload-kind.js';

/** One accepted file type: the extension it is named with, what its bytes sniff as, what a client may declare. */
export interface AcceptedFileType {
  /** Lower case, with the dot: `.jpg`. */
  extension: string;
  /** The type stored and reported for the file. */
  mimeType: string;
  /** What `file-type` reports for such content (parameters stripped). */
  sniffedAs: readonly string[];
  /** Content-Type values a client may declare for it (parameters stripped, lower case). */
  declaredAs: readonly string[];
}

export interface UploadKindRules {
  kind: UploadKind;
  maxBytes: number;
  types: readonly AcceptedFileType[];
}

export type UploadRules = Readonly<Record<UploadKind, UploadKindRules>>;

const MIB = 1024 * 1024;

const jpeg = {
  mimeType: 'image/jpeg',
  sniffedAs: ['image/jpeg'],
  declaredAs: ['image/jpeg', 'image/jpg', 'image/pjpeg'],
};

export const IMAGE_TYPES: readonly AcceptedFileType[] = [
  { extension: '.jpg', ...jpeg },
  { extension: '.jpeg', ...jpeg },
  { extension: '.png', mimeType: 'image/png', sniffedAs: ['image/png'], declaredAs: ['image/png', 'image/x-png'] },
  { extension: '.webp', mimeType: 'image/webp', sniffedAs: ['image/webp'], declaredAs: ['image/webp'] },
  {
    extension: '.bmp',
    mimeType: 'image/bmp',
    sniffedAs: ['image/bmp'],
    declaredAs: ['image/bmp', 'image/x-bmp', 'image/x-ms-bmp'],
  },
];

/**
 * Browsers record voice as WebM (Chrome, Firefox) or MP4/M4A (Safari); `file-type` cannot tell an
 * audio-only WebM from a video one, so `video/webm` content is accepted under `.webm`.
 */
export const AUDIO_TYPES: readonly AcceptedFileType[] = [
  {
    extension: '.wav',
    mimeType: 'audio/wav',
    sniffedAs: ['audio/wav'],
    declaredAs: ['audio/wav', 'audio/x-wav', 'audio/wave', 'audio/vnd.wave'],
  },
  {
    extension: '.mp3',
    mimeType: 'audio/mpeg',
    sniffedAs: ['audio/mpeg'],
    declaredAs: ['audio/mpeg', 'audio/mp3', 'audio/mpeg3', 'audio/x-mpeg-3'],
  },
  {
    extension: '.m4a',
    mimeType: 'audio/mp4',
    sniffedAs: ['audio/x-m4a', 'audio/mp4'],
    declaredAs: ['audio/mp4', 'audio/x-m4a', 'audio/m4a'],
  },
  {
    extension: '.ogg',
    mimeType: 'audio/ogg',
    sniffedAs: ['audio/ogg', 'audio/opus'],
    declaredAs: ['audio/ogg', 'audio/opus', 'application/ogg'],
  },
  {
    extension: '.webm',
    mimeType: 'audio/webm',
    sniffedAs: ['audio/webm', 'video/webm'],
    declaredAs: ['audio/webm', 'video/webm'],
  },
];

/** Injection token of the rules (a plain object has no class to inject by). */
export const UPLOAD_RULES = Symbol('UPLOAD_RULES');

export function uploadRulesFrom(config: AppConfig): UploadRules {
  return {
    image: { kind: 'image', maxBytes: config.env.UPLOAD_MAX_IMAGE_MB * MIB, types: IMAGE_TYPES },
    audio: { kind: 'audio', maxBytes: config.env.UPLOAD_MAX_AUDIO_MB * MIB, types: AUDIO_TYPES },
  };
}

export function extensionsOf(rules: UploadKindRules): string[] {
  return rules.types.map((type) => type.extension);
}

export function mimeTypesOf(rules: UploadKindRules): string[] {
  return [...new Set(rules.types.map((type) => type.mimeType))];
}

export function describeSize(bytes: number): string {
  return bytes % MIB === 0 ? `${bytes / MIB} MB` : `${bytes} bytes`;
}

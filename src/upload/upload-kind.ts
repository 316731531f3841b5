export const UPLOAD_KINDS = ['image', 'audio'] as const;
export type UploadKind = (typeof UPLOAD_KINDS)[number];

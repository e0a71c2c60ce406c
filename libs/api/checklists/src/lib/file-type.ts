import { extname } from 'node:path';
import { filetypeinfo } from 'magic-bytes.js';
import type { UploadType } from '@intake/shared/contracts';

const BY_SIGNATURE: Record<string, UploadType> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  png: 'image/png',
  heif: 'image/heic',
};

export const EXTENSIONS: Record<UploadType, string[]> = {
  'application/pdf': ['.pdf'],
  'image/jpeg': ['.jpg', '.jpeg', '.jfif'],
  'image/png': ['.png'],
  'image/heic': ['.heic', '.heif'],
};

export const TYPE_NAMES: Record<UploadType, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/heic': 'HEIC',
};

/** The file's type read from its first bytes (never from its name or the browser's claim). */
export function sniffUploadType(content: Buffer): UploadType | null {
  for (const guess of filetypeinfo(content.subarray(0, 64))) {
    const type = BY_SIGNATURE[guess.typename];
    if (type) return type;
  }
  return null;
}

/** A name without an extension is fine; one with an extension must agree with the content. */
export function nameAgrees(fileName: string, type: UploadType): boolean {
  const extension = extname(fileName).toLowerCase();
  return extension === '' || EXTENSIONS[type].includes(extension);
}

/** The name shown and sent back on download: no folders, no control characters, 200 characters. */
export function cleanFileName(fileName: string, type: UploadType): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim().slice(-200);
  return clean || `document${EXTENSIONS[type][0]}`;
}

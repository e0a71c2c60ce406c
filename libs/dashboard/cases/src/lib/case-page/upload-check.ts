import { Pipe, type PipeTransform } from '@angular/core';
import type { UPLOAD_TYPES } from '@intake/shared/contracts';

/** What the API accepts (it decides on the content; this only spares a doomed upload). */
export const UPLOAD_TYPE_LIST: typeof UPLOAD_TYPES = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'image/heic',
];
export const UPLOAD_EXTENSIONS = [
  '.pdf',
  '.jpg',
  '.jpeg',
  '.jfif',
  '.png',
  '.heic',
  '.heif',
] as const;
export const UPLOAD_MAX_BYTES = 20 * 1024 * 1024;
/** For the file input's `accept`. */
export const UPLOAD_ACCEPT = [...UPLOAD_TYPE_LIST, 'image/heif', ...UPLOAD_EXTENSIONS].join(',');

export type UploadProblem = 'empty' | 'tooLarge' | 'type';

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot).toLowerCase();
}

/**
 * Why a file would be refused, or null. Browsers often leave the type of HEIC files empty, so
 * the name's extension counts as well.
 */
export function uploadProblem(file: Pick<File, 'name' | 'size' | 'type'>): UploadProblem | null {
  if (file.size === 0) {
    return 'empty';
  }
  if (file.size > UPLOAD_MAX_BYTES) {
    return 'tooLarge';
  }
  const knownType =
    (UPLOAD_TYPE_LIST as readonly string[]).includes(file.type) || file.type === 'image/heif';
  const knownExtension = (UPLOAD_EXTENSIONS as readonly string[]).includes(extensionOf(file.name));
  return knownType || knownExtension ? null : 'type';
}

export const UPLOAD_PROBLEM_KEYS: Readonly<Record<UploadProblem, string>> = {
  empty: 'cases.page.upload.empty',
  tooLarge: 'cases.page.upload.tooLarge',
  type: 'cases.page.upload.type',
};

/** `1536` → "1.5 kB" / "1,5 ko", in the UI language. */
export function formatFileSize(bytes: number, language: string): string {
  const units = [
    ['megabyte', 1024 * 1024],
    ['kilobyte', 1024],
  ] as const;
  for (const [unit, size] of units) {
    if (bytes >= size) {
      return new Intl.NumberFormat(`${language}-CA`, {
        style: 'unit',
        unit,
        maximumFractionDigits: 1,
      }).format(bytes / size);
    }
  }
  return new Intl.NumberFormat(`${language}-CA`, { style: 'unit', unit: 'byte' }).format(bytes);
}

/** `{{ file.sizeBytes | fileSize: language() }}`. */
@Pipe({ name: 'fileSize' })
export class FileSizePipe implements PipeTransform {
  transform(bytes: number, language: string): string {
    return formatFileSize(bytes, language);
  }
}

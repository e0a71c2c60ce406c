import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '../config/config';

const FORMAT = 'v1';

/**
 * AES-256-GCM for sensitive identifiers (passport, permit numbers). A stored value is
 * `v1:<keyId>:<iv>:<tag>:<ciphertext>`, so keys can rotate: new values use the first key
 * of ENCRYPTION_KEYS, old ones are read with the key they name.
 */
@Injectable()
export class FieldCipher {
  private readonly keys = new Map<string, Buffer>();
  private readonly currentKeyId: string;

  constructor(@Inject(AppConfig) config: Pick<AppConfig, 'ENCRYPTION_KEYS'>) {
    const pairs = config.ENCRYPTION_KEYS.split(',').map((pair) => pair.split(':') as [string, string]);
    for (const [id, key] of pairs) this.keys.set(id, Buffer.from(key, 'base64'));
    this.currentKeyId = pairs[0][0];
  }

  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key(this.currentKeyId), iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [FORMAT, this.currentKeyId, iv.toString('base64'), cipher.getAuthTag().toString('base64'), body.toString('base64')].join(':');
  }

  decrypt(stored: string): string {
    const [format, keyId, iv, tag, body] = stored.split(':');
    if (format !== FORMAT || !keyId || !iv || !tag || body === undefined) throw new Error('Unreadable encrypted value');
    const decipher = createDecipheriv('aes-256-gcm', this.key(keyId), Buffer.from(iv, 'base64'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8');
  }

  /** True when the value was written with an older key (re-encrypt it on rotation). */
  needsRotation(stored: string): boolean {
    return stored.split(':')[1] !== this.currentKeyId;
  }

  private key(id: string): Buffer {
    const key = this.keys.get(id);
    if (!key) throw new Error(`Encryption key "${id}" is not in ENCRYPTION_KEYS`);
    return key;
  }
}

/** What lists, logs and audit rows show of an identifier: its last 3 characters. */
export function maskIdentifier(plain: string): string {
  const compact = plain.replace(/\s+/g, '');
  return `•••${compact.slice(-3)}`;
}

import { randomBytes } from 'node:crypto';
import { FieldCipher, maskIdentifier } from './field-cipher';

const key = () => randomBytes(32).toString('base64');

describe('FieldCipher', () => {
  it('round-trips and never stores the plain text', () => {
    const cipher = new FieldCipher({ ENCRYPTION_KEYS: `k1:${key()}` });
    const stored = cipher.encrypt('AB123456');
    expect(stored).not.toContain('AB123456');
    expect(stored.startsWith('v1:k1:')).toBe(true);
    expect(cipher.decrypt(stored)).toBe('AB123456');
    expect(cipher.encrypt('AB123456')).not.toBe(stored);
  });

  it('reads values of an older key after rotation and writes with the new one', () => {
    const oldKey = `k1:${key()}`;
    const before = new FieldCipher({ ENCRYPTION_KEYS: oldKey });
    const stored = before.encrypt('P9876543');
    const after = new FieldCipher({ ENCRYPTION_KEYS: `k2:${key()},${oldKey}` });
    expect(after.decrypt(stored)).toBe('P9876543');
    expect(after.needsRotation(stored)).toBe(true);
    expect(after.encrypt('x').startsWith('v1:k2:')).toBe(true);
  });

  it('refuses a value whose ciphertext was altered', () => {
    const cipher = new FieldCipher({ ENCRYPTION_KEYS: `k1:${key()}` });
    const parts = cipher.encrypt('AB123456').split(':');
    parts[4] = Buffer.from('tampered!').toString('base64');
    expect(() => cipher.decrypt(parts.join(':'))).toThrow();
  });

  it('masks all but the last three characters', () => {
    expect(maskIdentifier('AB 123 456')).toBe('•••456');
  });
});

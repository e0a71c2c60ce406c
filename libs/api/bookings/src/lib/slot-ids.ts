import { Injectable } from '@nestjs/common';
import { FieldCipher } from '@intake/api/core';

export interface SlotRef {
  staffId: string;
  start: Date;
  typeCode: string;
}

/**
 * Slot ids are encrypted (AES-GCM, the product's field key): the page can hand them back, but
 * cannot read who would meet nor forge a slot.
 */
@Injectable()
export class SlotIds {
  constructor(private readonly cipher: FieldCipher) {}

  encode(slot: SlotRef): string {
    const plain = JSON.stringify([slot.staffId, slot.start.getTime(), slot.typeCode]);
    return Buffer.from(this.cipher.encrypt(plain), 'utf8').toString('base64url');
  }

  /** The slot named, or null for anything this server did not issue. */
  decode(id: string): SlotRef | null {
    try {
      const [staffId, start, typeCode] = JSON.parse(
        this.cipher.decrypt(Buffer.from(id, 'base64url').toString('utf8')),
      ) as [string, number, string];
      return { staffId, start: new Date(start), typeCode };
    } catch {
      return null;
    }
  }
}

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** What changed: the intake itself, or a stored assessment of it. */
export type IntakeChangeSource = 'intake' | 'assessment';

export type IntakeChangeListener = (manager: EntityManager, clientId: string, source: IntakeChangeSource) => Promise<void>;

/**
 * Lets features keep what they derive from a client's intake (deadlines, document checklists)
 * in step with it, inside the transaction of the change: both commit, or neither.
 */
@Injectable()
export class IntakeEvents {
  private readonly listeners: IntakeChangeListener[] = [];

  onChange(listener: IntakeChangeListener): void {
    this.listeners.push(listener);
  }

  async changed(manager: EntityManager, clientId: string, source: IntakeChangeSource): Promise<void> {
    for (const listener of this.listeners) await listener(manager, clientId, source);
  }
}

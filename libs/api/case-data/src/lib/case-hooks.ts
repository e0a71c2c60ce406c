import { Injectable } from '@nestjs/common';
import type { MoveRefusal } from '@intake/shared/contracts';
import type { EntityManager } from 'typeorm';
import type { CaseEntity } from './case.entities';

export type CaseCreatedListener = (manager: EntityManager, created: CaseEntity) => Promise<void>;

/** Why a guard refuses a move now: a code the dashboard translates, and the detail in English. */
export interface GuardRefusal extends MoveRefusal {
  detail: string;
}

/** Says why a move is refused now, or null when it may go ahead. */
export type TransitionGuard = (manager: EntityManager, subject: CaseEntity) => Promise<GuardRefusal | null>;

/**
 * Where features meet around a case without importing each other: the checklists feature
 * generates a new case's checklist and guards the moves that need documents.
 */
@Injectable()
export class CaseHooks {
  private readonly createdListeners: CaseCreatedListener[] = [];
  private readonly guards = new Map<string, TransitionGuard>();

  onCreated(listener: CaseCreatedListener): void {
    this.createdListeners.push(listener);
  }

  async caseCreated(manager: EntityManager, created: CaseEntity): Promise<void> {
    for (const listener of this.createdListeners) await listener(manager, created);
  }

  registerGuard(name: string, guard: TransitionGuard): void {
    this.guards.set(name, guard);
  }

  guard(name: string): TransitionGuard | undefined {
    return this.guards.get(name);
  }
}

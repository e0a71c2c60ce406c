import { NotFound } from '@intake/api/core';
import type { EntityManager } from 'typeorm';
import { ClientEntity } from './client.entity';

const ORDERED_SECTIONS = ['statusHistory', 'languageTests', 'education', 'work', 'family', 'parties'] as const;

/** A client with every section of its profile, in the order entered. */
export async function loadClient(manager: EntityManager, id: string, options: { lock?: boolean } = {}): Promise<ClientEntity> {
  const repository = manager.getRepository(ClientEntity);
  if (options.lock) {
    // Locks the client row only; sections are read after, inside the same transaction.
    const locked = await repository.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!locked) throw new NotFound('No client with this id.');
  }
  const client = await repository.findOne({
    where: { id },
    relations: { statusHistory: true, languageTests: true, education: true, work: true, family: true, parties: true, identification: true, verifications: true },
    order: Object.fromEntries([...ORDERED_SECTIONS.map((s) => [s, { position: 'ASC' }]), ['verifications', { createdAt: 'ASC' }]]),
  });
  if (!client) throw new NotFound('No client with this id.');
  return client;
}

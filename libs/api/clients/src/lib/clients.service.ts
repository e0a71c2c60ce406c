import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ClientDto, CreateClientRequest, UpdateClientRequest } from '@intake/shared/contracts';
import { AuditService, diffChanges, StaleVersion } from '@intake/api/core';
import { ClientEntity, IntakeEvents, loadClient } from '@intake/api/intake';
import { DataSource, type EntityManager } from 'typeorm';
import { ClientViews } from './client-views';
import { IntakeRules } from './intake-rules';

export const IDENTITY_FIELDS = [
  'givenNames',
  'familyName',
  'otherNames',
  'dateOfBirth',
  'citizenships',
  'countryOfResidence',
  'email',
  'phone',
  'addressLine1',
  'addressLine2',
  'city',
  'region',
  'postalCode',
  'addressCountry',
  'preferredLanguage',
  'intendedProvince',
  'maritalStatus',
  'notes',
  'assignedTo',
  'open',
] as const;

type IdentityInput = Omit<Partial<CreateClientRequest & UpdateClientRequest>, 'version'>;

function identityColumns(input: IdentityInput): Partial<ClientEntity> {
  const { address, ...rest } = input;
  const columns: Partial<ClientEntity> = { ...(rest as Partial<ClientEntity>) };
  if (address) {
    Object.assign(columns, {
      addressLine1: address.line1 ?? null,
      addressLine2: address.line2 ?? null,
      city: address.city ?? null,
      region: address.region ?? null,
      postalCode: address.postalCode ?? null,
      addressCountry: address.country ?? null,
    });
  }
  if (columns.citizenships) columns.citizenships = columns.citizenships.map((c) => c.toUpperCase());
  return Object.fromEntries(Object.entries(columns).filter(([, value]) => value !== undefined));
}

/** The client record itself: creation, identity section, closing, deletion. */
@Injectable()
export class ClientsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly views: ClientViews,
    private readonly intakeEvents: IntakeEvents,
  ) {}

  get(id: string): Promise<ClientDto> {
    return this.views.read(this.dataSource.manager, id);
  }

  async create(request: CreateClientRequest, actorId: string): Promise<ClientDto> {
    this.checkIdentity(request);
    return this.dataSource.transaction(async (manager) => {
      const [{ number }] = await manager.query(
        `SELECT 'C-' || to_char(now(), 'YYYY') || '-' || lpad(nextval('client_file_number_seq')::text, 5, '0') AS number`,
      );
      const repository = manager.getRepository(ClientEntity);
      const client = await repository.save(
        repository.create({ ...identityColumns(request), fileNumber: number, createdBy: actorId }),
      );
      await this.audit.record(manager, {
        action: 'client.create',
        entityType: 'client',
        entityId: client.id,
        changes: diffChanges(null, { ...client } as Record<string, unknown>, ['fileNumber', ...IDENTITY_FIELDS]),
      });
      return this.views.read(manager, client.id);
    });
  }

  async update(id: string, request: UpdateClientRequest): Promise<ClientDto> {
    this.checkIdentity(request);
    return this.dataSource.transaction(async (manager) => {
      const client = await this.lockVersion(manager, id, request.version);
      const { version: _version, ...changes } = request;
      const columns = identityColumns(changes);
      await this.touch(manager, id, columns);
      await this.audit.record(manager, {
        action: 'client.update',
        entityType: 'client',
        entityId: id,
        changes: diffChanges({ ...client } as Record<string, unknown>, { ...client, ...columns }, IDENTITY_FIELDS),
      });
      return this.views.read(manager, id);
    });
  }

  async remove(id: string, version: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const client = await this.lockVersion(manager, id, version);
      await manager.getRepository(ClientEntity).delete(id);
      await this.audit.record(manager, {
        action: 'client.delete',
        entityType: 'client',
        entityId: id,
        changes: { fileNumber: { before: client.fileNumber, after: null } },
      });
    });
  }

  /** Locks the client row and refuses a stale version: the caller's change must not overwrite another. */
  async lockVersion(manager: EntityManager, id: string, version: number): Promise<ClientEntity> {
    const client = await loadClient(manager, id, { lock: true });
    if (client.version !== version) throw new StaleVersion();
    return client;
  }

  /**
   * Writes columns of the client row and moves its version on, as every section save does; then
   * lets the features that derive from the intake follow, in the same transaction.
   */
  async touch(manager: EntityManager, id: string, columns: Partial<ClientEntity> = {}): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(ClientEntity)
      .set({ ...columns, updatedAt: () => 'now()' })
      .where('id = :id', { id })
      .execute();
    await this.intakeEvents.changed(manager, id, 'intake');
  }

  private checkIdentity(request: IdentityInput): void {
    const rules = new IntakeRules(this.views.today());
    rules.date('dateOfBirth', request.dateOfBirth, { past: true });
    rules.assertValid();
  }
}

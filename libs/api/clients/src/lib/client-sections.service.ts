import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  AddVerificationRequest,
  ClientDto,
  IdentificationRequest,
  ReplaceEducationRequest,
  ReplaceFamilyRequest,
  ReplaceLanguageTestsRequest,
  ReplacePartiesRequest,
  ReplaceStatusHistoryRequest,
  ReplaceWorkRequest,
} from '@intake/shared/contracts';
import { AuditService, FieldCipher, maskIdentifier, NotFound, REDACTED } from '@intake/api/core';
import {
  type ClientEntity,
  EducationEntity,
  FamilyMemberEntity,
  IdentificationEntity,
  LanguageTestEntity,
  PartyEntity,
  StatusEntryEntity,
  VerificationEntity,
  WorkEntity,
} from '@intake/api/intake';
import { DataSource, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { ClientViews } from './client-views';
import { ClientsService } from './clients.service';
import { IntakeRules } from './intake-rules';

type Section = 'statusHistory' | 'languageTests' | 'education' | 'work' | 'family' | 'parties';

/** Fields that never reach the audit trail in clear. */
const SENSITIVE = new Set(['permitNumberEnc', 'permitNumberHint', 'documentNumberEnc']);

function forAudit(rows: ObjectLiteral[]): unknown[] {
  return rows.map((row) =>
    Object.fromEntries(
      Object.entries(row)
        .filter(([key]) => !['id', 'clientId', 'client', 'position'].includes(key))
        .map(([key, value]) => [key, SENSITIVE.has(key) && value !== null ? REDACTED : value]),
    ),
  );
}

/**
 * Each list section of the profile is saved whole, in one transaction, under the client's
 * version: bad input is refused before anything is written, and a stale version changes nothing.
 */
@Injectable()
export class ClientSectionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clients: ClientsService,
    private readonly views: ClientViews,
    private readonly audit: AuditService,
    private readonly cipher: FieldCipher,
  ) {}

  replaceStatusHistory(id: string, request: ReplaceStatusHistoryRequest): Promise<ClientDto> {
    const rules = this.rules();
    request.items.forEach((item, i) => rules.statusEntry(`items[${i}]`, item));
    rules.assertValid();
    return this.replace(id, request.version, 'statusHistory', StatusEntryEntity, (client) =>
      request.items.map((item, i) => {
        const kept = item.id ? client.statusHistory?.find((s) => s.id === item.id) : undefined;
        if (item.id && !kept) throw new NotFound(`items[${i}].id is not a status entry of this client.`);
        const permit =
          item.permitNumber === undefined
            ? { permitNumberEnc: kept?.permitNumberEnc ?? null, permitNumberHint: kept?.permitNumberHint ?? null }
            : item.permitNumber === null
              ? { permitNumberEnc: null, permitNumberHint: null }
              : { permitNumberEnc: this.cipher.encrypt(item.permitNumber), permitNumberHint: maskIdentifier(item.permitNumber) };
        return {
          type: item.type,
          ...permit,
          validFrom: item.validFrom,
          validTo: item.validTo ?? null,
          conditions: item.conditions ?? null,
        };
      }),
    );
  }

  replaceLanguageTests(id: string, request: ReplaceLanguageTestsRequest): Promise<ClientDto> {
    const rules = this.rules();
    request.items.forEach((item, i) => rules.languageTest(`items[${i}]`, item));
    rules.assertValid();
    return this.replace(id, request.version, 'languageTests', LanguageTestEntity, () =>
      request.items.map((item) => ({ ...item, registrationNumber: item.registrationNumber ?? null })),
    );
  }

  replaceEducation(id: string, request: ReplaceEducationRequest): Promise<ClientDto> {
    const rules = this.rules();
    request.items.forEach((item, i) => rules.education(`items[${i}]`, item));
    rules.assertValid();
    return this.replace(id, request.version, 'education', EducationEntity, () =>
      request.items.map((item) => ({
        level: item.level,
        institution: item.institution,
        country: item.country,
        inCanada: item.country === 'CA',
        fullTime: item.fullTime,
        durationYears: item.durationYears,
        completedOn: item.completedOn ?? null,
        ecaOrganization: item.ecaOrganization ?? null,
        ecaDate: item.ecaDate ?? null,
        ecaEquivalency: item.ecaEquivalency ?? null,
        ecaValid: item.ecaValid ?? false,
      })),
    );
  }

  replaceWork(id: string, request: ReplaceWorkRequest): Promise<ClientDto> {
    const rules = this.rules();
    request.items.forEach((item, i) => rules.work(`items[${i}]`, item));
    rules.assertValid();
    return this.replace(id, request.version, 'work', WorkEntity, () =>
      request.items.map((item) => ({ ...item, end: item.end ?? null })),
    );
  }

  replaceFamily(id: string, request: ReplaceFamilyRequest): Promise<ClientDto> {
    const rules = this.rules();
    request.items.forEach((item, i) => rules.familyMember(`items[${i}]`, item));
    rules.assertValid();
    return this.replace(id, request.version, 'family', FamilyMemberEntity, () =>
      request.items.map((item) => ({
        relationship: item.relationship,
        givenNames: item.givenNames,
        familyName: item.familyName,
        dateOfBirth: item.dateOfBirth ?? null,
        email: item.email ?? null,
        accompanying: item.accompanying ?? false,
        canadianCitizenOrPR: item.canadianCitizenOrPR ?? false,
        educationLevel: item.educationLevel ?? null,
        languageTest: item.languageTest ? { ...item.languageTest } : null,
        canadianWorkYears: item.canadianWorkYears ?? null,
        permitType: item.permitType ?? null,
        permitValidTo: item.permitValidTo ?? null,
      })),
    );
  }

  replaceParties(id: string, request: ReplacePartiesRequest): Promise<ClientDto> {
    const rules = this.rules();
    request.items.forEach((item, i) => rules.party(`items[${i}]`, item));
    rules.assertValid();
    return this.replace(id, request.version, 'parties', PartyEntity, () =>
      request.items.map((item) => ({
        kind: item.kind,
        name: item.name,
        dateOfBirth: item.dateOfBirth ?? null,
        email: item.email ?? null,
        notes: item.notes ?? null,
      })),
    );
  }

  async saveIdentification(id: string, request: IdentificationRequest, actorId: string): Promise<ClientDto> {
    return this.dataSource.transaction(async (manager) => {
      const client = await this.clients.lockVersion(manager, id, request.version);
      const row = {
        clientId: id,
        name: request.name,
        address: request.address,
        phone: request.phone ?? null,
        occupation: request.occupation ?? null,
        recordedBy: actorId,
        recordedAt: new Date(),
      };
      await manager.getRepository(IdentificationEntity).save(row);
      await this.clients.touch(manager, id);
      await this.audit.record(manager, {
        action: 'client.identification.save',
        entityType: 'client',
        entityId: id,
        changes: { identification: { before: forAudit(client.identification ? [client.identification] : [])[0] ?? null, after: forAudit([row])[0] } },
      });
      return this.views.read(manager, id);
    });
  }

  async addVerification(id: string, request: AddVerificationRequest, actorId: string): Promise<ClientDto> {
    const rules = this.rules();
    rules.date('expiry', request.expiry);
    rules.date('verifiedOn', request.verifiedOn, { past: true });
    rules.assertValid();
    return this.dataSource.transaction(async (manager) => {
      await this.lockClient(manager, id);
      const row = manager.getRepository(VerificationEntity).create({
        clientId: id,
        documentType: request.documentType,
        issuingJurisdiction: request.issuingJurisdiction,
        documentNumberEnc: this.cipher.encrypt(request.documentNumber),
        documentNumberHint: maskIdentifier(request.documentNumber),
        expiry: request.expiry ?? null,
        method: request.method,
        verifiedBy: actorId,
        verifiedOn: request.verifiedOn,
      });
      const saved = await manager.getRepository(VerificationEntity).save(row);
      await this.clients.touch(manager, id);
      await this.audit.record(manager, {
        action: 'client.verification.add',
        entityType: 'client',
        entityId: id,
        changes: { verification: { before: null, after: { ...forAudit([saved])[0] as object, documentNumber: saved.documentNumberHint } } },
      });
      return this.views.read(manager, id);
    });
  }

  /** The full document number, for lawyers and admins; every view is audited. */
  async revealDocumentNumber(id: string, verificationId: string): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const row = await manager.getRepository(VerificationEntity).findOneBy({ id: verificationId, clientId: id });
      if (!row) throw new NotFound('No such verification for this client.');
      await this.audit.record(manager, {
        action: 'client.document_number.view',
        entityType: 'client',
        entityId: id,
        changes: { verification: { before: null, after: verificationId } },
      });
      return this.cipher.decrypt(row.documentNumberEnc);
    });
  }

  /** The full permit number of a status entry, for lawyers and admins; audited. */
  async revealPermitNumber(id: string, entryId: string): Promise<string | null> {
    return this.dataSource.transaction(async (manager) => {
      const row = await manager.getRepository(StatusEntryEntity).findOneBy({ id: entryId, clientId: id });
      if (!row) throw new NotFound('No such status entry for this client.');
      await this.audit.record(manager, {
        action: 'client.permit_number.view',
        entityType: 'client',
        entityId: id,
        changes: { statusEntry: { before: null, after: entryId } },
      });
      return row.permitNumberEnc ? this.cipher.decrypt(row.permitNumberEnc) : null;
    });
  }

  private rules(): IntakeRules {
    return new IntakeRules(this.views.today());
  }

  /** Serialises additions (no version: a verification adds a record, it edits nothing). */
  private async lockClient(manager: EntityManager, id: string): Promise<void> {
    const rows: unknown[] = await manager.query(`SELECT 1 FROM clients WHERE id = $1 FOR UPDATE`, [id]);
    if (rows.length === 0) throw new NotFound('No client with this id.');
  }

  private async replace<T extends ObjectLiteral>(
    id: string,
    version: number,
    section: Section,
    target: EntityTarget<T>,
    build: (client: ClientEntity) => Partial<T>[],
  ): Promise<ClientDto> {
    return this.dataSource.transaction(async (manager) => {
      const client = await this.clients.lockVersion(manager, id, version);
      const rows = build(client).map((row, position) => ({ ...row, clientId: id, position }));
      const repository = manager.getRepository(target);
      await repository.delete({ clientId: id } as unknown as Parameters<typeof repository.delete>[0]);
      if (rows.length > 0) await repository.insert(rows as never);
      await this.clients.touch(manager, id);
      await this.audit.record(manager, {
        action: `client.${section}.replace`,
        entityType: 'client',
        entityId: id,
        changes: { [section]: { before: forAudit((client[section] ?? []) as ObjectLiteral[]), after: forAudit(rows) } },
      });
      return this.views.read(manager, id);
    });
  }
}

import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AssessmentDto, AssessmentSummaryDto, Language } from '@intake/shared/contracts';
import { type CecProfile, type CecResult, ENGINE_VERSION, evaluateCec } from '@intake/shared/cec-rules';
import { AppConfig, AuditService, InvalidInput, NotFound, todayIn, UserEntity } from '@intake/api/core';
import { DisclaimersService, statementsOf } from '@intake/api/disclaimers';
import { ClientEntity, IntakeEvents, loadClient, toCecProfile } from '@intake/api/intake';
import { DataSource, type EntityManager, In } from 'typeorm';
import { AssessmentEntity, AssessmentReleaseEntity } from './assessment.entities';
import { translateEngineError } from './engine-errors';

/** The intake an assessment read, without the date asked about: equal hashes, same facts. */
export function profileHash(profile: CecProfile): string {
  const { asOf: _asOf, ...facts } = profile;
  return createHash('sha256').update(JSON.stringify(facts)).digest('hex');
}

/** What a report prints as its disclaimer, and the version it names. */
export interface ReportDisclaimer {
  version: string;
  text: string;
}

@Injectable()
export class AssessmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(AppConfig) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly intakeEvents: IntakeEvents,
    private readonly disclaimers: DisclaimersService,
  ) {}

  today(): string {
    return todayIn(this.config.FIRM_TIME_ZONE);
  }

  /** Stateless evaluation of a profile sent as is (the quick calculator and the contract's endpoint). */
  evaluate(profile: unknown): CecResult {
    try {
      return evaluateCec(profile as CecProfile, { today: this.today() });
    } catch (error) {
      return translateEngineError(error);
    }
  }

  async run(clientId: string, asOf: string | undefined, actorId: string): Promise<AssessmentDto> {
    return this.dataSource.transaction(async (manager) => {
      const client = await loadClient(manager, clientId);
      const { profile, missing } = toCecProfile(client);
      if (!profile) {
        throw new InvalidInput(missing.map((field) => ({ field, message: 'is required in the intake to run an assessment' })));
      }
      const input: CecProfile = asOf ? { ...profile, asOf } : profile;
      let result: CecResult;
      try {
        result = evaluateCec(input, { today: this.today() });
      } catch (error) {
        return translateEngineError(error);
      }
      const repository = manager.getRepository(AssessmentEntity);
      const saved = await repository.save(
        repository.create({
          clientId,
          asOf: result.asOf,
          ruleSetId: result.ruleSet.id,
          engineVersion: ENGINE_VERSION,
          input,
          inputHash: profileHash(input),
          result,
          outcome: result.outcome,
          crsTotal: result.crs?.total ?? null,
          createdBy: actorId,
        }),
      );
      await this.audit.record(manager, {
        action: 'assessment.run',
        entityType: 'client',
        entityId: clientId,
        changes: {
          assessment: {
            before: null,
            after: { id: saved.id, asOf: saved.asOf, outcome: saved.outcome, crsTotal: saved.crsTotal, ruleSet: saved.ruleSetId },
          },
        },
      });
      await this.intakeEvents.changed(manager, clientId, 'assessment');
      return this.toDto(manager, saved, currentHash(client));
    });
  }

  async list(clientId: string): Promise<AssessmentSummaryDto[]> {
    const manager = this.dataSource.manager;
    const client = await loadClient(manager, clientId);
    // The history needs only the hours of each result, not the whole stored document.
    const { entities: rows, raw } = await manager
      .getRepository(AssessmentEntity)
      .createQueryBuilder('a')
      .select(['a.id', 'a.clientId', 'a.asOf', 'a.ruleSetId', 'a.engineVersion', 'a.inputHash', 'a.outcome', 'a.crsTotal', 'a.createdBy', 'a.createdAt'])
      .addSelect(`(a.result ->> 'canadianSkilledHours')::int`, 'hours')
      .where('a.client_id = :clientId', { clientId })
      .orderBy('a.created_at', 'DESC')
      .getRawAndEntities<{ a_id: string; hours: number }>();
    const hours = new Map(raw.map((row) => [row.a_id, row.hours]));
    const releases = await this.releasesOf(manager, rows.map((r) => r.id));
    const names = await this.userNames(manager, [...rows.map((r) => r.createdBy), ...releases.map((r) => r.releasedBy)]);
    const hash = currentHash(client);
    return rows.map((row) => this.toSummary(row, hash, releases, names, hours.get(row.id) ?? 0));
  }

  async get(clientId: string, assessmentId: string): Promise<AssessmentDto> {
    const manager = this.dataSource.manager;
    const row = await this.find(manager, clientId, assessmentId);
    const client = await loadClient(manager, clientId);
    return this.toDto(manager, row, currentHash(client));
  }

  /** A lawyer releases the report to the client: who, when, which assessment, which disclaimer. */
  async release(clientId: string, assessmentId: string, language: Language | undefined, lawyerId: string): Promise<AssessmentDto> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.find(manager, clientId, assessmentId);
      const client = await loadClient(manager, clientId);
      const lang = language ?? client.preferredLanguage;
      const disclaimer = await this.disclaimers.current(manager);
      const release = await manager.getRepository(AssessmentReleaseEntity).save(
        manager.getRepository(AssessmentReleaseEntity).create({
          assessmentId,
          releasedBy: lawyerId,
          language: lang,
          disclaimerId: disclaimer.id,
          disclaimerVersion: String(disclaimer.number),
          disclaimerHash: disclaimer.contentHash,
        }),
      );
      await this.audit.record(manager, {
        action: 'assessment.release',
        entityType: 'client',
        entityId: clientId,
        changes: {
          release: {
            before: null,
            after: { id: release.id, assessmentId, language: lang, disclaimerId: disclaimer.id, disclaimerVersion: release.disclaimerVersion, disclaimerHash: disclaimer.contentHash },
          },
        },
      });
      return this.toDto(manager, row, currentHash(client));
    });
  }

  /**
   * The disclaimer a report prints: the version recorded with its release, or the current
   * published version while it is not released. Releases made before disclaimers were
   * versioned (no id) print the text configured then (DISCLAIMER_TEXT_*).
   */
  async reportDisclaimer(
    manager: EntityManager,
    language: Language,
    release: AssessmentReleaseEntity | null,
  ): Promise<ReportDisclaimer> {
    if (release && !release.disclaimerId) {
      return { version: release.disclaimerVersion, text: language === 'fr' ? this.config.DISCLAIMER_TEXT_FR : this.config.DISCLAIMER_TEXT_EN };
    }
    const version = release?.disclaimerId ? await this.disclaimers.byId(manager, release.disclaimerId) : await this.disclaimers.current(manager);
    if (!version) throw new NotFound('The disclaimer version recorded with this release is missing.');
    const statements = statementsOf(version, language);
    return { version: String(version.number), text: `${statements.generalInformation}\n\n${statements.noConfidentiality}` };
  }

  async find(manager: EntityManager, clientId: string, assessmentId: string): Promise<AssessmentEntity> {
    const row = await manager.getRepository(AssessmentEntity).findOneBy({ id: assessmentId, clientId });
    if (!row) throw new NotFound('No such assessment for this client.');
    return row;
  }

  private async toDto(manager: EntityManager, row: AssessmentEntity, hash: string | null): Promise<AssessmentDto> {
    const releases = await this.releasesOf(manager, [row.id]);
    const names = await this.userNames(manager, [row.createdBy, ...releases.map((r) => r.releasedBy)]);
    return {
      ...this.toSummary(row, hash, releases, names, row.result.canadianSkilledHours),
      input: row.input,
      result: row.result,
    };
  }

  private toSummary(
    row: AssessmentEntity,
    hash: string | null,
    releases: AssessmentReleaseEntity[],
    names: Map<string, string>,
    canadianSkilledHours: number,
  ): AssessmentSummaryDto {
    return {
      id: row.id,
      clientId: row.clientId,
      asOf: row.asOf,
      ruleSetId: row.ruleSetId,
      engineVersion: row.engineVersion,
      outcome: row.outcome,
      crsTotal: row.crsTotal,
      canadianSkilledHours,
      createdAt: row.createdAt.toISOString(),
      createdBy: row.createdBy,
      createdByName: row.createdBy ? (names.get(row.createdBy) ?? '') : '',
      stale: hash !== row.inputHash,
      releases: releases
        .filter((r) => r.assessmentId === row.id)
        .map((r) => ({
          id: r.id,
          releasedBy: r.releasedBy,
          releasedByName: names.get(r.releasedBy) ?? '',
          releasedAt: r.releasedAt.toISOString(),
          language: r.language,
          disclaimerVersion: r.disclaimerVersion,
        })),
    };
  }

  private releasesOf(manager: EntityManager, ids: string[]): Promise<AssessmentReleaseEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return manager.getRepository(AssessmentReleaseEntity).find({ where: { assessmentId: In(ids) }, order: { releasedAt: 'ASC' } });
  }

  private async userNames(manager: EntityManager, ids: (string | null)[]): Promise<Map<string, string>> {
    const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
    if (wanted.length === 0) return new Map();
    const users = await manager.getRepository(UserEntity).find({ where: { id: In(wanted) }, select: { id: true, name: true } });
    return new Map(users.map((u) => [u.id, u.name]));
  }
}

function currentHash(client: ClientEntity): string | null {
  const { profile } = toCecProfile(client);
  return profile ? profileHash(profile) : null;
}

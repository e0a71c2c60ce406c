import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  AcknowledgeDisclaimerRequest,
  AcknowledgmentDto,
  AcknowledgmentPurpose,
  DisclaimerStatementsDto,
  DisclaimerVersionDto,
  Language,
  PublicDisclaimerDto,
  PublishDisclaimerRequest,
} from '@intake/shared/contracts';
import {
  AlreadyExists,
  AuditService,
  DisclaimerNotAcknowledged,
  DisclaimerOutdated,
  UserEntity,
} from '@intake/api/core';
import { DataSource, type EntityManager, In } from 'typeorm';
import { disclaimerContentHash, tokenHash } from './disclaimer-hash';
import { AcknowledgmentEntity, DisclaimerVersionEntity } from './disclaimer.entities';
import type { Visitor } from './public-endpoint';

/** How long an acknowledgment token opens the public flows. */
export const ACKNOWLEDGMENT_VALID_HOURS = 24;

/** A published version as other features record it (report releases, bookings). */
export interface DisclaimerRef {
  id: string;
  number: number;
  hash: string;
}

export function statementsOf(
  version: DisclaimerVersionEntity,
  language: Language,
): DisclaimerStatementsDto {
  return language === 'fr'
    ? {
        generalInformation: version.generalInformationFr,
        noConfidentiality: version.noConfidentialityFr,
      }
    : {
        generalInformation: version.generalInformationEn,
        noConfidentiality: version.noConfidentialityEn,
      };
}

/**
 * Versioned disclaimers and the acknowledgments that open the public flows. The newest
 * published version applies to everything new; older ones stay, unchanged, for the records
 * that cite them.
 */
@Injectable()
export class DisclaimersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The newest published version (the migration seeds version 1, so there always is one). */
  async current(
    manager: EntityManager = this.dataSource.manager,
  ): Promise<DisclaimerVersionEntity> {
    const [version] = await manager
      .getRepository(DisclaimerVersionEntity)
      .find({ order: { number: 'DESC' }, take: 1 });
    return version;
  }

  async byId(manager: EntityManager, id: string): Promise<DisclaimerVersionEntity | null> {
    return manager.getRepository(DisclaimerVersionEntity).findOneBy({ id });
  }

  async list(): Promise<DisclaimerVersionDto[]> {
    const versions = await this.dataSource
      .getRepository(DisclaimerVersionEntity)
      .find({ order: { number: 'DESC' } });
    const publishers = [
      ...new Set(versions.map((v) => v.publishedBy).filter((id): id is string => id !== null)),
    ];
    const users = publishers.length
      ? await this.dataSource
          .getRepository(UserEntity)
          .find({ where: { id: In(publishers) }, select: { id: true, name: true } })
      : [];
    const names = new Map(users.map((u) => [u.id, u.name]));
    return versions.map((v, i) =>
      toVersionDto(v, i === 0, v.publishedBy ? (names.get(v.publishedBy) ?? null) : null),
    );
  }

  async publish(
    request: PublishDisclaimerRequest,
    actor: { id: string; name: string },
  ): Promise<DisclaimerVersionDto> {
    return this.dataSource.transaction(async (manager) => {
      // One publication at a time: the next number is read and written under this lock.
      await manager.query(`LOCK TABLE disclaimer_versions IN SHARE ROW EXCLUSIVE MODE`);
      const current = await this.current(manager);
      const unchanged = (['en', 'fr'] as const).every((lang) => {
        const now = statementsOf(current, lang);
        return (
          now.generalInformation === request[lang].generalInformation &&
          now.noConfidentiality === request[lang].noConfidentiality
        );
      });
      if (unchanged)
        throw new AlreadyExists(`These texts are already the current version (${current.number}).`);
      const number = current.number + 1;
      const content = {
        en: {
          generalInformation: request.en.generalInformation,
          noConfidentiality: request.en.noConfidentiality,
        },
        fr: {
          generalInformation: request.fr.generalInformation,
          noConfidentiality: request.fr.noConfidentiality,
        },
      };
      const repository = manager.getRepository(DisclaimerVersionEntity);
      const saved = await repository.save(
        repository.create({
          number,
          generalInformationEn: content.en.generalInformation,
          noConfidentialityEn: content.en.noConfidentiality,
          generalInformationFr: content.fr.generalInformation,
          noConfidentialityFr: content.fr.noConfidentiality,
          contentHash: disclaimerContentHash(number, content),
          publishedBy: actor.id,
        }),
      );
      await this.audit.record(manager, {
        action: 'disclaimer.publish',
        entityType: 'disclaimer_version',
        entityId: saved.id,
        changes: {
          version: { before: current.number, after: number },
          hash: { before: current.contentHash, after: saved.contentHash },
        },
      });
      return toVersionDto(saved, true, actor.name);
    });
  }

  async publicText(locale: Language): Promise<PublicDisclaimerDto> {
    const version = await this.current();
    return {
      versionId: version.id,
      number: version.number,
      hash: version.contentHash,
      locale,
      ...statementsOf(version, locale),
    };
  }

  /** Records that a visitor read and accepted the current version; returns the token later calls present. */
  async acknowledge(
    request: AcknowledgeDisclaimerRequest,
    visitor: Visitor,
  ): Promise<AcknowledgmentDto> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.current(manager);
      if (request.versionId !== current.id || request.hash !== current.contentHash) {
        throw new DisclaimerOutdated(
          `The disclaimer shown is not the current one (version ${current.number}). Reload the page, read the current text and accept it again.`,
        );
      }
      const token = randomBytes(32).toString('base64url');
      const repository = manager.getRepository(AcknowledgmentEntity);
      const saved = await repository.save(
        repository.create({
          versionId: current.id,
          contentHash: current.contentHash,
          locale: request.locale,
          acceptsGeneralInformation: request.acceptsGeneralInformation,
          acceptsNoConfidentiality: request.acceptsNoConfidentiality,
          purpose: request.purpose,
          tokenHash: tokenHash(token),
          ip: visitor.ip,
          userAgent: visitor.userAgent,
        }),
      );
      await this.audit.record(manager, {
        action: 'disclaimer.acknowledge',
        entityType: 'disclaimer_acknowledgment',
        entityId: saved.id,
        changes: {
          acknowledgment: {
            before: null,
            after: {
              versionId: current.id,
              number: current.number,
              locale: request.locale,
              purpose: request.purpose,
            },
          },
        },
      });
      return {
        id: saved.id,
        token,
        versionId: current.id,
        number: current.number,
        hash: current.contentHash,
        locale: saved.locale,
        purpose: saved.purpose,
        acknowledgedAt: saved.acknowledgedAt.toISOString(),
        expiresAt: expiry(saved.acknowledgedAt).toISOString(),
      };
    });
  }

  /**
   * The acknowledgment a public call presents, for the purpose it serves: valid for
   * ACKNOWLEDGMENT_VALID_HOURS and only while its version is the current one. Otherwise
   * DisclaimerNotAcknowledged (428), or DisclaimerOutdated (409) when a newer text was published.
   */
  async requireAcknowledgment(
    token: string | null | undefined,
    purpose: AcknowledgmentPurpose,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<AcknowledgmentEntity> {
    if (!token)
      throw new DisclaimerNotAcknowledged(
        'Read and accept the disclaimer first; send the token it returned.',
      );
    const acknowledgment = await manager
      .getRepository(AcknowledgmentEntity)
      .findOneBy({ tokenHash: tokenHash(token) });
    if (
      !acknowledgment ||
      acknowledgment.purpose !== purpose ||
      expiry(acknowledgment.acknowledgedAt) <= new Date()
    ) {
      throw new DisclaimerNotAcknowledged(
        'The acknowledgment token is unknown, expired or given for another purpose. Accept the disclaimer again.',
      );
    }
    const current = await this.current(manager);
    if (acknowledgment.versionId !== current.id) {
      throw new DisclaimerOutdated(
        `The disclaimer changed since it was accepted (now version ${current.number}). Read and accept it again.`,
      );
    }
    return acknowledgment;
  }
}

function expiry(acknowledgedAt: Date): Date {
  return new Date(acknowledgedAt.getTime() + ACKNOWLEDGMENT_VALID_HOURS * 3_600_000);
}

export function toDisclaimerRef(version: DisclaimerVersionEntity): DisclaimerRef {
  return { id: version.id, number: version.number, hash: version.contentHash };
}

function toVersionDto(
  version: DisclaimerVersionEntity,
  current: boolean,
  publishedByName: string | null,
): DisclaimerVersionDto {
  return {
    id: version.id,
    number: version.number,
    hash: version.contentHash,
    en: statementsOf(version, 'en'),
    fr: statementsOf(version, 'fr'),
    publishedAt: version.publishedAt.toISOString(),
    publishedBy: version.publishedBy,
    publishedByName,
    current,
  };
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ConflictCheckDto, ConflictDecisionRequest, ConflictMatch } from '@intake/shared/contracts';
import { AuditService, InvalidInput, NotFound, StaleVersion, UserEntity } from '@intake/api/core';
import { type ClientEntity, ConflictCheckEntity, loadClient } from '@intake/api/intake';
import { DataSource, type EntityManager, In } from 'typeorm';

interface Subject {
  name: string;
  role: string;
  dateOfBirth: string | null;
  email: string | null;
}

interface CandidateRow {
  subject_index: number;
  client_id: string;
  file_number: string;
  role: string;
  display_name: string;
  similarity: number;
  sounds_alike: boolean;
  same_dob: boolean;
  same_email: boolean;
}

/** Names closer than this (pg_trgm similarity) are reported; lawyers decide, so recall wins. */
export const NAME_SIMILARITY_THRESHOLD = 0.35;

/** Everyone the firm would act for or against: the client, family, recorded parties, employers. */
export function conflictSubjects(client: ClientEntity): Subject[] {
  const subjects: Subject[] = [
    { name: `${client.givenNames} ${client.familyName}`, role: 'client', dateOfBirth: client.dateOfBirth, email: client.email },
    ...client.otherNames.map((name) => ({ name, role: 'client:other_name', dateOfBirth: client.dateOfBirth, email: null })),
    ...(client.family ?? []).map((f) => ({
      name: `${f.givenNames} ${f.familyName}`,
      role: f.relationship,
      dateOfBirth: f.dateOfBirth,
      email: f.email,
    })),
    ...(client.parties ?? []).map((p) => ({ name: p.name, role: `party:${p.kind}`, dateOfBirth: p.dateOfBirth, email: p.email })),
    ...(client.work ?? []).map((w) => ({ name: w.employer, role: 'employer', dateOfBirth: null, email: null })),
  ];
  const seen = new Set<string>();
  return subjects.filter((s) => {
    const key = `${s.role}|${s.name.toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Score out of 100: name similarity (exact 100, sounds alike at least 70), then +15 for the
 * same date of birth and +15 for the same e-mail, capped at 100.
 */
export function scoreMatch(row: Pick<CandidateRow, 'similarity' | 'sounds_alike' | 'same_dob' | 'same_email'>): number {
  const name = Math.max(row.similarity * 100, row.sounds_alike ? 70 : 0);
  return Math.min(100, Math.round(name + (row.same_dob ? 15 : 0) + (row.same_email ? 15 : 0)));
}

@Injectable()
export class ConflictsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async run(clientId: string, actorId: string): Promise<ConflictCheckDto> {
    return this.dataSource.transaction(async (manager) => {
      const client = await loadClient(manager, clientId);
      const subjects = conflictSubjects(client);
      const matches = await this.findMatches(manager, clientId, subjects);
      const check = await manager.getRepository(ConflictCheckEntity).save(
        manager.getRepository(ConflictCheckEntity).create({
          clientId,
          runBy: actorId,
          subjects: subjects.map(({ name, role }) => ({ name, role })),
          matches,
          status: 'pending',
        }),
      );
      await this.audit.record(manager, {
        action: 'conflict_check.run',
        entityType: 'client',
        entityId: clientId,
        changes: { conflictCheck: { before: null, after: { id: check.id, matches: matches.length } } },
      });
      return (await this.withNames(manager, [check]))[0];
    });
  }

  async list(clientId: string): Promise<ConflictCheckDto[]> {
    const checks = await this.dataSource
      .getRepository(ConflictCheckEntity)
      .find({ where: { clientId }, order: { runAt: 'DESC' } });
    return this.withNames(this.dataSource.manager, checks);
  }

  async get(clientId: string, checkId: string): Promise<ConflictCheckDto> {
    const check = await this.dataSource.getRepository(ConflictCheckEntity).findOneBy({ id: checkId, clientId });
    if (!check) throw new NotFound('No such conflict check for this client.');
    return (await this.withNames(this.dataSource.manager, [check]))[0];
  }

  async decide(clientId: string, checkId: string, request: ConflictDecisionRequest, lawyerId: string): Promise<ConflictCheckDto> {
    if (request.decision === 'waived' && !request.reason?.trim()) {
      throw new InvalidInput([{ field: 'reason', message: 'is required to waive a conflict' }]);
    }
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(ConflictCheckEntity);
      const check = await repository.findOne({ where: { id: checkId, clientId }, lock: { mode: 'pessimistic_write' } });
      if (!check) throw new NotFound('No such conflict check for this client.');
      if (check.version !== request.version) throw new StaleVersion();
      const before = check.status;
      check.status = request.decision;
      check.reason = request.reason ?? null;
      check.decidedBy = lawyerId;
      check.decidedAt = new Date();
      const saved = await repository.save(check);
      await this.audit.record(manager, {
        action: 'conflict_check.decide',
        entityType: 'client',
        entityId: clientId,
        changes: {
          status: { before, after: saved.status },
          reason: { before: null, after: saved.reason },
          conflictCheck: { before: null, after: saved.id },
        },
      });
      return (await this.withNames(manager, [saved]))[0];
    });
  }

  /** Who ran and who decided, by name, in one query for the whole list. */
  private async withNames(manager: EntityManager, checks: ConflictCheckEntity[]): Promise<ConflictCheckDto[]> {
    const ids = [...new Set(checks.flatMap((c) => [c.runBy, c.decidedBy]).filter((id): id is string => id !== null))];
    const users = ids.length
      ? await manager.getRepository(UserEntity).find({ where: { id: In(ids) }, select: { id: true, name: true } })
      : [];
    const names = new Map(users.map((u) => [u.id, u.name]));
    return checks.map((check) => toConflictCheckDto(check, names));
  }

  private async findMatches(manager: EntityManager, clientId: string, subjects: Subject[]): Promise<ConflictMatch[]> {
    if (subjects.length === 0) return [];
    await manager.query(`SELECT set_config('pg_trgm.similarity_threshold', $1, true)`, [String(NAME_SIMILARITY_THRESHOLD)]);
    const rows: CandidateRow[] = await manager.query(
      `WITH s AS (
         SELECT ord - 1 AS subject_index, name_key(name) AS key, phonetic_key(name_key(name)) AS phonetic,
                dob::date AS dob, lower(email) AS email
           FROM unnest($2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS t(name, dob, email, ord)
       )
       SELECT s.subject_index, n.client_id, c.file_number, n.role, n.display_name,
              similarity(n.name_key, s.key) AS similarity,
              (n.phonetic_key <> '' AND n.phonetic_key = s.phonetic) AS sounds_alike,
              coalesce(n.date_of_birth = s.dob, false) AS same_dob,
              coalesce(n.email = s.email, false) AS same_email
         FROM s
         JOIN conflict_names n
           ON n.client_id <> $1
          AND (n.name_key % s.key OR (n.phonetic_key <> '' AND n.phonetic_key = s.phonetic) OR n.email = s.email)
         JOIN clients c ON c.id = n.client_id
        ORDER BY s.subject_index`,
      [clientId, subjects.map((s) => s.name), subjects.map((s) => s.dateOfBirth), subjects.map((s) => s.email)],
    );
    return rows
      .map((row) => {
        const subject = subjects[row.subject_index];
        const reasons = [
          row.similarity >= 0.999 ? 'same name' : `name similarity ${Math.round(row.similarity * 100)}%`,
          ...(row.sounds_alike ? ['names sound alike'] : []),
          ...(row.same_dob ? ['same date of birth'] : []),
          ...(row.same_email ? ['same e-mail'] : []),
        ];
        return {
          subjectName: subject.name,
          subjectRole: subject.role,
          matchedName: row.display_name,
          matchedRole: row.role,
          matchedClientId: row.client_id,
          matchedFileNumber: row.file_number,
          score: scoreMatch(row),
          reasons,
        };
      })
      .sort((a, b) => b.score - a.score);
  }
}

export function toConflictCheckDto(check: ConflictCheckEntity, names: Map<string, string>): ConflictCheckDto {
  return {
    id: check.id,
    clientId: check.clientId,
    runBy: check.runBy,
    runByName: check.runBy ? (names.get(check.runBy) ?? '') : '',
    runAt: check.runAt.toISOString(),
    subjects: check.subjects,
    matches: check.matches,
    status: check.status,
    decidedBy: check.decidedBy,
    decidedByName: check.decidedBy ? (names.get(check.decidedBy) ?? '') : '',
    decidedAt: check.decidedAt ? check.decidedAt.toISOString() : null,
    reason: check.reason,
    version: check.version,
  };
}

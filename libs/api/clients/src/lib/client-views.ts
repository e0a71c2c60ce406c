import { Inject, Injectable } from '@nestjs/common';
import type { ClientDto, ConflictStatus } from '@intake/shared/contracts';
import { evaluateCec } from '@intake/shared/cec-rules';
import { AppConfig, todayIn, UserEntity } from '@intake/api/core';
import { type ClientEntity, ConflictCheckEntity, loadClient, toCecProfile, toClientDto } from '@intake/api/intake';
import { type EntityManager, In } from 'typeorm';

/** Reads a client as the dashboard shows it: the full profile, CLB per test, hours so far, conflict status. */
@Injectable()
export class ClientViews {
  constructor(@Inject(AppConfig) private readonly config: AppConfig) {}

  today(): string {
    return todayIn(this.config.FIRM_TIME_ZONE);
  }

  async read(manager: EntityManager, id: string): Promise<ClientDto> {
    return this.toDto(manager, await loadClient(manager, id));
  }

  async toDto(manager: EntityManager, client: ClientEntity): Promise<ClientDto> {
    const recorders = [client.identification?.recordedBy, ...(client.verifications ?? []).map((v) => v.verifiedBy)].filter(
      (id): id is string => Boolean(id),
    );
    const users = recorders.length
      ? await manager.getRepository(UserEntity).find({ where: { id: In(recorders) }, select: { id: true, name: true } })
      : [];
    const latest = await manager
      .getRepository(ConflictCheckEntity)
      .findOne({ where: { clientId: client.id }, order: { runAt: 'DESC' }, select: { id: true, status: true } });
    return toClientDto(client, {
      today: this.today(),
      conflictStatus: (latest?.status as ConflictStatus | undefined) ?? null,
      canadianSkilledHours: this.hoursSoFar(client),
      userNames: new Map(users.map((u) => [u.id, u.name])),
    });
  }

  /** Canadian skilled hours counted today; null while the profile lacks what the engine needs. */
  private hoursSoFar(client: ClientEntity): number | null {
    const { profile } = toCecProfile(client);
    if (!profile) return null;
    try {
      return evaluateCec(profile, { today: this.today() }).canadianSkilledHours;
    } catch {
      return null;
    }
  }
}

import { Column, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import type { ConflictMatch, ConflictStatus } from '@intake/shared/contracts';

@Entity({ name: 'conflict_checks' })
export class ConflictCheckEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'client_id', type: 'uuid' }) clientId!: string;
  @Column({ name: 'run_by', type: 'uuid', nullable: true }) runBy!: string | null;
  @Column({ name: 'run_at', type: 'timestamptz', default: () => 'now()' }) runAt!: Date;
  @Column({ type: 'jsonb' }) subjects!: { name: string; role: string }[];
  @Column({ type: 'jsonb' }) matches!: ConflictMatch[];
  @Column({ type: 'text', default: 'pending' }) status!: ConflictStatus;
  @Column({ name: 'decided_by', type: 'uuid', nullable: true }) decidedBy!: string | null;
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true }) decidedAt!: Date | null;
  @Column({ type: 'text', nullable: true }) reason!: string | null;
  @VersionColumn() version!: number;
}

import { Column, Entity, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type {
  CaseType,
  ChecklistCondition,
  ChecklistItemState,
  ChecklistRepeat,
  DocumentProvider,
  UploadType,
} from '@intake/shared/contracts';

@Entity({ name: 'checklist_templates' })
export class ChecklistTemplateEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'case_type', type: 'text' }) caseType!: CaseType;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'boolean', default: true }) active!: boolean;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  @Column({ name: 'updated_by', type: 'uuid', nullable: true }) updatedBy!: string | null;
  @VersionColumn() version!: number;
  @OneToMany(() => ChecklistTemplateItemEntity, (item) => item.template) items?: ChecklistTemplateItemEntity[];
}

@Entity({ name: 'checklist_template_items' })
export class ChecklistTemplateItemEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'template_id', type: 'uuid' }) templateId!: string;
  @ManyToOne(() => ChecklistTemplateEntity, (template) => template.items, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'template_id' })
  template?: ChecklistTemplateEntity;
  @Column({ type: 'text' }) key!: string;
  @Column({ type: 'text' }) label!: string;
  @Column({ type: 'text', nullable: true }) description!: string | null;
  @Column({ type: 'text' }) provider!: DocumentProvider;
  @Column({ type: 'boolean' }) required!: boolean;
  @Column({ type: 'text' }) condition!: ChecklistCondition;
  @Column({ type: 'text' }) repeat!: ChecklistRepeat;
  @Column({ name: 'due_days', type: 'integer', nullable: true }) dueDays!: number | null;
  @Column({ type: 'integer' }) position!: number;
}

@Entity({ name: 'checklists' })
export class ChecklistEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'case_id', type: 'uuid' }) caseId!: string;
  @Column({ name: 'template_id', type: 'uuid', nullable: true }) templateId!: string | null;
  @Column({ type: 'text' }) name!: string;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
}

@Entity({ name: 'checklist_items' })
export class ChecklistItemEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'checklist_id', type: 'uuid' }) checklistId!: string;
  @Column({ name: 'case_id', type: 'uuid' }) caseId!: string;
  @Column({ name: 'template_item_key', type: 'text', nullable: true }) templateItemKey!: string | null;
  @Column({ name: 'instance_key', type: 'text', default: '' }) instanceKey!: string;
  @Column({ type: 'text' }) label!: string;
  @Column({ type: 'text', nullable: true }) description!: string | null;
  @Column({ type: 'text' }) provider!: DocumentProvider;
  @Column({ type: 'boolean' }) required!: boolean;
  @Column({ type: 'text', default: 'requested' }) state!: ChecklistItemState;
  @Column({ name: 'state_reason', type: 'text', nullable: true }) stateReason!: string | null;
  @Column({ name: 'state_changed_by', type: 'uuid', nullable: true }) stateChangedBy!: string | null;
  @Column({ name: 'state_changed_at', type: 'timestamptz', nullable: true }) stateChangedAt!: Date | null;
  @Column({ name: 'due_on', type: 'date', nullable: true }) dueOn!: string | null;
  @Column({ name: 'document_expires_on', type: 'date', nullable: true }) documentExpiresOn!: string | null;
  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true }) retiredAt!: Date | null;
  @Column({ type: 'integer' }) position!: number;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  @VersionColumn() version!: number;
}

@Entity({ name: 'checklist_files' })
export class ChecklistFileEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'item_id', type: 'uuid' }) itemId!: string;
  @Column({ name: 'case_id', type: 'uuid' }) caseId!: string;
  @Column({ type: 'integer' }) version!: number;
  @Column({ name: 'file_name', type: 'text' }) fileName!: string;
  @Column({ name: 'content_type', type: 'text' }) contentType!: UploadType;
  @Column({ name: 'size_bytes', type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } }) sizeBytes!: number;
  @Column({ type: 'char', length: 64 }) sha256!: string;
  @Column({ name: 'storage_path', type: 'text' }) storagePath!: string;
  @Column({ name: 'uploaded_by', type: 'uuid', nullable: true }) uploadedBy!: string | null;
  @Column({ name: 'uploaded_at', type: 'timestamptz', default: () => 'now()' }) uploadedAt!: Date;
}

export const CHECKLIST_ENTITIES = [
  ChecklistTemplateEntity,
  ChecklistTemplateItemEntity,
  ChecklistEntity,
  ChecklistItemEntity,
  ChecklistFileEntity,
];

import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQuery } from './page.dto';

export interface AuditEntryDto {
  id: string;
  at: string;
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  changes: Record<string, { before: unknown; after: unknown }>;
  requestId: string | null;
  ip: string | null;
}

export class ListAuditQuery extends PageQuery {
  @IsOptional()
  @IsString()
  @MaxLength(100)
  entityType?: string;

  @IsOptional()
  @IsUUID()
  entityId?: string;
}

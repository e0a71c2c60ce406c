import { ChangeDetectionStrategy, Component, computed } from '@angular/core';
import type { ClientDto } from '@intake/shared/contracts';
import type { Observable } from 'rxjs';
import { FormSection } from './form-section';
import {
  IdentityFields,
  type IdentityValue,
  createIdentityForm,
  identityFromClient,
  identityToRequest,
} from './identity-form';
import { SectionFrame } from './section-frame';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Overview: the client's identity, edited in place (PATCH with the version). */
@Component({
  selector: 'intake-overview-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [SectionFrame, IdentityFields],
  template: `
    <intake-section-frame [controller]="this" titleKey="clients.identity.title">
      <intake-identity-fields
        [form]="form"
        [userId]="store.userId()"
        [otherAssignee]="otherAssignee()"
      />
    </intake-section-frame>
  `,
  styleUrl: './section.scss',
})
export class OverviewSection extends FormSection<ReturnType<typeof createIdentityForm>> {
  readonly section = 'identity' as const;
  readonly form = createIdentityForm();

  protected readonly otherAssignee = computed(() => {
    const assigned = this.store.client()?.assignedTo ?? null;
    return assigned && assigned !== this.store.userId() ? assigned : null;
  });

  protected fill(client: ClientDto): void {
    this.form.setValue(identityFromClient(client));
  }

  protected fillFromDraft(data: Record<string, unknown>): boolean {
    const value = data['identity'];
    if (!isRecord(value)) {
      return false;
    }
    this.form.patchValue(value as Partial<IdentityValue>);
    return true;
  }

  protected draftData(): Record<string, unknown> {
    return { identity: this.form.getRawValue() };
  }

  protected send(client: ClientDto, version: number): Observable<ClientDto> {
    return this.api.update(client.id, { version, ...identityToRequest(this.form.getRawValue()) });
  }
}


import { Injectable, inject, signal } from '@angular/core';
import type { PublicFirmDto } from '@intake/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { PublicBookingApi } from '../data/public-booking-api';

/** The firm the public pages speak for, fetched once per visit (tried again after a failure). */
@Injectable({ providedIn: 'root' })
export class PublicFirm {
  private readonly api = inject(PublicBookingApi);
  private readonly state = signal<PublicFirmDto | null>(null);
  private readonly loadFailed = signal(false);
  private loading = false;

  readonly firm = this.state.asReadonly();
  readonly failed = this.loadFailed.asReadonly();

  async load(): Promise<void> {
    if (this.state() !== null || this.loading) {
      return;
    }
    this.loading = true;
    this.loadFailed.set(false);
    try {
      this.state.set(await firstValueFrom(this.api.firm()));
    } catch {
      this.loadFailed.set(true);
    } finally {
      this.loading = false;
    }
  }
}

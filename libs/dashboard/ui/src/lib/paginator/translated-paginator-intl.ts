import { DestroyRef, Injectable, type Provider, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { TranslateService } from '@ngx-translate/core';

/** Paginator labels from the translation files, refreshed when the language changes. */
@Injectable()
export class TranslatedPaginatorIntl extends MatPaginatorIntl {
  private readonly translate = inject(TranslateService);

  constructor() {
    super();
    this.translate.onLangChange
      .pipe(takeUntilDestroyed(inject(DestroyRef)))
      .subscribe(() => this.refresh());
    this.refresh();
  }

  override getRangeLabel = (page: number, pageSize: number, length: number): string => {
    if (length === 0 || pageSize === 0) {
      return this.text('ui.paginator.rangeEmpty', { total: length });
    }
    const start = page * pageSize + 1;
    const end = Math.min(length, (page + 1) * pageSize);
    return this.text('ui.paginator.range', { start, end, total: length });
  };

  private refresh(): void {
    this.itemsPerPageLabel = this.text('ui.paginator.itemsPerPage');
    this.nextPageLabel = this.text('ui.paginator.next');
    this.previousPageLabel = this.text('ui.paginator.previous');
    this.firstPageLabel = this.text('ui.paginator.first');
    this.lastPageLabel = this.text('ui.paginator.last');
    this.changes.next();
  }

  private text(key: string, params?: Record<string, number>): string {
    const value: unknown = this.translate.instant(key, params);
    return typeof value === 'string' ? value : key;
  }
}

export function provideTranslatedPaginator(): Provider {
  return { provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl };
}

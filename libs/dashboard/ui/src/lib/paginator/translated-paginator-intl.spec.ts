import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { provideTranslatedPaginator } from './translated-paginator-intl';

describe('TranslatedPaginatorIntl', () => {
  it('uses the current language and follows language changes', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideTranslateService(),
        provideTranslatedPaginator(),
      ],
    });
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('en', {
      ui: {
        paginator: {
          itemsPerPage: 'Items per page',
          range: '{{start}} – {{end}} of {{total}}',
          rangeEmpty: '0 of {{total}}',
        },
      },
    });
    translate.setTranslation('fr', {
      ui: {
        paginator: {
          itemsPerPage: 'Éléments par page',
          range: '{{start}} – {{end}} sur {{total}}',
          rangeEmpty: '0 sur {{total}}',
        },
      },
    });
    await firstValueFrom(translate.use('en'));
    const intl = TestBed.inject(MatPaginatorIntl);

    expect(intl.itemsPerPageLabel).toBe('Items per page');
    expect(intl.getRangeLabel(1, 25, 60)).toBe('26 – 50 of 60');
    expect(intl.getRangeLabel(2, 25, 60)).toBe('51 – 60 of 60');
    expect(intl.getRangeLabel(0, 25, 0)).toBe('0 of 0');

    await firstValueFrom(translate.use('fr'));
    expect(intl.itemsPerPageLabel).toBe('Éléments par page');
    expect(intl.getRangeLabel(0, 25, 60)).toBe('1 – 25 sur 60');
  });
});

import {
  ChangeDetectionStrategy,
  Component,
  provideZonelessChangeDetection,
  signal,
} from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { PageState, type PageStatus } from './page-state';

@Component({
  selector: 'intake-host',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PageState],
  template: `<intake-page-state
    [status]="status()"
    emptyKey="test.empty"
    (retry)="retries = retries + 1"
  >
    <p data-testid="content">Loaded content</p>
  </intake-page-state>`,
})
class Host {
  readonly status = signal<PageStatus>('loading');
  retries = 0;
}

describe('PageState', () => {
  let fixture: ComponentFixture<Host>;
  const query = (testId: string): HTMLElement | null =>
    (fixture.nativeElement as HTMLElement).querySelector(`[data-testid="${testId}"]`);

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection(), provideTranslateService({ lang: 'en' })],
    });
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('en', {
      test: { empty: 'Nothing here' },
      ui: { pageState: { loading: 'Loading…', error: 'Something went wrong' } },
      common: { retry: 'Try again' },
    });
    fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
  });

  it('shows a labelled spinner while loading and hides the content', () => {
    expect(query('page-state-loading')?.textContent).toContain('Loading…');
    expect(
      query('page-state-loading')
        ?.querySelector('mat-progress-spinner')
        ?.getAttribute('aria-label'),
    ).toBe('Loading…');
    expect(query('content')).toBeNull();
  });

  it('shows the empty message', async () => {
    fixture.componentInstance.status.set('empty');
    await fixture.whenStable();
    expect(query('page-state-empty')?.textContent).toContain('Nothing here');
    expect(query('content')).toBeNull();
  });

  it('shows the error with a retry button that emits', async () => {
    fixture.componentInstance.status.set('error');
    await fixture.whenStable();
    expect(query('page-state-error')?.getAttribute('role')).toBe('alert');
    expect(query('page-state-error')?.textContent).toContain('Something went wrong');
    query('page-state-retry')?.click();
    expect(fixture.componentInstance.retries).toBe(1);
  });

  it('projects the content when ready', async () => {
    fixture.componentInstance.status.set('ready');
    await fixture.whenStable();
    expect(query('content')?.textContent).toBe('Loaded content');
    expect(query('page-state-loading')).toBeNull();
  });
});

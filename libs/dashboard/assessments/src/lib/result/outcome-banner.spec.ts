import { TestBed } from '@angular/core/testing';
import type { Outcome } from '@intake/shared/cec-rules';
import { testProviders } from '../testing/test-providers';
import { OutcomeBanner } from './outcome-banner';

describe('OutcomeBanner', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: testProviders() }));

  async function render(outcome: Outcome, earliest: string | null = null): Promise<HTMLElement> {
    const fixture = TestBed.createComponent(OutcomeBanner);
    fixture.componentRef.setInput('outcome', outcome);
    fixture.componentRef.setInput('earliestEligibleDate', earliest);
    await fixture.whenStable();
    const banner = (fixture.nativeElement as HTMLElement).querySelector<HTMLElement>(
      '[data-testid="outcome-banner"]',
    );
    if (!banner) {
      throw new Error('no banner');
    }
    return banner;
  }

  it.each([
    ['eligible', 'outcome-eligible', 'assessments.outcome.eligible', 'M9 16.17'],
    ['not_eligible', 'outcome-not_eligible', 'assessments.outcome.not_eligible', 'M12 2C6.48'],
    ['needs_review', 'outcome-needs_review', 'assessments.outcome.needs_review', 'M1 21h22'],
  ] as const)('shows %s with its colour class, words and icon', async (outcome, cls, text, icon) => {
    const banner = await render(outcome);
    expect(banner.getAttribute('data-outcome')).toBe(outcome);
    expect(banner.classList).toContain(cls);
    expect(banner.classList).toContain('banner');
    expect(banner.querySelector('[data-testid="outcome-text"]')?.textContent?.trim()).toBe(text);
    expect(banner.textContent).toContain(`assessments.outcomeExplanation.${outcome}`);
    expect(banner.querySelector('path')?.getAttribute('d')?.startsWith(icon)).toBe(true);
    expect(banner.getAttribute('role')).toBe('status');
  });

  it('mentions the earliest eligible date only when there is one', async () => {
    expect((await render('not_eligible')).querySelector('[data-testid="earliest-eligible"]')).toBeNull();
    const banner = await render('not_eligible', '2027-03-01');
    expect(banner.querySelector('[data-testid="earliest-eligible"]')?.textContent).toContain(
      'assessments.outcome.earliestEligible',
    );
  });
});

import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { LanguageService } from '@intake/dashboard/core';
import type { CrsBreakdownKey, CrsResult } from '@intake/shared/cec-rules';
import { TranslatePipe } from '@ngx-translate/core';
import { CRS_BREAKDOWN_KEY_LIST, CRS_SECTION_LIST, CRS_SECTION_OF, type CrsSection } from '../data/cec-constants';
import { LocalNumberPipe } from '../data/format';
import { CRS_EDUCATION_ROW_KEYS, CRS_FACTOR_KEYS, CRS_SECTION_KEYS, LANGUAGE_TEST_KEYS } from '../data/labels';

export interface CrsFactorRow {
  key: CrsBreakdownKey;
  points: number;
}

export interface CrsSectionRows {
  section: CrsSection;
  /** The engine's subtotal (`crs.core`, …), shown as is. */
  total: number;
  factors: CrsFactorRow[];
}

/**
 * The breakdown grouped by section, in the engine's order. Zero factors are left out unless
 * `showAll`; a section keeps its subtotal row even when all its factors are zero.
 */
export function crsSections(crs: CrsResult, showAll: boolean): CrsSectionRows[] {
  return CRS_SECTION_LIST.map((section) => ({
    section,
    total: crs[section],
    factors: CRS_BREAKDOWN_KEY_LIST.filter((key) => CRS_SECTION_OF[key] === section)
      .map((key) => ({ key, points: crs.breakdown[key] }))
      .filter((row) => showAll || row.points !== 0),
  }));
}

/** How many factors are zero (hidden behind "show all factors"). */
export function zeroFactorCount(crs: CrsResult): number {
  return CRS_BREAKDOWN_KEY_LIST.filter((key) => crs.breakdown[key] === 0).length;
}

@Component({
  selector: 'intake-crs-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, LocalNumberPipe, MatButton],
  templateUrl: './crs-panel.html',
  styleUrls: ['./result-tables.scss', './crs-panel.scss'],
})
export class CrsPanel {
  protected readonly language = inject(LanguageService).current;
  readonly crs = input.required<CrsResult | null>();

  protected readonly showAll = signal(false);
  protected readonly sections = computed(() => {
    const crs = this.crs();
    return crs ? crsSections(crs, this.showAll()) : [];
  });
  protected readonly hiddenCount = computed(() => {
    const crs = this.crs();
    return crs ? zeroFactorCount(crs) : 0;
  });
  protected readonly sectionList = CRS_SECTION_LIST;
  protected readonly sectionKeys = CRS_SECTION_KEYS;
  protected readonly factorKeys = CRS_FACTOR_KEYS;
  protected readonly educationRowKeys = CRS_EDUCATION_ROW_KEYS;
  protected readonly testKeys = LANGUAGE_TEST_KEYS;

  protected toggle(): void {
    this.showAll.update((value) => !value);
  }
}

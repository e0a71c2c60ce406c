import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { LanguageService } from '@intake/dashboard/core';
import type { CecResult, HoursTimelinePoint } from '@intake/shared/cec-rules';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { LocalNumberPipe, formatNumber } from '../data/format';
import { type ChartMarkerKind, type HoursChartInput, hoursChartModel } from './hours-chart-math';

const MARKER_KEYS: Readonly<Record<ChartMarkerKind, string>> = {
  asOf: 'assessments.chart.marker.asOf',
  ageOut: 'assessments.chart.marker.ageOut',
  earliestEligible: 'assessments.chart.marker.earliestEligible',
};

/** The chart's inputs taken from a result; null when the result has no timeline (older engines). */
export function chartInputOf(result: CecResult): HoursChartInput | null {
  const timeline: readonly HoursTimelinePoint[] | undefined = result.work.timeline;
  if (!timeline || timeline.length === 0) {
    return null;
  }
  return {
    timeline,
    requiredHours: result.work.requiredHours,
    windowFrom: result.work.windowFrom,
    asOf: result.asOf,
    ageOutDate: result.warnings.find((w) => w.code === 'HOURS_AGE_OUT')?.date ?? null,
    earliestEligibleDate: result.earliestEligibleDate,
  };
}

/**
 * Cumulative qualifying hours over the window (plain SVG): the engine's timeline as a line, the
 * required hours as a horizontal dashed line, and vertical markers at asOf, the earliest eligible
 * date and the date the hours start to fall short. Screen readers get a summary and a table.
 */
@Component({
  selector: 'intake-hours-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, LocalNumberPipe],
  templateUrl: './hours-chart.html',
  styleUrl: './hours-chart.scss',
})
export class HoursChart {
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageService).current;

  readonly result = input.required<CecResult>();

  protected readonly markerKeys = MARKER_KEYS;
  protected readonly chartInput = computed(() => chartInputOf(this.result()));
  protected readonly model = computed(() => {
    const data = this.chartInput();
    return data ? hoursChartModel(data) : null;
  });
  protected readonly viewBox = computed(() => {
    const model = this.model();
    return model ? `0 0 ${model.layout.width} ${model.layout.height}` : '';
  });

  /** The numbers in one sentence or three, for the `role="img"` label. */
  protected readonly summary = computed(() => {
    const data = this.chartInput();
    const language = this.language();
    if (!data) {
      return '';
    }
    const last = data.timeline[data.timeline.length - 1];
    const parts = [
      this.text('assessments.chart.summary', {
        from: data.windowFrom,
        to: data.asOf,
        hours: formatNumber(last.hours, language),
        required: formatNumber(data.requiredHours, language),
      }),
    ];
    if (data.earliestEligibleDate) {
      parts.push(
        this.text('assessments.chart.summaryEarliest', { date: data.earliestEligibleDate }),
      );
    }
    if (data.ageOutDate) {
      parts.push(this.text('assessments.chart.summaryAgeOut', { date: data.ageOutDate }));
    }
    return parts.join(' ');
  });

  /** Where a marker's label sits: staggered rows above the plot, anchored away from the edge. */
  protected labelY(index: number): number {
    const model = this.model();
    return model ? model.plot.top - 10 - index * 15 : 0;
  }

  protected labelAnchor(x: number): 'start' | 'end' {
    const model = this.model();
    return model && x > (model.plot.left + model.plot.right) / 2 ? 'end' : 'start';
  }

  private text(key: string, params: Record<string, string>): string {
    return String(this.translate.instant(key, params));
  }
}

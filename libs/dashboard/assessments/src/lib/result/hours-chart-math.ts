import type { HoursTimelinePoint, IsoDate } from '@intake/shared/cec-rules';

/** Pixel box of the chart: the SVG size and the margins around the plot area (for the axes). */
export interface ChartLayout {
  width: number;
  height: number;
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export const DEFAULT_CHART_LAYOUT: ChartLayout = {
  width: 720,
  height: 320,
  top: 56,
  right: 24,
  bottom: 44,
  left: 64,
};

export type ChartMarkerKind = 'asOf' | 'ageOut' | 'earliestEligible';

export interface HoursChartInput {
  timeline: readonly HoursTimelinePoint[];
  requiredHours: number;
  windowFrom: IsoDate;
  /** The application date: the timeline ends there. */
  asOf: IsoDate;
  /** Date of the HOURS_AGE_OUT warning, if any (after asOf). */
  ageOutDate: IsoDate | null;
  /** The engine's earliestEligibleDate, if any (after asOf). */
  earliestEligibleDate: IsoDate | null;
}

export interface ChartPoint extends HoursTimelinePoint {
  x: number;
  y: number;
}

export interface ChartMarker {
  kind: ChartMarkerKind;
  date: IsoDate;
  x: number;
}

export interface ChartTick {
  x: number;
  label: string;
}

export interface ChartValueTick {
  value: number;
  y: number;
}

export interface HoursChartModel {
  layout: ChartLayout;
  /** Edges of the plot area in pixels. */
  plot: { left: number; right: number; top: number; bottom: number };
  domain: { from: IsoDate; to: IsoDate; maxHours: number };
  points: ChartPoint[];
  /** SVG path of the cumulative hours (`M x y L x y …`); empty without points. */
  line: string;
  /** Closed path under the line, for a light fill. */
  area: string;
  threshold: { hours: number; y: number };
  markers: ChartMarker[];
  xTicks: ChartTick[];
  yTicks: ChartValueTick[];
}

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a `YYYY-MM-DD` date (UTC, so no daylight-saving surprises). */
export function dayNumber(date: IsoDate): number {
  const [year, month, day] = date.split('-').map(Number);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/** A "nice" tick step (1, 2, 2.5 or 5 × 10^k) giving about `count` intervals up to `max`. */
export function niceStep(max: number, count = 4): number {
  if (!(max > 0)) {
    return 1;
  }
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/** Top of the y axis: the next tick step above the larger of the threshold and the hours. */
export function yAxisMax(requiredHours: number, maxHours: number): { max: number; step: number } {
  const top = Math.max(requiredHours, maxHours, 0);
  const step = niceStep(top);
  const max = top > 0 ? Math.floor(top / step) * step + step : step * 4;
  return { max, step };
}

/** First days of months, every `every` months (aligned on January), from `from` to `to` inclusive. */
export function monthTicks(from: IsoDate, to: IsoDate, every: number): IsoDate[] {
  const [fromYear, fromMonth, fromDay] = from.split('-').map(Number);
  let index = fromYear * 12 + (fromMonth - 1) + (fromDay > 1 ? 1 : 0);
  index = Math.ceil(index / every) * every;
  const ticks: IsoDate[] = [];
  for (;;) {
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    const date = `${year}-${String(month).padStart(2, '0')}-01`;
    if (date > to) {
      return ticks;
    }
    ticks.push(date);
    index += every;
  }
}

const TICK_INTERVALS = [1, 2, 3, 6, 12, 24] as const;
const MAX_X_TICKS = 8;

function xTickDates(from: IsoDate, to: IsoDate): { dates: IsoDate[]; every: number } {
  for (const every of TICK_INTERVALS) {
    const dates = monthTicks(from, to, every);
    if (dates.length <= MAX_X_TICKS) {
      return { dates, every };
    }
  }
  return { dates: monthTicks(from, to, 60), every: 60 };
}

function latest(dates: readonly (IsoDate | null)[]): IsoDate {
  return dates.filter((d): d is IsoDate => d !== null).reduce((a, b) => (b > a ? b : a));
}

/**
 * Scales the engine's hours timeline into SVG coordinates. The x axis runs from the window start
 * to the latest of asOf and the marker dates (the age-out and earliest-eligible dates lie after
 * asOf); the y axis from 0 to a nice value above both the hours and the threshold.
 */
export function hoursChartModel(
  input: HoursChartInput,
  layout: ChartLayout = DEFAULT_CHART_LAYOUT,
): HoursChartModel {
  const points = [...input.timeline].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const from = points.length > 0 && points[0].date < input.windowFrom ? points[0].date : input.windowFrom;
  const to = latest([
    input.asOf,
    points.length > 0 ? points[points.length - 1].date : null,
    input.ageOutDate,
    input.earliestEligibleDate,
  ]);
  const plot = {
    left: layout.left,
    right: layout.width - layout.right,
    top: layout.top,
    bottom: layout.height - layout.bottom,
  };
  const startDay = dayNumber(from);
  const span = Math.max(1, dayNumber(to) - startDay);
  const maxHours = points.reduce((max, p) => Math.max(max, p.hours), 0);
  const y = yAxisMax(input.requiredHours, maxHours);
  const xOf = (date: IsoDate): number =>
    round1(plot.left + ((dayNumber(date) - startDay) / span) * (plot.right - plot.left));
  const yOf = (hours: number): number =>
    round1(plot.bottom - (hours / y.max) * (plot.bottom - plot.top));

  const scaled: ChartPoint[] = points.map((p) => ({ ...p, x: xOf(p.date), y: yOf(p.hours) }));
  const line = scaled.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' ');
  const area =
    scaled.length > 1
      ? `${line} L${scaled[scaled.length - 1].x} ${plot.bottom} L${scaled[0].x} ${plot.bottom} Z`
      : '';

  const markers: ChartMarker[] = [{ kind: 'asOf', date: input.asOf, x: xOf(input.asOf) }];
  if (input.earliestEligibleDate) {
    markers.push({
      kind: 'earliestEligible',
      date: input.earliestEligibleDate,
      x: xOf(input.earliestEligibleDate),
    });
  }
  if (input.ageOutDate) {
    markers.push({ kind: 'ageOut', date: input.ageOutDate, x: xOf(input.ageOutDate) });
  }

  const ticks = xTickDates(from, to);
  const xTicks = ticks.dates.map((date) => ({
    x: xOf(date),
    label: ticks.every % 12 === 0 ? date.slice(0, 4) : date.slice(0, 7),
  }));
  const yTicks: ChartValueTick[] = [];
  for (let value = 0; value <= y.max + 1e-9; value += y.step) {
    yTicks.push({ value, y: yOf(value) });
  }

  return {
    layout,
    plot,
    domain: { from, to, maxHours: y.max },
    points: scaled,
    line,
    area,
    threshold: { hours: input.requiredHours, y: yOf(input.requiredHours) },
    markers,
    xTicks,
    yTicks,
  };
}

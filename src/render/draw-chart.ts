import { eachDay, formatDay, formatMonth, formatSpan } from './format-date.js'
import { textWidth } from './text-width.js'

/** How long one bar of the chart is. */
export type ChartUnit = 'day' | 'week' | 'month'

/**
 * The widths, in CSS pixels, at which the chart changes its axis: each axis is laid out for the narrowest
 * width it is shown at, and shown from that width until the next (`.chart` is a CSS container: style.css
 * holds the same numbers). 288 px is a 320 px phone less the page's margins; 608 px a 640 px window's.
 */
export const CHART_WIDTHS = [288, 608, 992] as const

/** The axis labels' font size, in CSS pixels (`.chart__label` in style.css). */
export const CHART_FONT = 12

/** Least room between two axis labels, in CSS pixels. */
const LABEL_GAP = 10

/** A bar per day for spans up to this many days, else a bar per week for up to this many weeks, else per month: at least about 2 px a bar on a phone. */
const MOST_BARS = 150

/** One label under the axis, at `x` (a percentage of the chart's width) moved `dx` pixels. */
export interface ChartTick {
  /** E.g. `12.345%`: where its day or boundary falls across the chart. */
  x: string
  /** `2023-11-01`: the day the tick marks (its first, for a boundary). */
  day: string
  /** `start` for a boundary (the label begins just after it), `middle` under a day, `end` at the right edge. */
  anchor: 'start' | 'middle' | 'end'
  /** Pixels the label is moved right of `x`. */
  dx: number
  /** `17`, `23 Oct`, `Nov 2023`, `2024`. */
  label: string
  /** `true` when it marks a boundary (a month's first day, a Monday): a short line is drawn there. */
  boundary: boolean
}

/** The axis shown while the chart is at least `minWidth` pixels wide (and narrower than the next axis's). */
export interface ChartAxis {
  minWidth: number
  ticks: ChartTick[]
}

/** A bar chart of attacks over time, laid out at build time. Across, the plot's units are days; up, CSS pixels. */
export interface AttackChart {
  unit: ChartUnit
  /** `Attacks per day`, `Attacks per week`, `Attacks per month`. */
  heading: string
  /** Days the axis covers: the plot's width in its own units (its `viewBox`), stretched to the chart's width. */
  days: number
  /** The whole chart's height, in pixels. */
  height: number
  /** The plot's top and height, in pixels: the top is the busiest bar's. */
  plot: { top: number; height: number }
  /** Where the axis line is, and the labels' baseline, in pixels. */
  baseline: number
  labelY: number
  /** One bar per unit with attacks; units without keep their place. `x` and `width` in days, `y` and `height` in pixels of the plot. */
  bars: { x: number; y: number; width: number; height: number; count: number; title: string }[]
  /** One axis per width in `CHART_WIDTHS`: labels that never touch at that width or wider. */
  axes: ChartAxis[]
  /** The top of the scale, said above its gridline: `4 attacks in a day`. */
  max: string
  /** One sentence summing the chart up, for its accessible name and caption. */
  description: string
  /** The caption of the same numbers as a table. */
  tableCaption: string
  /** The same numbers as a table: every day, week or month with at least one attack; `url` is its first such day on the home timeline. */
  rows: { datetime: string; label: string; count: number; url: string }[]
}

const MONTH_ABBR = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

const dayParts = (day: string): { year: number; month: number; date: number } => ({
  year: Number(day.slice(0, 4)),
  month: Number(day.slice(5, 7)),
  date: Number(day.slice(8, 10)),
})
const utc = (day: string): number => Date.parse(`${day}T00:00:00Z`)
const addDays = (day: string, n: number): string => new Date(utc(day) + n * 86_400_000).toISOString().slice(0, 10)
const weekday = (day: string): number => new Date(utc(day)).getUTCDay()
/** The Monday on or before `day`. */
const mondayOf = (day: string): string => addDays(day, -((weekday(day) + 6) % 7))
/** `2023-10-16` → `2023-W42`, its ISO week, as HTML's `<time datetime>` writes a week. */
function isoWeek(day: string): string {
  const thursday = addDays(mondayOf(day), 3)
  const year = Number(thursday.slice(0, 4))
  const week = Math.floor((utc(thursday) - utc(`${year}-01-01`)) / (7 * 86_400_000)) + 1
  return `${year}-W${String(week).padStart(2, '0')}`
}

/** One bar's days: `[first, last]`, and its label in the table. */
interface Bin {
  first: string
  last: string
  datetime: string
  label: string
}

/** The unit that fits the span, and its bins from the one holding `first` to the one holding `last`. */
function binsOf(first: string, last: string): { unit: ChartUnit; bins: Bin[] } {
  const span = eachDay(first, last).length
  if (span <= MOST_BARS) return { unit: 'day', bins: eachDay(first, last).map((d) => ({ first: d, last: d, datetime: d, label: formatDay(d) })) }
  const weeks = Math.ceil(eachDay(mondayOf(first), last).length / 7)
  if (weeks <= MOST_BARS) {
    return {
      unit: 'week',
      bins: Array.from({ length: weeks }, (_, i) => {
        const start = addDays(mondayOf(first), 7 * i)
        const end = addDays(start, 6)
        return { first: start, last: end, datetime: isoWeek(start), label: formatSpan(start, end) }
      }),
    }
  }
  const bins: Bin[] = []
  for (let month = `${first.slice(0, 7)}-01`; month <= last;) {
    const { year, month: m } = dayParts(month)
    const next = m === 12 ? `${year + 1}-01-01` : `${year}-${String(m + 1).padStart(2, '0')}-01`
    bins.push({ first: month, last: addDays(next, -1), datetime: month.slice(0, 7), label: formatMonth(month) })
    month = next
  }
  return { unit: 'month', bins }
}

/** A tick before it is placed: where it falls in days from the axis's start, and its words. */
interface Mark {
  offset: number
  day: string
  anchor: 'start' | 'middle'
  label: string
}

/**
 * The ways of labelling the axis, finest first: each gives its ticks over `days` (the axis's days).
 * `centred` ticks name a day and sit under its middle; the others mark a boundary and start after it.
 * Where the axis crosses a year, a day's first label carries the year, and so does its first in a new year;
 * a month's label is its year in January. A day's number carries its month where the month changes.
 */
function tickLevels(unit: ChartUnit, days: string[]): Mark[][] {
  const withContext = (pick: (day: string, i: number) => boolean, word: (day: string, previous: string | null) => string, centred: boolean): Mark[] => {
    let previous: string | null = null
    return days.flatMap((day, i) => {
      if (!pick(day, i)) return []
      const mark: Mark = { offset: centred ? i + 0.5 : i, day, anchor: centred ? 'middle' : 'start', label: word(day, previous) }
      previous = day
      return [mark]
    })
  }
  // The caption gives the span's dates: the labels name a year only when the axis crosses one.
  const years = days[0]?.slice(0, 4) !== days.at(-1)?.slice(0, 4)
  const newYear = (day: string, previous: string | null): boolean => years && (previous === null || previous.slice(0, 4) !== day.slice(0, 4))
  const newMonth = (day: string, previous: string | null): boolean => previous === null || previous.slice(0, 7) !== day.slice(0, 7)
  const abbr = (day: string): string => MONTH_ABBR[dayParts(day).month - 1] ?? ''
  const dayNumber = (day: string, previous: string | null): string =>
    `${dayParts(day).date}${newMonth(day, previous) ? ` ${abbr(day)}` : ''}${newYear(day, previous) ? ` ${day.slice(0, 4)}` : ''}`
  const dayMonth = (day: string, previous: string | null): string => `${dayParts(day).date} ${abbr(day)}${newYear(day, previous) ? ` ${day.slice(0, 4)}` : ''}`
  // January says its year instead (`2024`), as d3's time axes do; the months before the first January are the year before it.
  const monthWord = (day: string): string => (years && day.slice(5, 7) === '01' ? day.slice(0, 4) : abbr(day))
  const isMonday = (day: string): boolean => weekday(day) === 1
  const isFirst = (day: string): boolean => day.endsWith('-01')
  const months = withContext(isFirst, monthWord, false)
  const quarters = withContext((d) => isFirst(d) && (dayParts(d).month - 1) % 3 === 0, monthWord, false)
  const newYears = withContext(
    (d) => d.endsWith('-01-01'),
    (d) => d.slice(0, 4),
    false,
  )
  if (unit === 'day') {
    return [
      withContext(() => true, dayNumber, true),
      withContext((_, i) => i % 2 === 0, dayNumber, true),
      withContext((_, i) => i % 3 === 0, dayNumber, true),
      withContext(isMonday, dayMonth, true),
      withContext((d, i) => isMonday(d) && Math.floor(i / 7) % 2 === 0, dayMonth, true),
      months,
      quarters,
      newYears,
    ]
  }
  if (unit === 'week')
    return [withContext(isMonday, dayMonth, false), withContext((d, i) => isMonday(d) && (i / 7) % 2 === 0, dayMonth, false), months, quarters, newYears]
  return [months, quarters, newYears]
}

/**
 * The finest labelling whose labels fit `width` pixels without touching, each a label's width apart
 * and inside the chart (a centred label at an edge is aligned to it instead). A labelling that keeps
 * at least two labels wins over one that keeps fewer; with none, the axis is bare.
 */
function placeTicks(levels: Mark[][], days: number, width: number): ChartTick[] {
  let fallback: ChartTick[] | null = null
  for (const marks of levels) {
    const placed: (ChartTick & { left: number; right: number })[] = []
    for (const mark of marks) {
      const at = (mark.offset / days) * width
      const w = textWidth(mark.label, CHART_FONT)
      const dx = mark.anchor === 'start' ? 3 : 0
      let anchor: ChartTick['anchor'] = mark.anchor
      let x = at
      let left = mark.anchor === 'start' ? at + dx : at - w / 2
      if (left < 0 && mark.anchor === 'middle') [anchor, x, left] = ['start', 0, 0]
      if (left + w > width) {
        if (mark.anchor !== 'middle') continue
        ;[anchor, x, left] = ['end', width, width - w]
      }
      placed.push({
        x: `${Math.round((x / width) * 100_000) / 1000}%`,
        day: mark.day,
        anchor,
        dx: anchor === 'start' && mark.anchor === 'start' ? dx : 0,
        label: mark.label,
        boundary: mark.anchor === 'start',
        left,
        right: left + w,
      })
    }
    const apart = placed.every((t, i) => i === 0 || t.left - (placed[i - 1]?.right ?? 0) >= LABEL_GAP)
    if (!apart) continue
    const ticks = placed.map(({ left: _l, right: _r, ...tick }) => tick)
    if (ticks.length >= 2) return ticks
    fallback ??= ticks
  }
  return fallback ?? []
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`
/** `a`, `a and b`, `a, b and c`. */
const andList = (items: string[]): string => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`)

/**
 * Lays out a bar chart of `counts` (`YYYY-MM-DD` → attacks) over every day from the first key to the
 * last, a bar per day, week (Monday to Sunday) or month, whichever keeps the bars at least about 2 px
 * wide on a phone. The bars stretch with the chart; the labels do not, and an axis is laid out for each
 * of `CHART_WIDTHS`, so that none collide at any width. `dayUrl` gives a day's link on the home timeline.
 */
export function drawAttackChart(counts: Map<string, number>, dayUrl = (day: string): string => `/#d-${day}`): AttackChart | null {
  const dated = [...counts.keys()].sort()
  const first = dated[0]
  const last = dated.at(-1)
  if (first === undefined || last === undefined) return null
  const { unit, bins } = binsOf(first, last)
  const axisDays = eachDay(bins[0]?.first ?? first, bins.at(-1)?.last ?? last)
  const offsetOf = new Map(axisDays.map((d, i) => [d, i]))
  const binned = bins.map((bin) => {
    const inBin = eachDay(bin.first, bin.last).filter((d) => counts.has(d))
    return { ...bin, days: inBin, count: inBin.reduce((sum, d) => sum + (counts.get(d) ?? 0), 0) }
  })
  const top = Math.max(...binned.map((b) => b.count))
  const plot = { top: 20, height: 110 }
  const baseline = plot.top + plot.height
  const round = (n: number, places = 1): number => Math.round(n * 10 ** places) / 10 ** places
  const bars = binned.flatMap((bin) => {
    if (bin.count === 0) return []
    const start = offsetOf.get(bin.first) ?? 0
    const length = eachDay(bin.first, bin.last).length
    const gap = length * 0.15
    const height = round((bin.count / top) * plot.height)
    return [
      {
        x: round(start + gap, 2),
        width: round(length - 2 * gap, 2),
        y: round(plot.height - height),
        height,
        count: bin.count,
        title: `${unit === 'week' ? `Week of ${bin.label}` : bin.label}: ${plural(bin.count, 'attack')}`,
      },
    ]
  })
  const levels = tickLevels(unit, axisDays)
  const axes = CHART_WIDTHS.map((minWidth) => ({ minWidth, ticks: placeTicks(levels, axisDays.length, minWidth) }))
  const peaks = binned.filter((b) => b.count === top)
  const when =
    unit === 'day'
      ? peaks.length <= 3
        ? `on ${andList(peaks.map((b) => b.label))}`
        : `on ${peaks.length} days, the first ${peaks[0]?.label} and the last ${peaks.at(-1)?.label}`
      : unit === 'week'
        ? peaks.length <= 2
          ? `in the week${peaks.length === 2 ? 's' : ''} of ${peaks.map((b) => b.label).join(' and ')}`
          : `in ${peaks.length} weeks, the first ${peaks[0]?.label} and the last ${peaks.at(-1)?.label}`
        : peaks.length <= 3
          ? `in ${andList(peaks.map((b) => b.label))}`
          : `in ${peaks.length} months, the first ${peaks[0]?.label} and the last ${peaks.at(-1)?.label}`
  const total = [...counts.values()].reduce((a, b) => a + b, 0)
  const spanDays = eachDay(first, last).length
  return {
    unit,
    heading: `Attacks per ${unit}`,
    days: axisDays.length,
    height: baseline + 28,
    plot,
    baseline,
    labelY: baseline + 18,
    bars,
    axes,
    max: `${plural(top, 'attack')} in a ${unit}`,
    description: `${plural(total, 'attack')} over ${plural(spanDays, 'day')}, ${formatDay(first)} to ${formatDay(last)}, a bar per ${unit}${unit === 'week' ? ' (Monday to Sunday)' : ''}; the most in one ${unit} was ${top}, ${when}.`,
    tableCaption: `Attacks per ${unit}${unit === 'week' ? ' (Monday to Sunday)' : ''}; ${unit}s with none are left out`,
    rows: binned
      .filter((b) => b.count > 0)
      .map((b) => ({
        datetime: b.datetime,
        label: b.label,
        count: b.count,
        url: dayUrl(b.days[0] ?? b.first),
      })),
  }
}

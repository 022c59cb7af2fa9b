import { eachDay, formatDay, formatMonth } from './format-date.js'

/** `2023-10-23` → `23 Oct`. */
function shortDay(day: string): string {
  return formatDay(day).replace(/^(\d+) (\w{3})\w* \d{4}$/, '$1 $2')
}

/** A bar chart of attacks per day, laid out at build time for an inline SVG. Units are viewBox pixels. */
export interface DailyChart {
  width: number
  height: number
  /** One bar per day with attacks; days without attacks have no bar but keep their place. */
  bars: { x: number; y: number; width: number; height: number; day: string; count: number; title: string }[]
  /** Labels under the axis: the first of each month, or the first day shown. */
  ticks: { x: number; label: string; anchor: 'start' | 'middle' }[]
  /** The top of the scale, for a gridline and its label. */
  max: { y: number; label: string }
  baseline: number
  /** One sentence summing the chart up, for its accessible name and caption. */
  description: string
  /** The same numbers as a table: every day with at least one attack; `url` is that day on the home timeline. */
  rows: { day: string; label: string; count: number; url: string }[]
}

/**
 * Lays out a daily bar chart over every day from the first to the last key of `counts` (`YYYY-MM-DD` → attacks).
 * `dayUrl` gives a day's link on the home timeline (a long timeline has it on a later page).
 */
export function drawDailyChart(
  counts: Map<string, number>,
  dayUrl = (day: string): string => `/#d-${day}`,
  size = { width: 720, height: 160 },
): DailyChart | null {
  const days = [...counts.keys()].sort()
  const first = days[0]
  const last = days.at(-1)
  if (first === undefined || last === undefined) return null
  const span = eachDay(first, last)
  const top = Math.max(...counts.values())
  const left = 28
  const bottom = 26
  const plotTop = 12
  const plotHeight = size.height - bottom - plotTop
  const step = (size.width - left - 4) / span.length
  const barWidth = Math.max(1, Math.round(step * 0.7 * 10) / 10)
  const round = (n: number): number => Math.round(n * 10) / 10
  const baseline = plotTop + plotHeight
  const bars = span.flatMap((day, i) => {
    const count = counts.get(day) ?? 0
    if (count === 0) return []
    const height = round((count / top) * plotHeight)
    return [
      {
        x: round(left + i * step + (step - barWidth) / 2),
        y: round(baseline - height),
        width: barWidth,
        height,
        day,
        count,
        title: `${formatDay(day)}: ${count} attack${count === 1 ? '' : 's'}`,
      },
    ]
  })
  // Ticks on the first day and each month's first; on spans up to three months, on Mondays too.
  const weekly = span.length <= 92
  const ticks = span.flatMap((day, i) => {
    const monday = new Date(`${day}T00:00:00Z`).getUTCDay() === 1
    // The first label starts at its day, so it is not cut off; the rest are centred under theirs.
    const anchor = i === 0 ? ('start' as const) : ('middle' as const)
    const x = round(left + i * step + (i === 0 ? 0 : step / 2))
    if (i === 0 || day.endsWith('-01')) return [{ x, anchor, label: day.endsWith('-01') ? formatMonth(day) : shortDay(day) }]
    return weekly && monday ? [{ x, anchor, label: shortDay(day) }] : []
  })
  // Drop a label that would run into the one before it.
  const spaced = ticks.filter((t, i) => i === 0 || t.x - (ticks[i - 1]?.x ?? 0) > 70)
  const peak = span.filter((d) => counts.get(d) === top)
  const total = [...counts.values()].reduce((a, b) => a + b, 0)
  const description = `${total} attack${total === 1 ? '' : 's'} over ${span.length} day${span.length === 1 ? '' : 's'}, ${formatDay(first)} to ${formatDay(last)}; the most in one day was ${top}, on ${peak
    .map((d) => formatDay(d))
    .join(' and ')
    .replace(/ and (?=.* and )/g, ', ')}.`
  return {
    ...size,
    bars,
    ticks: spaced,
    max: { y: plotTop, label: String(top) },
    baseline,
    description,
    rows: span.filter((day) => counts.has(day)).map((day) => ({ day, label: formatDay(day), count: counts.get(day) ?? 0, url: dayUrl(day) })),
  }
}

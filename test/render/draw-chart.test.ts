import { describe, expect, it } from 'vitest'
import { CHART_FONT, CHART_WIDTHS, drawAttackChart, type AttackChart } from '../../src/render/draw-chart.js'
import { eachDay } from '../../src/render/format-date.js'
import { textWidth } from '../../src/render/text-width.js'

/** Attacks on every `step`-th day from `first` to `last`, 1 to 4 of them in a fixed pattern (no randomness). */
function counts(first: string, last: string, step = 1): Map<string, number> {
  return new Map(
    eachDay(first, last)
      .filter((_, i) => i % step === 0)
      .map((day, i) => [day, 1 + ((i * 7) % 4)]),
  )
}

/** Each axis's labels as the layout places them at its narrowest width: left and right edges in pixels. */
function labelBoxes(chart: AttackChart): { width: number; boxes: { label: string; left: number; right: number }[] }[] {
  return chart.axes.map((axis) => ({
    width: axis.minWidth,
    boxes: axis.ticks.map((t) => {
      const at = (Number.parseFloat(t.x) / 100) * axis.minWidth + t.dx
      const w = textWidth(t.label, CHART_FONT)
      const left = t.anchor === 'start' ? at : t.anchor === 'end' ? at - w : at - w / 2
      return { label: t.label, left, right: left + w }
    }),
  }))
}

describe('the attack chart', () => {
  it('keeps empty days in place and draws a bar per day with attacks, scaled to the busiest', () => {
    const chart = drawAttackChart(
      new Map([
        ['2023-10-18', 1],
        ['2023-10-22', 2],
        ['2023-10-23', 1],
      ]),
    )
    expect(chart?.unit).toBe('day')
    expect(chart?.bars.map((b) => b.title)).toEqual(['18 October 2023: 1 attack', '22 October 2023: 2 attacks', '23 October 2023: 1 attack'])
    expect(chart?.bars[1]?.height).toBe(2 * (chart?.bars[0]?.height ?? 0))
    expect((chart?.bars[1]?.x ?? 0) - (chart?.bars[0]?.x ?? 0)).toBeCloseTo(4 * ((chart?.bars[2]?.x ?? 0) - (chart?.bars[1]?.x ?? 0)), 5)
    expect(chart?.days).toBe(6)
    expect(chart?.description).toMatch(/^4 attacks over 6 days/)
    expect(chart?.rows.map((r) => [r.datetime, r.count, r.url])).toEqual([
      ['2023-10-18', 1, '/#d-2023-10-18'],
      ['2023-10-22', 2, '/#d-2023-10-22'],
      ['2023-10-23', 1, '/#d-2023-10-23'],
    ])
    expect(drawAttackChart(new Map())).toBeNull()
  })

  it('chooses days, weeks or months to fit the span', () => {
    expect(drawAttackChart(counts('2023-10-17', '2023-10-23'))?.unit).toBe('day')
    expect(drawAttackChart(counts('2023-10-17', '2024-02-22'))?.unit).toBe('day')
    const given = counts('2023-10-17', '2025-10-16', 3)
    const twoYears = drawAttackChart(given)
    expect(twoYears?.unit).toBe('week')
    expect(twoYears?.heading).toBe('Attacks per week')
    // Weeks run Monday to Sunday: the first bar is the week of Monday 16 October.
    expect(twoYears?.rows[0]).toMatchObject({ datetime: '2023-W42', label: '16–22 October 2023', url: '/#d-2023-10-17' })
    expect(twoYears?.bars.length).toBeLessThanOrEqual(150)
    const longer = counts('2023-10-17', '2028-10-16', 5)
    const fiveYears = drawAttackChart(longer)
    expect(fiveYears?.unit).toBe('month')
    expect(fiveYears?.rows[0]).toMatchObject({ datetime: '2023-10', label: 'October 2023' })
    // Bars add up to every attack, whatever the unit.
    const sum = (values: Iterable<number>): number => [...values].reduce((a, b) => a + b, 0)
    expect(sum(twoYears?.rows.map((r) => r.count) ?? [])).toBe(sum(given.values()))
    expect(sum(fiveYears?.rows.map((r) => r.count) ?? [])).toBe(sum(longer.values()))
  })

  it.each([
    ['a day', '2023-10-17', '2023-10-17'],
    ['a week', '2023-10-17', '2023-10-23'],
    ['a month', '2023-10-17', '2023-11-16'],
    ['the synthetic corpus (130 days)', '2023-10-17', '2024-02-23'],
    ['five months from the 1st', '2023-11-01', '2024-03-31'],
    ['two years', '2023-10-17', '2025-10-16'],
    ['across New Year', '2023-12-20', '2024-01-10'],
    ['five years', '2023-10-17', '2028-10-16'],
  ])('labels %s without two labels touching or leaving the chart, at every width it is drawn for', (_, first, last) => {
    const chart = drawAttackChart(counts(first, last))
    expect(chart?.axes.map((a) => a.minWidth)).toEqual([...CHART_WIDTHS])
    for (const { width, boxes } of labelBoxes(chart as AttackChart)) {
      expect(boxes.length, `${width} px`).toBeGreaterThan(0)
      for (const [i, box] of boxes.entries()) {
        expect(box.left, `${box.label} at ${width} px`).toBeGreaterThanOrEqual(-0.01)
        expect(box.right, `${box.label} at ${width} px`).toBeLessThanOrEqual(width + 0.01)
        const before = boxes[i - 1]
        if (before) expect(box.left - before.right, `${before.label} | ${box.label} at ${width} px`).toBeGreaterThanOrEqual(10)
      }
    }
  })

  it('labels a week day by day on a phone, and two years by month or quarter, January by its year', () => {
    const week = drawAttackChart(counts('2023-10-17', '2023-10-23'))
    for (const axis of week?.axes ?? []) expect(axis.ticks.map((t) => t.label)).toEqual(['17 Oct', '18', '19', '20', '21', '22', '23'])
    const twoYears = drawAttackChart(counts('2023-10-17', '2025-10-16'))
    const labels = twoYears?.axes.map((a) => a.ticks.map((t) => t.label)) ?? []
    expect(labels[0]).toEqual(['2024', '2025'])
    // October 2025 begins two weeks before the end: too little room for its label, which is left out rather than cut.
    expect(labels[1]).toEqual(['2024', 'Apr', 'Jul', 'Oct', '2025', 'Apr', 'Jul'])
    expect(labels[2]?.slice(0, 5)).toEqual(['Nov', 'Dec', '2024', 'Feb', 'Mar'])
  })

  it('says where the most attacks were, naming a few days and counting many', () => {
    expect(drawAttackChart(new Map([['2023-10-18', 2]]))?.description).toBe(
      '2 attacks over 1 day, 18 October 2023 to 18 October 2023, a bar per day; the most in one day was 2, on 18 October 2023.',
    )
    const many = drawAttackChart(counts('2023-10-17', '2024-01-30', 2))
    expect(many?.description).toMatch(/the most in one day was 4, on \d+ days, the first .* and the last .*\.$/)
    expect(drawAttackChart(counts('2023-10-17', '2025-10-16', 3))?.description).toMatch(
      /a bar per week \(Monday to Sunday\); the most in one week was \d+, in /,
    )
  })

  it('lays out the same chart for the same counts, whatever order they come in', () => {
    const given = counts('2023-10-17', '2024-05-01', 2)
    const reversed = new Map([...given].reverse())
    expect(JSON.stringify(drawAttackChart(reversed))).toBe(JSON.stringify(drawAttackChart(given)))
  })
})

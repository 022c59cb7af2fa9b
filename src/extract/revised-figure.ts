import type { Report } from '../model/report.js'
import { bareRevisedFigure } from './find-casualties.js'

/**
 * "Central Command said at least 34 people had been hurt. … Singh said the figure had risen to more than 40.": a sentence
 * that raises "the figure" without saying what it counts raises the figure told last of the same attack, when that report
 * gave one kind of figure only (the hurt, or the dead) and the new figure is higher. Sets it on `made` in place.
 */
export function raiseToldFigure(made: Report[], reports: readonly Report[], sentence: string): void {
  const figure = bareRevisedFigure(sentence)
  if (figure === null) return
  for (const r of made) {
    if (r.killed !== null || r.injured !== null) continue
    const told = reports
      .filter(
        (t) =>
          t !== r && t.type === r.type && t.date.start === r.date.start && t.location?.id === r.location?.id && (t.killed !== null) !== (t.injured !== null),
      )
      .at(-1)
    if (told === undefined) continue
    const before = told.killed ?? told.injured
    if (before === null || figure.max <= before.max) continue
    if (told.killed !== null) r.killed = figure
    else r.injured = figure
  }
}

/** Wall time of each phase of a build, for its summary line. */
export interface PhaseTimer {
  /** Ends the phase running since the last lap (or since the timer started), naming it. */
  lap(name: string): void
  /** `pipeline 4.1 s, pages 6.0 s, …`. Never written into the site. */
  summary(): string
}

/** Starts timing a build's phases. */
export function phaseTimer(): PhaseTimer {
  const laps: [string, number][] = []
  let last = performance.now()
  return {
    lap(name) {
      const now = performance.now()
      laps.push([name, now - last])
      last = now
    },
    summary: () => laps.map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`).join(', '),
  }
}

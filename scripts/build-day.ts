/**
 * The day of this build, `YYYY-MM-DD`, used only to refuse articles dated in the
 * future. Commands call it at the process boundary; `SALVO_TODAY` pins it (tests,
 * reproducible rebuilds of an archive). Only commands (scripts/) read the clock; src/ never does.
 */
export function buildDay(env: NodeJS.ProcessEnv = process.env): string {
  const pinned = env.SALVO_TODAY
  if (pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned)) return pinned
  return new Date().toISOString().slice(0, 10)
}

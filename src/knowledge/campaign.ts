/**
 * The campaign a timeline covers (`src/data/campaign.yaml`): what it is about, when it began,
 * when it ended if it has, and where. Reports outside it are set aside with a reason, never
 * published as part of the campaign.
 */
export interface Campaign {
  /** One line saying what the timeline is about, shown on the about page. */
  subject: string
  /** First day, `YYYY-MM-DD`. */
  start: string
  /** Last day, `YYYY-MM-DD`, or `null` while it goes on. */
  end: string | null
  /** Countries it covers, as the gazetteer names them. */
  region: string[]
}

/** Why a report falls outside the campaign, as a phrase ("before the campaign began on 2023-10-17"), or `null` when it is inside. */
export function outsideCampaign(
  campaign: Campaign,
  report: { date: { start: string; end: string }; location: { country: string | null } | null },
): string | null {
  if (report.date.end < campaign.start) return `it is dated ${report.date.start}, before the campaign began on ${campaign.start}`
  if (campaign.end !== null && report.date.start > campaign.end) return `it is dated ${report.date.start}, after the campaign ended on ${campaign.end}`
  const country = report.location?.country ?? null
  if (country !== null && !campaign.region.includes(country))
    return `it took place in ${country}, outside the campaign's region (${campaign.region.join(', ')})`
  return null
}

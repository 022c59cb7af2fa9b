import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { resolveSiteSettings } from '../../src/publish/site-settings.js'

interface Workflow {
  on: Record<string, unknown>
  jobs: Record<string, { steps: { run?: string; uses?: string; with?: Record<string, unknown> }[] }>
}

/** The words of a shell command line as the shell passes them on: split at spaces, double quotes removed (enough for the workflow's one line). */
const shellWords = (command: string): string[] => [...command.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? '')

describe('the GitHub Pages workflow in docs/deploy/', () => {
  it('is YAML that builds with the site URL GitHub gives and uploads _site/', async () => {
    const workflow = parse(await readFile('docs/deploy/github-pages.yml', 'utf8')) as Workflow
    const steps = workflow.jobs.build?.steps ?? []
    const build = steps.find((s) => s.run?.startsWith('npm run build'))
    expect(build?.run).toBe('npm run build -- --strict --site-url "${{ steps.pages.outputs.base_url }}/"')
    expect(steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))?.with?.path).toBe('_site')
    expect(workflow.jobs.deploy?.steps.some((s) => s.uses?.startsWith('actions/deploy-pages'))).toBe(true)
    // What configure-pages gives for a project site, plus the workflow's slash, is a site URL the build accepts.
    expect(resolveSiteSettings({ siteUrl: 'https://owner.github.io/salvo/' })).toMatchObject({ pathPrefix: '/salvo/' })
    // The same, from the build step itself: its --site-url with a base_url configure-pages gives (no trailing slash).
    const siteUrlWith = (baseUrl: string): string | undefined => {
      const args = shellWords(build?.run ?? '')
      const value = args[args.indexOf('--site-url') + 1]
      return value?.replace('${{ steps.pages.outputs.base_url }}', baseUrl)
    }
    expect(siteUrlWith('https://owner.github.io/salvo')).toBe('https://owner.github.io/salvo/')
    expect(resolveSiteSettings({ siteUrl: siteUrlWith('https://owner.github.io/salvo') })).toEqual({
      siteUrl: 'https://owner.github.io/salvo/',
      pathPrefix: '/salvo/',
      relative: false,
    })
    // A custom domain: the site at the root.
    expect(resolveSiteSettings({ siteUrl: siteUrlWith('https://salvo.example.org') })).toEqual({
      siteUrl: 'https://salvo.example.org/',
      pathPrefix: '/',
      relative: false,
    })
  })
})

import { execFile } from 'node:child_process'
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const run = promisify(execFile)
const article = (title: string, date: string, body: string): string =>
  [
    '---',
    `title: "${title}"`,
    'source: "Gulf Wire (synthetic)"',
    `url: "https://example.org/${encodeURIComponent(title)}"`,
    `date: ${date}`,
    '---',
    body,
    '',
  ].join('\n')

describe('npm run check', () => {
  it('lists, per article, what an editor can act on, and exits 0 when nothing is an error', async () => {
    const seeds = mkdtempSync(path.join(tmpdir(), 'salvo-check-'))
    cpSync('seeds', seeds, { recursive: true })
    writeFileSync(
      path.join(seeds, '2023-11-02-undated.md'),
      article('Rockets hit Ain al-Asad', '2023-11-02', 'Rockets hit Ain al-Asad air base, U.S. officials said.'),
    )
    writeFileSync(
      path.join(seeds, '2023-11-03-unknown-base.md'),
      article('Drones hit a new base', '2023-11-03', 'Two drones attacked the Zaytun Ridge base on Thursday, U.S. officials said.'),
    )
    writeFileSync(path.join(seeds, '2023-11-04-same-title.md'), article('Drones hit a new base', '2023-11-04', 'Nothing happened.'))
    writeFileSync(
      path.join(seeds, '2023-11-05-no-site.md'),
      article('Bases attacked', '2023-11-05', 'Militias launched drones at bases housing U.S. troops on Saturday, U.S. officials said.'),
    )
    writeFileSync(path.join(seeds, 'corrections.yaml'), '- target: {event: 2023-01-01-nowhere-attack}\n  suppress: true\n  reason: "gone"\n')
    const { stdout } = await run('npm', ['run', '--silent', 'check', '--', '--seeds', seeds])
    expect(stdout).toMatch(/2023-11-02-undated\.md\n\s+\d+\s+warning\s+unresolved date/)
    expect(stdout).toMatch(/2023-11-03-unknown-base\.md\n\s+\d+\s+warning\s+unknown place\s+"Zaytun Ridge base" is named as attacked/)
    expect(stdout).toMatch(/2023-11-04-same-title\.md\n\s+2\s+warning\s+possible duplicate\s+This article has the same title/)
    expect(stdout).toMatch(/2023-11-05-no-site\.md\n\s+warning\s+attack without a site/)
    expect(stdout).toMatch(/corrections\.yaml\n\s+1\s+warning\s+correction without target/)
    expect(stdout).toMatch(/Salvo check: 9 articles; .*0 errors\./)
  })

  it('exits 1 when an article has an error', async () => {
    const seeds = mkdtempSync(path.join(tmpdir(), 'salvo-check-'))
    writeFileSync(path.join(seeds, '2023-11-02-bad.md'), '---\ntitle: "Bad date"\nsource: "Gulf Wire"\ndate: 2023-02-30\n---\nText.\n')
    const result = await run('npm', ['run', '--silent', 'check', '--', '--seeds', seeds]).then(
      () => null,
      (error: { code: number; stdout: string }) => error,
    )
    expect(result?.code).toBe(1)
    expect(result?.stdout).toMatch(/2023-11-02-bad\.md\n[\s\S]*?\n\s+4\s+error\s+input\s+The publication `date` "2023-02-30" is not a calendar date/)
  })

  it('--json gives each finding its code, what tools match on, and its kind', async () => {
    const seeds = mkdtempSync(path.join(tmpdir(), 'salvo-check-'))
    writeFileSync(path.join(seeds, '2023-11-02-bad.md'), '---\ntitle: "Bad date"\nsource: "Gulf Wire"\ndate: 2023-02-30\n---\nText.\n')
    const result = await run('npm', ['run', '--silent', 'check', '--', '--seeds', seeds, '--json']).then(
      () => null,
      (error: { code: number; stdout: string }) => error,
    )
    expect(result?.code).toBe(1)
    const findings = JSON.parse(result?.stdout ?? '[]') as { field: string; code: string; kind: string }[]
    expect(findings.map((f) => [f.field, f.code, f.kind])).toEqual([
      ['url', 'url-missing', 'input'],
      ['date', 'date-invalid', 'input'],
    ])
  })
})

import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import Ajv2020 from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'
import schema from '../../src/model/event.schema.json' with { type: 'json' }

const run = promisify(execFile)

describe('npm run --silent extract', () => {
  it('prints only JSON on stdout, with events that follow the published schema, and progress on stderr', async () => {
    const { stdout, stderr } = await run('npm', [
      'run',
      '--silent',
      'extract',
      '--',
      'seeds/2023-10-24-intelligence-shows-militias-ready-to-ramp-up-attacks.md',
      'seeds/2023-10-30-iran-backed-militias-continue-to-attack-us-bases.md',
    ])
    const output = JSON.parse(stdout) as { events: { id: string; date: string }[]; diagnostics: unknown[] }
    expect(Object.keys(output).sort()).toEqual(['diagnostics', 'events'])
    expect(output.events.map((e) => e.id)).toContain('2023-10-18-al-tanf-attack')
    expect(output.events.map((e) => e.id)).toContain('2023-10-29-shaddadi-attack')
    expect(stderr).toMatch(/2 articles read/)
    const validate = new Ajv2020.default({ allErrors: true }).compile(schema)
    for (const event of output.events) expect(validate(event), JSON.stringify(validate.errors)).toBe(true)
  })

  it('reads a folder, and exits non-zero naming a missing path', async () => {
    const folder = await run('npm', ['run', '--silent', 'extract', '--', 'seeds'])
    expect((JSON.parse(folder.stdout) as { events: unknown[] }).events.length).toBeGreaterThan(10)
    const missing = await run('npm', ['run', '--silent', 'extract', '--', 'no-such-file.md']).then(
      () => null,
      (error: { code: number; stdout: string }) => error,
    )
    expect(missing?.code).toBe(1)
    expect(JSON.stringify(JSON.parse(missing?.stdout ?? '{}'))).toMatch(/There is no file or folder/)
    expect((JSON.parse(missing?.stdout ?? '{}') as { diagnostics: { code: string }[] }).diagnostics.map((d) => d.code)).toEqual(['file-missing'])
  })
})

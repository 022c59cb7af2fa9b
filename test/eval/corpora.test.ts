import { readdirSync, existsSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { evaluate } from '../../src/eval/evaluate.js'
import { shippedKnowledge } from '../helpers/extract-text.js'

/**
 * The score of extraction on every committed corpus with a gold file (`npm run eval`), held at or
 * above a floor: a change that makes extraction worse on any of them turns this red. The floors are
 * the scores recorded in docs/extraction-scores.md, rounded down; raise one when a change lifts it,
 * never lower one to let a change through, except where the change finds an attack more (a share can
 * fall when a new find has the wrong status) or takes out a wrong record, and says so in its commit. The targets the issue sets (F1 0.90, status and
 * casualties right on 85% of found reports) are printed beside them, so the gap stays visible.
 */
const FLOORS: Record<string, { f1: number; status: number; casualties: number }> = {
  unseen: { f1: 1, status: 1, casualties: 1 },
  'unseen-2': { f1: 1, status: 1, casualties: 1 },
  'unseen-3': { f1: 1, status: 1, casualties: 1 },
  'blind-1': { f1: 0.941, status: 1, casualties: 0.968 },
  'blind-2': { f1: 0.935, status: 0.888, casualties: 0.903 },
  'blind-3': { f1: 0.971, status: 0.882, casualties: 0.943 },
  'blind-4': { f1: 0.956, status: 0.818, casualties: 0.95 },
  'blind-51': { f1: 0.923, status: 0.962, casualties: 0.93 },
  'blind-52': { f1: 0.953, status: 0.877, casualties: 0.966 },
  'blind-53': { f1: 0.896, status: 0.938, casualties: 0.935 },
  'blind-54': { f1: 0.927, status: 0.976, casualties: 0.857 },
  'blind-55': { f1: 0.978, status: 0.955, casualties: 0.902 },
  'blind-56': { f1: 0.979, status: 0.916, casualties: 0.936 },
  'blind-57': { f1: 0.932, status: 0.883, casualties: 0.928 },
  'blind-58': { f1: 0.919, status: 0.973, casualties: 0.926 },
  'blind-59': { f1: 0.971, status: 0.903, casualties: 0.938 },
  'blind-60': { f1: 0.945, status: 0.951, casualties: 0.945 },
  'blind-61': { f1: 0.946, status: 0.954, casualties: 0.864 },
  'blind-62': { f1: 0.932, status: 0.963, casualties: 0.869 },
  'blind-63': { f1: 0.952, status: 0.979, casualties: 0.892 },
  'blind-64': { f1: 0.977, status: 0.88, casualties: 0.921 },
  'blind-65': { f1: 0.94, status: 0.913, casualties: 0.96 },
  'blind-66': { f1: 0.891, status: 0.909, casualties: 0.862 },
  'blind-67': { f1: 0.967, status: 0.85, casualties: 0.903 },
  'blind-68': { f1: 0.912, status: 0.87, casualties: 0.837 },
  'blind-69': { f1: 0.97, status: 0.967, casualties: 0.84 },
  'blind-70': { f1: 0.945, status: 0.807, casualties: 0.896 },
  'blind-71': { f1: 0.931, status: 0.851, casualties: 0.937 },
  'blind-72': { f1: 0.903, status: 0.969, casualties: 0.962 },
  'blind-73': { f1: 0.93, status: 0.975, casualties: 0.923 },
  'blind-74': { f1: 0.924, status: 0.883, casualties: 0.934 },
  'blind-75': { f1: 0.893, status: 0.911, casualties: 0.888 },
  'blind-76': { f1: 0.947, status: 0.863, casualties: 0.957 },
  'blind-77': { f1: 0.96, status: 0.854, casualties: 0.794 },
  'blind-78': { f1: 0.976, status: 0.951, casualties: 0.862 },
  'blind-79': { f1: 0.833, status: 0.911, casualties: 0.709 },
  'blind-80': { f1: 0.961, status: 0.972, casualties: 0.945 },
  'blind-81': { f1: 0.956, status: 0.954, casualties: 0.952 },
  'blind-82': { f1: 0.966, status: 0.883, casualties: 0.916 },
  'blind-83': { f1: 0.964, status: 0.905, casualties: 0.861 },
  'blind-84': { f1: 0.921, status: 0.97, casualties: 1 },
  'blind-85': { f1: 0.863, status: 0.951, casualties: 0.972 },
  'blind-86': { f1: 0.941, status: 0.958, casualties: 0.886 },
  'blind-87': { f1: 0.857, status: 0.958, casualties: 0.869 },
  'blind-88': { f1: 0.941, status: 1, casualties: 0.928 },
  'blind-89': { f1: 0.925, status: 0.895, casualties: 0.884 },
  'blind-90': { f1: 0.959, status: 0.957, casualties: 0.92 },
  'blind-91': { f1: 0.951, status: 0.923, casualties: 0.913 },
  'blind-92': { f1: 0.877, status: 0.906, casualties: 0.818 },
  'blind-93': { f1: 0.905, status: 1, casualties: 0.818 },
  'blind-94': { f1: 0.905, status: 0.958, casualties: 0.923 },
  'blind-95': { f1: 0.846, status: 0.863, casualties: 1 },
  'blind-96': { f1: 0.945, status: 0.885, casualties: 1 },
  'blind-97': { f1: 0.876, status: 0.906, casualties: 0.954 },
  'blind-98': { f1: 0.947, status: 0.962, casualties: 0.965 },
  'blind-99': { f1: 0.939, status: 0.923, casualties: 0.939 },
  'blind-100': { f1: 0.909, status: 0.925, casualties: 0.964 },
  'blind-101': { f1: 0.92, status: 0.956, casualties: 1 },
  'blind-102': { f1: 0.897, status: 0.84, casualties: 0.842 },
  'blind-103': { f1: 0.903, status: 0.928, casualties: 0.866 },
  'blind-104': { f1: 0.891, status: 0.878, casualties: 0.791 },
  'blind-105': { f1: 0.794, status: 0.888, casualties: 0.894 },
  'blind-106': { f1: 0.982, status: 0.892, casualties: 0.884 },
  'blind-107': { f1: 0.941, status: 0.85, casualties: 0.897 },
  'blind-108': { f1: 0.913, status: 0.841, casualties: 0.901 },
  'blind-109': { f1: 0.788, status: 0.678, casualties: 0.857 },
  'blind-110': { f1: 0.869, status: 0.85, casualties: 0.935 },
  'blind-111': { f1: 0.913, status: 0.857, casualties: 0.863 },
  'blind-112': { f1: 0.942, status: 0.848, casualties: 0.88 },
  'blind-113': { f1: 0.8, status: 0.866, casualties: 1 },
  'blind-114': { f1: 0.877, status: 0.953, casualties: 0.924 },
  'blind-115': { f1: 0.945, status: 0.923, casualties: 0.916 },
  'blind-116': { f1: 0.914, status: 0.906, casualties: 0.8 },
  'blind-117': { f1: 0.891, status: 0.972, casualties: 0.838 },
  'blind-118': { f1: 0.895, status: 0.929, casualties: 0.915 },
  'blind-119': { f1: 0.939, status: 0.87, casualties: 0.875 },
  'blind-120': { f1: 0.947, status: 0.972, casualties: 0.975 },
  'blind-121': { f1: 0.939, status: 0.846, casualties: 0.949 },
  'blind-122': { f1: 0.934, status: 0.765, casualties: 0.894 },
  'blind-123': { f1: 0.886, status: 0.906, casualties: 0.92 },
  'blind-124': { f1: 0.923, status: 0.956, casualties: 0.846 },
  'blind-125': { f1: 0.928, status: 0.865, casualties: 0.933 },
  'blind-126': { f1: 0.947, status: 0.851, casualties: 0.791 },
  'blind-127': { f1: 0.952, status: 0.973, casualties: 0.857 },
  'blind-128': { f1: 0.954, status: 0.884, casualties: 0.937 },
  'blind-129': { f1: 0.902, status: 0.921, casualties: 0.906 },
  'blind-130': { f1: 0.861, status: 0.836, casualties: 0.823 },
  'blind-131': { f1: 0.866, status: 0.903, casualties: 0.931 },
  'blind-132': { f1: 0.925, status: 0.941, casualties: 0.869 },
  'blind-133': { f1: 0.962, status: 0.972, casualties: 0.931 },
  'blind-134': { f1: 0.933, status: 0.914, casualties: 0.928 },
  'blind-135': { f1: 0.906, status: 0.975, casualties: 0.969 },
  'blind-136': { f1: 0.925, status: 0.918, casualties: 0.906 },
  'blind-137': { f1: 0.915, status: 0.811, casualties: 0.875 },
  'blind-138': { f1: 0.933, status: 0.904, casualties: 1 },
  'blind-139': { f1: 0.876, status: 0.929, casualties: 0.857 },
  'blind-140': { f1: 0.941, status: 0.833, casualties: 0.785 },
  'blind-5': { f1: 0.941, status: 0.97, casualties: 0.985 },
  'blind-50': { f1: 0.969, status: 0.978, casualties: 1 },
  'blind-6': { f1: 0.98, status: 1, casualties: 1 },
  'blind-7': { f1: 1, status: 0.9, casualties: 0.884 },
  'blind-8': { f1: 0.964, status: 0.984, casualties: 0.965 },
  'blind-9': { f1: 0.923, status: 0.943, casualties: 0.909 },
  'blind-10': { f1: 0.934, status: 0.968, casualties: 0.948 },
  'blind-11': { f1: 0.925, status: 0.857, casualties: 0.951 },
  'blind-12': { f1: 0.954, status: 0.942, casualties: 0.913 },
  'blind-13': { f1: 0.914, status: 0.976, casualties: 0.906 },
  'blind-14': { f1: 0.939, status: 0.907, casualties: 0.978 },
  'blind-15': { f1: 0.972, status: 0.979, casualties: 0.965 },
  'blind-16': { f1: 0.956, status: 0.884, casualties: 0.96 },
  'blind-17': { f1: 0.966, status: 0.933, casualties: 0.957 },
  'blind-18': { f1: 0.968, status: 0.931, casualties: 0.958 },
  'blind-19': { f1: 0.941, status: 0.937, casualties: 0.882 },
  'blind-20': { f1: 0.974, status: 0.964, casualties: 0.987 },
  'blind-21': { f1: 0.976, status: 0.887, casualties: 0.966 },
  'blind-22': { f1: 0.894, status: 0.955, casualties: 1 },
  'blind-23': { f1: 0.886, status: 0.976, casualties: 1 },
  'blind-24': { f1: 0.957, status: 0.976, casualties: 0.918 },
  'blind-25': { f1: 0.914, status: 0.929, casualties: 0.866 },
  'blind-26': { f1: 0.907, status: 0.918, casualties: 0.96 },
  'blind-27': { f1: 0.938, status: 0.945, casualties: 0.857 },
  'blind-28': { f1: 0.916, status: 0.884, casualties: 0.886 },
  'blind-29': { f1: 0.93, status: 0.859, casualties: 0.833 },
  'blind-30': { f1: 0.929, status: 0.846, casualties: 0.854 },
  'blind-31': { f1: 0.85, status: 0.911, casualties: 0.772 },
  'blind-32': { f1: 0.923, status: 0.888, casualties: 0.962 },
  'blind-33': { f1: 0.88, status: 0.863, casualties: 0.73 },
  'blind-34': { f1: 0.927, status: 0.79, casualties: 0.812 },
  'blind-35': { f1: 0.944, status: 0.898, casualties: 0.842 },
  'blind-36': { f1: 0.924, status: 1, casualties: 0.928 },
  'blind-37': { f1: 0.943, status: 0.981, casualties: 0.944 },
  'blind-38': { f1: 0.884, status: 0.886, casualties: 0.906 },
  'blind-39': { f1: 0.922, status: 0.914, casualties: 0.95 },
  'blind-40': { f1: 0.927, status: 0.952, casualties: 0.864 },
  'blind-41': { f1: 0.936, status: 0.923, casualties: 0.793 },
  'blind-42': { f1: 0.924, status: 0.93, casualties: 0.842 },
  'blind-43': { f1: 0.936, status: 0.837, casualties: 0.8 },
  'blind-44': { f1: 0.919, status: 0.873, casualties: 0.871 },
  'blind-45': { f1: 0.934, status: 1, casualties: 0.935 },
  'blind-46': { f1: 0.933, status: 0.897, casualties: 0.924 },
  'blind-47': { f1: 0.955, status: 0.952, casualties: 0.851 },
  'blind-48': { f1: 0.91, status: 0.945, casualties: 0.892 },
  'blind-49': { f1: 0.909, status: 0.942, casualties: 0.926 },
  'dev/2023-oct-nov': { f1: 0.923, status: 0.951, casualties: 0.909 },
  'dev/2023-dec-2024-jan': { f1: 0.933, status: 0.939, casualties: 0.925 },
  'dev/2024-feb-aug': { f1: 0.936, status: 0.972, casualties: 0.967 },
}

const FIXTURES = 'test/fixtures'
const corpora = [...readdirSync(FIXTURES), ...readdirSync(path.join(FIXTURES, 'dev')).map((d) => `dev/${d}`)]
  .filter((name) => existsSync(path.join(FIXTURES, name, 'gold.yaml')))
  .sort()

describe('npm run eval on the committed corpora', () => {
  it('has a floor for every corpus with a gold file', () => {
    expect(corpora).toEqual(Object.keys(FLOORS).sort())
  })

  for (const name of corpora) {
    it(`${name}: F1, status and casualty accuracy at or above their floors`, async () => {
      const dir = path.join(FIXTURES, name)
      const score = await evaluate(dir, path.join(dir, 'gold.yaml'), shippedKnowledge())
      const floor = FLOORS[name]
      if (!floor) throw new Error(`add a floor for ${name}`)
      const rate = (r: { right: number; of: number }): number => (r.of === 0 ? 1 : r.right / r.of)
      const got = { f1: score.f1, status: rate(score.status), casualties: rate(score.casualties) }
      const misses = score.misses.map((m) => `${m.article}: ${m.message}`).join('\n')
      expect(got.f1, `F1 on ${name} (target 0.90)\n${misses}`).toBeGreaterThanOrEqual(floor.f1)
      expect(got.status, `status on ${name} (target 0.85)\n${misses}`).toBeGreaterThanOrEqual(floor.status)
      expect(got.casualties, `casualties on ${name} (target 0.85)\n${misses}`).toBeGreaterThanOrEqual(floor.casualties)
      expect(score.outsideCampaign, 'events outside the campaign').toBe(0)
    }, 60_000)
  }
})

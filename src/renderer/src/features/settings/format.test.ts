import { describe, expect, it } from 'vitest'
import type { BackupFile } from '../../../../shared/contract/db'
import { formatBytes, formatDateTime } from '../../app/format'
import { fileName, sortNewestFirst } from './format'

const backup = (name: string, createdAt: string): BackupFile => ({
  name,
  path: `/d/backups/${name}`,
  bytes: 1,
  createdAt,
})

describe('formatBytes', () => {
  it('picks a unit and localizes the number', () => {
    expect(formatBytes(512, 'en')).toBe('512 bytes')
    expect(formatBytes(12_345, 'en')).toBe('12.3 kB')
    expect(formatBytes(4_500_000, 'en')).toBe('4.5 MB')
    expect(formatBytes(4_500_000, 'zh-CN')).toMatch(/^4\.5\s?MB$/)
  })
})

describe('formatDateTime', () => {
  it('formats a valid ISO time and passes junk through', () => {
    expect(formatDateTime('2026-11-28T10:15:00Z', 'en')).toMatch(/2026/)
    expect(formatDateTime('2026-11-28T10:15:00Z', 'zh-CN')).toMatch(/2026年/)
    expect(formatDateTime('not a date', 'en')).toBe('not a date')
  })
})

describe('sortNewestFirst', () => {
  it('orders by createdAt descending, name as tiebreak, without mutating', () => {
    const input = [
      backup('a.sqlite', '2026-11-01T00:00:00Z'),
      backup('c.sqlite', '2026-11-03T00:00:00Z'),
      backup('b.sqlite', '2026-11-03T00:00:00Z'),
    ]
    expect(sortNewestFirst(input).map((b) => b.name)).toEqual(['c.sqlite', 'b.sqlite', 'a.sqlite'])
    expect(input[0]?.name).toBe('a.sqlite')
  })
})

describe('fileName', () => {
  it('takes the last path segment on any platform', () => {
    expect(fileName('/home/u/backups/x.sqlite')).toBe('x.sqlite')
    expect(fileName('C:\\Users\\u\\x.sqlite')).toBe('x.sqlite')
    expect(fileName('x.sqlite')).toBe('x.sqlite')
  })
})

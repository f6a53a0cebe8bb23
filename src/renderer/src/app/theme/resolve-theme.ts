import type { ThemeChoice } from '../../../../shared/contract/settings'

export type ResolvedTheme = 'light' | 'dark'

export function resolveTheme(choice: ThemeChoice, systemPrefersDark: boolean): ResolvedTheme {
  if (choice !== 'system') return choice
  return systemPrefersDark ? 'dark' : 'light'
}

import {
  bannedNameWords,
  genericNames,
  marketingNameWords,
  placeholderNameWords,
} from '../data/app-name-words'
import { error, warn, type Checked, type Finding } from './finding'

const EMOJI = /[\p{Extended_Pictographic}\p{Regional_Indicator}\u{FE0F}\u{20E3}]/u
const HAN = /\p{Script=Han}/u

/** The app's name (APP名称): what the providers and the reference say a name may not be. */
export function checkAppName(raw: string): Checked<string> {
  const name = raw.trim()
  const findings: Finding[] = []
  if (name !== raw || /\s{2,}/.test(name)) findings.push(warn('app-name-spaces'))
  if (EMOJI.test(name)) findings.push(error('app-name-emoji'))
  for (const word of bannedNameWords)
    if (name.includes(word)) findings.push(error('app-name-banned-word', { word }))
  if (/^\d+$/.test(name)) findings.push(error('app-name-digits-only'))
  else if (!HAN.test(name) && /[A-Za-z]/.test(name)) findings.push(warn('app-name-latin-only'))
  for (const word of marketingNameWords)
    if (name.includes(word)) findings.push(warn('app-name-marketing-word', { word }))
  const lower = name.toLowerCase()
  for (const word of placeholderNameWords) {
    const hit = /[a-z]/.test(word)
      ? new RegExp(`(^|[^a-z])${word}([^a-z]|$)`).test(lower)
      : name.includes(word)
    if (hit) findings.push(warn('app-name-placeholder', { word }))
  }
  if (genericNames.includes(lower)) findings.push(warn('app-name-generic', { word: name }))
  return { value: findings.some((f) => f.severity === 'error') ? null : name, findings }
}

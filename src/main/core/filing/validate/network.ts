import { BlockList, isIP } from 'node:net'
import { domainToASCII } from 'node:url'
import { canonicalDomain, canonicalIp } from './canonical'
import { error, warn, type Checked } from './finding'

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/

/**
 * A bare domain as the filing lists it: `example.com`, `api.例子.中国` (IDN), no scheme, path,
 * port or wildcard. More than four labels is allowed but unusual (providers speak of 2nd–4th level).
 */
export function checkDomain(raw: string): Checked<string> & { ascii: string | null } {
  const input = canonicalDomain(raw)
  const none = (finding: ReturnType<typeof error>) => ({ value: null, ascii: null, findings: [finding] })
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(input) || /[/:@?#]/.test(input)) return none(error('domain-not-bare'))
  if (isIP(input) || /^\[.*\]$/.test(input)) return none(error('domain-is-ip'))
  if (input.includes('*') || input.includes(' ')) return none(error('domain-format'))
  const ascii = domainToASCII(input)
  if (!ascii || ascii.length > 253) return none(error('domain-format'))
  const labels = ascii.split('.')
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l)) || /^\d+$/.test(labels.at(-1) as string))
    return none(error('domain-format'))
  const findings = labels.length > 4 ? [warn('domain-too-deep', { labels: labels.length })] : []
  return { value: input, ascii, findings }
}

const notPublic = new BlockList()
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 3],
] as const)
  notPublic.addSubnet(net, prefix, 'ipv4')
for (const [net, prefix] of [
  ['::', 127],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['2001:db8::', 32],
] as const)
  notPublic.addSubnet(net, prefix, 'ipv6')

/** An IPv4 or IPv6 address; a private, reserved or documentation address gets a warning. */
export function checkIp(raw: string): Checked<string> & { version: 4 | 6 | null } {
  const ip = canonicalIp(raw)
  const version = isIP(ip) as 0 | 4 | 6
  if (version === 0) return { value: null, version: null, findings: [error('ip-format')] }
  const type = version === 4 ? 'ipv4' : 'ipv6'
  const mapped = version === 6 ? /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip)?.[1] : undefined
  const hidden = mapped ? notPublic.check(mapped, 'ipv4') : notPublic.check(ip, type)
  return { value: ip.toLowerCase(), version, findings: hidden ? [warn('ip-not-public')] : [] }
}

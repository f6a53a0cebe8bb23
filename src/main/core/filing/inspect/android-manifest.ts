import { userError } from '../../../../shared/app-error'
import { BinaryXmlError, parseBinaryXml, type AttributeValue, type XmlElement } from './binary-xml'

/** Resource IDs of the android: attributes read here (stable across Android versions). */
const ATTR = {
  label: 0x01010001,
  minSdkVersion: 0x0101020c,
  versionCode: 0x0101021b,
  versionName: 0x0101021c,
  targetSdkVersion: 0x01010270,
  versionCodeMajor: 0x01010576,
} as const

export interface ManifestFacts {
  packageName: string
  versionName: string | null
  versionCode: string | null
  label: string | null
  /** The label's resource ID when the manifest names a resource (`@string/app_name`). */
  labelResource: number | null
  minSdk: number | null
  targetSdk: number | null
}

function garbled(detail: string) {
  return userError('INVALID_FILE', 'filing.manifest-garbled', 'AndroidManifest.xml is damaged ({{detail}})', {
    detail,
  })
}

/** Package, version and label from the binary AndroidManifest.xml. */
export function readManifest(data: Buffer): ManifestFacts {
  let elements: XmlElement[]
  try {
    elements = parseBinaryXml(data)
  } catch (error) {
    if (error instanceof BinaryXmlError) throw garbled(error.message)
    throw error
  }
  const root = elements[0]
  if (!root || root.name !== 'manifest') throw garbled('no <manifest> element')
  const packageName = text(attribute(root, 'package'))
  if (!packageName) throw garbled('no package name')
  const child = (name: string) => elements.find((e) => e.depth === 1 && e.name === name)
  const usesSdk = child('uses-sdk')
  const application = child('application')
  const code = attribute(root, 'versionCode', ATTR.versionCode)
  const major = attribute(root, 'versionCodeMajor', ATTR.versionCodeMajor)
  // A 64-bit version code (API 28+) keeps its high half in versionCodeMajor.
  const label = application ? attribute(application, 'label', ATTR.label) : undefined
  const versionCode =
    code?.kind === 'int'
      ? (major?.kind === 'int' && major.value !== 0
          ? (BigInt(major.value) << 32n) | BigInt(code.value >>> 0)
          : BigInt(code.value >>> 0)
        ).toString()
      : text(code)
  return {
    packageName,
    versionName: text(attribute(root, 'versionName', ATTR.versionName)),
    versionCode,
    label: text(label),
    labelResource: label?.kind === 'reference' ? label.value : null,
    minSdk: integer(usesSdk && attribute(usesSdk, 'minSdkVersion', ATTR.minSdkVersion)),
    targetSdk: integer(usesSdk && attribute(usesSdk, 'targetSdkVersion', ATTR.targetSdkVersion)),
  }
}

/** An attribute by its android: resource ID (robust to obfuscated names), else by name. */
function attribute(element: XmlElement, name: string, resourceId?: number): AttributeValue | undefined {
  const byId = resourceId ? element.attributes.find((a) => a.resourceId === resourceId) : undefined
  return (byId ?? element.attributes.find((a) => a.name === name))?.value
}

function text(value: AttributeValue | undefined): string | null {
  if (!value) return null
  if (value.kind === 'string') return value.value
  if (value.kind === 'int') return String(value.value)
  return null
}

function integer(value: AttributeValue | undefined): number | null {
  if (value?.kind === 'int') return value.value
  if (value?.kind === 'string' && /^\d+$/.test(value.value)) return Number(value.value)
  return null
}

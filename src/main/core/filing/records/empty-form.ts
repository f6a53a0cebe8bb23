import type { FilingForm, Person, PlatformEntry } from '../../../../shared/contract/filing-form'

export function emptyPerson(role: Person['role']): Person {
  return {
    role,
    name: '',
    idType: 'resident-id',
    idNumber: '',
    idValidFrom: '',
    idValidTo: '',
    mobile: '',
    emergencyMobile: '',
    email: '',
    isLegalRep: role === 'subject-principal',
  }
}

export function emptyPlatform(os: PlatformEntry['os']): PlatformEntry {
  return { os, packageName: '', publicKey: '', signatureMd5: '', domains: [], certificate: null }
}

/** A new filing's form: everything blank but the two principals every filing needs. */
export function emptyForm(): FilingForm {
  return {
    subject: {
      type: 'enterprise',
      name: '',
      certType: 'uscc',
      certNumber: '',
      certAddress: '',
      province: '',
      city: '',
      mailingAddress: '',
      subjectNumber: '',
    },
    principals: [emptyPerson('subject-principal'), emptyPerson('service-principal')],
    app: { name: '', serviceCategory: '', language: '', remarks: '', providesSdk: false },
    platforms: [],
    domains: [],
    ips: [],
    preApprovals: [],
    sdks: [],
    materials: {},
  }
}

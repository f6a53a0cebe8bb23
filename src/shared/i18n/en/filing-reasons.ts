/** English reasons (refused files, form fields) and inspector warnings of the Filing tool. */
export const filingReasonsEn = {
  // Files the inspector refuses
  'not-a-zip': 'This file is not an APK or IPA: it is not a zip archive.',
  'zip-truncated':
    'The file is cut short (an incomplete download or copy?): its table of contents is missing or damaged.',
  'zip-corrupt': 'The archive is damaged inside ({{name}}).',
  'zip-bomb': '{{name}} would expand far beyond any real app file (a zip bomb?), so it was not opened.',
  'zip-encrypted': '{{name}} is encrypted.',
  'zip-unsupported': '{{name}} uses a compression method Paperdesk cannot read.',
  'signing-block-garbled': 'The APK Signing Block is damaged ({{detail}}).',
  'apk-no-manifest': 'This APK has no AndroidManifest.xml.',
  'manifest-garbled': 'AndroidManifest.xml is damaged ({{detail}}).',
  'apk-unsigned':
    'This APK is not signed (no v1 signature, no APK Signing Block): sign the release build and inspect that.',
  'certificate-broken': 'A certificate is damaged and cannot be read ({{detail}}).',
  'plist-garbled': '{{name}} is not a readable property list.',
  'plist-too-complex': '{{name}} is a property list too complex to read (its objects expand without bound).',
  'ipa-no-profile':
    'This IPA has no embedded.mobileprovision, so its certificate is unknown. Export it with a distribution profile, or inspect the .cer.',
  'profile-garbled': 'embedded.mobileprovision is damaged or lists no certificate.',
  'zip-not-app': 'This archive is neither an APK nor an IPA.',
  'aab-not-supported':
    'An Android App Bundle (.aab) is re-signed by the store: inspect the APK users install.',
  'file-not-found': '{{name}} does not exist or is not a file.',
  'file-empty': '{{name}} is empty.',
  'unknown-file-type': '{{name}} is not an APK, IPA or certificate (.cer, .der, .pem, .p7b).',
  'no-such-attachment': 'This filing has no such attachment.',
  'attachment-too-large': '{{name}} is larger than 20 MB.',
  'attachment-unsupported': '{{name}} is neither a JPEG, PNG or WebP image nor a PDF.',
  'attachment-damaged': '{{name}} is damaged, incomplete or has too many pixels.',
  'no-flow': 'There is no flow for this provider and filing type.',
  'no-such-step': 'This filing has no step “{{step}}”.',
  'cannot-return': 'Only a filing under review can be returned.',
  'not-returned': 'Only a returned filing can be reopened.',
  'no-sms-step': 'This kind of filing has no SMS check.',
  'sms-not-expected':
    'The SMS comes after the provider’s review and before the provincial one; the filing is not at that stage.',
  'sms-resend-limit': 'Three resends in 24 hours is the limit; the next one is possible from {{at}}.',
  'form-has-errors': 'The form still has {{count}} errors. Fix them before marking the order submitted.',
  'not-found': 'This filing no longer exists.',
  // Form fields
  required: 'Required.',
  'date-format': 'Not a real date: type year, month and day, e.g. 2026-03-15.',
  'id-format': 'An ID number has 18 characters: 17 digits and a final digit or X (this has {{length}}).',
  'id-checksum':
    'The check character does not match: for these digits the last one should be {{expected}}. A digit is probably mistyped.',
  'id-birth-date': 'The birth date in the number ({{date}}) is not a real, past date.',
  'id-region': 'The number starts with {{region}}, which is no province or region code.',
  'uscc-format':
    'A unified social credit code has 18 characters: digits and capitals without I, O, S, V, Z (this has {{length}}).',
  'uscc-checksum':
    'The check character does not match: it should be {{expected}}. A character is probably mistyped.',
  'uscc-org-code-checksum':
    'Characters 9–17 ({{code}}) are the organisation code, and its check character should be {{expected}} (GB 11714). A character is probably mistyped.',
  'mobile-format': 'Not a mainland China mobile number (11 digits starting with 13–19).',
  'email-format': 'Not a valid e-mail address.',
  'domain-format': 'Not a valid domain name.',
  'domain-not-bare': 'Enter the domain alone, without http://, a path or a port.',
  'domain-is-ip': 'This is an IP address: list it under IP addresses.',
  'domain-too-deep': 'Providers speak of 2nd- to 4th-level domains; this one has {{labels}} levels.',
  'domain-duplicate': '{{domain}} is listed twice.',
  'ip-format': 'Not a valid IPv4 or IPv6 address.',
  'ip-not-public': 'A private, local or reserved address: the filing needs the server’s public IP.',
  'id-validity-short':
    'The ID ends on {{date}}, in {{days}} days: providers refuse IDs with less than 3 months left. Renew it first.',
  'id-validity-expired': 'The ID expired on {{date}}.',
  'id-validity-order': 'The end date is not after the start date.',
  'id-validity-not-started': 'The validity starts on {{date}}, in the future: check the date.',
  'app-name-emoji': 'An app name may not contain emoji.',
  'app-name-banned-word':
    '“{{word}}” may not appear in an app name (national and official terms are refused).',
  'app-name-marketing-word': '“{{word}}” reads as a price or marketing word, which providers question.',
  'app-name-placeholder': '“{{word}}” looks like a placeholder name.',
  'app-name-generic': '“{{word}}” alone is a generic term: add what makes your app distinct.',
  'app-name-digits-only': 'A name made only of digits is refused.',
  'app-name-latin-only':
    'Names of Latin letters only are often questioned; the name must also equal the store name exactly.',
  'app-name-spaces': 'Leading, trailing or double spaces: the name must equal the store name exactly.',
  'phone-shared': 'Same mobile number as principal {{other}}: different people must give different numbers.',
  'email-shared': 'Same e-mail as principal {{other}}: different people must give different addresses.',
  'emergency-same-as-mobile': 'The emergency number is the same as the mobile number.',
  'subject-principal-id-differs':
    'For a personal filing the subject principal is the person filing, but the ID numbers differ.',
  'filing-number-format': 'Not a filing number like 京ICP备12345678号-2A.',
  'filing-number-province': '“{{abbr}}” is not a province abbreviation used in filing numbers.',
  'filing-number-alias': 'Filing numbers write {{usual}}, not {{abbr}}.',
  'filing-number-not-app':
    'Not an app number (…号-NA): stores want the app’s number, not the subject’s or a website’s.',
  'package-name-format': 'Not a package name like com.example.app.',
  'bundle-id-format': 'Not a Bundle ID like com.example.app.',
  'signature-format': 'Not a certificate fingerprint: 32 (MD5), 40 (SHA-1) or 64 (SHA-256) hex digits.',
  'signature-ios-needs-sha1':
    'For iOS, providers expect the certificate’s SHA-1 (40 hex digits) here, although the box says MD5.',
  'signature-android-needs-md5': 'Android filings expect the certificate’s MD5 (32 hex digits).',
  'signature-not-certificate':
    'This fingerprint does not belong to the certificate inspected for this platform.',
  'certificate-expiring':
    'The certificate ends on {{date}} (in {{days}} days): a new certificate means a change filing.',
  'certificate-expired': 'The certificate expired on {{date}}.',
  'platform-duplicate': 'This platform is listed twice.',
  'platform-domain-unknown': '{{domain}} is neither one of the filing’s domains nor a subdomain of one.',
  'pre-approval-expired': 'The licence expired on {{date}}.',
  'principal-missing':
    'A subject principal and a service principal are both needed (they may be the same person).',
}

export const filingWarningsEn = {
  'debug-certificate':
    'Signed with the Android debug certificate ({{name}}). File the values of the release key that signs the store build: debug values will not match later.',
  'aosp-test-key':
    'Signed with AOSP’s public test key ({{name}}): its private key is published with Android’s source, so anyone can sign with it. File the values of your own release key.',
  'certificate-expired': 'The certificate {{name}} expired on {{date}}.',
  'certificate-expiring':
    'The certificate {{name}} ends on {{date}} (in {{days}} days). A new certificate changes the filed values and needs a change filing.',
  'certificate-not-yet-valid': 'The certificate {{name}} is valid only from {{date}}.',
  'ios-sha1-in-md5-box':
    'iOS: put the certificate’s SHA-1 in the box labelled 签名MD5值 — filings with the real MD5 are reported refused.',
  'several-signers':
    'Signed by {{count}} signers: check which certificate the store build uses before filing.',
  'key-rotation':
    'The signing key was rotated ({{count}} certificates): the newest signs for recent Android versions, older ones for earlier. Which one to file is not settled; the first listed is the current signer.',
  'no-v1-signature':
    'No v1 (JAR) signature: keytool shows nothing for this APK, but its v2/v3 certificates are read here.',
  'signer-key-mismatch':
    'In the {{scheme}} block the signer’s public key is not its certificate’s: Android will reject this APK.',
  'weak-key': '{{name}} uses a {{bits}}-bit {{algorithm}} key, weaker than today’s minimum (2048).',
  'development-profile':
    'The provisioning profile is for development: file the distribution certificate’s values.',
  'ad-hoc-profile':
    'The provisioning profile is ad hoc: the App Store build may be signed by another certificate.',
  'enterprise-profile': 'The provisioning profile is an enterprise (in-house) one.',
  'profile-expired': 'The provisioning profile expired on {{date}}.',
  'profile-several-certificates':
    'The profile lists {{count}} certificates; the profile cannot tell which one signed this build.',
  'chain-leaf-only':
    'The file holds a chain of {{count}} certificates: only the leaf (the app’s own) is shown, as filings need.',
  'chain-several-leaves': 'The file holds {{count}} unrelated certificates: check which one is the app’s.',
  'platform-unknown':
    'The certificate does not say which platform it is for: choose it when filling in the filing.',
  'label-unresolved':
    'The app’s name is a resource ({{reference}}) that could not be read from resources.arsc: compare the name with the store listing yourself.',
}

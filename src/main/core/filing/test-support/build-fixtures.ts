import { COMMITTED_DIR, rebuildCommitted } from './apk-fixtures'

/** `npm run fixtures:filing`: rebuilds the committed filing fixtures with aapt, apksigner, keytool, openssl. */
rebuildCommitted()
console.log(`filing fixtures rebuilt in ${COMMITTED_DIR}`)

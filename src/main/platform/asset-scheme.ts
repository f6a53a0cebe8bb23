/** The scheme note images and document previews are served on; the CSP allows it. */
export const ASSET_SCHEME = 'paperdesk-asset'

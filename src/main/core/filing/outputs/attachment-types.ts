/** What a filing attachment may be: the file dialog's filter and the reader's limit. */
export const attachmentExtensions = ['jpg', 'jpeg', 'png', 'webp', 'pdf']
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024

import type { certifyReasonsEn } from '../en/certify-reasons'

/** 证书、身份文件和密钥被拒绝的原因（`certify.reasons.*`，sign/crypto），键与 en/certify-reasons.ts 一致。 */
export const certifyReasonsZhCN: Record<keyof typeof certifyReasonsEn, string> = {
  'certificate-unreadable': '这不是 Paperdesk 能读取的证书（.cer、.crt、.der、.pem 或 .p7b）。',
  'common-name-invalid': '请输入 1 到 64 个字符的名称。',
  'organization-invalid': '单位名称最多 64 个字符。',
  'email-invalid': '“{{email}}”不是有效的电子邮件地址。',
  'days-invalid': '证书有效期须为 1 到 {{max}} 天。',
  'algorithm-unsupported': 'Paperdesk 无法生成 {{algorithm}} 类型的密钥。',
  'p12-not-p12': '此文件不是 PKCS#12 身份文件（.p12 或 .pfx），或者已损坏。',
  'p12-wrong-password': '密码不对，或者文件已被修改。',
  'p12-unsupported': '此身份文件使用 {{algorithm}} 加密，Paperdesk 无法读取。请用当前的设置重新导出。',
  'p12-no-key': '此身份文件中没有与证书匹配的私钥，无法用于签名。',
  'key-unsupported': '这种密钥（{{type}}）不能在这里签名：请使用 RSA 或 ECDSA 密钥。',
  'key-mismatch': '私钥与证书不匹配。',
}

import type { certifyPdfReasonsEn } from '../en/certify-pdf-reasons'

/** 签名身份与 PDF 数字签名被拒绝的原因（`certify.reasons.*`）。 */
export const certifyPdfReasonsZhCN: Record<keyof typeof certifyPdfReasonsEn, string> = {
  'pdf-broken-xref':
    '{{name}} 的交叉引用表已损坏（{{detail}}）。请在 PDF 阅读器中打开并另存一份，再签署副本。',
  'signature-too-large': '证书链太大，无法嵌入 PDF。',
  'identity-missing': '不存在编号为 {{id}} 的签名身份。',
  'identity-exists': '该证书已是您的签名身份（{{name}}）。',
  'passphrase-needed': '请设置至少 {{min}} 个字符的口令来保护私钥。',
  'passphrase-missing': '请输入 {{name}} 的口令。',
  'passphrase-wrong': '{{name}} 的口令不正确。',
  'key-store-unavailable': '{{name}} 的私钥由 Paperdesk 应用的系统钥匙串保管，请在应用中用它签署。',
  'certificate-expired': '{{name}} 的证书已于 {{date}} 过期。阅读器会标记该签名；除非必要，请不要继续签署。',
  'certificate-not-yet-valid': '{{name}} 的证书要到 {{date}} 才生效。',
  'needs-pdf': '数字签名只能输出为 PDF。',
  'flatten-signed': '该 PDF 已有签名：拼合表单会使之前的签名失效。请不拼合直接签署。',
}

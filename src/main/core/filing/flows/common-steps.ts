import type { FlowStep, Localized, StepTip } from '../../../../shared/contract/filing-flow'

// Steps every cloud provider's app filing shares once the order leaves the user's hands (reference
// §1 steps 2–6, §1a, §4). Provider flows put their own steps in front and their own tips in.

const tip = (zh: string, en: string, source: string): StepTip => ({ kind: 'tip', text: { zh, en }, source })
const pitfall = (zh: string, en: string, source: string): StepTip => ({
  kind: 'pitfall',
  text: { zh, en },
  source,
})
export { pitfall, tip }

export function collectFeatureInfo(): FlowStep {
  return {
    key: 'collect-feature-info',
    title: { zh: '读取 APP 特征信息', en: 'Read the app’s feature info (APP特征信息)' },
    description: {
      zh: '从正式签名的安装包读取包名 / Bundle ID、公钥和签名 MD5 值：在 Paperdesk 的“读取 APP 特征信息”中打开 APK、IPA 或证书，再填入本次备案的平台信息（在备案的“表单”里，平台卡片也能直接从安装包填入）。',
      en: 'Take the package name / Bundle ID, public key and signature MD5 from the release-signed build: open the APK, IPA or certificate in Paperdesk’s “Read an app’s feature info” tab and fill the values into this filing’s platforms (on the filing’s “Form” tab, a platform card can also fill itself from the APK).',
    },
    actor: 'user',
    stage: 'draft',
    duration: null,
    tips: [
      pitfall(
        '必须用签发商店正式版的发布密钥的值；调试证书（CN=Android Debug）的值日后对不上。',
        'Use the values of the release key that signs the store build; debug-certificate (CN=Android Debug) values will not match later.',
        '§3 [PR-LIANLEME]',
      ),
      pitfall(
        'iOS 的“签名MD5值”栏要填证书的 SHA-1（40 位），据报填真正的 MD5 会被驳回。',
        'For iOS the box labelled 签名MD5值 takes the certificate’s SHA-1 (40 hex digits); the real MD5 is reported refused.',
        '§3 [HSY][PR-LANSEND][PR-HW-XNP]',
      ),
      pitfall(
        '只有 v2/v3 签名的 APK 没有 CERT.RSA，keytool 读不出任何信息；Paperdesk 直接读取签名块。',
        'An APK signed with v2/v3 only has no CERT.RSA, so keytool shows nothing; Paperdesk reads the signing block itself.',
        '§3 [PR-GTWAKE][APK-SIG]',
      ),
      tip(
        'MD5 的大小写和分隔符没有官方规定（jadx 用空格、openssl 用冒号、apksigner 用小写）；Paperdesk 提供每种格式一键复制。',
        'No source fixes the MD5’s case or separators (jadx uses spaces, openssl colons, apksigner lowercase); Paperdesk copies each form in one click.',
        '§3 format table, §10',
      ),
    ],
  }
}

export function submitOrder(provider: Localized): FlowStep {
  return {
    key: 'submit',
    title: { zh: '提交订单', en: 'Submit the order' },
    description: {
      zh: `核对全部信息后提交给${provider.zh}初审。提交前 Paperdesk 会再次校验表单。`,
      en: `Check everything once more and submit it to ${provider.en}’s initial review. Paperdesk validates the form again before it counts as submitted.`,
    },
    actor: 'user',
    stage: 'draft',
    completes: 'submitted',
    duration: null,
    tips: [
      tip(
        '同一主体同一时间只能有一个进行中的备案订单。',
        'A subject can have only one order in progress at a time.',
        '§1 [HW-FLOW][HW-APP]',
      ),
    ],
  }
}

export function providerReview(provider: Localized, extra: StepTip[] = []): FlowStep {
  return {
    key: 'provider-review',
    title: { zh: `${provider.zh}初审`, en: `${provider.en} initial review` },
    description: {
      zh: `${provider.zh}核对材料，可能致电负责人核实；通过后推送到工信部。`,
      en: `${provider.en} checks the materials and may phone the principals; once passed, the order is pushed to MIIT.`,
    },
    actor: 'provider',
    stage: 'provider-review',
    completes: 'sms-pending',
    duration: { kind: 'working-days', min: 1, max: 2 },
    tips: [
      tip(
        '保持负责人手机畅通：审核人员可能来电核实。部分省份要求邮寄签字的纸质材料。',
        'Keep the principals’ phones on: the reviewer may call. Some provinces require signed paper forms by post.',
        '§1 step 2 [AL-FLOW][AL-SOL]',
      ),
      ...extra,
    ],
  }
}

export function smsVerification(extra: StepTip[] = []): FlowStep {
  return {
    key: 'sms-verify',
    title: { zh: '工信部短信核验', en: 'MIIT SMS verification (短信核验)' },
    description: {
      zh: '订单推送到工信部约 5 分钟后，12381 会发来短信。24 小时内在 beian.miit.gov.cn →“短信核验”输入验证码、手机号和负责人证件号后 6 位。',
      en: 'About 5 minutes after the order reaches MIIT, 12381 sends an SMS. Within 24 hours, enter the code, the phone number and the last 6 characters of the principal’s ID at beian.miit.gov.cn → 短信核验.',
    },
    actor: 'user',
    stage: 'sms-pending',
    completes: 'provincial-review',
    duration: { kind: 'hours', value: 24 },
    sms: true,
    onlyFor: ['first', 'new-service', 'new-access', 'change', 'cancel-service', 'cancel-subject'],
    tips: [
      pitfall(
        '输错 5 次或 24 小时内未核验，订单会被自动退回服务商，需重新提交并再次核验。',
        'Five wrong codes, or no verification within 24 hours, and the order goes back to the provider: resubmit and verify again.',
        '§1a [TC-SMS][HW-SMS]',
      ),
      tip(
        '可在工信部网站“短信重发”，24 小时内最多 3 次。Paperdesk 从第一条短信起计时，以防重发并不延长期限。',
        'Resend through the MIIT portal (短信重发) at most 3 times in 24 hours. Paperdesk counts from the first SMS, in case a resend does not extend the window.',
        '§1a [TC-SMS]',
      ),
      tip(
        '首次备案时主体负责人和 APP 负责人都会收到短信（同一人只收一条）；“请等待其他核验人”表示还有人未核验。',
        'On a first filing both the subject principal and the app principal get an SMS (one if they are the same person); “please wait for other verifiers” means someone has not verified yet.',
        '§1a [TC-SMS][AL-SOL]',
      ),
      tip(
        '尽量用手机流量而不是 Wi-Fi 完成核验；状态最多 24 小时后才同步回来。',
        'Verify on mobile data rather than Wi-Fi; the status may take up to 24 hours to sync back.',
        '§1a [AL-SOL]',
      ),
      ...extra,
    ],
  }
}

export function provincialReview(range: { min: number; max: number } = { min: 1, max: 20 }): FlowStep {
  return {
    key: 'provincial-review',
    title: { zh: '管局审核', en: 'Provincial review (管局审核)' },
    description: {
      zh: '主办者所在省的通信管理局审核，视省份 1–20 个工作日；结果以短信和邮件通知，服务商控制台数小时后同步。',
      en: 'The Communications Administration of the organizer’s province reviews the filing: 1–20 working days depending on the province. The result comes by SMS and e-mail; the provider console syncs a few hours later.',
    },
    actor: 'province',
    stage: 'provincial-review',
    completes: 'approved',
    duration: { kind: 'working-days', ...range },
    tips: [
      tip(
        '通过短信可能只写主体备案号；APP 的备案号（…号-NA）请到 beian.miit.gov.cn 查询复制。',
        'The approval SMS may carry only the subject number; copy the app’s number (…号-NA) from beian.miit.gov.cn.',
        '§4 [PR-LANSEND][PR-ALBLOG]',
      ),
    ],
  }
}

export function showNumber(): FlowStep {
  return {
    key: 'show-number',
    title: { zh: '展示备案号并填入商店', en: 'Show the number and enter it in the stores' },
    description: {
      zh: '在 APP 的“设置/关于”等显著位置展示备案号并链接到 https://beian.miit.gov.cn；在各应用商店和 App Store Connect（App 信息 → 中国大陆 ICP 备案号）填入 APP 的备案号。',
      en: 'Show the number in a prominent place such as Settings/About, linked to https://beian.miit.gov.cn; enter the app’s number in each store and in App Store Connect (App Information → China mainland ICP filing number).',
    },
    actor: 'user',
    stage: 'approved',
    duration: null,
    tips: [
      pitfall(
        '填 APP 的备案号（…号-NA），不要填主体或网站的备案号。',
        'Enter the app’s number (…号-NA), not the subject’s or a website’s.',
        '§4 [PR-LANSEND]',
      ),
      tip(
        '小米等商店要求主办者、APP 名称和包名与备案一致，且应用内的备案号可点击。',
        'Xiaomi and other stores require the organizer, app name and package name to match the filing, and the in-app number to be clickable.',
        '§4 [PR-LIANLEME→MI]',
      ),
    ],
  }
}

export function publicSecurityFiling(): FlowStep {
  return {
    key: 'public-security',
    title: { zh: '公安联网备案', en: 'Public-security network filing' },
    description: {
      zh: '上线后 30 日内在 beian.mps.gov.cn 办理公安联网备案；提供经营性服务的还需经营性 ICP 许可证。',
      en: 'Within 30 days of going live, file with public security at beian.mps.gov.cn; commercial services also need an ICP operating licence.',
    },
    actor: 'user',
    stage: 'approved',
    duration: { kind: 'days', value: 30 },
    tips: [],
  }
}

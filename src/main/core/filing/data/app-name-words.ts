// Words the reference lists as reasons a name is refused or questioned (icp-filing.md §2 "App basic
// info": no generic terms, duplicates, emoji, placeholders, price/marketing words; §8: names with
// "中国/国家…", pure digits/English). Only the national terms are documented refusals (H); the rest
// are softer rules seen in practice, so the form warns instead of refusing.

/** National/official terms: refused (§8, provider-documented). */
export const bannedNameWords: readonly string[] = [
  '中国',
  '中华',
  '全国',
  '国家',
  '国际',
  '中央',
  '国务院',
  '政府',
]

/** Price and marketing words (§2): a warning, since providers word the rule loosely. */
export const marketingNameWords: readonly string[] = [
  '免费',
  '最',
  '第一',
  '首选',
  '顶级',
  '独家',
  '唯一',
  '特价',
  '折扣',
  '优惠',
  '限时',
  '秒杀',
  '包邮',
  '低价',
  '官方',
  '正版',
]

/** Placeholder names (§2): Chinese anywhere in the name, Latin ones as whole words. */
export const placeholderNameWords: readonly string[] = [
  '测试',
  '示例',
  '演示',
  '未命名',
  'test',
  'demo',
  'example',
  'sample',
  'untitled',
  'todo',
]

/** Generic terms (§2): a warning when they are the whole name. */
export const genericNames: readonly string[] = [
  '浏览器',
  '计算器',
  '天气',
  '日历',
  '相机',
  '手电筒',
  '工具',
  '工具箱',
  '应用',
  '软件',
  '游戏',
  '音乐',
  '视频',
  '商城',
  '地图',
  '新闻',
  'app',
  'browser',
  'calculator',
  'weather',
  'camera',
  'tools',
]

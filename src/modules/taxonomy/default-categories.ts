// The categories a new company starts with; the industry presets (triage) replace and extend them.
export const DEFAULT_CATEGORIES = [
  { code: 'delay', nameZh: '延误', nameEn: 'Delay' },
  { code: 'damage', nameZh: '损坏', nameEn: 'Damage' },
  { code: 'loss', nameZh: '丢失', nameEn: 'Loss' },
  { code: 'wrong_item', nameZh: '错发/漏发', nameEn: 'Wrong or missing item' },
  { code: 'attitude', nameZh: '服务态度', nameEn: 'Staff attitude' },
  { code: 'info_lag', nameZh: '信息沟通', nameEn: 'Information / communication' },
  { code: 'fee_dispute', nameZh: '费用争议', nameEn: 'Fee dispute' },
  { code: 'food_quality', nameZh: '食品质量', nameEn: 'Food quality' },
  { code: 'product_quality', nameZh: '商品质量', nameEn: 'Product quality' },
  { code: 'price_dispute', nameZh: '价格争议', nameEn: 'Price dispute' },
  { code: 'hygiene', nameZh: '环境卫生', nameEn: 'Hygiene' },
  { code: 'system_error', nameZh: '系统故障', nameEn: 'System error' },
  { code: 'other', nameZh: '其他', nameEn: 'Other' },
] as const;

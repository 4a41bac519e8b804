// The categories a new company starts with; the industry presets (triage) replace and extend them.
export const DEFAULT_CATEGORIES = [
  { code: 'delay', nameZh: '延误', nameEn: 'Delay', nature: 'service_quality' },
  { code: 'damage', nameZh: '损坏', nameEn: 'Damage', nature: 'operation_error' },
  { code: 'loss', nameZh: '丢失', nameEn: 'Loss', nature: 'operation_error' },
  { code: 'wrong_item', nameZh: '错发/漏发', nameEn: 'Wrong or missing item', nature: 'operation_error' },
  { code: 'attitude', nameZh: '服务态度', nameEn: 'Staff attitude', nature: 'service_quality' },
  { code: 'info_lag', nameZh: '信息沟通', nameEn: 'Information / communication', nature: 'information' },
  { code: 'fee_dispute', nameZh: '费用争议', nameEn: 'Fee dispute', nature: 'fee_dispute' },
  { code: 'food_quality', nameZh: '食品质量', nameEn: 'Food quality', nature: null },
  { code: 'product_quality', nameZh: '商品质量', nameEn: 'Product quality', nature: null },
  { code: 'price_dispute', nameZh: '价格争议', nameEn: 'Price dispute', nature: 'fee_dispute' },
  { code: 'hygiene', nameZh: '环境卫生', nameEn: 'Hygiene', nature: 'service_quality' },
  { code: 'system_error', nameZh: '系统故障', nameEn: 'System error', nature: 'information' },
  { code: 'other', nameZh: '其他', nameEn: 'Other', nature: null },
] as const;

import { Segmented } from 'antd';
import { useI18n, type Language } from '../i18n/index.ts';

/** 中文 / English; `compact` for a phone's header (the customer portal). */
export const LanguageSwitch = ({ compact = false, testId = 'lang-switch' }: { compact?: boolean; testId?: string }) => {
  const { lang, setLang, t } = useI18n();
  return (
    <Segmented<Language>
      aria-label={t('lang.switch')}
      size="small"
      value={lang}
      onChange={setLang}
      options={[
        { value: 'zh', label: '中文' },
        { value: 'en', label: compact ? 'EN' : 'English' },
      ]}
      data-testid={testId}
    />
  );
};

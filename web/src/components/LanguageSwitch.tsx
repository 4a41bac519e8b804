import { Segmented } from 'antd';
import { useI18n, type Language } from '../i18n/index.ts';

export const LanguageSwitch = () => {
  const { lang, setLang, t } = useI18n();
  return (
    <Segmented<Language>
      aria-label={t('lang.switch')}
      size="small"
      value={lang}
      onChange={setLang}
      options={[
        { value: 'zh', label: '中文' },
        { value: 'en', label: 'English' },
      ]}
      data-testid="lang-switch"
    />
  );
};

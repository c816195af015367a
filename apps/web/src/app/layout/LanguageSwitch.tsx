import { Select } from 'antd';
import { GlobalOutlined } from '@ant-design/icons';
import { useI18n, type Locale } from '@/i18n';

/** Tiếng Việt / English; each name written in its own language. */
export function LanguageSwitch({ compact = false }: { compact?: boolean }) {
  const { locale, setLocale, t } = useI18n();
  return (
    <Select<Locale>
      aria-label={t('header.language')}
      value={locale}
      onChange={(l) => setLocale(l)}
      size="middle"
      style={{ width: compact ? 76 : 132 }}
      prefix={compact ? undefined : <GlobalOutlined aria-hidden />}
      options={[
        { value: 'vi', label: compact ? 'VI' : 'Tiếng Việt', title: 'Tiếng Việt' },
        { value: 'en', label: compact ? 'EN' : 'English', title: 'English' },
      ]}
      className="lang-switch"
    />
  );
}

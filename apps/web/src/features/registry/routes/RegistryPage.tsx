import { Tabs } from 'antd';
import { PageHeader } from '@/components/PageHeader';
import { useT } from '@/i18n';
import { useCan } from '@/lib/session';
import { DuplicatesTab } from '../components/DuplicatesTab';
import { ImportTab } from '../components/ImportTab';
import { SearchTab } from '../components/SearchTab';

/** "Sổ khen thưởng" (issue #6): search with every filter and exports, entry detail and reissue, import, duplicates. */
export default function RegistryPage() {
  const t = useT();
  const canImport = useCan('registry.import');
  return (
    <>
      <PageHeader title={t('reg.title')} subtitle={t('reg.subtitle')} />
      <Tabs
        items={[
          { key: 'search', label: t('reg.tab.search'), children: <SearchTab /> },
          ...(canImport
            ? [
                { key: 'import', label: t('reg.tab.import'), children: <ImportTab /> },
                { key: 'duplicates', label: t('reg.tab.duplicates'), children: <DuplicatesTab /> },
              ]
            : []),
        ]}
      />
    </>
  );
}

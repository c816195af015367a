import type { ReactNode } from 'react';
import { Flex, Typography } from 'antd';
import { usePageTitle } from '@/lib/use-page-title';
import { useT } from '@/i18n';

/** The page's one <h1>, its document title, an optional line under it and actions on the right. */
export function PageHeader({
  title,
  subtitle,
  extra,
  docTitle,
}: {
  title: ReactNode;
  subtitle?: ReactNode;
  extra?: ReactNode;
  docTitle?: string;
}) {
  const t = useT();
  usePageTitle(docTitle ?? (typeof title === 'string' ? title : ''), t('app.name'));
  return (
    <Flex className="page-header" justify="space-between" align="flex-start" wrap="wrap" gap={12}>
      <div style={{ minWidth: 0 }}>
        <Typography.Title level={1} className="page-title">
          {title}
        </Typography.Title>
        {subtitle ? (
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
            {subtitle}
          </Typography.Paragraph>
        ) : null}
      </div>
      {extra ? (
        <Flex gap={8} wrap="wrap">
          {extra}
        </Flex>
      ) : null}
    </Flex>
  );
}

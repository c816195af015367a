import { Flex, Spin } from 'antd';

export function FullPageSpin({ label }: { label: string }) {
  return (
    <Flex justify="center" align="center" style={{ minHeight: '60vh' }} role="status" aria-live="polite">
      <Spin size="large" description={label} />
    </Flex>
  );
}

import type { ReactNode } from 'react';
import { App, Button, Flex, Popconfirm, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { errorMessage } from '../../components/ErrorAlert.tsx';
import { useI18n } from '../../i18n/index.ts';

/** Title of an admin list with its "create" button. */
export const AdminListHeader = (props: { title: ReactNode; createLabel: ReactNode; createTestId: string; onCreate: () => void }) => (
  <Flex justify="space-between" align="center" wrap gap={8}>
    <Typography.Title level={3} style={{ margin: 0 }}>
      {props.title}
    </Typography.Title>
    <Button type="primary" icon={<PlusOutlined />} onClick={props.onCreate} data-testid={props.createTestId}>
      {props.createLabel}
    </Button>
  </Flex>
);

/** 启用 / 停用 as a tag. */
export const ActiveTag = ({ active }: { active: boolean }) => {
  const { t } = useI18n();
  return active ? <Tag color="green">{t('common.active')}</Tag> : <Tag>{t('common.inactive')}</Tag>;
};

/** Edit, and delete after a confirmation; a refused delete is shown, not swallowed. */
export const EditDeleteActions = (props: { onEdit: () => void; deleteConfirm: ReactNode; onDelete: () => Promise<unknown> }) => {
  const { t } = useI18n();
  const { message } = App.useApp();
  return (
    <Space size={0}>
      <Button type="link" size="small" onClick={props.onEdit}>
        {t('common.edit')}
      </Button>
      <Popconfirm
        title={props.deleteConfirm}
        okText={t('common.delete')}
        cancelText={t('common.cancel')}
        okButtonProps={{ danger: true }}
        onConfirm={() => props.onDelete().catch((e: unknown) => void message.error(errorMessage(e, t('error.unknown'))))}
      >
        <Button type="link" size="small" danger>
          {t('common.delete')}
        </Button>
      </Popconfirm>
    </Space>
  );
};

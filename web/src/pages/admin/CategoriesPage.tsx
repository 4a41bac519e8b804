import { useState } from 'react';
import { Button, Flex, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useAdminCategories, type AdminCategory } from '../../api/config.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { UrgencyTag } from '../../components/tags.tsx';
import { useI18n } from '../../i18n/index.ts';
import { ActiveTag, AdminListHeader } from './admin-parts.tsx';
import { CategoryFormModal } from './CategoryFormModal.tsx';

export const CategoriesPage = () => {
  const { t } = useI18n();
  const categories = useAdminCategories();
  const [editing, setEditing] = useState<AdminCategory | 'new' | null>(null);
  const rows = [...(categories.data ?? [])].sort((a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code));

  const columns: TableColumnsType<AdminCategory> = [
    { title: t('admin.categories.sortOrder'), dataIndex: 'sortOrder', width: 80 },
    { title: t('admin.categories.code'), dataIndex: 'code', width: 140 },
    { title: t('admin.categories.nameZh'), dataIndex: 'nameZh', width: 120 },
    { title: t('admin.categories.nameEn'), dataIndex: 'nameEn', width: 160 },
    {
      title: t('admin.categories.keywords'),
      dataIndex: 'keywords',
      // The cell's own width bounds the text (a fixed max-width let it run over the next column); hover shows them all.
      render: (_, c) => (
        <Typography.Text type="secondary" ellipsis={{ tooltip: c.keywords.map((k) => k.term).join('、') }}>
          {t('admin.categories.keywordCount', { count: c.keywords.length })}: {c.keywords.slice(0, 6).map((k) => k.term).join('、')}
          {c.keywords.length > 6 ? '…' : ''}
        </Typography.Text>
      ),
    },
    { title: t('field.nature'), dataIndex: 'nature', width: 120, render: (_, c) => (c.nature ? t(`nature.${c.nature}`) : '—') },
    { title: t('admin.categories.baseUrgency'), dataIndex: 'baseUrgency', width: 110, render: (_, c) => <UrgencyTag urgency={c.baseUrgency} /> },
    {
      title: t('admin.categories.foodSafety'),
      dataIndex: 'foodSafety',
      width: 100,
      render: (v: boolean) => (v ? <Tag color="red">{t('common.yes')}</Tag> : t('common.no')),
    },
    {
      title: t('admin.status'),
      dataIndex: 'active',
      width: 90,
      render: (v: boolean) => <ActiveTag active={v} />,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 90,
      fixed: 'right',
      render: (_, c) => (
        <Button type="link" size="small" onClick={() => setEditing(c)}>
          {t('common.edit')}
        </Button>
      ),
    },
  ];

  return (
    <Flex vertical gap={12}>
      <AdminListHeader title={t('nav.categories')} createLabel={t('admin.categories.create')} createTestId="category-create" onCreate={() => setEditing('new')} />
      {categories.isError && <ErrorAlert error={categories.error} onRetry={() => void categories.refetch()} />}
      <Table<AdminCategory>
        rowKey="code"
        columns={columns}
        dataSource={rows}
        loading={categories.isPending}
        pagination={false}
        size="middle"
        scroll={{ x: 1220 }}
        data-testid="categories-table"
      />
      {editing && <CategoryFormModal category={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Flex>
  );
};

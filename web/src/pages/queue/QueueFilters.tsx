import { useEffect, useState } from 'react';
import { Button, Checkbox, DatePicker, Flex, Input, Select } from 'antd';
import { ClearOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useMe } from '../../api/auth.ts';
import { useCategoryOptions, useDepartmentOptions, useUserOptions, useVocabularyOptions, type Option } from '../../components/options.ts';
import { useI18n } from '../../i18n/index.ts';
import { hasFilters, type QueueState } from './queue-params.ts';

type Props = {
  state: QueueState;
  update: (patch: Partial<QueueState>) => void;
  reset: () => void;
  showDepartment: boolean;
};

type ListKey = 'status' | 'category' | 'urgency' | 'priority' | 'channel' | 'sla';

export const QueueFilters = ({ state, update, reset, showDepartment }: Props) => {
  const { t } = useI18n();
  const vocab = useVocabularyOptions();
  const categories = useCategoryOptions();
  const departments = useDepartmentOptions(true);
  const me = useMe().data?.user;
  // A handler works within their department: the assignees to filter by are its members.
  const ownDepartment = me?.role === 'handler' ? me.departmentId : null;
  const users = useUserOptions(ownDepartment ?? (state.departmentId || null));
  const [q, setQ] = useState(state.q);
  // Back/forward or a shared link changes q in the URL; the box must follow it.
  useEffect(() => setQ(state.q), [state.q]);

  const multi = (key: ListKey, label: string, options: Option[], loading = false) => (
    <Select
      mode="multiple"
      allowClear
      maxTagCount="responsive"
      placeholder={label}
      aria-label={label}
      options={options}
      loading={loading}
      value={state[key]}
      onChange={(v: string[]) => update({ [key]: v })}
      style={{ width: 170 }}
      showSearch={{ optionFilterProp: 'label' }}
      data-testid={`filter-${key}`}
    />
  );

  return (
    <Flex wrap gap={8} style={{ marginBottom: 12 }} role="search">
      <Input.Search
        allowClear
        placeholder={t('queue.searchPlaceholder')}
        aria-label={t('queue.search')}
        value={q}
        onChange={(e) => setQ(e.target.value)}
        onSearch={(v) => update({ q: v.trim() })}
        enterButton
        style={{ width: 340, maxWidth: '100%' }}
        data-testid="queue-search"
      />
      {multi('status', t('field.status'), vocab.status)}
      {multi('category', t('field.category'), categories.options, categories.loading)}
      {multi('urgency', t('field.urgency'), vocab.urgency)}
      {multi('priority', t('field.priority'), vocab.priority)}
      {multi('channel', t('field.channel'), vocab.channel)}
      {multi('sla', t('queue.slaFilter'), vocab.slaFilter)}
      {showDepartment && (
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('field.department')}
          aria-label={t('field.department')}
          options={departments.options}
          loading={departments.loading}
          value={state.departmentId || undefined}
          onChange={(v?: string) => update({ departmentId: v ?? '', assigneeId: '' })}
          style={{ width: 170 }}
          data-testid="filter-department"
        />
      )}
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('field.assignee')}
        aria-label={t('field.assignee')}
        options={users.options}
        loading={users.loading}
        value={state.assigneeId || undefined}
        onChange={(v?: string) => update({ assigneeId: v ?? '' })}
        style={{ width: 170 }}
        data-testid="filter-assignee"
      />
      <DatePicker.RangePicker
        aria-label={t('queue.dateRange')}
        placeholder={[t('queue.dateFrom'), t('queue.dateTo')]}
        value={[state.from ? dayjs(state.from) : null, state.to ? dayjs(state.to) : null]}
        allowEmpty={[true, true]}
        onChange={(range) =>
          update({
            from: range?.[0] ? range[0].format('YYYY-MM-DD') : '',
            to: range?.[1] ? range[1].format('YYYY-MM-DD') : '',
          })
        }
        style={{ width: 260 }}
      />
      <Checkbox
        checked={state.escalated}
        onChange={(e) => update({ escalated: e.target.checked })}
        style={{ alignSelf: 'center' }}
        data-testid="filter-escalated"
      >
        {t('queue.escalatedOnly')}
      </Checkbox>
      <Checkbox
        checked={state.completeDelay}
        onChange={(e) => update({ completeDelay: e.target.checked })}
        style={{ alignSelf: 'center' }}
        data-testid="filter-complete-delay"
      >
        {t('queue.completeDelayOnly')}
      </Checkbox>
      <Button icon={<ClearOutlined />} onClick={reset} disabled={!hasFilters(state)}>
        {t('queue.resetFilters')}
      </Button>
    </Flex>
  );
};

import { useState } from 'react';
import { Button, DatePicker, Flex, Input, Select, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { LIMITS } from '../../api/contract.gen.ts';
import type { CalendarOverride } from '../../api/config.ts';
import { useI18n, type MessageKey } from '../../i18n/index.ts';

type Props = { value: CalendarOverride[]; onChange: (v: CalendarOverride[]) => void; disabled?: boolean };

/** The calendar's exceptions (调休, extra days off), kept in date order; saved with the calendar. */
export const CalendarOverrides = ({ value, onChange, disabled }: Props) => {
  const { t } = useI18n();
  const [date, setDate] = useState<Dayjs | null>(null);
  const [type, setType] = useState<'off' | 'workday'>('off');
  const [name, setName] = useState('');
  // A message key, not its text, so that the message follows a change of the UI language.
  const [error, setError] = useState<MessageKey | null>(null);

  const add = () => {
    if (!date) return;
    const iso = date.format('YYYY-MM-DD');
    if (value.some((o) => o.date === iso)) {
      setError('admin.calendars.duplicateDate');
      return;
    }
    const next: CalendarOverride = { date: iso, type, ...(name.trim() ? { name: name.trim() } : {}) };
    onChange([...value, next].sort((a, b) => a.date.localeCompare(b.date)));
    setDate(null);
    setName('');
    setError(null);
  };

  const columns: TableColumnsType<CalendarOverride> = [
    { title: t('admin.calendars.date'), dataIndex: 'date', width: 130 },
    {
      title: t('admin.calendars.type'),
      dataIndex: 'type',
      width: 120,
      render: (v: 'off' | 'workday', o) => (
        <Flex gap={4} wrap>
          <Tag color={v === 'off' ? 'orange' : 'blue'}>{t(`admin.calendars.type.${v}`)}</Tag>
          {o.periods && o.periods.length > 0 && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {o.periods.map((p) => `${p.start}–${p.end}`).join(', ')}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    { title: t('admin.calendars.name'), dataIndex: 'name', render: (v: string | undefined) => v || '—' },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 80,
      render: (_, o) => (
        <Button
          type="text"
          danger
          size="small"
          icon={<DeleteOutlined />}
          disabled={disabled}
          aria-label={`${t('common.delete')} ${o.date}`}
          onClick={() => onChange(value.filter((x) => x.date !== o.date))}
          data-testid="override-remove"
        />
      ),
    },
  ];

  return (
    <Flex vertical gap={8}>
      <Flex wrap gap={8} align="center" data-testid="override-form">
        <DatePicker
          value={date}
          onChange={(d) => {
            setDate(d);
            setError(null);
          }}
          placeholder={t('admin.calendars.date')}
          aria-label={t('admin.calendars.date')}
          disabled={disabled}
          data-testid="override-date"
        />
        <Select<'off' | 'workday'>
          value={type}
          onChange={setType}
          disabled={disabled}
          aria-label={t('admin.calendars.type')}
          style={{ width: 120 }}
          options={[
            { value: 'off', label: t('admin.calendars.type.off') },
            { value: 'workday', label: t('admin.calendars.type.workday') },
          ]}
          data-testid="override-type"
        />
        <Input
          value={name}
          onChange={(e) => setName(e.target.value)}
          maxLength={LIMITS.BusinessCalendar["definition.overrides[].name"].maxLength}
          placeholder={t('admin.calendars.namePlaceholder')}
          aria-label={t('admin.calendars.name')}
          disabled={disabled}
          style={{ width: 220 }}
          data-testid="override-name"
        />
        <Button icon={<PlusOutlined />} onClick={add} disabled={disabled || !date} data-testid="override-add">
          {t('common.add')}
        </Button>
      </Flex>
      {error && <Typography.Text type="danger">{t(error)}</Typography.Text>}
      <Table<CalendarOverride>
        rowKey="date"
        size="small"
        columns={columns}
        dataSource={value}
        pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: t('admin.calendars.noOverrides') }}
        scroll={{ x: 520 }}
        data-testid="overrides-table"
      />
    </Flex>
  );
};

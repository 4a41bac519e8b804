import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import { useSaveCalendar, type BusinessCalendar, type CalendarDefinition, type CalendarOverride } from '../../api/config.ts';
import type { FieldError } from '../../api/client.ts';
import { isApiError } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n } from '../../i18n/index.ts';
import { CalendarOverrides } from './CalendarOverrides.tsx';

const WEEK = ['1', '2', '3', '4', '5', '6', '0'] as const;

// The server wants every weekday spelled out, an empty list for a day off.
const fullWeek = (weekly: Record<string, { start: string; end: string }[]>) =>
  Object.fromEntries(['0', '1', '2', '3', '4', '5', '6'].map((d) => [d, weekly[d] ?? []]));

export const CalendarCard = ({ calendar }: { calendar: BusinessCalendar }) => {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const save = useSaveCalendar();
  const def = calendar.definition;
  const saved = def.kind === 'working_hours' ? def.overrides : [];
  const [overrides, setOverrides] = useState<CalendarOverride[]>(saved);
  const dirty = JSON.stringify(overrides) !== JSON.stringify(saved);

  const onSave = () => {
    if (def.kind !== 'working_hours') return;
    const definition: CalendarDefinition = { ...def, weekly: fullWeek(def.weekly), overrides };
    // The page re-keys this card on the saved definition (fresh state from the server), which unmounts
    // it before mutate's own callbacks would run; the promise still settles.
    save
      .mutateAsync({ id: calendar.id, definition })
      .then(() => void message.success(t('admin.calendars.saved')))
      // A failure stays on the card as an error alert.
      .catch(() => undefined);
  };

  const uncovered = calendar.coverage.filter((c) => !c.covered);
  const manual = calendar.coverage.filter((c) => c.covered && c.warning);
  const rest: FieldError[] = isApiError(save.error) ? save.error.fields : [];

  return (
    <Card
      title={
        <Flex gap={8} align="center" wrap>
          <span>{calendar.name}</span>
          {calendar.isDefault && <Tag color="blue">{t('admin.calendars.default')}</Tag>}
        </Flex>
      }
      extra={
        def.kind === 'working_hours' && (
          <Flex gap={8} align="center">
            {dirty && <Typography.Text type="warning">{t('admin.calendars.unsaved')}</Typography.Text>}
            <Button type="primary" icon={<SaveOutlined />} disabled={!dirty} loading={save.isPending} onClick={onSave} data-testid="calendar-save">
              {t('admin.calendars.saveOverrides')}
            </Button>
          </Flex>
        )
      }
      data-testid="calendar-card"
    >
      <Flex vertical gap={12}>
        {uncovered.map((c) => (
          <Alert
            key={c.year}
            type="error"
            showIcon
            title={t('admin.calendars.coverageMissing', { year: c.year })}
            description={c.warning ? c.warning[lang] : t('admin.calendars.coverageMissingDetail', { year: c.year })}
            data-testid="coverage-warning"
            data-year={c.year}
          />
        ))}
        {manual.map((c) => (
          <Alert
            key={c.year}
            type="warning"
            showIcon
            title={t('admin.calendars.coverageManual', { year: c.year })}
            description={c.warning ? c.warning[lang] : t('admin.calendars.coverageManualDetail')}
            data-testid="coverage-manual"
            data-year={c.year}
          />
        ))}
        {def.kind === '24x7' ? (
          <Typography.Text>{t('admin.calendars.kind24x7')}</Typography.Text>
        ) : (
          <>
            <Descriptions
              size="small"
              column={{ xs: 1, md: 2 }}
              items={[
                { key: 'tz', label: t('admin.calendars.timezone'), children: def.timezone },
                { key: 'holidays', label: t('admin.calendars.holidays'), children: t(`admin.calendars.holidays.${def.holidays}`) },
                {
                  key: 'coverage',
                  label: t('admin.calendars.coverage'),
                  children: (
                    <Flex gap={4} wrap>
                      {calendar.coverage.map((c) => (
                        <Tag key={c.year} color={c.covered ? 'green' : 'red'} data-testid={`coverage-${c.year}`}>
                          {t(c.covered ? 'admin.calendars.covered' : 'admin.calendars.notCovered', { year: c.year })}
                        </Tag>
                      ))}
                    </Flex>
                  ),
                },
              ]}
            />
            <Descriptions
              size="small"
              title={t('admin.calendars.weekly')}
              column={{ xs: 2, sm: 4, lg: 7 }}
              layout="vertical"
              bordered
              items={WEEK.map((d) => ({
                key: d,
                label: t(`weekday.${d}`),
                children: (def.weekly[d] ?? []).length ? (
                  (def.weekly[d] ?? []).map((p) => <div key={p.start}>{`${p.start}–${p.end}`}</div>)
                ) : (
                  <Typography.Text type="secondary">{t('admin.calendars.dayOff')}</Typography.Text>
                ),
              }))}
            />
            <div>
              <Typography.Title level={5} style={{ marginTop: 0 }}>
                {t('admin.calendars.overrides')}
              </Typography.Title>
              <Typography.Paragraph type="secondary">{t('admin.calendars.overridesHint')}</Typography.Paragraph>
              <CalendarOverrides value={overrides} onChange={setOverrides} disabled={save.isPending} />
            </div>
            {save.isError && <ErrorAlert error={save.error} extraFields={rest} />}
          </>
        )}
      </Flex>
    </Card>
  );
};

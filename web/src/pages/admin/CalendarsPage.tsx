import { Empty, Flex, Spin, Typography } from 'antd';
import { useCalendars } from '../../api/config.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n } from '../../i18n/index.ts';
import { CalendarCard } from './CalendarCard.tsx';

export const CalendarsPage = () => {
  const { t } = useI18n();
  const calendars = useCalendars();
  return (
    <Flex vertical gap={12}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('nav.calendars')}
      </Typography.Title>
      {calendars.isError && <ErrorAlert error={calendars.error} onRetry={() => void calendars.refetch()} />}
      {calendars.isPending && <Spin style={{ margin: 24 }} />}
      {calendars.data?.length === 0 && <Empty description={t('admin.calendars.empty')} />}
      {/* Keyed by content so a save or a refetch starts the card from what the server now holds. */}
      {[...(calendars.data ?? [])].sort((a, b) => Number(b.isDefault) - Number(a.isDefault)).map((c) => <CalendarCard key={`${c.id}:${JSON.stringify(c.definition)}`} calendar={c} />)}
    </Flex>
  );
};

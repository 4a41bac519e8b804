import type { ReactNode } from 'react';
import { Tag, Tooltip, Typography } from 'antd';
import { ClockCircleOutlined } from '@ant-design/icons';
import type { Case, CaseSla } from '../api/model.ts';
import { useI18n } from '../i18n/index.ts';
import { formatDateTime } from '../lib/format.ts';
import { SLA_COLORS, slaBadgeText, slaStatusLabel, slaTargetLabel, summariseSla, type SlaTone } from '../lib/sla.ts';
import { useNow } from '../lib/use-now.ts';

type Props = { case: Pick<Case, 'sla' | 'createdAt'>; placeholder?: ReactNode };

const TARGET_TONE: Record<string, SlaTone> = { running: 'running', warning: 'warning', breached: 'breached', paused: 'paused', met: 'met', stopped: 'stopped' };

/** Every target of a case with its due time and state; the badge's tooltip and the case page share it. */
export const SlaTargetsList = ({ sla, dark = false }: { sla: CaseSla; dark?: boolean }) => {
  const { t } = useI18n();
  return (
    <ul style={{ listStyle: 'none', margin: 0, padding: 0 }} data-testid="sla-targets">
      {sla.targets.map((x) => (
        <li key={x.target} style={{ display: 'flex', gap: 8, justifyContent: 'space-between', alignItems: 'center', padding: '2px 0' }}>
          <span style={{ color: dark ? '#fff' : undefined }}>{slaTargetLabel(x.target, t)}</span>
          <span style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
            <Typography.Text style={{ fontSize: 12, color: dark ? 'rgba(255,255,255,0.85)' : undefined }} type={dark ? undefined : 'secondary'}>
              {formatDateTime(x.metAt ?? x.dueAt)}
            </Typography.Text>
            <Tag color={SLA_COLORS[TARGET_TONE[x.status] ?? 'stopped']} style={{ marginInlineEnd: 0 }}>
              {slaStatusLabel(x.status, t)}
            </Tag>
          </span>
        </li>
      ))}
    </ul>
  );
};

/** The nearest running deadline as a live countdown; re-rendered every 30 s without refetching. */
export const SlaBadge = ({ case: c, placeholder = null }: Props) => {
  const { t } = useI18n();
  const now = useNow();
  const view = summariseSla(c.sla, c.createdAt, now);
  if (!view || !c.sla) return <>{placeholder}</>;
  const label = slaBadgeText(view, t);
  const title = (
    <div style={{ minWidth: 220 }}>
      <div style={{ fontWeight: 600, marginBottom: 4 }}>{t('sla.tooltipTitle')}</div>
      <SlaTargetsList sla={c.sla} dark />
    </div>
  );
  return (
    <Tooltip title={title}>
      <Tag
        icon={<ClockCircleOutlined />}
        color={SLA_COLORS[view.tone]}
        data-testid="sla-badge"
        data-sla={view.tone}
        tabIndex={0}
        aria-label={`${view.target ? `${slaTargetLabel(view.target.target, t)} ` : ''}${label}`}
        style={{ marginInlineEnd: 0, whiteSpace: 'nowrap' }}
      >
        {label}
      </Tag>
    </Tooltip>
  );
};

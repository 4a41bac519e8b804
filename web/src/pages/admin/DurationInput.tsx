import { useState } from 'react';
import { InputNumber, Select, Space } from 'antd';
import { useI18n } from '../../i18n/index.ts';

type Unit = 'minute' | 'hour' | 'day' | 'workday';

type Props = {
  value?: number | null;
  onChange?: (minutes: number | null) => void;
  /** Business-time targets count working days, whose length comes from the calendar. */
  business?: boolean;
  workdayMinutes?: number;
  id?: string;
  'data-testid'?: string;
};

const factorOf = (unit: Unit, workday: number) => (unit === 'day' ? 1440 : unit === 'workday' ? workday : unit === 'hour' ? 60 : 1);

// Shows a stored number of minutes in the largest unit that divides it exactly.
const bestUnit = (minutes: number | null | undefined, business: boolean, workday: number): Unit => {
  if (!minutes) return 'minute';
  const big = business ? workday : 1440;
  if (minutes % big === 0) return business ? 'workday' : 'day';
  if (minutes % 60 === 0) return 'hour';
  return 'minute';
};

/** Minutes typed as minutes, hours or (working) days; the form always holds minutes. */
export const DurationInput = ({ value, onChange, business = false, workdayMinutes = 540, id, ...rest }: Props) => {
  const { t } = useI18n();
  const [unit, setUnit] = useState<Unit>(() => bestUnit(value, business, workdayMinutes));
  const shownUnit: Unit = unit === 'workday' && !business ? 'day' : unit === 'day' && business ? 'workday' : unit;
  const factor = factorOf(shownUnit, workdayMinutes);
  const shown = value === null || value === undefined ? null : Math.round((value / factor) * 100) / 100;
  const units: Unit[] = business ? ['minute', 'hour', 'workday'] : ['minute', 'hour', 'day'];

  return (
    <Space.Compact style={{ width: '100%' }}>
      <InputNumber
        id={id}
        value={shown}
        min={0}
        step={1}
        onChange={(n) => onChange?.(n === null ? null : Math.round(n * factor))}
        style={{ width: '100%' }}
        data-testid={rest['data-testid']}
      />
      <Select<Unit>
        value={shownUnit}
        onChange={setUnit}
        style={{ width: 110 }}
        options={units.map((u) => ({ value: u, label: t(`admin.sla.unit.${u}`) }))}
        data-testid={rest['data-testid'] ? `${rest['data-testid']}-unit` : undefined}
      />
    </Space.Compact>
  );
};

import { Button, Card, Col, Form, Row, Select, Switch, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { TargetPolicy } from '../../api/config.ts';
import { SLA_TARGETS } from '../../api/model.ts';
import { useVocabularyOptions } from '../../components/options.ts';
import { useI18n } from '../../i18n/index.ts';
import { useRequiredRules } from '../../lib/form-rules.ts';
import { formatDuration } from '../../lib/sla.ts';
import { DurationInput } from './DurationInput.tsx';

const LIST = ['policy', 'targets'];

const Helper = ({ index, workdayMinutes }: { index: number; workdayMinutes: number }) => {
  const { t } = useI18n();
  const minutes: number | undefined = Form.useWatch([...LIST, index, 'minutes']);
  const clock: string | undefined = Form.useWatch([...LIST, index, 'calendar']);
  if (!minutes) return null;
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
      {clock === 'business'
        ? t('admin.sla.businessHelper', { time: formatDuration(minutes * 60_000, t), days: Math.round((minutes / workdayMinutes) * 10) / 10 })
        : t('admin.sla.calendarHelper', { time: formatDuration(minutes * 60_000, t) })}
    </Typography.Text>
  );
};

const BusinessDuration = ({ index, workdayMinutes }: { index: number; workdayMinutes: number }) => {
  const { t } = useI18n();
  const clock: string | undefined = Form.useWatch([...LIST, index, 'calendar']);
  return (
    <Form.Item
      name={[index, 'minutes']}
      label={t('admin.sla.minutes')}
      rules={[{ required: true, type: 'number', min: 1, message: t('validation.required', { field: t('admin.sla.minutes') }) }]}
      style={{ marginBottom: 4 }}
    >
      <DurationInput business={clock === 'business'} workdayMinutes={workdayMinutes} data-testid={`sla-target-${index}-minutes`} />
    </Form.Item>
  );
};

/** One row per time-limit target: which clock, how long, whether waiting for the customer pauses it. */
export const SlaTargetsEditor = ({ workdayMinutes }: { workdayMinutes: number }) => {
  const { t } = useI18n();
  const vocab = useVocabularyOptions();
  const required = useRequiredRules();
  // The messages switch language with the UI through the enclosing form (SlaPolicyModal).
  const form = Form.useFormInstance();
  const unusedTarget = () => {
    const used = new Set(((form.getFieldValue(LIST) as TargetPolicy[] | undefined) ?? []).map((x) => x?.target));
    return SLA_TARGETS.find((x) => !used.has(x)) ?? 'resolution';
  };
  return (
    <Form.List
      name={LIST}
      rules={[
        {
          validator: async (_r, targets: TargetPolicy[] | undefined) => {
            if (!targets || targets.length === 0) throw new Error(t('admin.sla.noTargets'));
            const names = targets.map((x) => x?.target).filter(Boolean);
            if (new Set(names).size !== names.length) throw new Error(t('admin.sla.duplicateTarget'));
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <>
          {fields.map((field) => (
            <Card size="small" key={field.key} style={{ marginBottom: 8 }} data-testid={`sla-target-${field.name}`}>
              <Row gutter={12} align="top">
                <Col xs={24} sm={6}>
                  <Form.Item
                    name={[field.name, 'target']}
                    label={t('admin.sla.target')}
                    rules={required.choice(t('admin.sla.target'))}
                    style={{ marginBottom: 4 }}
                  >
                    <Select options={vocab.slaTarget} data-testid={`sla-target-${field.name}-target`} />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={8}>
                  <BusinessDuration index={field.name} workdayMinutes={workdayMinutes} />
                  <Helper index={field.name} workdayMinutes={workdayMinutes} />
                </Col>
                <Col xs={12} sm={5}>
                  <Form.Item name={[field.name, 'calendar']} label={t('admin.sla.clock')} style={{ marginBottom: 4 }} tooltip={t('admin.sla.clockHint')}>
                    <Select
                      options={[
                        { value: 'business', label: t('admin.sla.clock.business') },
                        { value: 'calendar', label: t('admin.sla.clock.calendar') },
                      ]}
                      data-testid={`sla-target-${field.name}-clock`}
                    />
                  </Form.Item>
                </Col>
                <Col xs={8} sm={3}>
                  <Form.Item name={[field.name, 'pausable']} label={t('admin.sla.pausable')} valuePropName="checked" style={{ marginBottom: 4 }}>
                    <Switch size="small" />
                  </Form.Item>
                </Col>
                <Col xs={4} sm={2} style={{ paddingTop: 30 }}>
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('common.delete')}
                    onClick={() => remove(field.name)}
                    disabled={fields.length <= 1}
                  />
                </Col>
              </Row>
              <Form.Item name={[field.name, 'escalation']} hidden noStyle />
            </Card>
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add({ target: unusedTarget(), minutes: 1440, calendar: 'calendar', pausable: true })}
            disabled={fields.length >= SLA_TARGETS.length}
            block
          >
            {t('admin.sla.addTarget')}
          </Button>
          <Form.ErrorList errors={errors} />
        </>
      )}
    </Form.List>
  );
};

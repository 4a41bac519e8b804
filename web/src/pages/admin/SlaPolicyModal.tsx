import { useState } from 'react';
import { Col, Divider, Form, Input, InputNumber, Modal, Row, Select, Switch } from 'antd';
import { LIMITS } from '../../api/contract.gen.ts';
import { useCalendars, useSaveSlaPolicy, type SlaPolicy, type SlaPolicyInput } from '../../api/config.ts';
import type { FieldError } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useCategoryOptions, useVocabularyOptions } from '../../components/options.ts';
import { useI18n } from '../../i18n/index.ts';
import { applyFieldErrors, useRevalidateOnLanguageChange } from '../../lib/form-errors.ts';
import { useRequiredRules } from '../../lib/form-rules.ts';
import { calendarFor, workdayMinutesOf } from '../../lib/calendar.ts';
import { SlaTargetsEditor } from './SlaTargetsEditor.tsx';

type Values = SlaPolicyInput;

const NEW: Values = {
  name: '',
  category: null,
  priority: null,
  calendarId: null,
  active: true,
  position: 0,
  policy: {
    targets: [{ target: 'resolution', minutes: 1440, calendar: 'calendar', pausable: true }],
    pauseStatuses: ['awaiting_customer'],
    warnAtShare: 0.75,
    escalation: { supervisorAfterBreachMinutes: 0, managerAfterBreachMinutes: 60 },
  },
};

const fieldNames = (targets: number) => [
  ['name'], ['category'], ['priority'], ['calendarId'], ['active'], ['position'],
  ['policy', 'pauseStatuses'], ['policy', 'warnAtShare'],
  ['policy', 'escalation', 'supervisorAfterBreachMinutes'], ['policy', 'escalation', 'managerAfterBreachMinutes'],
  ...Array.from({ length: targets }, (_, i) => ['target', 'minutes', 'calendar', 'pausable'].map((k) => ['policy', 'targets', i, k])).flat(),
];

type Props = { policy: SlaPolicy | null; onClose: () => void };

export const SlaPolicyModal = ({ policy, onClose }: Props) => {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  // Also covers the targets editor's fields, which live in this form.
  useRevalidateOnLanguageChange(form);
  const required = useRequiredRules();
  const save = useSaveSlaPolicy();
  const vocab = useVocabularyOptions();
  const categories = useCategoryOptions();
  const calendars = useCalendars();
  const calendarId: string | null | undefined = Form.useWatch('calendarId', form);
  const [rest, setRest] = useState<FieldError[] | undefined>();

  const onFinish = () => {
    // The whole store, so values no input shows (a target's own escalation) are kept.
    const v = form.getFieldsValue(true) as Values;
    const body: Values = {
      name: v.name.trim(),
      category: v.category ?? null,
      priority: v.priority ?? null,
      calendarId: v.calendarId ?? null,
      active: v.active,
      position: v.position ?? 0,
      policy: v.policy,
    };
    save.mutate(
      { id: policy?.id ?? null, body },
      { onSuccess: onClose, onError: (e) => setRest(applyFieldErrors(form, e, fieldNames(v.policy.targets.length))) },
    );
  };

  const minutesField = (name: 'supervisorAfterBreachMinutes' | 'managerAfterBreachMinutes', label: string) => (
    <Form.Item name={['policy', 'escalation', name]} label={label} extra={t('admin.sla.never')}>
      <InputNumber min={0} precision={0} style={{ width: '100%' }} data-testid={`sla-${name}`} />
    </Form.Item>
  );

  return (
    <Modal
      open
      width={900}
      title={policy ? t('admin.sla.editTitle', { name: policy.name }) : t('admin.sla.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      destroyOnHidden
      data-testid="sla-policy-modal"
    >
      <Form<Values> form={form} layout="vertical" initialValues={policy ?? NEW} onFinish={onFinish}>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="name" label={t('admin.sla.name')} rules={required.text(t('admin.sla.name'))}>
              <Input maxLength={LIMITS["POST /api/admin/sla-policies"]["body.name"].maxLength} data-testid="sla-name" />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name="position" label={t('admin.sla.position')}>
              <InputNumber min={LIMITS["POST /api/admin/sla-policies"]["body.position"].minimum} max={LIMITS["POST /api/admin/sla-policies"]["body.position"].maximum} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name="active" label={t('common.active')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="category" label={t('field.category')}>
              <Select allowClear placeholder={t('admin.sla.anyCategory')} options={categories.options} showSearch={{ optionFilterProp: 'label' }} data-testid="sla-category" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="priority" label={t('field.priority')}>
              <Select allowClear placeholder={t('admin.sla.anyPriority')} options={vocab.priority} data-testid="sla-priority" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="calendarId" label={t('admin.sla.calendar')}>
              <Select
                allowClear
                placeholder={t('admin.sla.defaultCalendar')}
                loading={calendars.isPending}
                options={(calendars.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start" plain>
          {t('admin.sla.targets')}
        </Divider>
        <SlaTargetsEditor workdayMinutes={workdayMinutesOf(calendarFor(calendars.data, calendarId))} />
        <Divider titlePlacement="start" plain>
          {t('admin.sla.rules')}
        </Divider>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name={['policy', 'pauseStatuses']} label={t('admin.sla.pauseStatuses')}>
              <Select mode="multiple" allowClear options={vocab.status} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name={['policy', 'warnAtShare']}
              label={t('admin.sla.warnAt')}
              getValueProps={(v: number | null | undefined) => ({ value: typeof v === 'number' ? Math.round(v * 100) : v })}
              normalize={(v: number | null) => (typeof v === 'number' ? v / 100 : v)}
            >
              <InputNumber min={LIMITS["POST /api/admin/sla-policies"]["body.policy.warnAtShare"].minimum * 100} max={LIMITS["POST /api/admin/sla-policies"]["body.policy.warnAtShare"].maximum * 100} precision={0} suffix="%" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            {minutesField('supervisorAfterBreachMinutes', t('admin.sla.supervisorAfter'))}
          </Col>
          <Col xs={24} sm={12}>
            {minutesField('managerAfterBreachMinutes', t('admin.sla.managerAfter'))}
          </Col>
        </Row>
      </Form>
      {save.isError && <ErrorAlert error={save.error} extraFields={rest} />}
    </Modal>
  );
};

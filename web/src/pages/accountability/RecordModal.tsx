// The form that records a reward or penalty 奖惩: kind, person and/or department, amount for 奖金/罚款, case, reason.
import { useState } from 'react';
import { Alert, App, Form, Input, InputNumber, Modal, Select } from 'antd';
import { MONEY_KINDS, PENALTY_KINDS, REWARD_KINDS, SUPERVISOR_KINDS, useRecordAccountability, type RecordKind } from '../../api/accountability.ts';
import { useMe } from '../../api/auth.ts';
import { useDepartments, useUsers } from '../../api/reference.ts';
import { errorMessage } from '../../components/ErrorAlert.tsx';
import { useI18n, type MessageKey } from '../../i18n/index.ts';
import { applyFieldErrors } from '../../lib/form-errors.ts';
import { newUuid } from '../../lib/uuid.ts';

type Values = { kind: RecordKind; userId?: string; departmentId?: string; amountYuan?: number; caseNumber?: string; reason: string };

export const RecordModal = ({ open, onClose, caseNumber }: { open: boolean; onClose: () => void; caseNumber?: string }) => {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const me = useMe();
  const departments = useDepartments();
  const users = useUsers(undefined, open);
  const record = useRecordAccountability();
  const [key, setKey] = useState(newUuid);
  const kind = Form.useWatch('kind', form);
  const supervisor = me.data?.user.role === 'supervisor';
  const kinds = (k: readonly RecordKind[]) => k.filter((x) => !supervisor || SUPERVISOR_KINDS.includes(x));
  const kindOptions = [
    { label: t('acct.direction.reward'), options: kinds(REWARD_KINDS).map((k) => ({ value: k, label: t(`acct.kind.${k}` as MessageKey) })) },
    { label: t('acct.direction.penalty'), options: kinds(PENALTY_KINDS).map((k) => ({ value: k, label: t(`acct.kind.${k}` as MessageKey) })) },
  ];
  const fields = ['kind', 'userId', 'departmentId', 'amountFen', 'caseNumber', 'reason'].map((f) => [f]);

  const submit = async () => {
    const v = await form.validateFields();
    try {
      await record.mutateAsync({
        idempotencyKey: key,
        body: {
          kind: v.kind,
          userId: v.userId ?? null,
          departmentId: v.userId ? null : (v.departmentId ?? null),
          amountFen: MONEY_KINDS.includes(v.kind) && v.amountYuan ? Math.round(v.amountYuan * 100) : null,
          caseNumber: (caseNumber ?? v.caseNumber)?.trim() || null,
          reason: v.reason,
        },
      });
      message.success(t('acct.saved'));
      form.resetFields();
      setKey(newUuid());
      onClose();
    } catch (e) {
      const rest = applyFieldErrors(form, e, fields);
      // amountFen is shown on the yuan field.
      const amount = rest.find((f) => f.path.endsWith('amountFen'));
      if (amount) form.setFields([{ name: 'amountYuan', errors: [amount.message] }]);
      else message.error(errorMessage(e, t('error.unknown')));
    }
  };

  return (
    <Modal
      open={open}
      title={t('acct.record')}
      onCancel={onClose}
      onOk={() => void submit()}
      okButtonProps={{ loading: record.isPending, 'data-testid': 'acct-submit' } as never}
      destroyOnHidden
    >
      {supervisor && <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('acct.form.supervisorHint')} />}
      <Form form={form} layout="vertical" data-testid="acct-form" initialValues={{ caseNumber }}>
        <Form.Item name="kind" label={t('acct.form.kind')} rules={[{ required: true, message: t('acct.form.kind') }]}>
          <Select options={kindOptions} data-testid="acct-kind" />
        </Form.Item>
        <Form.Item name="userId" label={t('acct.form.person')} extra={t('acct.form.subjectHint')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            data-testid="acct-person"
            options={(users.data ?? []).filter((u) => u.active && u.id !== me.data?.user.id).map((u) => ({ value: u.id, label: u.displayName }))}
          />
        </Form.Item>
        <Form.Item name="departmentId" label={t('acct.form.department')}>
          <Select allowClear data-testid="acct-department" options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))} />
        </Form.Item>
        {kind && MONEY_KINDS.includes(kind) && (
          <Form.Item name="amountYuan" label={t('acct.form.amountYuan')} rules={[{ required: true, message: t('acct.form.amountYuan') }]}>
            <InputNumber min={0.01} max={1_000_000} precision={2} style={{ width: '100%' }} data-testid="acct-amount" />
          </Form.Item>
        )}
        {!caseNumber && (
          <Form.Item name="caseNumber" label={t('acct.form.caseNumber')}>
            <Input data-testid="acct-case" />
          </Form.Item>
        )}
        <Form.Item name="reason" label={t('acct.form.reason')} rules={[{ required: true, whitespace: true, message: t('acct.form.reason') }]}>
          <Input.TextArea rows={3} maxLength={1000} data-testid="acct-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
};

import { useState } from 'react';
import { Col, Form, Input, InputNumber, Modal, Row, Select, Switch } from 'antd';
import { LIMITS } from '../../api/contract.gen.ts';
import { useSaveRoutingRule, type RoutingRule } from '../../api/config.ts';
import type { FieldError } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useCategoryOptions, useDepartmentOptions, useStageOptions, useVocabularyOptions } from '../../components/options.ts';
import { useI18n } from '../../i18n/index.ts';
import { applyFieldErrors, useRevalidateOnLanguageChange } from '../../lib/form-errors.ts';
import { useRequiredRules } from '../../lib/form-rules.ts';

type Values = {
  position: number;
  category?: string | null;
  stage?: string | null;
  channel?: string | null;
  storePrefix?: string;
  departmentId?: string;
  active: boolean;
};

const FIELDS = ['position', 'category', 'stage', 'channel', 'storePrefix', 'departmentId', 'active'].map((n) => [n]);

type Props = { rule: RoutingRule | null; nextPosition: number; onClose: () => void };

export const RoutingRuleModal = ({ rule, nextPosition, onClose }: Props) => {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  useRevalidateOnLanguageChange(form);
  const required = useRequiredRules();
  const save = useSaveRoutingRule();
  const vocab = useVocabularyOptions();
  const categories = useCategoryOptions();
  const stageOptions = useStageOptions(rule?.stage);
  // The rule's own department stays a choice (marked inactive) when it was deactivated since.
  const departments = useDepartmentOptions(false, { id: rule?.departmentId });
  const [rest, setRest] = useState<FieldError[] | undefined>();

  const onFinish = (v: Values) => {
    const body = {
      position: v.position,
      category: v.category ?? null,
      stage: v.stage ?? null,
      channel: v.channel ?? null,
      storePrefix: v.storePrefix?.trim() || null,
      departmentId: v.departmentId ?? '',
      active: v.active,
    };
    save.mutate({ id: rule?.id ?? null, body }, { onSuccess: onClose, onError: (e) => setRest(applyFieldErrors(form, e, FIELDS)) });
  };

  const any = t('common.any');
  const initial: Values = rule
    ? { ...rule, storePrefix: rule.storePrefix ?? '' }
    : { position: nextPosition, active: true };

  return (
    <Modal
      open
      width={640}
      title={rule ? t('admin.routing.editTitle') : t('admin.routing.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" initialValues={initial} onFinish={onFinish}>
        <Row gutter={12}>
          <Col xs={12} sm={8}>
            <Form.Item name="position" label={t('admin.routing.position')} rules={required.number(t('admin.routing.position'))}>
              <InputNumber min={LIMITS["POST /api/admin/routing-rules"]["body.position"].minimum} max={LIMITS["POST /api/admin/routing-rules"]["body.position"].maximum} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item name="active" label={t('common.active')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="category" label={t('field.category')}>
              <Select allowClear placeholder={any} options={categories.options} showSearch={{ optionFilterProp: 'label' }} data-testid="rule-category" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="stage" label={t('field.stage')}>
              <Select allowClear placeholder={any} options={stageOptions.options} loading={stageOptions.loading} showSearch={{ optionFilterProp: 'label' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="channel" label={t('field.channel')}>
              <Select allowClear placeholder={any} options={vocab.channel} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="storePrefix" label={t('admin.routing.storePrefix')}>
              <Input maxLength={LIMITS["POST /api/admin/routing-rules"]["body.storePrefix"].maxLength} placeholder={any} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item
              name="departmentId"
              label={t('admin.routing.department')}
              rules={required.choice(t('admin.routing.department'))}
            >
              <Select options={departments.options} loading={departments.loading} showSearch={{ optionFilterProp: 'label' }} data-testid="rule-department" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      {save.isError && <ErrorAlert error={save.error} extraFields={rest} />}
    </Modal>
  );
};

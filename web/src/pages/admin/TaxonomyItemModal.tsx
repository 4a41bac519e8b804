import { useState } from 'react';
import { Col, Form, Input, InputNumber, Modal, Row, Select, Switch } from 'antd';
import { ENUMS, LIMITS } from '../../api/contract.gen.ts';
import { useSaveCause, useSaveStage, type AdminCause, type AdminStage, type Keyword, type Responsibility } from '../../api/config.ts';
import type { FieldError } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n } from '../../i18n/index.ts';
import { applyFieldErrors, useRevalidateOnLanguageChange } from '../../lib/form-errors.ts';
import { useRequiredRules } from '../../lib/form-rules.ts';
import { KeywordsEditor } from './KeywordsEditor.tsx';

export const RESPONSIBILITIES: readonly Responsibility[] = ENUMS.CauseAdmin.responsibility;

type Values = {
  code: string;
  nameZh: string;
  nameEn: string;
  definitionZh?: string;
  definitionEn?: string;
  responsibility: Responsibility;
  keywords: Keyword[];
  sortOrder: number;
  active: boolean;
};

const FIELDS = ['code', 'nameZh', 'nameEn', 'definitionZh', 'definitionEn', 'responsibility', 'keywords', 'sortOrder', 'active'].map((n) => [n]);

type Props =
  | { kind: 'cause'; item: AdminCause | null; onClose: () => void }
  | { kind: 'stage'; item: AdminStage | null; onClose: () => void };

/** Create or edit a cause 原因 (with its responsibility) or a stage 环节 (with its keywords). */
export const TaxonomyItemModal = (props: Props) => {
  const { kind, item, onClose } = props;
  const { t, lang } = useI18n();
  const [form] = Form.useForm<Values>();
  useRevalidateOnLanguageChange(form);
  const required = useRequiredRules();
  const saveCause = useSaveCause();
  const saveStage = useSaveStage();
  const save = kind === 'cause' ? saveCause : saveStage;
  const [rest, setRest] = useState<FieldError[] | undefined>();
  const isNew = !item;

  const onFinish = (v: Values) => {
    const common = {
      nameZh: v.nameZh.trim(),
      nameEn: v.nameEn.trim(),
      definitionZh: v.definitionZh?.trim() || null,
      definitionEn: v.definitionEn?.trim() || null,
      sortOrder: v.sortOrder,
    };
    const done = { onSuccess: onClose, onError: (e: unknown) => setRest(applyFieldErrors(form, e, FIELDS)) };
    const cause = { ...common, responsibility: v.responsibility };
    const stage = { ...common, keywords: v.keywords };
    if (!item) {
      const code = v.code.trim();
      if (kind === 'cause') saveCause.mutate({ isNew: true, code, body: { ...cause, code } }, done);
      else saveStage.mutate({ isNew: true, code, body: { ...stage, code } }, done);
    } else if (kind === 'cause') saveCause.mutate({ isNew: false, code: item.code, body: { ...cause, active: v.active } }, done);
    else saveStage.mutate({ isNew: false, code: item.code, body: { ...stage, active: v.active } }, done);
  };

  const initial: Values = {
    code: item?.code ?? '',
    nameZh: item?.nameZh ?? '',
    nameEn: item?.nameEn ?? '',
    definitionZh: item?.definitionZh ?? '',
    definitionEn: item?.definitionEn ?? '',
    responsibility: props.kind === 'cause' && props.item ? props.item.responsibility : 'internal',
    keywords: props.kind === 'stage' && props.item ? props.item.keywords : [],
    sortOrder: item?.sortOrder ?? 100,
    active: item?.active ?? true,
  };
  const name = item ? (lang === 'en' ? item.nameEn : item.nameZh) : '';
  const title =
    kind === 'cause'
      ? item
        ? t('admin.taxonomy.editCauseTitle', { name })
        : t('admin.taxonomy.createCauseTitle')
      : item
        ? t('admin.taxonomy.editStageTitle', { name })
        : t('admin.taxonomy.createStageTitle');

  return (
    <Modal
      open
      width={720}
      title={title}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" initialValues={initial} onFinish={onFinish}>
        <Row gutter={12}>
          <Col xs={24} sm={8}>
            <Form.Item
              name="code"
              label={t('admin.categories.code')}
              extra={isNew ? t('admin.categories.codeHint') : undefined}
              rules={isNew ? [...required.text(t('admin.categories.code')), { pattern: /^[a-z][a-z0-9_]*$/, message: t('admin.categories.codeHint') }] : []}
            >
              <Input disabled={!isNew} maxLength={LIMITS.CreateStage.code.maxLength} data-testid="taxonomy-code" />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item name="nameZh" label={t('admin.categories.nameZh')} rules={required.text(t('admin.categories.nameZh'))}>
              <Input maxLength={LIMITS.CreateStage.nameZh.maxLength} data-testid="taxonomy-name-zh" />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item name="nameEn" label={t('admin.categories.nameEn')} rules={required.text(t('admin.categories.nameEn'))}>
              <Input maxLength={LIMITS.CreateStage.nameEn.maxLength} data-testid="taxonomy-name-en" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="definitionZh" label={t('admin.categories.definitionZh')}>
              <Input.TextArea rows={2} maxLength={LIMITS.CreateStage.definitionZh.maxLength} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="definitionEn" label={t('admin.categories.definitionEn')}>
              <Input.TextArea rows={2} maxLength={LIMITS.CreateStage.definitionEn.maxLength} />
            </Form.Item>
          </Col>
          {kind === 'cause' ? (
            <Col xs={24} sm={12}>
              <Form.Item name="responsibility" label={t('admin.taxonomy.responsibility')}>
                <Select options={RESPONSIBILITIES.map((r) => ({ value: r, label: t(`responsibility.${r}`) }))} data-testid="taxonomy-responsibility" />
              </Form.Item>
            </Col>
          ) : (
            <Col span={24}>
              <Form.Item name="keywords" label={t('admin.categories.keywords')} extra={t('admin.taxonomy.stageKeywordsHint')}>
                <KeywordsEditor />
              </Form.Item>
            </Col>
          )}
          <Col xs={12} sm={6}>
            <Form.Item name="sortOrder" label={t('admin.categories.sortOrder')}>
              <InputNumber min={LIMITS.CreateStage.sortOrder.minimum} max={LIMITS.CreateStage.sortOrder.maximum} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          {!isNew && (
            <Col xs={12} sm={6}>
              <Form.Item name="active" label={t('common.active')} valuePropName="checked">
                <Switch />
              </Form.Item>
            </Col>
          )}
        </Row>
      </Form>
      {save.isError && <ErrorAlert error={save.error} extraFields={rest} />}
    </Modal>
  );
};

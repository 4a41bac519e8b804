import { useState } from 'react';
import { Col, Form, Input, InputNumber, Modal, Row, Select, Switch } from 'antd';
import { LIMITS } from '../../api/contract.gen.ts';
import { useSaveCategory, type AdminCategory, type Keyword } from '../../api/config.ts';
import type { FieldError } from '../../api/client.ts';
import type { ComplaintNature, Urgency } from '../../api/model.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useVocabularyOptions } from '../../components/options.ts';
import { useI18n } from '../../i18n/index.ts';
import { applyFieldErrors, useRevalidateOnLanguageChange } from '../../lib/form-errors.ts';
import { useRequiredRules } from '../../lib/form-rules.ts';
import { KeywordsEditor } from './KeywordsEditor.tsx';

type Values = {
  code: string;
  nameZh: string;
  nameEn: string;
  definitionZh?: string;
  definitionEn?: string;
  keywords: Keyword[];
  foodSafety: boolean;
  baseUrgency: Urgency;
  /** '' = none of the four (a Select cannot hold null as a chosen value). */
  nature: ComplaintNature | '';
  sortOrder: number;
  active: boolean;
};

const FIELDS = ['code', 'nameZh', 'nameEn', 'definitionZh', 'definitionEn', 'keywords', 'foodSafety', 'baseUrgency', 'nature', 'sortOrder', 'active'].map((n) => [n]);

const NEW: Values = { code: '', nameZh: '', nameEn: '', keywords: [], foodSafety: false, baseUrgency: 'normal', nature: '', sortOrder: 100, active: true };

type Props = { category: AdminCategory | null; onClose: () => void };

export const CategoryFormModal = ({ category, onClose }: Props) => {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<Values>();
  useRevalidateOnLanguageChange(form);
  const required = useRequiredRules();
  const save = useSaveCategory();
  const vocab = useVocabularyOptions();
  const [rest, setRest] = useState<FieldError[] | undefined>();
  const isNew = !category;

  const onFinish = (v: Values) => {
    const common = {
      nameZh: v.nameZh.trim(),
      nameEn: v.nameEn.trim(),
      definitionZh: v.definitionZh?.trim() || null,
      definitionEn: v.definitionEn?.trim() || null,
      keywords: v.keywords,
      foodSafety: v.foodSafety,
      baseUrgency: v.baseUrgency,
      nature: v.nature || null,
      sortOrder: v.sortOrder,
    };
    const done = { onSuccess: onClose, onError: (e: unknown) => setRest(applyFieldErrors(form, e, FIELDS)) };
    // A new category starts active; the create call does not take the flag.
    if (!category) save.mutate({ isNew: true, code: v.code.trim(), body: { ...common, code: v.code.trim() } }, done);
    else save.mutate({ isNew: false, code: category.code, body: { ...common, active: v.active } }, done);
  };

  const initial: Values = category
    ? { ...category, definitionZh: category.definitionZh ?? '', definitionEn: category.definitionEn ?? '', nature: category.nature ?? '' }
    : NEW;

  return (
    <Modal
      open
      width={760}
      title={category ? t('admin.categories.editTitle', { name: lang === 'en' ? category.nameEn : category.nameZh }) : t('admin.categories.createTitle')}
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
              <Input disabled={!isNew} maxLength={LIMITS["POST /api/admin/categories"]["body.code"].maxLength} data-testid="category-code" />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item name="nameZh" label={t('admin.categories.nameZh')} rules={required.text(t('admin.categories.nameZh'))}>
              <Input maxLength={LIMITS["POST /api/admin/categories"]["body.nameZh"].maxLength} data-testid="category-name-zh" />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item name="nameEn" label={t('admin.categories.nameEn')} rules={required.text(t('admin.categories.nameEn'))}>
              <Input maxLength={LIMITS["POST /api/admin/categories"]["body.nameEn"].maxLength} data-testid="category-name-en" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="definitionZh" label={t('admin.categories.definitionZh')}>
              <Input.TextArea rows={2} maxLength={LIMITS["POST /api/admin/categories"]["body.definitionZh"].maxLength} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="definitionEn" label={t('admin.categories.definitionEn')}>
              <Input.TextArea rows={2} maxLength={LIMITS["POST /api/admin/categories"]["body.definitionEn"].maxLength} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="keywords" label={t('admin.categories.keywords')} extra={t('admin.categories.keywordsHint')}>
              <KeywordsEditor />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name="baseUrgency" label={t('admin.categories.baseUrgency')}>
              <Select options={vocab.urgency} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name="nature" label={t('field.nature')} extra={t('admin.categories.natureHint')}>
              <Select options={[{ value: '', label: t('nature.none') }, ...vocab.nature]} data-testid="category-nature" />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name="sortOrder" label={t('admin.categories.sortOrder')}>
              <InputNumber min={LIMITS["POST /api/admin/categories"]["body.sortOrder"].minimum} max={LIMITS["POST /api/admin/categories"]["body.sortOrder"].maximum} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name="foodSafety" label={t('admin.categories.foodSafety')} valuePropName="checked">
              <Switch />
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

import type { ReactNode } from 'react';
import { App, Button, Col, DatePicker, Form, Input, InputNumber, Row, Select, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { PaperClipOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { LIMITS } from '../../api/contract.gen.ts';
import { useCategoryOptions, useVocabularyOptions } from '../../components/options.ts';
import { useI18n } from '../../i18n/index.ts';
import { useRequiredRules } from '../../lib/form-rules.ts';
import { PHONE_INPUT_PATTERN } from '../../lib/phone.ts';
import { ATTACHMENT_ACCEPT, useUploadLimit } from '../../lib/upload.ts';

type Props = {
  files: UploadFile[];
  onFilesChange: (files: UploadFile[]) => void;
  /** Shown right under the description (the suggestions, on narrow screens). */
  afterDescription?: ReactNode;
};

export const IntakeFields = ({ files, onFilesChange, afterDescription }: Props) => {
  const { t } = useI18n();
  const vocab = useVocabularyOptions();
  const categories = useCategoryOptions();
  const { message } = App.useApp();
  const required = useRequiredRules();
  const upload = useUploadLimit();

  return (
    <Row gutter={12}>
      <Col xs={24} md={8}>
        <Form.Item
          name={['customer', 'phone']}
          label={t('field.phone')}
          rules={[...required.text(t('field.phone')), { pattern: PHONE_INPUT_PATTERN, message: t('validation.phone') }]}
        >
          <Input inputMode="tel" maxLength={LIMITS.CreateCaseInput["customer.phone"].maxLength} autoFocus autoComplete="off" data-testid="intake-phone" />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name={['customer', 'name']} label={t('field.customerName')} rules={required.text(t('field.customerName'))}>
          <Input maxLength={LIMITS.CreateCaseInput["customer.name"].maxLength} data-testid="intake-name" />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name={['customer', 'email']} label={t('field.email')} rules={[{ type: 'email', message: t('validation.email') }]}>
          <Input maxLength={LIMITS.CreateCaseInput["customer.email"].maxLength} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="channel" label={t('field.channel')} rules={required.choice(t('field.channel'))}>
          <Select options={vocab.channel} data-testid="intake-channel" />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="category" label={t('field.category')}>
          <Select
            allowClear
            options={categories.options}
            loading={categories.loading}
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('newCase.pickCategory')}
            data-testid="intake-category"
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="urgency" label={t('field.urgency')}>
          <Select allowClear options={vocab.urgency} placeholder={t('triage.urgencyAuto')} data-testid="intake-urgency" />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="waybillNo" label={t('field.waybillNo')}>
          <Input maxLength={LIMITS.CreateCaseInput.waybillNo.maxLength} data-testid="intake-waybill" />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="orderNo" label={t('field.orderNo')}>
          <Input maxLength={LIMITS.CreateCaseInput.orderNo.maxLength} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="occurredAt" label={t('field.occurredAt')}>
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            disabledDate={(d) => d.isAfter(dayjs().endOf('day'))}
            style={{ width: '100%' }}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="store" label={t('field.store')}>
          <Input maxLength={LIMITS.CreateCaseInput.store.maxLength} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="route" label={t('field.route')}>
          <Input maxLength={LIMITS.CreateCaseInput.route.maxLength} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="regulatorReferral" label={t('field.regulatorReferral')}>
          <Select options={vocab.regulator} data-testid="intake-regulator" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="declaredValueYuan" label={t('field.declaredValue')}>
          <InputNumber min={LIMITS.CreateCaseInput.declaredValueYuan.minimum} max={LIMITS.CreateCaseInput.declaredValueYuan.maximum} precision={0} prefix="¥" style={{ width: '100%' }} data-testid="intake-declared-value" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="goodsName" label={t('field.goodsName')}>
          <Input maxLength={LIMITS.CreateCaseInput.goodsName.maxLength} data-testid="intake-goods-name" />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name="itemPriceFen" label={t('field.itemPrice')}>
          <InputNumber min={0} max={LIMITS.CreateCaseInput.itemPriceFen.maximum / 100} precision={2} prefix="¥" style={{ width: '100%' }} data-testid="intake-item-price" />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name="freightFen" label={t('field.freight')}>
          <InputNumber min={0} max={LIMITS.CreateCaseInput.freightFen.maximum / 100} precision={2} prefix="¥" style={{ width: '100%' }} data-testid="intake-freight" />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item name="description" label={t('field.description')} rules={required.text(t('field.description'))}>
          <Input.TextArea rows={4} maxLength={LIMITS.CreateCaseInput.description.maxLength} showCount placeholder={t('newCase.descriptionHint')} data-testid="intake-description" />
        </Form.Item>
      </Col>
      {afterDescription && (
        <Col span={24} style={{ marginBottom: 16 }}>
          {afterDescription}
        </Col>
      )}
      <Col span={24}>
        <Form.Item name="demand" label={t('field.demand')}>
          <Input.TextArea rows={2} maxLength={LIMITS.CreateCaseInput.demand.maxLength} placeholder={t('newCase.demandHint')} data-testid="intake-demand" />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item label={t('attachments.label')} extra={[t('newCase.attachmentsHint'), upload.hint].filter(Boolean).join(' · ')}>
          <Upload
            multiple
            listType="picture"
            accept={ATTACHMENT_ACCEPT}
            fileList={files}
            // Kept for sending once the case exists; a file over the server's limit is not even kept.
            beforeUpload={(file) => {
              const tooLarge = upload.tooLarge(file);
              if (!tooLarge) return false;
              void message.error(tooLarge);
              return Upload.LIST_IGNORE;
            }}
            onChange={({ fileList }) => onFilesChange(fileList)}
          >
            <Button icon={<PaperClipOutlined />}>{t('attachments.add')}</Button>
          </Upload>
        </Form.Item>
      </Col>
    </Row>
  );
};

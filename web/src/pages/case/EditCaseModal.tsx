import { useState } from 'react';
import { AutoComplete, Col, DatePicker, Divider, Form, Input, InputNumber, Modal, Row, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useUpdateCase } from '../../api/cases.ts';
import { LIMITS } from '../../api/contract.gen.ts';
import { isApiError, type FieldError } from '../../api/client.ts';
import { REGULATOR_REFERRALS, type CaseDetail, type CasePatch, type Id, type Priority, type RegulatorReferral, type ServiceType, type Urgency } from '../../api/model.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import {
  useCategoryOptions,
  useCauseOptions,
  useDepartmentOptions,
  usePartnerOptions,
  useStageOptions,
  useUserOptions,
  useVocabularyOptions,
} from '../../components/options.ts';
import { useI18n } from '../../i18n/index.ts';
import { applyFieldErrors, useRevalidateOnLanguageChange } from '../../lib/form-errors.ts';
import { useRequiredRules } from '../../lib/form-rules.ts';

type Values = {
  category?: string;
  urgency: Urgency;
  priority: Priority;
  waybillNo?: string;
  orderNo?: string;
  store?: string;
  route?: string;
  occurredAt?: Dayjs | null;
  description: string;
  demand?: string;
  departmentId?: Id | null;
  assigneeId?: Id | null;
  stage?: string | null;
  cause?: string | null;
  regulatorReferral: RegulatorReferral | 'none';
  declaredValueYuan?: number | null;
  upset: boolean;
  reason?: string;
  // The shipment or order facts (货物与运单). The two amounts are named as the API names them, so its
  // field errors land on them, but the form holds yuan; they are sent in fen.
  shippedAt?: Dayjs | null;
  promisedDeliveryAt?: Dayjs | null;
  serviceType?: ServiceType | null;
  goodsName?: string;
  quantity?: number | null;
  itemPriceFen?: number | null;
  freightFen?: number | null;
  insured: 'yes' | 'no' | 'unknown';
  brandCompany?: string;
  deliveryCompany?: string;
  partnerId?: Id | null;
};

const TEXT_FIELDS = ['waybillNo', 'orderNo', 'store', 'route', 'description', 'demand', 'goodsName', 'brandCompany', 'deliveryCompany'] as const;
const INSTANTS = ['occurredAt', 'shippedAt', 'promisedDeliveryAt'] as const;
const FIELD_NAMES = [
  'category', 'urgency', 'priority', 'departmentId', 'assigneeId', 'stage', 'cause', 'regulatorReferral',
  'declaredValueYuan', 'upset', 'reason', 'serviceType', 'quantity', 'itemPriceFen', 'freightFen', 'insured', 'partnerId',
  ...INSTANTS, ...TEXT_FIELDS,
].map((n) => [n]);

const fenToYuan = (fen: number | null | undefined) => (fen === null || fen === undefined ? null : fen / 100);
const yuanToFen = (y: number | null | undefined) => (y === null || y === undefined ? null : Math.round(y * 100));
const insuredOf = (v: boolean | null): Values['insured'] => (v === null ? 'unknown' : v ? 'yes' : 'no');

const toReferral = (v: string | null | undefined): RegulatorReferral | null =>
  (REGULATOR_REFERRALS as readonly string[]).includes(v ?? '') ? (v as RegulatorReferral) : null;

const initialValues = (c: CaseDetail): Values => ({
  category: c.category ?? undefined,
  urgency: c.urgency,
  priority: c.priority,
  waybillNo: c.waybillNo ?? '',
  orderNo: c.orderNo ?? '',
  store: c.store ?? '',
  route: c.route ?? '',
  occurredAt: c.occurredAt ? dayjs(c.occurredAt) : null,
  description: c.description,
  demand: c.demand ?? '',
  departmentId: c.departmentId ?? null,
  assigneeId: c.assigneeId ?? null,
  stage: c.stage ?? null,
  cause: c.cause ?? null,
  regulatorReferral: toReferral(c.regulatorReferral) ?? 'none',
  declaredValueYuan: c.declaredValueYuan ?? null,
  upset: c.upset ?? false,
  shippedAt: c.shippedAt ? dayjs(c.shippedAt) : null,
  promisedDeliveryAt: c.promisedDeliveryAt ? dayjs(c.promisedDeliveryAt) : null,
  serviceType: c.serviceType ?? null,
  goodsName: c.goodsName ?? '',
  quantity: c.quantity ?? null,
  itemPriceFen: fenToYuan(c.itemPriceFen),
  freightFen: fenToYuan(c.freightFen),
  insured: insuredOf(c.insured),
  brandCompany: c.brandCompany ?? '',
  deliveryCompany: c.deliveryCompany ?? '',
  partnerId: c.partnerId ?? null,
});

// Moving a case that already has an owner is a reassignment, which must say why.
const isReassignment = (c: CaseDetail, v: Pick<Values, 'departmentId' | 'assigneeId'>): boolean =>
  c.departmentId !== null && ((v.departmentId ?? null) !== c.departmentId || (v.assigneeId ?? null) !== (c.assigneeId ?? null));

// Only changed fields are sent, so a save never re-writes values the user did not touch.
const diff = (c: CaseDetail, v: Values): CasePatch => {
  const patch: CasePatch = { version: c.version };
  const init = initialValues(c);
  for (const k of TEXT_FIELDS) {
    const next = (v[k] ?? '').trim();
    if (next !== (init[k] ?? '')) patch[k] = next;
  }
  if ((v.category ?? null) !== (init.category ?? null)) patch.category = v.category ?? null;
  if (v.urgency !== init.urgency) patch.urgency = v.urgency;
  if (v.priority !== init.priority) patch.priority = v.priority;
  for (const k of INSTANTS) {
    const next = v[k];
    const was = init[k];
    if (next && !(was && next.isSame(was))) patch[k] = next.toISOString();
    if (!next && was) patch[k] = null;
  }
  if ((v.serviceType ?? null) !== init.serviceType) patch.serviceType = v.serviceType ?? null;
  if ((v.quantity ?? null) !== init.quantity) patch.quantity = v.quantity ?? null;
  if ((v.itemPriceFen ?? null) !== init.itemPriceFen) patch.itemPriceFen = yuanToFen(v.itemPriceFen);
  if ((v.freightFen ?? null) !== init.freightFen) patch.freightFen = yuanToFen(v.freightFen);
  if (v.insured !== init.insured) patch.insured = v.insured === 'unknown' ? null : v.insured === 'yes';
  if ((v.partnerId ?? null) !== init.partnerId) patch.partnerId = v.partnerId ?? null;
  if ((v.departmentId ?? null) !== init.departmentId) patch.departmentId = v.departmentId ?? null;
  if ((v.assigneeId ?? null) !== init.assigneeId) patch.assigneeId = v.assigneeId ?? null;
  if ((v.stage ?? null) !== init.stage) patch.stage = v.stage ?? null;
  if ((v.cause ?? null) !== init.cause) patch.cause = v.cause ?? null;
  if (v.regulatorReferral !== init.regulatorReferral) patch.regulatorReferral = toReferral(v.regulatorReferral);
  if ((v.declaredValueYuan ?? null) !== init.declaredValueYuan) patch.declaredValueYuan = v.declaredValueYuan ?? null;
  if (v.upset !== init.upset) patch.upset = v.upset;
  if (isReassignment(c, v) && v.reason?.trim()) patch.reason = v.reason.trim();
  return patch;
};

type Props = { c: CaseDetail; onClose: () => void; onConflict: (e: unknown) => void };

export const EditCaseModal = ({ c, onClose, onConflict }: Props) => {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  useRevalidateOnLanguageChange(form);
  const required = useRequiredRules();
  const update = useUpdateCase(c);
  const vocab = useVocabularyOptions();
  const categories = useCategoryOptions();
  // The company's active stages and causes, plus the case's own if it was deactivated since.
  const stages = useStageOptions(c.stage);
  const causes = useCauseOptions(c.cause);
  // Likewise the case's department and assignee: they are choices (marked inactive) even when they
  // were deactivated since, so the selects show their names rather than raw ids.
  const departments = useDepartmentOptions(false, { id: c.departmentId, name: c.departmentName });
  const departmentId = Form.useWatch('departmentId', form);
  const assigneeId = Form.useWatch('assigneeId', form);
  const users = useUserOptions(
    departmentId,
    departmentId !== undefined && departmentId !== null,
    departmentId === c.departmentId ? { id: c.assigneeId, name: c.assigneeName } : undefined,
  );
  const partners = usePartnerOptions({ id: c.partnerId, name: c.partnerName });
  const [rest, setRest] = useState<FieldError[] | undefined>();
  const reassigning = departmentId !== undefined && isReassignment(c, { departmentId, assigneeId });
  // The owner changes only where the lifecycle's assignment move is open to this user (the server refuses it elsewhere).
  const mayReassign = c.allowedTransitions.some((x) => x.to === 'assigned');

  const onFinish = (v: Values) => {
    const patch = diff(c, v);
    if (Object.keys(patch).length === 1) {
      onClose();
      return;
    }
    update.mutate(patch, {
      onSuccess: onClose,
      onError: (e) => {
        if (isApiError(e) && e.code === 'VERSION_CONFLICT') {
          onClose();
          onConflict(e);
          return;
        }
        setRest(applyFieldErrors(form, e, FIELD_NAMES));
      },
    });
  };

  const select = (name: keyof Values, label: string, options: { value: string; label: string }[], allowClear = true, testId?: string) => (
    <Form.Item name={name} label={label}>
      <Select allowClear={allowClear} options={options} showSearch={{ optionFilterProp: 'label' }} data-testid={testId} />
    </Form.Item>
  );

  return (
    <Modal
      open
      width={760}
      title={t('case.editTitle', { caseNumber: c.caseNumber })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={update.isPending}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" initialValues={initialValues(c)} onFinish={onFinish}>
        <Row gutter={12}>
          <Col xs={24} sm={8}>
            <Form.Item name="category" label={t('field.category')}>
              <Select allowClear options={categories.options} loading={categories.loading} showSearch={{ optionFilterProp: 'label' }} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            {select('urgency', t('field.urgency'), vocab.urgency, false)}
          </Col>
          <Col xs={12} sm={8}>
            {select('priority', t('field.priority'), vocab.priority, false)}
          </Col>
          <Col xs={12} sm={8}>
            {select('stage', t('field.stage'), stages.options, true, 'edit-stage')}
          </Col>
          <Col xs={12} sm={8}>
            {select('cause', t('field.cause'), causes.options, true, 'edit-cause')}
          </Col>
          <Col xs={12} sm={8}>
            {select('regulatorReferral', t('field.regulatorReferral'), vocab.regulator, false, 'edit-regulator')}
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item name="declaredValueYuan" label={t('field.declaredValue')}>
              <InputNumber min={LIMITS.UpdateCaseInput.declaredValueYuan.minimum} max={LIMITS.UpdateCaseInput.declaredValueYuan.maximum} precision={0} prefix="¥" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item name="upset" label={t('field.upset')} valuePropName="checked">
              <Switch checkedChildren={t('common.yes')} unCheckedChildren={t('common.no')} data-testid="edit-upset" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="occurredAt" label={t('field.occurredAt')}>
              <DatePicker
                showTime={{ format: 'HH:mm' }}
                format="YYYY-MM-DD HH:mm"
                disabledDate={(d) => d.isAfter(dayjs().endOf('day'))}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
          {(['waybillNo', 'orderNo', 'store', 'route'] as const).map((k) => (
            <Col xs={24} sm={12} key={k}>
              <Form.Item name={k} label={t(`field.${k}`)}>
                <Input maxLength={LIMITS.UpdateCaseInput[k].maxLength} />
              </Form.Item>
            </Col>
          ))}
          <Col xs={24} sm={12}>
            <Form.Item name="departmentId" label={t('field.department')}>
              <Select
                // A case keeps a department once it has one (the server refuses none).
                allowClear={c.departmentId === null}
                disabled={!mayReassign}
                options={departments.options}
                onChange={() => form.setFieldValue('assigneeId', null)}
                showSearch={{ optionFilterProp: 'label' }}
                data-testid="edit-department"
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="assigneeId" label={t('field.assignee')}>
              <Select allowClear disabled={!mayReassign} options={users.options} loading={users.loading} showSearch={{ optionFilterProp: 'label' }} />
            </Form.Item>
          </Col>
          {reassigning && (
            <Col span={24}>
              <Form.Item name="reason" label={t('reassign.reason')} extra={t('reassign.reasonHint')} rules={required.text(t('reassign.reason'))}>
                <Input.TextArea rows={2} maxLength={LIMITS.UpdateCaseInput.reason.maxLength} data-testid="edit-reason" />
              </Form.Item>
            </Col>
          )}
          <Col span={24}>
            <Form.Item name="description" label={t('field.description')} rules={required.text(t('field.description'))}>
              <Input.TextArea rows={4} maxLength={LIMITS.UpdateCaseInput.description.maxLength} showCount />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="demand" label={t('field.demand')}>
              <Input.TextArea rows={2} maxLength={LIMITS.UpdateCaseInput.demand.maxLength} />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start" plain>
          {t('facts.title')}
        </Divider>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="goodsName" label={t('field.goodsName')}>
              <Input maxLength={LIMITS.UpdateCaseInput.goodsName.maxLength} data-testid="edit-goods-name" />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name="quantity" label={t('field.quantity')}>
              <InputNumber min={LIMITS.UpdateCaseInput.quantity.minimum} max={LIMITS.UpdateCaseInput.quantity.maximum} precision={0} style={{ width: '100%' }} data-testid="edit-quantity" />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            {select('serviceType', t('field.serviceType'), vocab.serviceType, true, 'edit-service-type')}
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item name="itemPriceFen" label={t('field.itemPrice')}>
              <InputNumber min={0} max={LIMITS.UpdateCaseInput.itemPriceFen.maximum / 100} precision={2} prefix="¥" style={{ width: '100%' }} data-testid="edit-item-price" />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item name="freightFen" label={t('field.freight')}>
              <InputNumber min={0} max={LIMITS.UpdateCaseInput.freightFen.maximum / 100} precision={2} prefix="¥" style={{ width: '100%' }} data-testid="edit-freight" />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            {select(
              'insured',
              t('field.insured'),
              [
                { value: 'unknown', label: t('facts.unknown') },
                { value: 'yes', label: t('common.yes') },
                { value: 'no', label: t('common.no') },
              ],
              false,
              'edit-insured',
            )}
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="shippedAt" label={t('field.shippedAt')}>
              <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="promisedDeliveryAt" label={t('field.promisedDeliveryAt')}>
              <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="brandCompany" label={t('field.brandCompany')} extra={t('facts.liableHint')}>
              <AutoComplete options={partners.companyNames} filterOption>
                <Input maxLength={LIMITS.UpdateCaseInput.brandCompany.maxLength} data-testid="edit-brand-company" />
              </AutoComplete>
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="deliveryCompany" label={t('field.deliveryCompany')}>
              <AutoComplete options={partners.companyNames} filterOption>
                <Input maxLength={LIMITS.UpdateCaseInput.deliveryCompany.maxLength} data-testid="edit-delivery-company" />
              </AutoComplete>
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="partnerId" label={t('field.partner')}>
              <Select allowClear options={partners.options} loading={partners.loading} showSearch={{ optionFilterProp: 'label' }} data-testid="edit-partner" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      {update.isError && <ErrorAlert error={update.error} extraFields={rest} />}
    </Modal>
  );
};

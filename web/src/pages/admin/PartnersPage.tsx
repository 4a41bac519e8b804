import { useState } from 'react';
import { App, Button, Col, Flex, Form, Input, InputNumber, Modal, Row, Segmented, Select, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { LIMITS } from '../../api/contract.gen.ts';
import type { FieldError } from '../../api/client.ts';
import type { PartnerKind } from '../../api/model.ts';
import { useCreatePartner, usePartners, useUpdatePartner, type Partner } from '../../api/partners.ts';
import { ErrorAlert, errorMessage } from '../../components/ErrorAlert.tsx';
import { useVocabularyOptions } from '../../components/options.ts';
import { useI18n } from '../../i18n/index.ts';
import { applyFieldErrors, useRevalidateOnLanguageChange } from '../../lib/form-errors.ts';
import { useRequiredRules } from '../../lib/form-rules.ts';
import { fenAsYuan } from '../../lib/vocab-labels.ts';
import { ActiveTag, AdminListHeader } from './admin-parts.tsx';

type Values = {
  kind: PartnerKind;
  name: string;
  contactName?: string;
  contactPhone?: string;
  contactEmail?: string;
  compensationTerms?: string;
  claimMultiple?: number | null;
  /** Held in yuan, sent in fen; named as the API names it so its field errors land here. */
  claimCapFen?: number | null;
};

const FIELDS = ['kind', 'name', 'contactName', 'contactPhone', 'contactEmail', 'compensationTerms', 'claimMultiple', 'claimCapFen'].map((n) => [n]);
const LIMIT = LIMITS.CreatePartnerInput;
const text = (v: string | undefined) => v?.trim() || null;

const PartnerModal = ({ partner, onClose }: { partner: Partner | null; onClose: () => void }) => {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  useRevalidateOnLanguageChange(form);
  const required = useRequiredRules();
  const vocab = useVocabularyOptions();
  const create = useCreatePartner();
  const update = useUpdatePartner();
  const [rest, setRest] = useState<FieldError[] | undefined>();
  const onError = (e: unknown) => setRest(applyFieldErrors(form, e, FIELDS));

  const onFinish = (v: Values) => {
    const body = {
      name: v.name.trim(),
      contactName: text(v.contactName),
      contactPhone: text(v.contactPhone),
      contactEmail: text(v.contactEmail),
      compensationTerms: text(v.compensationTerms),
      claimMultiple: v.claimMultiple ?? null,
      claimCapFen: v.claimCapFen === null || v.claimCapFen === undefined ? null : Math.round(v.claimCapFen * 100),
    };
    if (partner) update.mutate({ id: partner.id, patch: body }, { onSuccess: onClose, onError });
    else create.mutate({ ...body, kind: v.kind }, { onSuccess: onClose, onError });
  };

  const initial: Values = partner
    ? {
        kind: partner.kind,
        name: partner.name,
        contactName: partner.contactName ?? '',
        contactPhone: partner.contactPhone ?? '',
        contactEmail: partner.contactEmail ?? '',
        compensationTerms: partner.compensationTerms ?? '',
        claimMultiple: partner.claimMultiple,
        claimCapFen: partner.claimCapFen === null ? null : partner.claimCapFen / 100,
      }
    : { kind: 'carrier', name: '' };

  return (
    <Modal
      open
      width={680}
      title={partner ? t('admin.partners.editTitle', { name: partner.name }) : t('admin.partners.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={create.isPending || update.isPending}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" initialValues={initial} onFinish={onFinish}>
        <Row gutter={12}>
          <Col xs={24} sm={8}>
            <Form.Item name="kind" label={t('admin.partners.kind')}>
              <Select options={vocab.partnerKind} disabled={!!partner} data-testid="partner-kind" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={16}>
            <Form.Item name="name" label={t('admin.partners.name')} rules={required.text(t('admin.partners.name'))}>
              <Input maxLength={LIMIT.name.maxLength} data-testid="partner-name" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="contactName" label={t('admin.partners.contactName')}>
              <Input maxLength={LIMIT.contactName.maxLength} data-testid="partner-contact-name" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="contactPhone" label={t('admin.partners.contactPhone')}>
              <Input maxLength={LIMIT.contactPhone.maxLength} data-testid="partner-contact-phone" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="contactEmail" label={t('admin.partners.contactEmail')} rules={[{ type: 'email', message: t('validation.email') }]}>
              <Input maxLength={LIMIT.contactEmail.maxLength} data-testid="partner-contact-email" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="compensationTerms" label={t('admin.partners.terms')} extra={t('admin.partners.termsHint')}>
              <Input.TextArea rows={3} maxLength={LIMIT.compensationTerms.maxLength} showCount data-testid="partner-terms" />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item name="claimMultiple" label={t('admin.partners.claimMultiple')}>
              <InputNumber min={LIMIT.claimMultiple.minimum} max={LIMIT.claimMultiple.maximum} precision={2} suffix="×" style={{ width: '100%' }} data-testid="partner-claim-multiple" />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item name="claimCapFen" label={t('admin.partners.claimCap')}>
              <InputNumber min={0} max={LIMIT.claimCapFen.maximum / 100} precision={2} prefix="¥" style={{ width: '100%' }} data-testid="partner-claim-cap" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      {(create.isError || update.isError) && <ErrorAlert error={create.error ?? update.error} extraFields={rest} />}
    </Modal>
  );
};

/** 系统管理 → 承运商与供应商: the company's carriers, suppliers and outlets with their contract terms. */
export const PartnersPage = () => {
  const { t } = useI18n();
  const { modal, message } = App.useApp();
  const vocab = useVocabularyOptions();
  const partners = usePartners({ includeInactive: true });
  const update = useUpdatePartner();
  const [kind, setKind] = useState<PartnerKind | 'all'>('all');
  const [editing, setEditing] = useState<Partner | 'new' | null>(null);
  const rows = (partners.data ?? []).filter((p) => kind === 'all' || p.kind === kind);

  const toggleActive = (p: Partner) =>
    modal.confirm({
      title: p.active ? t('admin.partners.deactivateConfirm', { name: p.name }) : t('admin.partners.activateConfirm', { name: p.name }),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      okButtonProps: { danger: p.active },
      onOk: () =>
        update.mutateAsync({ id: p.id, patch: { active: !p.active } }).catch((e: unknown) => {
          void message.error(errorMessage(e, t('error.unknown')));
        }),
    });

  const columns: TableColumnsType<Partner> = [
    { title: t('admin.partners.kind'), dataIndex: 'kind', width: 90, render: (v: PartnerKind) => <Tag>{t(`partnerKind.${v}`)}</Tag> },
    { title: t('admin.partners.name'), dataIndex: 'name', width: 180 },
    {
      title: t('admin.partners.contact'),
      key: 'contact',
      width: 200,
      render: (_, p) => (
        <Flex vertical>
          <span>{p.contactName ?? '—'}</span>
          {p.contactPhone && <Typography.Text type="secondary">{p.contactPhone}</Typography.Text>}
          {p.contactEmail && <Typography.Text type="secondary">{p.contactEmail}</Typography.Text>}
        </Flex>
      ),
    },
    {
      title: t('admin.partners.terms'),
      dataIndex: 'compensationTerms',
      render: (_, p) => (
        <Flex vertical gap={2}>
          <Typography.Text ellipsis={{ tooltip: p.compensationTerms }}>{p.compensationTerms ?? '—'}</Typography.Text>
          {(p.claimMultiple !== null || p.claimCapFen !== null) && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {p.claimMultiple !== null ? `${t('admin.partners.claimMultiple')} ${p.claimMultiple}` : ''}
              {p.claimMultiple !== null && p.claimCapFen !== null ? ' · ' : ''}
              {p.claimCapFen !== null ? `${t('admin.partners.claimCap')} ${fenAsYuan(p.claimCapFen)}` : ''}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    { title: t('admin.status'), dataIndex: 'active', width: 90, render: (v: boolean) => <ActiveTag active={v} /> },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 150,
      fixed: 'right',
      render: (_, p) => (
        <Space size={0} wrap>
          <Button type="link" size="small" onClick={() => setEditing(p)}>
            {t('common.edit')}
          </Button>
          <Button type="link" size="small" danger={p.active} onClick={() => toggleActive(p)}>
            {p.active ? t('common.deactivate') : t('common.activate')}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <Flex vertical gap={12}>
      <AdminListHeader title={t('nav.partners')} createLabel={t('admin.partners.create')} createTestId="partner-create" onCreate={() => setEditing('new')} />
      <Typography.Text type="secondary">{t('admin.partners.hint')}</Typography.Text>
      <Segmented<PartnerKind | 'all'>
        value={kind}
        onChange={setKind}
        options={[{ value: 'all', label: t('admin.partners.allKinds') }, ...vocab.partnerKind.map((o) => ({ value: o.value as PartnerKind, label: o.label }))]}
        data-testid="partner-kind-filter"
        style={{ alignSelf: 'flex-start' }}
      />
      {partners.isError && <ErrorAlert error={partners.error} onRetry={() => void partners.refetch()} />}
      <Table<Partner>
        rowKey="id"
        columns={columns}
        dataSource={rows}
        loading={partners.isPending}
        pagination={false}
        size="middle"
        scroll={{ x: 1000 }}
        data-testid="partners-table"
      />
      {editing && <PartnerModal partner={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Flex>
  );
};

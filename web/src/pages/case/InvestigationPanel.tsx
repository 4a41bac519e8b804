import { useState } from 'react';
import { App, Button, Card, DatePicker, Divider, Empty, Flex, Form, Input, Select, Space, Tag, Typography } from 'antd';
import { CheckCircleTwoTone, ExclamationCircleOutlined, EyeInvisibleOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useCan } from '../../api/auth.ts';
import {
  useAddTask,
  useDecideResponsibility,
  useHideAttachment,
  useInvestigation,
  useMarkEvidence,
  useUpdateTask,
  type ChecklistItem,
  type Investigation,
  type InvestigationTask,
  type ResponsibilityBody,
} from '../../api/investigation.ts';
import { ENUMS } from '../../api/contract.gen.ts';
import type { CaseDetail, Id } from '../../api/model.ts';
import { usePartners } from '../../api/partners.ts';
import { useUsers } from '../../api/reference.ts';
import { ErrorAlert, errorMessage } from '../../components/ErrorAlert.tsx';
import { useDepartmentOptions } from '../../components/options.ts';
import { useI18n, type MessageKey } from '../../i18n/index.ts';
import { formatDateTime } from '../../lib/format.ts';

const ROOT_CAUSES = ENUMS.ResponsibilityDecision.rootCause;
const PARTIES = ENUMS.ResponsibilityDecision.party;
const PARTNER_PARTIES = ['carrier', 'outlet', 'supplier'] as const;

type Props = { c: CaseDetail };

/** 调查与定责: the joint team's tasks, the evidence checklist and the root cause / responsibility decision. */
export const InvestigationPanel = ({ c }: Props) => {
  const { t } = useI18n();
  const query = useInvestigation(c.id);
  const inv = query.data;
  return (
    <Card title={t('inv.title')} size="small" data-testid="investigation-panel">
      {query.error && <ErrorAlert error={query.error} />}
      {inv && (
        <Flex vertical gap={8}>
          <TasksSection c={c} inv={inv} />
          <Divider style={{ margin: '4px 0' }} />
          <ChecklistSection c={c} inv={inv} />
          <Divider style={{ margin: '4px 0' }} />
          <ResponsibilitySection c={c} inv={inv} />
        </Flex>
      )}
    </Card>
  );
};

const TaskRow = ({ c, task }: { c: CaseDetail; task: InvestigationTask }) => {
  const { t } = useI18n();
  const { message } = App.useApp();
  const update = useUpdateTask(c);
  const [findings, setFindings] = useState(task.findings ?? '');
  const onError = (e: unknown) => void message.error(errorMessage(e, t('error.unknown')));
  const color = task.status === 'done' ? 'green' : task.status === 'cancelled' ? 'default' : 'blue';
  return (
    <div data-testid="investigation-task" style={{ padding: '6px 0', borderBottom: '1px solid #f0f0f0' }}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <span>
          <Typography.Text strong>{task.departmentName}</Typography.Text>
          {task.ownerName && <Typography.Text type="secondary"> · {task.ownerName}</Typography.Text>}
          {task.dueAt && <Typography.Text type="secondary"> · {t('inv.due')} {formatDateTime(task.dueAt)}</Typography.Text>}
        </span>
        <Tag color={color} data-testid="task-status">{t(`inv.task.${task.status}` as MessageKey)}</Tag>
      </Flex>
      <div className="cl-pre">{task.instructions}</div>
      {task.canEdit ? (
        <Flex vertical gap={6} style={{ marginTop: 6 }}>
          <Input.TextArea
            rows={2}
            value={findings}
            onChange={(e) => setFindings(e.target.value)}
            placeholder={t('inv.findings')}
            aria-label={t('inv.findings')}
            data-testid="task-findings"
          />
          <Space wrap>
            <Button size="small" onClick={() => update.mutate({ id: task.id, patch: { findings } }, { onError })} data-testid="task-save">
              {t('inv.saveFindings')}
            </Button>
            <Button
              size="small"
              type="primary"
              onClick={() => update.mutate({ id: task.id, patch: { findings, status: 'done' } }, { onError })}
              data-testid="task-done"
            >
              {t('inv.markDone')}
            </Button>
            <Button size="small" danger onClick={() => update.mutate({ id: task.id, patch: { status: 'cancelled' } }, { onError })}>
              {t('inv.cancelTask')}
            </Button>
          </Space>
        </Flex>
      ) : (
        task.findings && (
          <div className="cl-pre" data-testid="task-findings-text">
            {t('inv.findings')}: {task.findings}
          </div>
        )
      )}
    </div>
  );
};

const TasksSection = ({ c, inv }: { c: CaseDetail; inv: Investigation }) => {
  const { t } = useI18n();
  const [form] = Form.useForm<{ departmentId: Id; ownerId?: Id; due?: dayjs.Dayjs; instructions: string }>();
  const departmentId = Form.useWatch('departmentId', form);
  const departments = useDepartmentOptions();
  const users = useUsers(departmentId, !!departmentId);
  const add = useAddTask(c);
  const submit = (v: { departmentId: Id; ownerId?: Id; due?: dayjs.Dayjs; instructions: string }) =>
    add.mutate(
      { departmentId: v.departmentId, ownerId: v.ownerId ?? null, dueAt: v.due ? v.due.toISOString() : null, instructions: v.instructions },
      { onSuccess: () => form.resetFields() },
    );
  return (
    <div data-testid="investigation-tasks">
      <Typography.Title level={5} style={{ marginTop: 0 }}>{t('inv.tasks')}</Typography.Title>
      {inv.tasks.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('inv.noTasks')} style={{ margin: '4px 0' }} />
      ) : (
        inv.tasks.map((task) => <TaskRow key={task.id} c={c} task={task} />)
      )}
      {inv.canManage && (
        <Form form={form} layout="vertical" size="small" onFinish={submit} style={{ marginTop: 8 }} data-testid="task-form">
          {add.isError && <ErrorAlert error={add.error} style={{ marginBottom: 8 }} />}
          <Flex gap={8} wrap>
            <Form.Item name="departmentId" label={t('inv.department')} rules={[{ required: true }]} style={{ flex: 1, minWidth: 140 }}>
              <Select options={departments.options} loading={departments.loading} showSearch={{ optionFilterProp: 'label' }} data-testid="task-department" />
            </Form.Item>
            <Form.Item name="ownerId" label={t('inv.owner')} style={{ flex: 1, minWidth: 120 }}>
              <Select
                allowClear
                disabled={!departmentId}
                options={(users.data ?? []).filter((u) => u.active).map((u) => ({ value: u.id, label: u.displayName }))}
                data-testid="task-owner"
              />
            </Form.Item>
            <Form.Item name="due" label={t('inv.due')} style={{ minWidth: 160 }}>
              <DatePicker showTime format="YYYY-MM-DD HH:mm" />
            </Form.Item>
          </Flex>
          <Form.Item name="instructions" label={t('inv.instructions')} rules={[{ required: true, whitespace: true }]}>
            <Input.TextArea rows={2} maxLength={2000} data-testid="task-instructions" />
          </Form.Item>
          <Button htmlType="submit" loading={add.isPending} data-testid="task-add">
            {t('inv.addTask')}
          </Button>
        </Form>
      )}
    </div>
  );
};

const EvidenceRow = ({ c, inv, item }: { c: CaseDetail; inv: Investigation; item: ChecklistItem }) => {
  const { t, lang } = useI18n();
  const { message, modal } = App.useApp();
  const mark = useMarkEvidence(c);
  const hide = useHideAttachment(c);
  const isAdmin = useCan('attachment.hide');
  const [file, setFile] = useState<Id | undefined>();
  const [na, setNa] = useState('');
  const onError = (e: unknown) => void message.error(errorMessage(e, t('error.unknown')));
  const linkable = c.attachments.filter((a) => !a.hidden && !item.files.some((f) => f.id === a.id));
  const askHide = (id: Id, filename: string) => {
    let reason = '';
    modal.confirm({
      title: `${t('inv.hide')}: ${filename}`,
      content: <Input.TextArea rows={2} placeholder={t('inv.hideReason')} onChange={(e) => (reason = e.target.value)} data-testid="hide-reason" />,
      okText: t('inv.hide'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () => hide.mutateAsync({ id, reason }).catch((e: unknown) => {
        onError(e);
        throw e;
      }),
    });
  };
  return (
    <div data-testid="evidence-item" data-code={item.code} style={{ padding: '6px 0', borderBottom: '1px solid #f0f0f0' }}>
      <Flex justify="space-between" align="center" gap={8}>
        <span>
          <Typography.Text strong>{lang === 'en' ? item.labelEn : item.labelZh}</Typography.Text>
          {/* the company's checklist says what is required; a retired item keeps its marks. */}
          {item.required && !item.retired && (
            <Tag color="red" bordered={false} style={{ marginInlineStart: 6 }} data-testid="evidence-required">
              {t('inv.itemRequired')}
            </Tag>
          )}
          {item.retired && (
            <Tag bordered={false} style={{ marginInlineStart: 6 }} data-testid="evidence-retired">
              {t('inv.retired')}
            </Tag>
          )}
        </span>
        {item.done ? (
          <Tag color="green" icon={<CheckCircleTwoTone twoToneColor="#52c41a" />} data-testid="evidence-done">
            {item.notApplicableReason && !item.files.some((f) => !f.hidden) ? t('inv.notApplicable') : t('inv.collected')}
          </Tag>
        ) : (
          <Tag color="orange" icon={<ExclamationCircleOutlined />} data-testid="evidence-missing">
            {t('inv.missing')}
          </Tag>
        )}
      </Flex>
      {item.files.map((f) => (
        <Flex key={f.id} vertical style={{ fontSize: 12, marginTop: 4 }} data-testid="evidence-file">
          <span>
            {f.hidden ? <Typography.Text delete>{f.filename}</Typography.Text> : <a href={f.url} target="_blank" rel="noreferrer">{f.filename}</a>}
            {isAdmin && !f.hidden && (
              <Button size="small" type="link" danger icon={<EyeInvisibleOutlined />} onClick={() => askHide(f.id, f.filename)} data-testid="evidence-hide">
                {t('inv.hide')}
              </Button>
            )}
          </span>
          {f.hidden && <Typography.Text type="danger">{t('inv.hidden', { reason: f.hiddenReason ?? '' })}</Typography.Text>}
          <Typography.Text type="secondary">{t('inv.uploadedBy', { name: f.uploadedByName ?? '—', time: formatDateTime(f.createdAt) })}</Typography.Text>
          <Typography.Text type="secondary" code copyable style={{ fontSize: 11, wordBreak: 'break-all' }} data-testid="evidence-sha256">
            sha256 {f.sha256}
          </Typography.Text>
        </Flex>
      ))}
      {item.notApplicableReason && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('inv.notApplicable')}: {item.notApplicableReason}
        </Typography.Text>
      )}
      {inv.canManage && !item.done && (
        <Flex vertical gap={4} style={{ marginTop: 4 }}>
          <Space.Compact style={{ width: '100%' }}>
            <Select
              size="small"
              style={{ flex: 1, minWidth: 0 }}
              placeholder={linkable.length ? t('inv.pickFile') : t('inv.uploadHint')}
              disabled={!linkable.length}
              options={linkable.map((a) => ({ value: a.id, label: a.filename }))}
              value={file}
              onChange={(v: Id) => setFile(v)}
              data-testid="evidence-pick"
            />
            <Button
              size="small"
              disabled={!file}
              onClick={() => file && mark.mutate({ itemCode: item.code, attachmentId: file }, { onSuccess: () => setFile(undefined), onError })}
              data-testid="evidence-link"
            >
              {t('inv.link')}
            </Button>
          </Space.Compact>
          <Space.Compact style={{ width: '100%' }}>
            <Input size="small" value={na} onChange={(e) => setNa(e.target.value)} placeholder={t('inv.naReason')} data-testid="evidence-na-reason" />
            <Button
              size="small"
              disabled={!na.trim()}
              onClick={() => mark.mutate({ itemCode: item.code, notApplicableReason: na }, { onSuccess: () => setNa(''), onError })}
              data-testid="evidence-na"
            >
              {t('inv.notApplicable')}
            </Button>
          </Space.Compact>
        </Flex>
      )}
    </div>
  );
};

const ChecklistSection = ({ c, inv }: { c: CaseDetail; inv: Investigation }) => {
  const { t } = useI18n();
  return (
    <div data-testid="evidence-checklist">
      <Typography.Title level={5} style={{ marginTop: 0 }}>{t('inv.checklist')}</Typography.Title>
      {inv.checklist.length === 0 ? (
        <Typography.Text type="secondary">{t('inv.noChecklist')}</Typography.Text>
      ) : (
        inv.checklist.map((item) => <EvidenceRow key={item.code} c={c} inv={inv} item={item} />)
      )}
    </div>
  );
};

const ResponsibilitySection = ({ c, inv }: { c: CaseDetail; inv: Investigation }) => {
  const { t } = useI18n();
  const [form] = Form.useForm<ResponsibilityBody>();
  const party = Form.useWatch('party', form);
  const departmentId = Form.useWatch('departmentId', form);
  const departments = useDepartmentOptions();
  const users = useUsers(departmentId, !!departmentId);
  const partnerKind = (PARTNER_PARTIES as readonly string[]).includes(party ?? '') ? (party as 'carrier' | 'outlet' | 'supplier') : undefined;
  const partners = usePartners(partnerKind ? { kind: partnerKind } : {});
  const decide = useDecideResponsibility(c);
  const [editing, setEditing] = useState(false);
  const r = inv.responsibility;
  const showForm = inv.canManage && (!r || editing);
  return (
    <div data-testid="responsibility">
      <Typography.Title level={5} style={{ marginTop: 0 }}>{t('inv.responsibility')}</Typography.Title>
      {inv.responsibilityRequired && !r && <Typography.Text type="warning" style={{ display: 'block' }}>{t('inv.required')}</Typography.Text>}
      {r ? (
        <div data-testid="responsibility-decided">
          <div>
            <Tag color="purple">{t(`inv.rootCause.${r.rootCause}` as MessageKey)}</Tag>
            <Tag color="magenta">{t(`inv.party.${r.party}` as MessageKey)}</Tag>
            {[r.departmentName, r.personName, r.partnerName].filter(Boolean).join(' · ')}
          </div>
          <div className="cl-pre">{r.rootCauseText}</div>
          {r.note && <div className="cl-pre">{r.note}</div>}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('inv.decidedBy', { name: r.decidedByName ?? '—', time: formatDateTime(r.decidedAt) })}
          </Typography.Text>
          {inv.canManage && !editing && (
            <Button size="small" type="link" onClick={() => setEditing(true)}>
              {t('inv.redecide')}
            </Button>
          )}
        </div>
      ) : (
        !inv.canManage && <Typography.Text type="secondary">{t('inv.notDecided')}</Typography.Text>
      )}
      {showForm && (
        <Form
          form={form}
          layout="vertical"
          size="small"
          initialValues={r ? { ...r } : undefined}
          onFinish={(v) =>
            decide.mutate(
              {
                // Only the decision's own fields: the shown record carries names and times the API does not take.
                rootCause: v.rootCause,
                rootCauseText: v.rootCauseText,
                party: v.party,
                note: v.note ?? null,
                departmentId: v.party === 'internal' ? (v.departmentId ?? null) : null,
                personId: v.party === 'internal' ? (v.personId ?? null) : null,
                partnerId: partnerKind ? (v.partnerId ?? null) : null,
              },
              { onSuccess: () => setEditing(false) },
            )
          }
          data-testid="responsibility-form"
        >
          {decide.isError && <ErrorAlert error={decide.error} style={{ marginBottom: 8 }} />}
          <Flex gap={8} wrap>
            <Form.Item name="rootCause" label={t('inv.rootCause')} rules={[{ required: true }]} style={{ flex: 1, minWidth: 120 }}>
              <Select options={ROOT_CAUSES.map((x) => ({ value: x, label: t(`inv.rootCause.${x}` as MessageKey) }))} data-testid="root-cause" />
            </Form.Item>
            <Form.Item name="party" label={t('inv.party')} rules={[{ required: true }]} style={{ flex: 1, minWidth: 120 }}>
              <Select options={PARTIES.map((x) => ({ value: x, label: t(`inv.party.${x}` as MessageKey) }))} data-testid="party" />
            </Form.Item>
          </Flex>
          {party === 'internal' && (
            <Flex gap={8} wrap>
              <Form.Item name="departmentId" label={t('inv.department')} rules={[{ required: true }]} style={{ flex: 1, minWidth: 140 }}>
                <Select options={departments.options} data-testid="responsible-department" />
              </Form.Item>
              <Form.Item name="personId" label={t('inv.person')} style={{ flex: 1, minWidth: 120 }}>
                <Select allowClear options={(users.data ?? []).map((u) => ({ value: u.id, label: u.displayName }))} data-testid="responsible-person" />
              </Form.Item>
            </Flex>
          )}
          {partnerKind && (
            <Form.Item name="partnerId" label={t('inv.partner')} rules={[{ required: true }]}>
              <Select
                options={(partners.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
                loading={partners.isLoading}
                data-testid="responsible-partner"
              />
            </Form.Item>
          )}
          <Form.Item name="rootCauseText" label={t('inv.rootCauseText')} rules={[{ required: true, whitespace: true }]}>
            <Input.TextArea rows={2} maxLength={2000} data-testid="root-cause-text" />
          </Form.Item>
          <Form.Item name="note" label={t('inv.note')}>
            <Input.TextArea rows={1} maxLength={2000} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={decide.isPending} data-testid="responsibility-save">
            {t('inv.decide')}
          </Button>
        </Form>
      )}
    </div>
  );
};

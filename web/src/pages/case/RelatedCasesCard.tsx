import { useState } from 'react';
import { Button, Card, Empty, Flex, Form, Input, Modal } from 'antd';
import { LinkOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useLeadsCase } from '../../api/auth.ts';
import { useLinkCase } from '../../api/cases.ts';
import type { FieldError } from '../../api/client.ts';
import type { CaseDetail } from '../../api/model.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { StatusTag } from '../../components/tags.tsx';
import { useI18n } from '../../i18n/index.ts';
import { applyFieldErrors, useRevalidateOnLanguageChange } from '../../lib/form-errors.ts';

type Values = { otherId: string };

const LinkModal = ({ c, onClose }: { c: CaseDetail; onClose: () => void }) => {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  useRevalidateOnLanguageChange(form);
  const link = useLinkCase(c);
  const [rest, setRest] = useState<FieldError[] | undefined>();
  const onFinish = (v: Values) =>
    link.mutate(v.otherId.trim(), { onSuccess: onClose, onError: (e) => setRest(applyFieldErrors(form, e, [['otherId']])) });

  return (
    <Modal
      open
      title={t('links.modalTitle', { caseNumber: c.caseNumber })}
      okText={t('links.submit')}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={link.isPending}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item
          name="otherId"
          label={t('links.caseNumber')}
          rules={[
            { required: true, whitespace: true, message: t('validation.required', { field: t('links.caseNumber') }) },
            {
              validator: (_r, v: string | undefined) =>
                v?.trim().toUpperCase() === c.caseNumber.toUpperCase() ? Promise.reject(new Error(t('links.notSelf'))) : Promise.resolve(),
            },
          ]}
        >
          <Input autoFocus className="cl-case-number" data-testid="link-target" />
        </Form.Item>
      </Form>
      {link.isError && <ErrorAlert error={link.error} extraFields={rest} />}
    </Modal>
  );
};

/** Cases about the same thing (one waybill, two complaints), linked without merging. */
export const RelatedCasesCard = ({ c }: { c: CaseDetail }) => {
  const { t } = useI18n();
  const [linking, setLinking] = useState(false);
  const links = c.links ?? [];
  // Linking is a change of the case: the lead department's (the server answers a collaborator 403).
  const canLink = useLeadsCase(c) && c.status !== 'merged';
  return (
    <Card
      title={t('links.title')}
      size="small"
      data-testid="related-cases"
      extra={
        canLink && (
          <Button size="small" icon={<LinkOutlined />} onClick={() => setLinking(true)} data-testid="link-open">
            {t('links.add')}
          </Button>
        )
      }
    >
      {links.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('links.empty')} style={{ margin: '4px 0' }} />
      ) : (
        <Flex vertical gap={4}>
          {links.map((l) => (
            <Flex key={l.id} justify="space-between" align="center" gap={8} data-testid="related-case">
              <Link to={`/cases/${encodeURIComponent(l.caseNumber)}`} className="cl-case-number">
                {l.caseNumber}
              </Link>
              <StatusTag status={l.status} />
            </Flex>
          ))}
        </Flex>
      )}
      {linking && <LinkModal c={c} onClose={() => setLinking(false)} />}
    </Card>
  );
};

import { useState } from 'react';
import { Button, Card, Flex, Form, Input, Radio } from 'antd';
import { LockOutlined, MessageOutlined } from '@ant-design/icons';
import { LIMITS } from '../../api/contract.gen.ts';
import { useAddComment } from '../../api/cases.ts';
import type { FieldError } from '../../api/client.ts';
import type { CaseDetail } from '../../api/model.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n } from '../../i18n/index.ts';
import { applyFieldErrors, useRevalidateOnLanguageChange } from '../../lib/form-errors.ts';
import { useRequiredRules } from '../../lib/form-rules.ts';

type Visibility = 'internal' | 'public';
type Values = { body: string; visibility: Visibility };

export const CommentBox = ({ c }: { c: CaseDetail }) => {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const add = useAddComment(c);
  const [rest, setRest] = useState<FieldError[] | undefined>();
  const visibility = Form.useWatch('visibility', form) ?? 'internal';
  const required = useRequiredRules();
  useRevalidateOnLanguageChange(form);

  const onFinish = (v: Values) =>
    add.mutate(
      { body: v.body.trim(), visibility: v.visibility },
      {
        onSuccess: () => {
          form.resetFields(['body']);
          setRest(undefined);
        },
        onError: (e) => setRest(applyFieldErrors(form, e, [['body'], ['visibility']])),
      },
    );

  return (
    <Card title={t('comment.title')} size="small">
      <Form<Values> form={form} layout="vertical" initialValues={{ visibility: 'internal' }} onFinish={onFinish}>
        <Form.Item name="visibility" label={t('comment.visibility')}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={[
              { value: 'internal', label: <><LockOutlined /> {t('comment.internal')}</> },
              { value: 'public', label: <><MessageOutlined /> {t('comment.public')}</> },
            ]}
            data-testid="comment-visibility"
          />
        </Form.Item>
        <Form.Item
          name="body"
          label={visibility === 'public' ? t('comment.bodyPublic') : t('comment.bodyInternal')}
          rules={required.text(t('comment.body'))}
        >
          <Input.TextArea rows={3} maxLength={LIMITS["POST /api/cases/{id}/comments"]["body.body"].maxLength} showCount data-testid="comment-body" />
        </Form.Item>
        {add.isError && <ErrorAlert error={add.error} extraFields={rest} style={{ marginBottom: 12 }} />}
        <Flex justify="end">
          <Button type="primary" htmlType="submit" loading={add.isPending} data-testid="comment-submit">
            {visibility === 'public' ? t('comment.sendPublic') : t('comment.sendInternal')}
          </Button>
        </Flex>
      </Form>
    </Card>
  );
};

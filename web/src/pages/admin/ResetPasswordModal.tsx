import { useState } from 'react';
import { App, Form, Input, Modal } from 'antd';
import { LIMITS } from '../../api/contract.gen.ts';
import { useUpdateUser } from '../../api/admin.ts';
import type { FieldError } from '../../api/client.ts';
import type { User } from '../../api/model.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n } from '../../i18n/index.ts';
import { applyFieldErrors, useRevalidateOnLanguageChange } from '../../lib/form-errors.ts';

type Values = { password: string; confirm: string };

export const ResetPasswordModal = ({ user, onClose }: { user: User; onClose: () => void }) => {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  useRevalidateOnLanguageChange(form);
  const update = useUpdateUser();
  const [rest, setRest] = useState<FieldError[] | undefined>();

  const onFinish = (v: Values) =>
    update.mutate(
      { id: user.id, patch: { password: v.password } },
      {
        onSuccess: () => {
          void message.success(t('admin.users.passwordReset', { name: user.username }));
          onClose();
        },
        onError: (e) => setRest(applyFieldErrors(form, e, [['password']])),
      },
    );

  return (
    <Modal
      open
      title={t('admin.users.resetTitle', { name: user.username })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={update.isPending}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item
          name="password"
          label={t('admin.users.newPassword')}
          rules={[
            { required: true, message: t('validation.required', { field: t('admin.users.newPassword') }) },
            { min: LIMITS["PATCH /api/users/{id}"]["body.password"].minLength, message: t('validation.passwordLength', { min: LIMITS["PATCH /api/users/{id}"]["body.password"].minLength }) },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('admin.users.confirmPassword')}
          dependencies={['password']}
          rules={[
            { required: true, message: t('validation.required', { field: t('admin.users.confirmPassword') }) },
            ({ getFieldValue }) => ({
              validator: (_r, v: string | undefined) =>
                !v || v === getFieldValue('password') ? Promise.resolve() : Promise.reject(new Error(t('validation.passwordMismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
      {update.isError && <ErrorAlert error={update.error} extraFields={rest} />}
    </Modal>
  );
};

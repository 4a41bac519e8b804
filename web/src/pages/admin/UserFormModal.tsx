import { useState } from 'react';
import { Form, Input, Modal, Select, Switch } from 'antd';
import { LIMITS } from '../../api/contract.gen.ts';
import { useCreateUser, useUpdateUser } from '../../api/admin.ts';
import type { FieldError } from '../../api/client.ts';
import type { Id, Role, User } from '../../api/model.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useDepartmentOptions, useVocabularyOptions } from '../../components/options.ts';
import { useI18n } from '../../i18n/index.ts';
import { applyFieldErrors, useRevalidateOnLanguageChange } from '../../lib/form-errors.ts';
import { useRequiredRules } from '../../lib/form-rules.ts';

type Values = { username: string; displayName: string; role: Role; departmentId?: Id | null; password?: string; onDuty: boolean };
type Props = { user: User | null; onClose: () => void };

const FIELDS = [['username'], ['displayName'], ['role'], ['departmentId'], ['password'], ['onDuty']];

export const UserFormModal = ({ user, onClose }: Props) => {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  useRevalidateOnLanguageChange(form);
  const required = useRequiredRules();
  const create = useCreateUser();
  const update = useUpdateUser();
  const mutation = user ? update : create;
  const vocab = useVocabularyOptions();
  // The user's own department stays a choice (marked inactive) when it was deactivated since.
  const departments = useDepartmentOptions(false, { id: user?.departmentId, name: user?.departmentName });
  const role = Form.useWatch('role', form);
  const [rest, setRest] = useState<FieldError[] | undefined>();
  const onError = (e: unknown) => setRest(applyFieldErrors(form, e, FIELDS));

  const onFinish = (v: Values) => {
    const departmentId = v.departmentId ?? undefined;
    if (user) {
      update.mutate(
        { id: user.id, patch: { displayName: v.displayName.trim(), role: v.role, departmentId: v.departmentId ?? null, onDuty: v.onDuty } },
        { onSuccess: onClose, onError },
      );
      return;
    }
    create.mutate(
      { username: v.username.trim(), displayName: v.displayName.trim(), role: v.role, departmentId, password: v.password ?? '' },
      { onSuccess: onClose, onError },
    );
  };

  return (
    <Modal
      open
      title={user ? t('admin.users.editTitle', { name: user.username }) : t('admin.users.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={mutation.isPending}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={
          user
            ? { username: user.username, displayName: user.displayName, role: user.role, departmentId: user.departmentId, onDuty: user.onDuty ?? true }
            : { role: 'agent', onDuty: true }
        }
      >
        <Form.Item
          name="username"
          label={t('admin.users.username')}
          rules={[...required.text(t('admin.users.username')), { pattern: /^[a-zA-Z0-9_.-]{2,64}$/, message: t('validation.username') }]}
        >
          <Input disabled={!!user} autoComplete="off" maxLength={LIMITS["POST /api/users"]["body.username"].maxLength} data-testid="user-username" />
        </Form.Item>
        <Form.Item name="displayName" label={t('admin.users.displayName')} rules={required.text(t('admin.users.displayName'))}>
          <Input maxLength={LIMITS["POST /api/users"]["body.displayName"].maxLength} data-testid="user-displayname" />
        </Form.Item>
        <Form.Item name="role" label={t('admin.users.role')} rules={required.choice(t('admin.users.role'))}>
          <Select options={vocab.role} data-testid="user-role" />
        </Form.Item>
        <Form.Item
          name="departmentId"
          label={t('field.department')}
          rules={role === 'handler' ? required.choice(t('field.department')) : []}
        >
          <Select allowClear options={departments.options} loading={departments.loading} data-testid="user-department" />
        </Form.Item>
        {user && (
          <Form.Item name="onDuty" label={t('admin.users.onDuty')} extra={t('admin.users.onDutyHint')} valuePropName="checked">
            <Switch data-testid="user-on-duty" />
          </Form.Item>
        )}
        {!user && (
          <Form.Item
            name="password"
            label={t('admin.users.password')}
            rules={[...required.text(t('admin.users.password')), { min: LIMITS["POST /api/users"]["body.password"].minLength, message: t('validation.passwordLength', { min: LIMITS["POST /api/users"]["body.password"].minLength }) }]}
          >
            <Input.Password autoComplete="new-password" data-testid="user-password" />
          </Form.Item>
        )}
      </Form>
      {mutation.isError && <ErrorAlert error={mutation.error} extraFields={rest} />}
    </Modal>
  );
};

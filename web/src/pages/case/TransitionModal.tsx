import { useState } from 'react';
import { Form, Input, Modal, Select } from 'antd';
import { LIMITS } from '../../api/contract.gen.ts';
import { useTransition, useUpdateCase } from '../../api/cases.ts';
import { isApiError, type FieldError } from '../../api/client.ts';
import type { AllowedTransition, CaseDetail, Id } from '../../api/model.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useDepartmentOptions, useUserOptions } from '../../components/options.ts';
import { useI18n } from '../../i18n/index.ts';
import { applyFieldErrors, useRevalidateOnLanguageChange } from '../../lib/form-errors.ts';
import { useRequiredRules } from '../../lib/form-rules.ts';

type Values = { reason?: string; departmentId?: Id; assigneeId?: Id };
type Props = { c: CaseDetail; transition: AllowedTransition; onClose: () => void; onConflict: (e: unknown) => void };

export const TransitionModal = ({ c, transition, onClose, onConflict }: Props) => {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const move = useTransition(c);
  const patch = useUpdateCase(c);
  // Reassigning keeps the status; it is a change of owner, recorded with its reason on the assignment.
  const reassign = transition.to === c.status;
  const mutation = reassign ? patch : move;
  const [rest, setRest] = useState<FieldError[] | undefined>();
  const isAssign = transition.to === 'assigned' || !!transition.requiresDepartment;
  const departmentId = Form.useWatch('departmentId', form);
  const assigneeId = Form.useWatch('assigneeId', form);
  // Taking the case from the department or member that has it is a reassignment: the server wants a reason.
  const takesOver =
    isAssign &&
    departmentId !== undefined &&
    ((c.departmentId !== null && departmentId !== c.departmentId) || (c.assigneeId !== null && (assigneeId ?? null) !== c.assigneeId));
  const needsReason = transition.requiresReason || reassign || takesOver;
  const departments = useDepartmentOptions();
  const users = useUserOptions(departmentId, isAssign && departmentId !== undefined);
  const target = t(`status.${transition.to}`);
  const required = useRequiredRules();
  useRevalidateOnLanguageChange(form);

  const callbacks = {
    onSuccess: onClose,
    onError: (e: unknown) => {
      if (isApiError(e) && (e.code === 'VERSION_CONFLICT' || e.code === 'ILLEGAL_TRANSITION')) {
        onClose();
        onConflict(e);
        return;
      }
      setRest(applyFieldErrors(form, e, [['reason'], ['departmentId'], ['assigneeId']]));
    },
  };
  const onFinish = (v: Values) => {
    const reason = v.reason?.trim() || undefined;
    if (reassign) {
      patch.mutate({ version: c.version, departmentId: v.departmentId ?? null, assigneeId: v.assigneeId ?? null, reason }, callbacks);
      return;
    }
    move.mutate(
      {
        to: transition.to,
        version: c.version,
        reason,
        departmentId: isAssign ? v.departmentId : undefined,
        assigneeId: isAssign ? v.assigneeId : undefined,
      },
      callbacks,
    );
  };

  return (
    <Modal
      open
      title={transition.to === c.status ? t('actions.reassign') : t('transition.title', { status: target })}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={mutation.isPending}
      destroyOnHidden
      data-testid="transition-modal"
    >
      <Form<Values> form={form} layout="vertical" onFinish={onFinish} disabled={mutation.isPending}>
        {isAssign && (
          <>
            <Form.Item
              name="departmentId"
              label={t('field.department')}
              rules={required.choice(t('field.department'))}
            >
              <Select
                options={departments.options}
                loading={departments.loading}
                showSearch={{ optionFilterProp: 'label' }}
                placeholder={t('transition.pickDepartment')}
                onChange={() => form.setFieldValue('assigneeId', undefined)}
                data-testid="transition-department"
              />
            </Form.Item>
            <Form.Item name="assigneeId" label={t('field.assignee')} extra={t('transition.assigneeOptional')}>
              <Select
                allowClear
                options={users.options}
                loading={users.loading}
                disabled={departmentId === undefined}
                showSearch={{ optionFilterProp: 'label' }}
                placeholder={t('transition.pickAssignee')}
                data-testid="transition-assignee"
              />
            </Form.Item>
          </>
        )}
        {(needsReason || !isAssign) && (
          <Form.Item
            name="reason"
            label={reassign || takesOver ? t('reassign.reason') : t('field.reason')}
            extra={reassign || takesOver ? t('reassign.reasonHint') : undefined}
            rules={
              needsReason
                ? required.text(reassign || takesOver ? t('reassign.reason') : t('field.reason'))
                : []
            }
          >
            <Input.TextArea rows={3} maxLength={LIMITS.Transition.reason.maxLength} showCount autoFocus={!isAssign} data-testid="transition-reason" />
          </Form.Item>
        )}
      </Form>
      {mutation.isError && <ErrorAlert error={mutation.error} extraFields={rest} />}
    </Modal>
  );
};

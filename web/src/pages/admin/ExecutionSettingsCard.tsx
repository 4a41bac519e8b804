// 执行项默认部门: which department carries out each kind of action created from an accepted remedy
// (the preset's defaults until saved; audited).
import { useEffect } from 'react';
import { App, Button, Card, Flex, Form, Select, Tag } from 'antd';
import { ACTION_KINDS, useExecutionSettings, useSaveExecutionSettings, type ExecutionSettingsBody } from '../../api/execution.ts';
import { useDepartments } from '../../api/reference.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n } from '../../i18n/index.ts';
import { actionKindLabel } from '../case/ExecutionPanel.tsx';

type Departments = ExecutionSettingsBody['departments'];

export const ExecutionSettingsCard = () => {
  const { t } = useI18n();
  const { message } = App.useApp();
  const settings = useExecutionSettings();
  const save = useSaveExecutionSettings();
  const departments = useDepartments();
  const [form] = Form.useForm<Departments>();
  useEffect(() => {
    if (settings.data) form.setFieldsValue(settings.data.departments);
  }, [settings.data, form]);
  const options = (departments.data ?? []).map((d) => ({ value: d.code, label: d.name }));
  return (
    <Card
      size="small"
      title={t('settings.execution.title')}
      loading={settings.isLoading}
      data-testid="execution-settings"
      extra={settings.data?.isDefault ? <Tag>{t('settings.resolution.default')}</Tag> : null}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={async (v) => {
          await save.mutateAsync({ departments: v });
          message.success(t('settings.execution.title'));
        }}
      >
        <Flex gap={16} wrap>
          {ACTION_KINDS.map((k) => (
            <Form.Item key={k} name={k} label={actionKindLabel(t, k)} rules={[{ required: true }]}>
              <Select style={{ width: 140 }} options={options} />
            </Form.Item>
          ))}
        </Flex>
        {save.error && <ErrorAlert error={save.error} />}
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="execution-settings-save">
          {t('common.save')}
        </Button>
      </Form>
    </Card>
  );
};

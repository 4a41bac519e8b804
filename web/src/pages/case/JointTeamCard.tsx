import { useState } from 'react';
import { App, Button, Card, Empty, Flex, Select, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useCan } from '../../api/auth.ts';
import { useCollaborator } from '../../api/cases.ts';
import type { CaseDetail, Id } from '../../api/model.ts';
import { errorMessage } from '../../components/ErrorAlert.tsx';
import { useDepartmentOptions } from '../../components/options.ts';
import { useI18n } from '../../i18n/index.ts';

const FINISHED = ['closed', 'merged', 'rejected'];

/** The departments working on the case besides the responsible one (联合处理). */
export const JointTeamCard = ({ c }: { c: CaseDetail }) => {
  const { t } = useI18n();
  const { modal, message } = App.useApp();
  const canEdit = useCan('case.collaborators') && !FINISHED.includes(c.status);
  const departments = useDepartmentOptions();
  const mutation = useCollaborator(c);
  const [picked, setPicked] = useState<Id | undefined>();
  const members = c.collaborators ?? [];
  const options = departments.options.filter((o) => o.value !== c.departmentId && !members.some((m) => m.departmentId === o.value));

  const onError = (e: unknown) => void message.error(errorMessage(e, t('error.unknown')));
  const add = () => {
    if (!picked) return;
    mutation.mutate({ departmentId: picked, add: true }, { onSuccess: () => setPicked(undefined), onError });
  };
  const remove = (departmentId: Id, name: string) =>
    modal.confirm({
      title: t('jointTeam.removeConfirm', { name }),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      okButtonProps: { danger: true },
      onOk: () => mutation.mutateAsync({ departmentId, add: false }).catch(onError),
    });

  return (
    <Card title={t('jointTeam.title')} size="small" data-testid="joint-team">
      {members.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('jointTeam.empty')} style={{ margin: '4px 0' }} />
      ) : (
        <Flex wrap gap={6} style={{ marginBottom: canEdit ? 12 : 0 }}>
          {members.map((m) => (
            <Tag
              key={m.departmentId}
              color="cyan"
              closable={canEdit ? { 'aria-label': t('jointTeam.remove', { name: m.name }) } : false}
              onClose={(e) => {
                e.preventDefault();
                remove(m.departmentId, m.name);
              }}
              data-testid="collaborator"
            >
              {m.name}
            </Tag>
          ))}
        </Flex>
      )}
      {canEdit && (
        <Flex gap={8} style={{ marginTop: 8 }}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('jointTeam.pick')}
            aria-label={t('jointTeam.pick')}
            options={options}
            loading={departments.loading}
            value={picked}
            onChange={(v?: Id) => setPicked(v)}
            style={{ flex: 1, minWidth: 0 }}
            data-testid="collaborator-pick"
          />
          <Button icon={<PlusOutlined />} onClick={add} disabled={!picked} loading={mutation.isPending && mutation.variables?.add} data-testid="collaborator-add">
            {t('jointTeam.add')}
          </Button>
        </Flex>
      )}
    </Card>
  );
};

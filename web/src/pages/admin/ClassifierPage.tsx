import { Alert, App, Button, Card, Col, Descriptions, Flex, Row, Typography } from 'antd';
import { ExperimentOutlined, FieldTimeOutlined } from '@ant-design/icons';
import { useClassifier, useRetrainClassifier, useRunSweep, type ClassifierQuality } from '../../api/config.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n } from '../../i18n/index.ts';
import { formatDateTime } from '../../lib/format.ts';

const pct = (x: number | undefined) => (typeof x === 'number' ? Math.round(x * 1000) / 10 : null);

export const ClassifierPage = () => {
  const { t } = useI18n();
  const { message } = App.useApp();
  const classifier = useClassifier();
  const retrain = useRetrainClassifier();
  const sweep = useRunSweep();
  const model = classifier.data?.model;

  const quality = (q: ClassifierQuality | undefined) => {
    const acc = pct(q?.looAccuracy);
    if (acc === null) return '—';
    const base = pct(q?.baselineAccuracy);
    return (
      <span>
        {acc}%{' '}
        {base !== null && <Typography.Text type="secondary">({t('admin.classifier.baseline', { pct: base })})</Typography.Text>}
      </span>
    );
  };

  const onRetrain = () =>
    retrain.mutate(undefined, {
      onSuccess: (r) =>
        void (r.trained ? message.success(t('admin.classifier.retrained', { examples: r.examples })) : message.warning(t('admin.classifier.notTrained'))),
    });

  return (
    <Flex vertical gap={12}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('nav.classifier')}
      </Typography.Title>
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={14}>
          <Card
            title={t('admin.classifier.model')}
            loading={classifier.isPending}
            extra={
              <Button type="primary" icon={<ExperimentOutlined />} loading={retrain.isPending} onClick={onRetrain} data-testid="classifier-retrain">
                {t('admin.classifier.retrain')}
              </Button>
            }
            data-testid="classifier-card"
          >
            <Flex vertical gap={12}>
              {classifier.isError && <ErrorAlert error={classifier.error} onRetry={() => void classifier.refetch()} />}
              {retrain.isError && <ErrorAlert error={retrain.error} />}
              {model ? (
                <Descriptions
                  size="small"
                  column={1}
                  items={[
                    { key: 'trainedAt', label: t('admin.classifier.trainedAt'), children: <span data-testid="classifier-trained-at">{formatDateTime(model.trainedAt)}</span> },
                    { key: 'examples', label: t('admin.classifier.examples'), children: <span data-testid="classifier-examples">{model.examples}</span> },
                    { key: 'category', label: t('admin.classifier.categoryAccuracy'), children: quality(model.metrics?.quality?.category) },
                    { key: 'urgency', label: t('admin.classifier.urgencyAccuracy'), children: quality(model.metrics?.quality?.urgency) },
                  ]}
                />
              ) : (
                !classifier.isError && <Alert type="info" showIcon title={t('admin.classifier.none')} />
              )}
              <Typography.Text type="secondary">{t('admin.classifier.hint')}</Typography.Text>
            </Flex>
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={t('admin.sweep.title')} data-testid="sweep-card">
            <Flex vertical gap={12} align="start">
              <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                {t('admin.sweep.hint')}
              </Typography.Paragraph>
              <Button icon={<FieldTimeOutlined />} loading={sweep.isPending} onClick={() => sweep.mutate()} data-testid="sweep-run">
                {t('admin.sweep.run')}
              </Button>
              {sweep.isSuccess && (
                <Alert type="success" showIcon title={t('admin.sweep.done', { count: sweep.data.actions })} data-testid="sweep-result" />
              )}
              {sweep.isError && <ErrorAlert error={sweep.error} />}
            </Flex>
          </Card>
        </Col>
      </Row>
    </Flex>
  );
};

import { App, Button, Card, Flex, Image, Typography, Upload } from 'antd';
import { DownloadOutlined, FileOutlined, UploadOutlined } from '@ant-design/icons';
import { useCan } from '../../api/auth.ts';
import { useUploadAttachment } from '../../api/cases.ts';
import type { Attachment, CaseDetail } from '../../api/model.ts';
import { ErrorAlert, errorMessage } from '../../components/ErrorAlert.tsx';
import { useI18n } from '../../i18n/index.ts';
import { formatDateTime, formatSize } from '../../lib/format.ts';
import { ATTACHMENT_ACCEPT, useUploadLimit } from '../../lib/upload.ts';

const AttachmentRow = ({ a }: { a: Attachment }) => {
  const { t } = useI18n();
  // A hidden file is served to administrators only; others see its record without preview or download.
  const isAdmin = useCan('attachment.hide');
  const served = !a.hidden || isAdmin;
  const isImage = served && a.contentType.startsWith('image/');
  return (
    <Flex gap={8} align="center" style={{ padding: '6px 0', borderBottom: '1px solid #f0f0f0' }} data-testid="attachment">
      {isImage ? (
        <Image src={a.url} alt={a.filename} width={56} height={56} style={{ objectFit: 'cover', borderRadius: 4 }} />
      ) : (
        <FileOutlined style={{ fontSize: 28, width: 56 }} aria-hidden />
      )}
      <Flex vertical style={{ minWidth: 0, flex: 1 }}>
        <Typography.Text ellipsis={{ tooltip: a.filename }} delete={a.hidden}>{a.filename}</Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {formatSize(a.size)} · {a.uploadedByName ?? '—'} · {formatDateTime(a.createdAt)}
        </Typography.Text>
        {a.hidden && (
          <Typography.Text type="danger" style={{ fontSize: 12 }} data-testid="attachment-hidden">
            {t('inv.hidden', { reason: a.hiddenReason ?? '' })}
          </Typography.Text>
        )}
        <Typography.Text type="secondary" style={{ fontSize: 11 }} ellipsis={{ tooltip: a.sha256 }}>
          sha256 {a.sha256}
        </Typography.Text>
      </Flex>
      {served && (
        <a href={a.url} download={a.filename} aria-label={t('attachments.download', { name: a.filename })}>
          <DownloadOutlined />
        </a>
      )}
    </Flex>
  );
};

export const AttachmentsCard = ({ c }: { c: CaseDetail }) => {
  const { t } = useI18n();
  const { message } = App.useApp();
  const upload = useUploadAttachment(c);
  const limit = useUploadLimit();
  return (
    <Card
      title={t('attachments.title', { count: c.attachments.length })}
      size="small"
      extra={
        <Upload
          showUploadList={false}
          accept={ATTACHMENT_ACCEPT}
          multiple
          // Refused here, with the limit said, rather than sent only to be refused by the server.
          beforeUpload={(file) => {
            const tooLarge = limit.tooLarge(file);
            if (!tooLarge) return true;
            void message.error(tooLarge);
            return Upload.LIST_IGNORE;
          }}
          customRequest={({ file, onSuccess, onError }) => {
            if (!(file instanceof File)) return;
            upload.mutate(file, {
              onSuccess: (a) => {
                onSuccess?.(a);
                void message.success(t('attachments.uploaded', { name: file.name }));
              },
              onError: (e) => onError?.(e instanceof Error ? e : new Error(errorMessage(e, t('error.unknown')))),
            });
          }}
        >
          <Button icon={<UploadOutlined />} loading={upload.isPending} title={limit.hint ?? undefined} data-testid="upload-attachment">
            {t('attachments.upload')}
          </Button>
        </Upload>
      }
    >
      {upload.isError && <ErrorAlert error={upload.error} style={{ marginBottom: 8 }} />}
      {c.attachments.length === 0 ? (
        <Typography.Text type="secondary">{t('attachments.empty')}</Typography.Text>
      ) : (
        <Image.PreviewGroup>
          {c.attachments.map((a) => (
            <AttachmentRow key={a.id} a={a} />
          ))}
        </Image.PreviewGroup>
      )}
      {limit.hint && (
        <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8, fontSize: 12 }} data-testid="attachment-limit">
          {limit.hint}
        </Typography.Text>
      )}
    </Card>
  );
};

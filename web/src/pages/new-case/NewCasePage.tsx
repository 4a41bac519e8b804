import { useEffect, useRef, useState } from 'react';
import { App, Button, Card, Col, Flex, Form, Grid, Row, Typography } from 'antd';
import type { UploadFile } from 'antd';
import { uploadAttachment, useCreateCase } from '../../api/cases.ts';
import { isApiError, type FieldError } from '../../api/client.ts';
import { useCustomerByPhone } from '../../api/customers.ts';
import type { Case, NewCaseBody } from '../../api/model.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n } from '../../i18n/index.ts';
import { applyFieldErrors, useRevalidateOnLanguageChange } from '../../lib/form-errors.ts';
import { normalizePhone } from '../../lib/phone.ts';
import { useDebounced } from '../../lib/use-debounced.ts';
import { newUuid } from '../../lib/uuid.ts';
import { CaseCreated } from './CaseCreated.tsx';
import { CustomerPanel } from './CustomerPanel.tsx';
import { IntakeFields } from './IntakeFields.tsx';
import { SuggestionPanel } from './SuggestionPanel.tsx';
import { cleanPhone, referral, useIntakeSuggestion, type IntakeValues } from './use-intake-suggestion.ts';

const FIELD_NAMES = [
  ['customer', 'phone'], ['customer', 'name'], ['customer', 'email'], ['channel'], ['category'], ['urgency'],
  ['waybillNo'], ['orderNo'], ['occurredAt'], ['store'], ['route'], ['regulatorReferral'], ['declaredValueYuan'],
  ['goodsName'], ['itemPriceFen'], ['freightFen'], ['description'], ['demand'],
];

const opt = (s: string | undefined) => (s && s.trim() ? s.trim() : undefined);
const fen = (yuan: number | null | undefined) => (typeof yuan === 'number' ? Math.round(yuan * 100) : undefined);

// A known key customer is said so explicitly: the server's intake triage only counts what it is sent.
const toBody = (v: IntakeValues, isKey: boolean): NewCaseBody => ({
  channel: v.channel,
  customer: { name: v.customer.name.trim(), phone: cleanPhone(v.customer.phone), email: opt(v.customer.email), ...(isKey ? { isKey } : {}) },
  description: v.description.trim(),
  category: v.category || undefined,
  urgency: v.urgency || undefined,
  waybillNo: opt(v.waybillNo),
  orderNo: opt(v.orderNo),
  occurredAt: v.occurredAt ? v.occurredAt.toISOString() : undefined,
  store: opt(v.store),
  route: opt(v.route),
  demand: opt(v.demand),
  regulatorReferral: referral(v.regulatorReferral),
  declaredValueYuan: typeof v.declaredValueYuan === 'number' ? v.declaredValueYuan : undefined,
  goodsName: opt(v.goodsName),
  itemPriceFen: fen(v.itemPriceFen),
  freightFen: fen(v.freightFen),
});

const INITIAL: Partial<IntakeValues> = { channel: 'hotline', regulatorReferral: 'none' };

// Landlines are valid from 10 digits on: wait for the agent to stop typing before asking who it is.
const LOOKUP_DEBOUNCE_MS = 250;

type AutoField = 'name' | 'email';

export const NewCasePage = () => {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<IntakeValues>();
  // One key per filled-in form: a double click or a retry after a lost response returns the same case.
  const [idempotencyKey, setIdempotencyKey] = useState(newUuid);
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [created, setCreated] = useState<Case | null>(null);
  const [uploadErrors, setUploadErrors] = useState<{ name: string; error: unknown }[]>([]);
  const [uploading, setUploading] = useState(false);
  const [rest, setRest] = useState<FieldError[] | undefined>();
  const create = useCreateCase();
  const typedPhone = normalizePhone(Form.useWatch(['customer', 'phone'], form));
  const phone = useDebounced(typedPhone, LOOKUP_DEBOUNCE_MS);
  const lookup = useCustomerByPhone(phone);
  // The name and email this form filled in from a lookup, to tell them from what the agent typed.
  const autoFilled = useRef<Partial<Record<AutoField, string>>>({});
  const isKey = lookup.data?.customer.isKey ?? false;
  const suggestion = useIntakeSuggestion(form, isKey);
  const category: string | undefined = Form.useWatch('category', form);
  const urgency: string | undefined = Form.useWatch('urgency', form);
  // In one column (tablet) the suggestions sit under the description the agent is typing.
  const wide = Grid.useBreakpoint().xl ?? false;

  // A known caller's name and email are filled in; a value filled in for one caller is replaced when
  // the phone turns out to be another's, and cleared when it is nobody's (or no number yet), so that
  // saving never renames a customer after someone else. What the agent typed is never overwritten.
  // A failed lookup counts as "nobody": the previous caller's name must not stay behind unnoticed.
  const lookupSettled = phone === null || lookup.isSuccess || lookup.isError;
  const found = phone !== null && lookup.isSuccess ? (lookup.data?.customer ?? null) : null;
  useEffect(() => {
    if (!lookupSettled) return;
    const fill = (field: AutoField, value: string | null | undefined) => {
      const name: ['customer', AutoField] = ['customer', field];
      const current: string = form.getFieldValue(name) ?? '';
      const auto = autoFilled.current[field];
      if (current !== '' && current !== auto) {
        delete autoFilled.current[field];
        return;
      }
      const next = value ?? '';
      if (next) autoFilled.current[field] = next;
      else delete autoFilled.current[field];
      if (next !== current) form.setFields([{ name, value: next || undefined, errors: [] }]);
    };
    fill('name', found?.name);
    fill('email', found?.email);
  }, [lookupSettled, found, form]);

  useRevalidateOnLanguageChange(form);

  const s = suggestion.query.data;
  const applied = !!s && category === s.category.code && urgency === s.urgency.level;
  const applySuggestion = () => {
    if (!s) return;
    form.setFieldsValue({ category: s.category.code, urgency: s.urgency.level });
    void message.success(t('triage.appliedMessage'));
  };

  const onFinish = (v: IntakeValues) =>
    create.mutate(
      { body: toBody(v, isKey), idempotencyKey },
      {
        onSuccess: async (c) => {
          setUploading(true);
          const failed: { name: string; error: unknown }[] = [];
          for (const f of files) {
            if (!f.originFileObj) continue;
            try {
              await uploadAttachment(c.id, f.originFileObj, f.name);
            } catch (error) {
              failed.push({ name: f.name, error });
            }
          }
          setUploading(false);
          setUploadErrors(failed);
          setCreated(c);
        },
        onError: (e) => {
          setRest(applyFieldErrors(form, e, FIELD_NAMES));
          // A rejected request created nothing, so the corrected form may safely use a fresh key.
          if (isApiError(e) && e.status === 400) setIdempotencyKey(newUuid());
        },
      },
    );

  const startOver = () => {
    form.resetFields();
    autoFilled.current = {};
    setFiles([]);
    setCreated(null);
    setUploadErrors([]);
    setRest(undefined);
    create.reset();
    setIdempotencyKey(newUuid());
  };

  if (created) return <CaseCreated created={created} uploadErrors={uploadErrors} onNew={startOver} />;

  const busy = create.isPending || uploading;
  const panel = (
    <SuggestionPanel
      enabled={suggestion.enabled}
      data={s}
      error={suggestion.query.error}
      fetching={suggestion.query.isFetching}
      stale={suggestion.stale}
      applied={applied}
      onApply={applySuggestion}
      onRetry={() => void suggestion.query.refetch()}
    />
  );

  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('newCase.title')}
      </Typography.Title>
      <Row gutter={[12, 12]}>
        <Col xs={24} xl={16}>
          <Card size="small">
            <Form<IntakeValues> form={form} layout="vertical" initialValues={INITIAL} onFinish={onFinish} disabled={busy} scrollToFirstError>
              <IntakeFields files={files} onFilesChange={setFiles} afterDescription={wide ? null : panel} />
              {create.isError && <ErrorAlert error={create.error} extraFields={rest} style={{ marginBottom: 12 }} />}
              <Flex justify="end" gap={8}>
                <Button onClick={startOver} disabled={busy}>
                  {t('common.reset')}
                </Button>
                <Button type="primary" htmlType="submit" loading={busy} data-testid="intake-submit">
                  {t('newCase.submit')}
                </Button>
              </Flex>
            </Form>
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Flex vertical gap={12}>
            {wide && panel}
            <CustomerPanel phone={phone} typing={typedPhone !== phone} lookup={lookup} />
          </Flex>
        </Col>
      </Row>
    </>
  );
};

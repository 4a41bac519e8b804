import { useState, type CSSProperties } from 'react';
import { Button, Flex, Input, InputNumber, Space, Tag, Typography } from 'antd';
import { CheckOutlined, PlusOutlined } from '@ant-design/icons';
import { LIMITS } from '../../api/contract.gen.ts';
import type { Keyword } from '../../api/config.ts';
import { useI18n, type MessageKey } from '../../i18n/index.ts';

type Props = { value?: Keyword[]; onChange?: (v: Keyword[]) => void; id?: string };

// The text of a tag as a real button, so the keyboard reaches it, looking like the tag's text.
const TERM_BUTTON: CSSProperties = { background: 'none', border: 0, padding: 0, font: 'inherit', color: 'inherit', cursor: 'pointer' };

/**
 * Keywords as tags "term · weight"; clicking one takes it into the inputs to change its weight, and it
 * keeps its old weight in the list until the change is saved (a click alone never drops a keyword).
 */
export const KeywordsEditor = ({ value = [], onChange, id }: Props) => {
  const { t } = useI18n();
  const [term, setTerm] = useState('');
  const [weight, setWeight] = useState<number | null>(1);
  const [editing, setEditing] = useState<string | null>(null);
  // A message key, not its text, so that the message follows a change of the UI language.
  const [error, setError] = useState<MessageKey | null>(null);

  const add = () => {
    const clean = term.trim();
    if (!clean || !weight) return;
    if (value.some((k) => k.term === clean && k.term !== editing)) {
      setError('admin.categories.duplicateTerm');
      return;
    }
    const replaces = editing !== null && value.some((k) => k.term === editing);
    onChange?.(replaces ? value.map((k) => (k.term === editing ? { term: clean, weight } : k)) : [...value, { term: clean, weight }]);
    setTerm('');
    setWeight(1);
    setEditing(null);
    setError(null);
  };

  const edit = (k: Keyword) => {
    setTerm(k.term);
    setWeight(k.weight);
    setEditing(k.term);
    setError(null);
  };

  return (
    <Flex vertical gap={8} id={id} data-testid="keywords-editor">
      <Flex wrap gap={6} style={{ maxHeight: 160, overflowY: 'auto' }}>
        {value.map((k) => (
          <Tag
            key={k.term}
            color={k.term === editing ? 'processing' : undefined}
            closable={{ 'aria-label': `${t('common.delete')} ${k.term}` }}
            onClose={(e) => {
              e.preventDefault();
              onChange?.(value.filter((x) => x.term !== k.term));
              if (k.term === editing) setEditing(null);
            }}
            style={{ marginInlineEnd: 0 }}
            data-testid="keyword-tag"
          >
            <button type="button" style={TERM_BUTTON} onClick={() => edit(k)} aria-pressed={k.term === editing}>
              {k.term} <Typography.Text type="secondary">· {k.weight}</Typography.Text>
            </button>
          </Tag>
        ))}
      </Flex>
      <Space.Compact style={{ width: '100%', maxWidth: 420 }}>
        <Input
          value={term}
          onChange={(e) => {
            setTerm(e.target.value);
            setError(null);
          }}
          onPressEnter={(e) => {
            e.preventDefault();
            add();
          }}
          maxLength={LIMITS.CreateStage["keywords[].term"].maxLength}
          placeholder={t('admin.categories.term')}
          aria-label={t('admin.categories.term')}
          data-testid="keyword-term"
        />
        <InputNumber
          value={weight}
          onChange={(v) => setWeight(v)}
          min={0.1}
          max={LIMITS.CreateStage["keywords[].weight"].maximum}
          step={0.5}
          style={{ width: 110 }}
          aria-label={t('admin.categories.weight')}
          placeholder={t('admin.categories.weight')}
          data-testid="keyword-weight"
        />
        <Button icon={editing ? <CheckOutlined /> : <PlusOutlined />} onClick={add} disabled={!term.trim() || !weight} data-testid="keyword-add">
          {editing ? t('common.save') : t('common.add')}
        </Button>
      </Space.Compact>
      {error && <Typography.Text type="danger">{t(error)}</Typography.Text>}
    </Flex>
  );
};

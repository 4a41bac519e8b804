import { useState } from 'react';
import { Button, Flex, Input, InputNumber, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Keyword } from '../../api/config.ts';
import { useI18n } from '../../i18n/index.ts';

type Props = { value?: Keyword[]; onChange?: (v: Keyword[]) => void; id?: string };

/** Keywords as tags "term · weight"; clicking one takes it back into the inputs to change its weight. */
export const KeywordsEditor = ({ value = [], onChange, id }: Props) => {
  const { t } = useI18n();
  const [term, setTerm] = useState('');
  const [weight, setWeight] = useState<number | null>(1);
  const [error, setError] = useState<string | null>(null);

  const add = () => {
    const clean = term.trim();
    if (!clean || !weight) return;
    if (value.some((k) => k.term === clean)) {
      setError(t('admin.categories.duplicateTerm'));
      return;
    }
    onChange?.([...value, { term: clean, weight }]);
    setTerm('');
    setWeight(1);
    setError(null);
  };

  const edit = (k: Keyword) => {
    onChange?.(value.filter((x) => x.term !== k.term));
    setTerm(k.term);
    setWeight(k.weight);
  };

  return (
    <Flex vertical gap={8} id={id} data-testid="keywords-editor">
      <Flex wrap gap={6} style={{ maxHeight: 160, overflowY: 'auto' }}>
        {value.map((k) => (
          <Tag
            key={k.term}
            closable
            onClose={(e) => {
              e.preventDefault();
              onChange?.(value.filter((x) => x.term !== k.term));
            }}
            style={{ cursor: 'pointer', marginInlineEnd: 0 }}
            onClick={() => edit(k)}
            data-testid="keyword-tag"
          >
            {k.term} <Typography.Text type="secondary">· {k.weight}</Typography.Text>
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
          maxLength={40}
          placeholder={t('admin.categories.term')}
          aria-label={t('admin.categories.term')}
          data-testid="keyword-term"
        />
        <InputNumber
          value={weight}
          onChange={(v) => setWeight(v)}
          min={0.1}
          max={5}
          step={0.5}
          style={{ width: 110 }}
          aria-label={t('admin.categories.weight')}
          placeholder={t('admin.categories.weight')}
          data-testid="keyword-weight"
        />
        <Button icon={<PlusOutlined />} onClick={add} disabled={!term.trim() || !weight} data-testid="keyword-add">
          {t('common.add')}
        </Button>
      </Space.Compact>
      {error && <Typography.Text type="danger">{error}</Typography.Text>}
    </Flex>
  );
};

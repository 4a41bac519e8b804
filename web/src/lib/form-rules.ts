import { useMemo } from 'react';
import type { FormRule } from 'antd';
import { useI18n } from '../i18n/index.ts';

/**
 * The "required" rules, worded for the kind of control: 请填写… / "Please enter …" for what is typed,
 * 请选择… / "Please choose …" for a dropdown or a date picker. `text` also refuses blanks, so it is for
 * strings only; a number input takes `number`.
 */
export const useRequiredRules = () => {
  const { t } = useI18n();
  return useMemo(
    () => ({
      text: (field: string): FormRule[] => [{ required: true, whitespace: true, message: t('validation.required', { field }) }],
      choice: (field: string): FormRule[] => [{ required: true, message: t('validation.requiredChoice', { field }) }],
      // For a number input: `whitespace` would make the validator expect a string and refuse any number.
      number: (field: string): FormRule[] => [{ required: true, message: t('validation.required', { field }) }],
    }),
    [t],
  );
};

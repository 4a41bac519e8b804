import dayjs from 'dayjs';

export const formatDateTime = (iso: string | null | undefined): string =>
  iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—';

export const formatSize = (bytes: number): string => {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
};

export const isMaskedPhone = (customer: { phone: string | null; phoneMasked?: boolean }): boolean =>
  customer.phoneMasked ?? (!customer.phone || customer.phone.includes('*'));

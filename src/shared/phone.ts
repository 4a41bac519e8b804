// Phone numbers are stored in one normal form so that lookup, duplicates and search agree.

const MOBILE = /^1[3-9]\d{9}$/;
const LANDLINE = /^0\d{9,11}$/;
const SERVICE = /^(400|800)\d{7}$/;

/** Strips separators and the +86/0086 prefix; returns null when the result is not a Chinese phone number. */
export function normalizePhone(input: string): string | null {
  let digits = input.replace(/[\s\-()（）+]/g, '');
  if (!/^\d+$/.test(digits)) return null;
  if (digits.startsWith('0086')) digits = digits.slice(4);
  else if (digits.startsWith('86') && digits.length === 13) digits = digits.slice(2);
  return MOBILE.test(digits) || LANDLINE.test(digits) || SERVICE.test(digits) ? digits : null;
}

/** 13812341234 → 138****1234; landlines keep their area code and last four digits. */
export function maskPhone(phone: string): string {
  if (phone.length <= 7) return phone.replace(/\d(?=\d{2})/g, '*');
  const head = MOBILE.test(phone) ? 3 : phone.startsWith('01') || phone.startsWith('02') ? 3 : 4;
  return `${phone.slice(0, head)}****${phone.slice(-4)}`;
}

// The server's phone rules (src/shared/phone.ts), mirrored so that the UI looks up exactly the
// numbers the server would store: mobiles, landlines with their area code, and 400/800 numbers,
// written with spaces, dashes, brackets or a +86/0086 prefix.

const MOBILE = /^1[3-9]\d{9}$/;
const LANDLINE = /^0\d{9,11}$/;
const SERVICE = /^(400|800)\d{7}$/;

/** Strips separators and the +86/0086 prefix; null when the result is not a Chinese phone number. */
export const normalizePhone = (input: string | null | undefined): string | null => {
  let digits = (input ?? '').replace(/[\s\-()（）+]/g, '');
  if (!/^\d+$/.test(digits)) return null;
  if (digits.startsWith('0086')) digits = digits.slice(4);
  else if (digits.startsWith('86') && digits.length === 13) digits = digits.slice(2);
  return MOBILE.test(digits) || LANDLINE.test(digits) || SERVICE.test(digits) ? digits : null;
};

/** What the phone field accepts while typing: digits and the separators the server strips. */
export const PHONE_INPUT_PATTERN = /^[0-9+\-\s()（）]{5,20}$/;

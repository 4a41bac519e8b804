// Which files a case may carry: photos of damage, scans, call recordings, short videos, documents.
export const ALLOWED_TYPES: Record<string, readonly string[]> = {
  'image/jpeg': ['.jpg', '.jpeg'],
  'image/png': ['.png'],
  'image/webp': ['.webp'],
  'image/gif': ['.gif'],
  'image/heic': ['.heic'],
  'application/pdf': ['.pdf'],
  'audio/mpeg': ['.mp3'],
  'audio/wav': ['.wav'],
  'audio/x-wav': ['.wav'],
  'audio/amr': ['.amr'],
  'video/mp4': ['.mp4'],
  'text/plain': ['.txt'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['.xlsx'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['.docx'],
};

export function isAllowedType(contentType: string, filename: string): boolean {
  const exts = ALLOWED_TYPES[contentType.toLowerCase()];
  if (!exts) return false;
  const lower = filename.toLowerCase();
  return exts.some((e) => lower.endsWith(e));
}

/** Keeps a safe display name: no path parts, no control characters, bounded length. */
export function safeFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? 'file';
  // Control characters and broken Unicode (lone surrogates) would not survive the database.
  const clean = base.replace(/[\u0000-\u001f\u007f"]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '').trim();
  return (clean || 'file').slice(0, 200);
}

// The signatures of the types a browser shows inline: a file declared as one of them must really be
// one, or an HTML or SVG page could ride in under an image's name.
const SIGNATURES: Record<string, (head: Buffer) => boolean> = {
  'image/jpeg': (h) => h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff,
  'image/png': (h) => h.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/gif': (h) => h.subarray(0, 4).toString('latin1') === 'GIF8',
  'image/webp': (h) => h.subarray(0, 4).toString('latin1') === 'RIFF' && h.subarray(8, 12).toString('latin1') === 'WEBP',
  'application/pdf': (h) => h.subarray(0, 5).toString('latin1') === '%PDF-',
};

/** Whether a file's first bytes fit its declared type (types without a known signature pass). */
export function contentMatchesType(contentType: string, head: Buffer): boolean {
  const check = SIGNATURES[contentType.toLowerCase()];
  return check ? check(head) : true;
}

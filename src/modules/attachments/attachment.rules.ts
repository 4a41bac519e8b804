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
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim();
  return (clean || 'file').slice(0, 200);
}

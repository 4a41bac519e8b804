// What erased or expired personal text is replaced with: one marker, the only value the timeline's
// trigger lets a payload string become (drizzle migration 0020, rules 27–28).
export const REDACTED = '[redacted]';

/**
 * Whether an error means the database is out of reach or too slow right now, rather than that the request
 * or the code is wrong: a timeout, a refused or dropped connection, a server shutting down. Such a request
 * answers 503 SERVICE_UNAVAILABLE (try again later), not 500. Drizzle wraps the driver's error in `cause`.
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || code.startsWith('08'))) return true;
    const message = (e as { message?: unknown }).message;
    if (typeof message === 'string' && DRIVER_MESSAGES.some((m) => message.includes(m))) return true;
  }
  return false;
}

const UNAVAILABLE_CODES = new Set([
  '57014', // query_canceled: statement_timeout passed (or an administrator cancelled it)
  '25P03', // idle_in_transaction_session_timeout
  '55P03', // lock_not_available
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, recovering)
  '53300', // too_many_connections
  'DATABASE_TIMEOUT', // our own deadline (the health check's)
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
]); // class 08 (connection exceptions) is matched by prefix

// node-postgres says these in words only.
const DRIVER_MESSAGES = [
  'timeout exceeded when trying to connect',
  'Connection terminated due to connection timeout',
  'Connection terminated unexpectedly',
  'Query read timeout',
];

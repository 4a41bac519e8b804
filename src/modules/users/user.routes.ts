import { AppError } from '../../shared/errors.ts';
import type { App } from '../../shared/http.ts';
import { ErrorBodySchema, errorResponses, requireActor, requirePermission } from '../../shared/http.ts';
import { permissionsOf } from '../../shared/permissions.ts';
import {
  CreateDepartmentBody,
  CreateUserBody,
  DepartmentSchema,
  IdParams,
  ListUsersQuery,
  LoginBody,
  MeResponse,
  SessionResponse,
  UpdateDepartmentBody,
  UpdateUserBody,
  UserSchema,
} from './user.schemas.ts';
import type { DepartmentRow, UserService } from './user.service.ts';
import { z } from 'zod';

export const SESSION_COOKIE = 'cl_session';
/**
 * The session cookie's name: with Secure (HTTPS) it carries the `__Host-` prefix, which browsers only
 * accept from a secure origin, for the whole host and no Domain, so a sibling subdomain cannot plant or
 * overwrite it. Plain http (localhost) cannot use the prefix.
 */
export const sessionCookieName = (secure: boolean): string => (secure ? `__Host-${SESSION_COOKIE}` : SESSION_COOKIE);

const toDepartmentView = (d: DepartmentRow) => ({ id: d.id, code: d.code, name: d.name, active: d.active, assignmentStrategy: d.assignmentStrategy });

export function registerUserRoutes(app: App, deps: { users: UserService; cookieSecure: boolean }): void {
  const { users } = deps;
  const cookieName = sessionCookieName(deps.cookieSecure);

  app.post(
    '/api/auth/login',
    {
      schema: {
        tags: ['auth'],
        body: LoginBody,
        // 429: too many wrong passwords for the account or the address; Retry-After says how long to wait.
        response: { 200: z.object({ user: UserSchema }), ...errorResponses, 429: ErrorBodySchema },
      },
    },
    async (req, reply) => {
      const { token, expiresAt, user } = await users.login(req.body.username, req.body.password, req.ip);
      reply.setCookie(cookieName, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: deps.cookieSecure,
        expires: expiresAt,
      });
      return { user };
    },
  );

  app.post('/api/auth/logout', { schema: { tags: ['auth'] } }, async (req, reply) => {
    const token = req.cookies[cookieName];
    if (token) await users.logout(token);
    reply.clearCookie(cookieName, { path: '/', secure: deps.cookieSecure });
    return reply.status(204).send();
  });

  app.get('/api/auth/me', { schema: { tags: ['auth'], response: { 200: MeResponse, ...errorResponses } } }, async (req) => {
    const actor = requireActor(req);
    return { user: await users.me(actor), permissions: permissionsOf(actor.role) };
  });

  // What the web asks on every page load: being signed out is an answer here, not a 401.
  app.get(
    '/api/auth/session',
    {
      schema: {
        tags: ['auth'],
        summary: 'The signed-in user (the body of /api/auth/me), or { user: null } without a session',
        security: [],
        response: { 200: SessionResponse, ...errorResponses },
      },
    },
    async (req) => {
      const actor = req.actor;
      const user = actor ? await users.me(actor).catch((e: unknown) => (e instanceof AppError && e.code === 'UNAUTHENTICATED' ? null : Promise.reject(e))) : null;
      return actor && user ? { user, permissions: permissionsOf(actor.role) } : { user: null };
    },
  );

  app.get(
    '/api/users',
    { schema: { tags: ['admin'], querystring: ListUsersQuery, response: { 200: z.object({ items: z.array(UserSchema) }) } } },
    async (req) => {
      requirePermission(req, 'directory.read');
      return { items: await users.listUsers(req.query) };
    },
  );

  app.post(
    '/api/users',
    { schema: { tags: ['admin'], body: CreateUserBody, response: { 201: UserSchema, ...errorResponses } } },
    async (req, reply) => {
      const actor = requirePermission(req, 'admin.users');
      return reply.status(201).send(await users.createUser(actor, req.body));
    },
  );

  app.patch(
    '/api/users/:id',
    { schema: { tags: ['admin'], params: IdParams, body: UpdateUserBody, response: { 200: UserSchema, ...errorResponses } } },
    async (req) => {
      const actor = requirePermission(req, 'admin.users');
      return users.updateUser(actor, req.params.id, req.body);
    },
  );

  app.get(
    '/api/departments',
    { schema: { tags: ['admin'], response: { 200: z.object({ items: z.array(DepartmentSchema) }) } } },
    async (req) => {
      requirePermission(req, 'directory.read');
      const rows = await users.listDepartments();
      return { items: rows.map(toDepartmentView) };
    },
  );

  app.post(
    '/api/departments',
    { schema: { tags: ['admin'], body: CreateDepartmentBody, response: { 201: DepartmentSchema, ...errorResponses } } },
    async (req, reply) => {
      const actor = requirePermission(req, 'admin.departments');
      const d = await users.createDepartment(actor, req.body);
      return reply.status(201).send(toDepartmentView(d));
    },
  );

  app.patch(
    '/api/departments/:id',
    {
      schema: {
        tags: ['admin'],
        params: IdParams,
        body: UpdateDepartmentBody,
        response: { 200: DepartmentSchema, ...errorResponses },
      },
    },
    async (req) => {
      const actor = requirePermission(req, 'admin.departments');
      return toDepartmentView(await users.updateDepartment(actor, req.params.id, req.body));
    },
  );
}

// Module boundaries and layers (docs/decisions/007-module-boundaries.md), checked by `npm run lint`.
// Each rule says why it exists; a violation is an error and fails the run.

/** Files of pure rules: decisions that tests check without a database, server or file system. */
const PURE = [
  '\\.rules\\.ts$',
  '\\.lifecycle\\.ts$',
  '-clock\\.ts$',
  '(^|/)business-calendar\\.ts$',
  '(^|/)zoned-time\\.ts$',
  '(^|/)cn-statutory\\.ts$',
  '(^|/)sla-policy-presets\\.ts$',
  '(^|/)classifier\\.ts$',
  '(^|/)segmenter\\.ts$',
  '(^|/)priority\\.ts$',
  '(^|/)duplicates\\.ts$',
  '(^|/)naive-bayes\\.ts$',
  '(^|/)case\\.cursor\\.ts$',
  '(^|/)case\\.events\\.ts$',
  '\\.schemas\\.ts$',
  '\\.types\\.ts$',
  '^src/modules/presets/',
];

/** Everything that reaches a database, the network, the disk or the HTTP server. */
const IO = [
  '^src/db/',
  '(^|/)node_modules/(drizzle-orm|pg|@electric-sql/pglite|fastify|@fastify/[^/]+)/',
  '^(node:)?(fs|fs/promises|net|http|https|http2|child_process|dgram)$',
  '\\.service\\.ts$',
  '\\.repository\\.ts$',
  '\\.table\\.ts$',
  '\\.scope\\.ts$',
  '\\.routes\\.ts$',
];

const DRIZZLE = '(^|/)node_modules/drizzle-orm/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'routes-no-data-access',
      severity: 'error',
      comment:
        'Routes parse input, check the caller and call a service. SQL in a route bypasses the service rules ' +
        '(access checks, audit, the same transaction), so routes never touch repositories, tables, drizzle-orm or src/db.',
      from: { path: '\\.routes\\.ts$' },
      to: { path: ['\\.repository\\.ts$', '\\.table\\.ts$', '\\.scope\\.ts$', DRIZZLE, '^src/db/'] },
    },
    {
      name: 'services-no-sql',
      severity: 'error',
      comment:
        'Services hold the business rules; their queries live in the repository of the module, where each ' +
        'query and index can be read and measured in one place. A service may import type { Db, Tx } from src/db/client.ts.',
      from: { path: '\\.service\\.ts$' },
      // case.scope.ts is a query fragment for repositories, like a table.
      to: { path: [DRIZZLE, '\\.table\\.ts$', '\\.scope\\.ts$'] },
    },
    {
      name: 'no-foreign-repository',
      severity: 'error',
      comment:
        "A module asks another module's service (or a port it is given), never its repository: the owner keeps " +
        'its invariants and is the only writer of its tables.',
      from: { path: '^src/modules/([^/]+)/' },
      to: { path: '^src/modules/[^/]+/.*\\.repository\\.ts$', pathNot: '^src/modules/$1/' },
    },
    {
      name: 'pure-rules-no-io',
      severity: 'error',
      comment:
        'Pure rule files (lifecycle, clocks, calendars, classifier, presets, schemas …) are tested without a ' +
        'database or server and reused anywhere; an I/O import would make every caller pay for it.',
      from: { path: PURE },
      to: { path: IO },
    },
    {
      name: 'shared-is-a-leaf',
      severity: 'error',
      comment:
        'src/shared holds the cross-cutting primitives (errors, http, permissions, validation) every module ' +
        'uses; importing a module or src/db from it would tie every module to that one.',
      from: { path: '^src/shared/' },
      to: { path: '^src/', pathNot: '^src/shared/' },
    },
    {
      name: 'no-module-cycles',
      severity: 'error',
      scope: 'folder',
      comment:
        'Modules form layers (presets, users, settings, taxonomy … cases … sla, triage … admin, demo); a cycle ' +
        'between module folders means neither can change or be tested without the other.',
      from: { path: '^src/modules/[^/]+' },
      to: { path: '^src/modules/[^/]+', circular: true },
    },
    {
      name: 'no-file-cycles',
      severity: 'error',
      comment: 'A cycle between files makes load order matter (undefined at import time) and hides a missing layer.',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    parser: 'swc',
    // Type-only imports count: a route that imports a table type still depends on the table's module.
    tsPreCompilationDeps: true,
    // Tests may reach across layers to set up and assert; the rules are about production code.
    exclude: { path: ['\\.test\\.ts$', '^src/modules/triage/eval/'] },
    // src/db/schema.ts lists every module's tables for Drizzle (a composition root, like src/app.ts). Its
    // edges would put src/db between every module and every repository, a folder cycle by construction.
    doNotFollow: { path: ['node_modules', '^src/db/schema\\.ts$'] },
    moduleSystems: ['es6'],
    reporterOptions: { text: { highlightFocused: false } },
  },
};

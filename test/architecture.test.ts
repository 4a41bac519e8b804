// "One owner per table" (docs/decisions/007-module-boundaries.md): only the module whose *.table.ts defines
// a table writes it (insert, update, delete); others read it, or ask the owner's service. dependency-cruiser
// checks imports (npm run lint); this test checks the writes, which an import alone does not show.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const MODULES = path.join(ROOT, 'src', 'modules');

/** Writes to another module’s table that are tolerated: none (issue 10 emptied the list). */
const ALLOWED: readonly string[] = [];

type Table = { sqlName: string; owner: string };
type Write = { file: string; table: Table };

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

const moduleOf = (file: string) => path.relative(MODULES, file).split(path.sep)[0]!;
const rel = (file: string) => path.relative(MODULES, file).split(path.sep).join('/');

/** Every table: the file that defines it, its exported name and its SQL name. */
function tablesByFile(files: readonly string[]): Map<string, Map<string, Table>> {
  const out = new Map<string, Map<string, Table>>();
  for (const file of files.filter((f) => f.endsWith('.table.ts'))) {
    const tables = new Map<string, Table>();
    for (const m of fs.readFileSync(file, 'utf8').matchAll(/export const (\w+) = pgTable\(\s*'([^']+)'/g)) {
      tables.set(m[1]!, { sqlName: m[2]!, owner: moduleOf(file) });
    }
    out.set(file, tables);
  }
  return out;
}

/** The writes of one file: `.insert(t)`, `.update(t)`, `.delete(t)` on a table it imports or defines. */
export function writesOf(file: string, source: string, tables: Map<string, Map<string, Table>>): Write[] {
  const local = new Map<string, Table>(tables.get(file) ?? []);
  for (const m of source.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+'(\.[^']+)'/g)) {
    const defined = tables.get(path.resolve(path.dirname(file), m[2]!));
    if (!defined) continue;
    for (const spec of m[1]!.split(',')) {
      const [name, alias] = spec.replace(/\btype\b/, '').trim().split(/\s+as\s+/);
      const table = name ? defined.get(name.trim()) : undefined;
      if (table) local.set((alias ?? name!).trim(), table);
    }
  }
  const writes: Write[] = [];
  for (const m of source.matchAll(/\.(?:insert|update|delete)\(\s*([A-Za-z_$][\w$]*)\s*\)/g)) {
    const table = local.get(m[1]!);
    if (table) writes.push({ file, table });
  }
  // Raw SQL (sql`…` templates) names the table itself.
  const bySql = new Map([...tables.values()].flatMap((t) => [...t.values()]).map((t) => [t.sqlName, t]));
  for (const template of source.matchAll(/sql`([^`]*)`/g)) {
    for (const m of template[1]!.matchAll(/\b(?:insert\s+into|update|delete\s+from)\s+"?([a-z_]+)"?/gi)) {
      const table = bySql.get(m[1]!);
      if (table) writes.push({ file, table });
    }
  }
  return writes;
}

function foreignWrites(): string[] {
  const files = sourceFiles(MODULES);
  const tables = tablesByFile(files);
  const found = new Set<string>();
  for (const file of files) {
    for (const w of writesOf(file, fs.readFileSync(file, 'utf8'), tables)) {
      if (w.table.owner !== moduleOf(file)) found.add(`${rel(file)} writes ${w.table.sqlName} (${w.table.owner})`);
    }
  }
  return [...found].sort();
}

describe('one owner per table', () => {
  const found = foreignWrites();

  it('should let only the module that defines a table write it', () => {
    const unexpected = found.filter((w) => !ALLOWED.includes(w));
    expect(unexpected, 'a module writes a table defined in another module: call the owner’s service instead').toEqual([]);
  });

  it('should keep the allow-list to writes that still happen', () => {
    const stale = ALLOWED.filter((w) => !found.includes(w));
    expect(stale, 'fixed: delete these entries from ALLOWED').toEqual([]);
  });

  it('should see a write to another module’s table (the check itself works)', () => {
    const file = path.join(MODULES, 'taxonomy', 'probe.repository.ts');
    const source = "import { routingRules as rules } from '../routing/routing.table.ts';\nawait db\n  .insert(rules)\n  .values(row);";
    const writes = writesOf(file, source, tablesByFile(sourceFiles(MODULES)));
    expect(writes.map((w) => w.table)).toEqual([{ sqlName: 'routing_rules', owner: 'routing' }]);
  });
});

// Derives the linter's picture of the graph from the repository's own schema files, so the checker never
// holds a second, hand-kept copy: cypher/SCHEMA.md (the documented vocabulary and relationship directions)
// and cypher/schema/*.cypher (constraints and indexes). It also cross-checks the two.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { splitStatements, lineAt } from './split.js';

// Components of temporal values (`m.date.year`): keys of a value, not of the graph, always valid.
export const TEMPORAL_ACCESSORS = [
  'year', 'quarter', 'month', 'week', 'weekYear', 'dayOfQuarter', 'quarterDay', 'day', 'ordinalDay',
  'dayOfWeek', 'weekDay', 'hour', 'minute', 'second', 'millisecond', 'microsecond', 'nanosecond',
  'timezone', 'offset', 'offsetMinutes', 'offsetSeconds', 'epochMillis', 'epochSeconds',
];

/** Splits one markdown table row into trimmed cells; `\|` is a literal pipe inside a cell. */
function cells(row) {
  const inner = row.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split(/(?<!\\)\|/).map((c) => c.replace(/\\\|/g, '|').trim());
}

/** Property names of a cell such as "source, title, publishedOn (date), ingestedAt (datetime)". */
function propertyNames(cell) {
  return cell
    .replace(/`/g, '')
    .replace(/\([^)]*\)/g, '')
    .split(',')
    .map((p) => p.trim())
    .filter((p) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(p));
}

/** Parses the markdown tables of SCHEMA.md into labels, relationship types, property keys and paths. */
export function parseSchemaMarkdown(text, file = 'SCHEMA.md') {
  const labels = new Map(); // label -> line
  const keyed = new Map(); // label -> key property
  const relationshipTypes = new Map();
  const propertyKeys = new Set();
  const graphSchema = [];
  const problems = [];
  let table = null;
  const lines = text.split('\n');
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (!raw.trim().startsWith('|')) {
      table = null;
      return;
    }
    const row = cells(raw);
    if (table === null) {
      const head = row[0].toLowerCase();
      table = head === 'label' ? 'nodes' : head === 'relationship' ? 'relationships' : 'other';
      return;
    }
    if (row.every((c) => /^:?-+:?$/.test(c))) return;
    if (table === 'nodes') {
      const names = row[0].replace(/`/g, '').split(',').map((l) => l.trim()).filter(Boolean);
      const key = propertyNames(row[1] ?? '')[0];
      for (const name of names) {
        labels.set(name, line);
        if (key) keyed.set(name, key);
      }
      if (key) propertyKeys.add(key);
      for (const p of propertyNames(row[2] ?? '')) propertyKeys.add(p);
    } else if (table === 'relationships') {
      const m = /^\(([^)]*)\)-\[:([A-Za-z_][A-Za-z0-9_]*)\]->\(([^)]*)\)$/.exec(row[0].replace(/`/g, ''));
      if (!m) {
        problems.push({ file, line, column: 1, severity: 'error', message: `cannot read relationship "${row[0]}"` });
        return;
      }
      const [, from, type, to] = m;
      relationshipTypes.set(type, line);
      for (const p of propertyNames(row[1] ?? '')) propertyKeys.add(p);
      for (const f of from.split('|').map((s) => s.trim())) {
        for (const t of to.split('|').map((s) => s.trim())) {
          graphSchema.push({ from: f, to: t, relType: type, line });
        }
      }
    }
  });
  for (const edge of graphSchema) {
    for (const end of [edge.from, edge.to]) {
      if (!labels.has(end)) {
        problems.push({
          file, line: edge.line, column: 1, severity: 'error',
          message: `relationship ${edge.relType} names label ${end}, which the label table does not define`,
        });
      }
    }
  }
  return { labels, keyed, relationshipTypes, propertyKeys, graphSchema, problems };
}

/** Labels, types and properties that constraint and index statements name, with their lines. */
export function parseSchemaCypher(text) {
  const found = [];
  for (const stmt of splitStatements(text)) {
    const code = stmt.text.replace(/\/\/[^\n]*/g, (s) => ' '.repeat(s.length));
    const at = (re) => {
      for (const m of code.matchAll(re)) {
        found.push({ kind: re.kind, name: m[1], line: stmt.line + lineAt(code, m.index) - 1, statement: code });
      }
    };
    const nodeLabel = Object.assign(/\(\s*\w*\s*:\s*`?([A-Za-z_][A-Za-z0-9_]*)`?\s*\)/g, { kind: 'label' });
    const relType = Object.assign(/\[\s*\w*\s*:\s*`?([A-Za-z_][A-Za-z0-9_]*)`?\s*\]/g, { kind: 'relationshipType' });
    const property = Object.assign(/\b[A-Za-z_]\w*\.`?([A-Za-z_][A-Za-z0-9_]*)`?/g, { kind: 'property' });
    at(nodeLabel);
    at(relType);
    at(property);
    const unique = /\bREQUIRE\b[\s\S]*\bIS\s+(?:NODE\s+)?(?:UNIQUE|KEY)\b/i.test(code);
    if (unique) {
      const label = /\(\s*\w*\s*:\s*`?([A-Za-z_]\w*)/.exec(code)?.[1];
      const key = /\bREQUIRE\s+\w+\.`?([A-Za-z_]\w*)/i.exec(code)?.[1];
      if (label && key) found.push({ kind: 'unique', name: label, key, line: stmt.line });
    }
  }
  return found;
}

/**
 * Reads cypher/SCHEMA.md and cypher/schema/*.cypher under `cypherDir`.
 * @returns {{ dbSchema: object, problems: object[] }} the linter schema and any inconsistency found.
 */
export function deriveSchema(cypherDir) {
  const mdPath = join(cypherDir, 'SCHEMA.md');
  const problems = [];
  if (!existsSync(mdPath)) {
    problems.push({ file: mdPath, line: 1, column: 1, severity: 'error', message: 'SCHEMA.md not found' });
  }
  const md = parseSchemaMarkdown(existsSync(mdPath) ? readFileSync(mdPath, 'utf8') : '', mdPath);
  problems.push(...md.problems);
  const labels = new Set(md.labels.keys());
  const relationshipTypes = new Set(md.relationshipTypes.keys());
  const propertyKeys = new Set(md.propertyKeys);
  const constrained = new Map();
  const schemaDir = join(cypherDir, 'schema');
  const schemaFiles = existsSync(schemaDir)
    ? readdirSync(schemaDir).filter((f) => f.endsWith('.cypher')).sort().map((f) => join(schemaDir, f))
    : [];
  for (const file of schemaFiles) {
    for (const item of parseSchemaCypher(readFileSync(file, 'utf8'))) {
      const where = { file, line: item.line, column: 1, severity: 'error' };
      if (item.kind === 'label') {
        labels.add(item.name);
        if (!md.labels.has(item.name)) problems.push({ ...where, message: `label ${item.name} is not documented in SCHEMA.md` });
      } else if (item.kind === 'relationshipType') {
        relationshipTypes.add(item.name);
        if (!md.relationshipTypes.has(item.name)) problems.push({ ...where, message: `relationship type ${item.name} is not documented in SCHEMA.md` });
      } else if (item.kind === 'property') {
        propertyKeys.add(item.name);
        if (!md.propertyKeys.has(item.name)) problems.push({ ...where, message: `property ${item.name} is not documented in SCHEMA.md` });
      } else if (item.kind === 'unique') {
        constrained.set(item.name, item.key);
      }
    }
  }
  // Every documented key must be enforced, or two documents about one meeting could make two nodes.
  for (const [label, key] of md.keyed) {
    if (constrained.get(label) !== key) {
      problems.push({
        file: mdPath, line: md.labels.get(label), column: 1, severity: 'error',
        message: `label ${label} has key ${key} in SCHEMA.md but no uniqueness constraint on it in cypher/schema`,
      });
    }
  }
  return {
    dbSchema: {
      labels: [...labels].sort(),
      relationshipTypes: [...relationshipTypes].sort(),
      propertyKeys: [...propertyKeys].sort(),
      graphSchema: md.graphSchema.map(({ from, to, relType }) => ({ from, to, relType })),
      defaultLanguage: 'CYPHER 5',
    },
    problems,
  };
}

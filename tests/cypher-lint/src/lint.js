// Lints every Cypher statement of the repository against the schema derived from cypher/: each statement of
// each .cypher file (with the parameters its header declares) and any Cypher found in C# string literals.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { lintCypherQuery } from '@neo4j-cypher/language-support';
import { deriveSchema, TEMPORAL_ACCESSORS } from './schema.js';
import { splitStatements } from './split.js';
import { declaredParameters, exampleMapKeys, documentedMapKeys } from './params.js';
import { stringLiterals, looksLikeCypher } from './csharp.js';

const SKIP_DIRS = new Set(['node_modules', 'bin', 'obj', '.git']);

/** Files under `dir` (recursively) whose name ends with `ext`, sorted for stable output. */
export function filesUnder(dir, ext) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) {
        if (!SKIP_DIRS.has(name)) walk(full);
      } else if (name.endsWith(ext)) {
        out.push(full);
      }
    }
  };
  walk(dir);
  return out;
}

const SEVERITY = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

// Warnings that mean the statement does not fit the schema: an unknown label, relationship type or property,
// or a relationship drawn between labels the schema does not connect that way. Other warnings (a cartesian
// product of key lookups, a deprecation) are printed but do not fail the check.
const SCHEMA_WARNING = /is not present in the database|has no (?:incoming|outgoing)/;

// The linter's path check reads `NOT EXISTS { (a)-[:T]->(b) }` as the negated type `[:!T]` and then reports
// that no such path exists, although the query only asks for its absence (language-support 2.0.0-next.38).
const NEGATED_PATH_FALSE_POSITIVE = /has no (?:incoming|outgoing) \[:!|\[:!\w+\] has no (?:incoming|outgoing)/;

/** True when a problem fails the check. */
export function isFatal(problem) {
  return problem.severity === 'error' || (problem.severity === 'warning' && SCHEMA_WARNING.test(problem.message));
}

// Linting is the slow part (a full parse and semantic analysis); the same statement against the same schema
// always gives the same diagnostics, so a process (the test run checks many near-identical copies) reuses them.
const cache = new Map();

function diagnosticsOf(text, schema) {
  const key = JSON.stringify([text, schema]);
  if (!cache.has(key)) cache.set(key, lintCypherQuery(text, schema, { consoleCommandsEnabled: true }).diagnostics);
  return cache.get(key);
}

/** Lints one statement; positions in the result are file positions. */
function lintStatement(text, firstLine, file, dbSchema, extraKeys, parameters) {
  const schema = {
    ...dbSchema,
    propertyKeys: [...dbSchema.propertyKeys, ...TEMPORAL_ACCESSORS, ...extraKeys],
    parameters,
  };
  return diagnosticsOf(text, schema)
    .filter((d) => d.severity === 1 || d.severity === 2)
    .filter((d) => !NEGATED_PATH_FALSE_POSITIVE.test(d.message))
    .map((d) => ({
      file,
      line: firstLine + d.range.start.line,
      column: d.range.start.character + 1,
      severity: SEVERITY[d.severity],
      message: d.message,
    }));
}

/** Lints one .cypher file with the parameters its comments declare. */
export function lintCypherFile(file, dbSchema, display = file) {
  const text = readFileSync(file, 'utf8');
  const declared = declaredParameters(text);
  const parameters = Object.fromEntries([...declared.keys()].map((k) => [k, null]));
  const extraKeys = [...declared.values()].flatMap((p) => exampleMapKeys(p.example)).concat(documentedMapKeys(text));
  const statements = splitStatements(text);
  const problems = statements.flatMap((s) => lintStatement(s.text, s.line, display, dbSchema, extraKeys, parameters));
  return { problems, statements: statements.length };
}

/** Finds Cypher in a C# file's string literals; each is a finding, and is linted as well. */
export function scanCSharpFile(file, dbSchema, display = file) {
  const problems = [];
  let statements = 0;
  for (const literal of stringLiterals(readFileSync(file, 'utf8'))) {
    if (!looksLikeCypher(literal.value)) continue;
    statements += 1;
    problems.push({
      file: display, line: literal.line, column: 1, severity: 'error',
      message: 'Cypher in a C# string literal: keep it in cypher/queries/*.cypher and load it from there',
    });
    if (literal.interpolated) {
      problems.push({
        file: display, line: literal.line, column: 1, severity: 'error',
        message: 'Cypher built by string interpolation: pass values as $parameters instead',
      });
      continue;
    }
    // Parameters cannot be declared in C#, so the ones used count as declared; schema names still count.
    const used = Object.fromEntries([...literal.value.matchAll(/\$([A-Za-z_]\w*)/g)].map((m) => [m[1], null]));
    problems.push(...lintStatement(literal.value, literal.line, display, dbSchema, [], used));
  }
  return { problems, statements };
}

/**
 * Checks a repository: every .cypher file under `cypherDir`, every .cs file under each of `csharpDirs`.
 * @returns {{ problems: object[], files: number, statements: number }}
 */
export function check({ cypherDir, csharpDirs = [], root = process.cwd() }) {
  const show = (f) => relative(root, f) || f;
  const { dbSchema, problems } = deriveSchema(cypherDir);
  const all = problems.map((p) => ({ ...p, file: show(p.file) }));
  let files = 0;
  let statements = 0;
  for (const file of filesUnder(cypherDir, '.cypher')) {
    const r = lintCypherFile(file, dbSchema, show(file));
    all.push(...r.problems);
    files += 1;
    statements += r.statements;
  }
  for (const dir of csharpDirs) {
    for (const file of filesUnder(dir, '.cs')) {
      const r = scanCSharpFile(file, dbSchema, show(file));
      all.push(...r.problems);
      files += 1;
      statements += r.statements;
    }
  }
  return { problems: all, files, statements, dbSchema };
}

/** `file:line:column: severity: message`, the format editors and CI logs link. */
export function format(problem) {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.severity}: ${problem.message}`;
}

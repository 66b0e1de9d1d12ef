#!/usr/bin/env node
// Usage: node src/cli.js [--cypher DIR] [--csharp DIR]...  (defaults: the repository's cypher/ and src/)
// Exits 1 when any statement has an error (syntax, semantics, undeclared parameter) or a schema warning (unknown
// label, relationship type or property; a relationship between labels the schema does not connect that way).
import { parseArgs } from 'node:util';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check, format, isFatal } from './lint.js';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const { values } = parseArgs({
  options: {
    cypher: { type: 'string', default: resolve(repo, 'cypher') },
    csharp: { type: 'string', multiple: true, default: [resolve(repo, 'src')] },
  },
});

const result = check({ cypherDir: resolve(values.cypher), csharpDirs: values.csharp.map((d) => resolve(d)), root: repo });
const fatal = result.problems.filter(isFatal);
const notices = result.problems.filter((p) => !isFatal(p));
for (const problem of fatal) console.log(format(problem));
for (const problem of notices) console.log(`${format(problem)} (not fatal)`);
const s = result.dbSchema;
console.log(
  `cypher-lint: ${result.files} files, ${result.statements} Cypher statements checked against ` +
    `${s.labels.length} labels, ${s.relationshipTypes.length} relationship types, ${s.propertyKeys.length} property keys: ` +
    `${fatal.length} problem(s), ${notices.length} notice(s)`,
);
process.exitCode = fatal.length > 0 ? 1 : 0;

#!/usr/bin/env node
// Usage: node src/cli.js [--cypher DIR] [--csharp DIR]...  (defaults: the repository's cypher/ and src/)
// Exits 1 when any statement has an error or a warning (unknown label, type, property, parameter, path).
import { parseArgs } from 'node:util';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check, format } from './lint.js';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const { values } = parseArgs({
  options: {
    cypher: { type: 'string', default: resolve(repo, 'cypher') },
    csharp: { type: 'string', multiple: true, default: [resolve(repo, 'src')] },
  },
});

const result = check({ cypherDir: resolve(values.cypher), csharpDirs: values.csharp.map((d) => resolve(d)), root: repo });
for (const problem of result.problems) console.log(format(problem));
const s = result.dbSchema;
console.log(
  `cypher-lint: ${result.files} files, ${result.statements} Cypher statements checked against ` +
    `${s.labels.length} labels, ${s.relationshipTypes.length} relationship types, ${s.propertyKeys.length} property keys: ` +
    `${result.problems.length} problem(s)`,
);
process.exitCode = result.problems.length > 0 ? 1 : 0;

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { check, isFatal } from '../src/lint.js';
import { splitStatements } from '../src/split.js';
import { deriveSchema } from '../src/schema.js';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const realCypher = join(repo, 'cypher');
const cli = join(repo, 'tests', 'cypher-lint', 'src', 'cli.js');

/** A scratch copy of the repository's cypher/ folder that a test may break. */
function copyOfCypher(t) {
  const dir = mkdtempSync(join(tmpdir(), 'cypher-lint-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(realCypher, join(dir, 'cypher'), { recursive: true });
  return join(dir, 'cypher');
}

function edit(file, from, to) {
  const text = readFileSync(file, 'utf8');
  assert.ok(text.includes(from), `${file} should contain ${from}`);
  writeFileSync(file, text.replace(from, to));
}

/** 1-based line of the first occurrence of `needle` in a file. */
function lineOf(file, needle) {
  return readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes(needle)) + 1;
}

test('the real cypher/ folder and src/ lint clean', () => {
  const result = check({ cypherDir: realCypher, csharpDirs: [join(repo, 'src')], root: repo });
  assert.deepEqual(result.problems.filter(isFatal), []);
  assert.ok(result.statements >= 15, `expected the analyst library to be checked, got ${result.statements} statements`);
});

test('the schema is derived from SCHEMA.md and cypher/schema, not hand-kept', () => {
  const { dbSchema, problems } = deriveSchema(realCypher);
  assert.deepEqual(problems, []);
  for (const label of ['Document', 'Meeting', 'Person', 'Office', 'Topic', 'Statement', 'Place', 'Instrument']) {
    assert.ok(dbSchema.labels.includes(label), label);
  }
  for (const type of ['ATTENDED', 'HELD', 'DISCUSSED', 'MENTIONS', 'SUBTOPIC_OF']) {
    assert.ok(dbSchema.relationshipTypes.includes(type), type);
  }
  for (const key of ['documentId', 'start', 'end', 'role', 'documentIds', 'order', 'heading', 'from', 'to']) {
    assert.ok(dbSchema.propertyKeys.includes(key), key);
  }
  assert.ok(dbSchema.graphSchema.some((e) => e.from === 'Statement' && e.to === 'Instrument' && e.relType === 'MENTIONS'));
});

test('removing a label from the schema fails every query that uses it, at its line', (t) => {
  const cypher = copyOfCypher(t);
  edit(join(cypher, 'SCHEMA.md'), '| Office | id (e.g. jp-prime-minister) | name, country |\n', '');
  edit(join(cypher, 'schema', '001-constraints.cypher'),
    'CREATE CONSTRAINT office_id IF NOT EXISTS FOR (n:Office) REQUIRE n.id IS UNIQUE;\n', '');
  const result = check({ cypherDir: cypher, root: cypher });
  const file = join('analyst', '11-leader-counterparts-across-terms.cypher');
  const hit = result.problems.find((p) => p.file === file && /Label Office is not present/.test(p.message));
  assert.ok(hit, JSON.stringify(result.problems, null, 1));
  assert.equal(hit.line, lineOf(join(cypher, file), ':Office'));
});

test('a label dropped from SCHEMA.md alone is caught where the constraint names it', (t) => {
  const cypher = copyOfCypher(t);
  edit(join(cypher, 'SCHEMA.md'), '| Office | id (e.g. jp-prime-minister) | name, country |\n', '');
  const result = check({ cypherDir: cypher, root: cypher });
  const constraints = join('schema', '001-constraints.cypher');
  assert.ok(result.problems.some((p) => p.file === constraints && p.line === lineOf(join(cypher, constraints), '(n:Office)')
    && /Office is not documented/.test(p.message)), JSON.stringify(result.problems, null, 1));
});

test('a misspelled property in a query fails with its file and line', (t) => {
  const cypher = copyOfCypher(t);
  const file = join('analyst', '03-leader-statements-on-topic.cypher');
  edit(join(cypher, file), 's.documentId AS documentId', 's.documentID AS documentId');
  const fatal = check({ cypherDir: cypher, root: cypher }).problems.filter(isFatal);
  assert.equal(fatal.length, 1, JSON.stringify(fatal, null, 1));
  assert.equal(fatal[0].file, file);
  assert.equal(fatal[0].line, lineOf(join(cypher, file), 's.documentID'));
  assert.match(fatal[0].message, /documentID is not present/);
});

test('a relationship drawn against its schema direction fails', (t) => {
  const cypher = copyOfCypher(t);
  const file = join('analyst', '12-statements-mentioning-place.cypher');
  edit(join(cypher, file), '(pl:Place {id: $place})<-[:MENTIONS]-(s:Statement)', '(pl:Place {id: $place})-[:MENTIONS]->(s:Statement)');
  const result = check({ cypherDir: cypher, root: cypher });
  assert.ok(result.problems.some((p) => p.file === file && /MENTIONS/.test(p.message)), JSON.stringify(result.problems, null, 1));
});

test('a parameter the header does not declare fails', (t) => {
  const cypher = copyOfCypher(t);
  const file = join('analyst', '04-who-met-whom.cypher');
  edit(join(cypher, file), 'WHERE meetings >= $minMeetings', 'WHERE meetings >= $minimum');
  const result = check({ cypherDir: cypher, root: cypher });
  assert.ok(result.problems.some((p) => p.file === file && p.severity === 'error' && /\$minimum is not defined/.test(p.message)));
});

test('the command line exits non-zero and prints file:line on a broken folder, zero on the real one', (t) => {
  const cypher = copyOfCypher(t);
  edit(join(cypher, 'analyst', '01-topic-timeline.cypher'), 'MATCH (root:Topic', 'MATCH (root:Topc');
  const broken = spawnSync(process.execPath, [cli, '--cypher', cypher, '--csharp', join(repo, 'src')], { encoding: 'utf8' });
  assert.equal(broken.status, 1, broken.stdout + broken.stderr);
  assert.match(broken.stdout, /01-topic-timeline\.cypher:\d+:\d+: warning: Label Topc is not present/);
  const clean = spawnSync(process.execPath, [cli], { encoding: 'utf8' });
  assert.equal(clean.status, 0, clean.stdout + clean.stderr);
  assert.match(clean.stdout, /0 problem\(s\)/);
});

test('Cypher in a C# string literal is reported and linted; SQL and prose are not', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'cypher-lint-cs-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'src', 'Store.cs'), [
    'class Store {',
    '  const string Sql = "SELECT id FROM meeting WHERE date > @from";',
    '  const string Log = "Match found; return early";',
    '  // "MATCH (n:Person) RETURN n" in a comment is fine',
    '  const string Q = """',
    '      MATCH (m:Meetng) RETURN m.id',
    '      """;',
    '  string B(string id) => $"MATCH (p:Person {{id: \'{id}\'}}) RETURN p";',
    '  const string Cte = "WITH RECURSIVE sub(id) AS (SELECT id FROM topic WHERE id = $id) SELECT id FROM sub";',
    '  const string Ix = @"CREATE INDEX IF NOT EXISTS ix_meeting_date ON meeting(date)";',
    '  const string T = "CREATE TABLE attended (person_id TEXT) STRICT; -- (Person)-[:ATTENDED]->(Meeting)";',
    '}',
  ].join('\n'));
  const result = check({ cypherDir: realCypher, csharpDirs: [join(dir, 'src')], root: dir });
  const file = join('src', 'Store.cs');
  const lines = result.problems.filter((p) => p.file === file).map((p) => `${p.line}: ${p.message}`);
  assert.ok(lines.some((l) => l.startsWith('5: Cypher in a C# string literal')), lines.join('\n'));
  assert.ok(lines.some((l) => /^6: Label Meetng is not present/.test(l)), lines.join('\n'));
  assert.ok(lines.some((l) => l.startsWith('8: Cypher built by string interpolation')), lines.join('\n'));
  assert.ok(!lines.some((l) => /^(2|3|4|9|10|11):/.test(l)), lines.join('\n'));
});

test('statements split on semicolons outside strings and comments, keeping their lines', () => {
  const text = [
    '// header; with a semicolon',
    "MATCH (n) WHERE n.name = 'a;b' RETURN n;",
    '/* block ; comment */',
    'RETURN "x;y" AS `we;ird`;',
    '// trailing comment only',
  ].join('\n');
  const statements = splitStatements(text);
  assert.equal(statements.length, 2);
  assert.match(statements[0].text, /'a;b' RETURN n$/);
  assert.equal(statements[0].line, 1);
  assert.match(statements[1].text, /RETURN "x;y" AS `we;ird`$/);
  assert.equal(statements[1].line, 2);
});

test('map keys a header documents for a parameter are known; others are not', (t) => {
  const cypher = copyOfCypher(t);
  const file = join('queries', 'zz-rows.cypher');
  writeFileSync(join(cypher, file), [
    '// Writes attendance rows.',
    '// Parameters: $rows (list of {meetingId, personId: string, role: string or null})',
    '// Columns: none',
    'UNWIND $rows AS row',
    'MATCH (p:Person {id: row.personId})',
    'WITH p, row',
    'MATCH (m:Meeting {id: row.meetingId})',
    'MATCH (p)-[:HELD]->(o:Office {id: row.officeId})',
    'MERGE (p)-[a:ATTENDED]->(m)',
    'SET a.role = row.role;',
  ].join('\n'));
  const fatal = check({ cypherDir: cypher, root: cypher }).problems.filter(isFatal);
  assert.deepEqual(fatal.map((p) => `${p.file}:${p.line}: ${p.message.split('.')[0]}`), [`${file}:8: officeId is not present in the database`]);
});

test('NOT EXISTS over a schema path is not reported as an impossible path', (t) => {
  const cypher = copyOfCypher(t);
  const file = join('analyst', 'zz-unmentioned.cypher');
  writeFileSync(join(cypher, file), [
    '// Parameters: none',
    'MATCH (n)',
    'WHERE (n:Place OR n:Project) AND NOT EXISTS { (:Statement)-[:MENTIONS]->(n) }',
    'RETURN n.name AS name;',
  ].join('\n'));
  const fatal = check({ cypherDir: cypher, root: cypher }).problems.filter(isFatal);
  assert.deepEqual(fatal, []);
});

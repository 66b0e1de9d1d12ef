import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deriveSchema } from '../src/schema.js';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

test('the Browser style gives every schema label and relationship type a caption built from schema properties', () => {
  const { dbSchema } = deriveSchema(join(repo, 'cypher'));
  const grass = readFileSync(join(repo, 'cypher', 'browser', 'graphrelations.grass'), 'utf8');
  const rules = new Map([...grass.matchAll(/^(node|relationship)\.(\w+)\s*\{([\s\S]*?)\n\}/gm)].map((m) => [`${m[1]}.${m[2]}`, m[3]]));
  for (const [kind, names] of [['node', dbSchema.labels], ['relationship', dbSchema.relationshipTypes]]) {
    for (const name of names) {
      const body = rules.get(`${kind}.${name}`);
      assert.ok(body, `no style for ${kind}.${name}`);
      const caption = /caption:\s*"([^"]*)"/.exec(body)?.[1];
      assert.ok(caption, `no caption for ${kind}.${name}`);
      for (const [, key] of caption.matchAll(/\{(\w+)\}/g)) {
        assert.ok(dbSchema.propertyKeys.includes(key), `${kind}.${name} caption uses unknown property ${key}`);
      }
    }
  }
});

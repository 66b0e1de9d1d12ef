// Parameters a Cypher file declares in its comments: `// Parameters: $topic, $from` lines, any other `$name`
// inside a comment, and Browser-style examples `:param topic => 'territorial-issue'`. Example values are kept
// (as far as they read as literals) because keys of an example map are valid keys for `$param.key`.
import { comments } from './split.js';

/**
 * @param {string} text a whole .cypher file
 * @returns {Map<string, { example: string | null }>} declared parameter names
 */
export function declaredParameters(text) {
  const declared = new Map();
  for (const body of comments(text)) {
    for (const m of body.matchAll(/:param\s+`?([A-Za-z_][A-Za-z0-9_]*)`?\s*=>\s*(.+?)\s*;?\s*$/gm)) {
      declared.set(m[1], { example: m[2] });
    }
    for (const m of body.matchAll(/\$`?([A-Za-z_][A-Za-z0-9_]*)/g)) {
      if (!declared.has(m[1])) declared.set(m[1], { example: null });
    }
  }
  return declared;
}

/** Keys written in an example map literal (`{from: date('2010-01-01'), to: null}` gives from, to). */
export function exampleMapKeys(example) {
  if (!example || !example.trim().startsWith('{')) return [];
  return [...example.matchAll(/[{,]\s*`?([A-Za-z_][A-Za-z0-9_]*)`?\s*:/g)].map((m) => m[1]);
}

/**
 * Keys of the maps a file's parameters carry, as its header documents them: `$rows (list of {meetingId,
 * personId, role: string or null})` gives meetingId, personId, role. Read from the `Parameters:` field up to
 * the next header field (`Columns:`, `Result:`, ...) or the end of the leading comment block.
 */
export function documentedMapKeys(text) {
  const header = [];
  for (const line of text.split('\n')) {
    const m = /^\s*\/\/(.*)$/.exec(line);
    if (!m) break;
    header.push(m[1].trim());
  }
  const start = header.findIndex((l) => /^Parameters\s*:/i.test(l));
  if (start === -1) return [];
  const section = [header[start]];
  for (const l of header.slice(start + 1)) {
    if (/^[A-Z][A-Za-z ]*:/.test(l)) break;
    section.push(l);
  }
  const keys = [];
  for (const group of section.join(' ').matchAll(/\{([^{}]*)\}/g)) {
    for (const item of group[1].split(',')) {
      const key = /^\s*`?([A-Za-z_][A-Za-z0-9_]*)`?/.exec(item)?.[1];
      if (key) keys.push(key);
    }
  }
  return keys;
}

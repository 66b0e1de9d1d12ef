// Finds Cypher inside C# string literals. The design loads every statement from cypher/*.cypher so that what
// analysts read is what runs; Cypher in C# source is therefore a finding in itself (and is linted too).
import { lineAt } from './split.js';

/**
 * Extracts the string literals of C# source: regular, verbatim (@""), interpolated ($"", $@"") and raw
 * ("""…""") strings, skipping comments and char literals.
 * @returns {{ value: string, line: number, interpolated: boolean }[]}
 */
export function stringLiterals(source) {
  const found = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    if (c === '/' && source[i + 1] === '/') {
      const end = source.indexOf('\n', i);
      i = end === -1 ? source.length : end;
      continue;
    }
    if (c === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      i = end === -1 ? source.length : end + 2;
      continue;
    }
    if (c === "'") {
      // char literal: '\'' or 'x' or '\u0041'
      const m = /^'(?:\\.[^']*|[^'\\])'/.exec(source.slice(i, i + 12));
      i += m ? m[0].length : 1;
      continue;
    }
    if (c === '"' || ((c === '$' || c === '@') && /^[$@]{1,3}"/.test(source.slice(i, i + 4)))) {
      const prefix = /^[$@]*/.exec(source.slice(i))[0];
      const interpolated = prefix.includes('$');
      const verbatim = prefix.includes('@');
      const start = i + prefix.length;
      const quotes = /^"+/.exec(source.slice(start))[0].length;
      const line = lineAt(source, i);
      if (quotes >= 3) {
        const fence = '"'.repeat(quotes);
        const end = source.indexOf(fence, start + quotes);
        const stop = end === -1 ? source.length : end;
        found.push({ value: source.slice(start + quotes, stop), line, interpolated });
        i = stop + quotes;
        continue;
      }
      let j = start + 1;
      let value = '';
      while (j < source.length) {
        if (verbatim && source[j] === '"' && source[j + 1] === '"') {
          value += '"';
          j += 2;
        } else if (!verbatim && source[j] === '\\') {
          value += source.slice(j, j + 2);
          j += 2;
        } else if (source[j] === '"') {
          break;
        } else {
          value += source[j];
          j += 1;
        }
      }
      found.push({ value, line, interpolated });
      i = j + 1;
      continue;
    }
    i += 1;
  }
  return found;
}

const CLAUSE_START = new RegExp(
  [
    '^\\s*(?:CYPHER\\s+\\d+\\s+)?(?:',
    [
      '(?:OPTIONAL\\s+)?MATCH\\s*(?:\\(|\\w+\\s*=)', // MATCH (n) / MATCH p = ...
      'MERGE\\s*(?:\\(|\\w+\\s*=)',
      'CREATE\\s*\\(',
      'CREATE\\s+(?:CONSTRAINT|(?:RANGE\\s+|TEXT\\s+|POINT\\s+|FULLTEXT\\s+|VECTOR\\s+|LOOKUP\\s+)?INDEX)\\b[\\s\\S]*\\bFOR\\s*\\(',
      'UNWIND\\s+\\S[\\s\\S]*\\bAS\\s+\\w+',
      'RETURN\\s+\\S',
      'DETACH\\s+DELETE\\s+\\w',
      'CALL\\s*\\{',
      'CALL\\s+(?:db|dbms|apoc|gds)\\.\\w',
      'WITH\\s+\\$',
      'SHOW\\s+(?:INDEXES|CONSTRAINTS|DATABASES?)\\b',
      'DROP\\s+(?:CONSTRAINT|INDEX)\\s+\\w+',
    ].join('|'),
    ')',
  ].join(''),
);
// A node pattern with a label next to a relationship, or a relationship with a type: Cypher, never SQL.
const PATTERN = /\(\s*\w*\s*:\s*[A-Z]\w*[^)]*\)\s*<?-\[|\]-\s*>?\s*\(|-\[\s*\w*\s*:\s*[A-Z_]+\s*[\]*{]/;

// SQL (the embedded SQLite store) may mention graph patterns in its comments; it is not Cypher.
const SQL = /^\s*(?:--[^\n]*\n\s*)*(?:SELECT|INSERT|UPDATE|DELETE\s+FROM|REPLACE|PRAGMA|ALTER\s+TABLE|DROP\s+(?:TABLE|VIEW|TRIGGER)|BEGIN|COMMIT|VACUUM|CREATE\s+(?:TEMP\s+|TEMPORARY\s+)?(?:TABLE|VIEW|TRIGGER|VIRTUAL\s+TABLE|(?:UNIQUE\s+)?INDEX\s+(?:IF\s+NOT\s+EXISTS\s+)?\w+\s+ON\s+\w+\s*\()|WITH\s+(?:RECURSIVE\s+)?\w+\s*(?:\([^)]*\)\s*)?AS\s*\()/i;

/** True when a literal reads as a Cypher statement or pattern rather than prose or SQL. */
export function looksLikeCypher(value) {
  if (SQL.test(value)) return false;
  return CLAUSE_START.test(value) || PATTERN.test(value);
}

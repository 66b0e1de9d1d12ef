// Splits a Cypher script into statements on `;` that is outside strings, backtick names and comments,
// keeping each statement's 1-based starting line so diagnostics point at the file, not the statement.

/**
 * @param {string} text
 * @returns {{ text: string, line: number }[]} statements with the 1-based line their text starts on;
 *   comment-only pieces are dropped.
 */
export function splitStatements(text) {
  const statements = [];
  let start = 0;
  let i = 0;
  let code = '';
  const flush = (end) => {
    const stmt = text.slice(start, end);
    if (code.trim().length > 0) {
      statements.push({ text: stmt, line: lineAt(text, start) });
    }
    start = end + 1;
    code = '';
  };
  while (i < text.length) {
    const c = text[i];
    const next = text[i + 1];
    if (c === '/' && next === '/') {
      const end = text.indexOf('\n', i);
      const stop = end === -1 ? text.length : end;
      code += blank(text.slice(i, stop));
      i = stop;
      continue;
    }
    if (c === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end === -1 ? text.length : end + 2;
      code += blank(text.slice(i, stop));
      i = stop;
      continue;
    }
    if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < text.length && text[j] !== c) {
        j += text[j] === '\\' && c !== '`' ? 2 : 1;
      }
      code += text.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (c === ';') {
      flush(i);
      i += 1;
      continue;
    }
    code += c;
    i += 1;
  }
  flush(text.length);
  return statements;
}

/** Keeps line structure (newlines) while removing comment text. */
function blank(s) {
  return s.replace(/[^\n]/g, ' ');
}

/** 1-based line number of an offset. */
export function lineAt(text, offset) {
  let line = 1;
  for (let k = 0; k < offset && k < text.length; k += 1) {
    if (text[k] === '\n') line += 1;
  }
  return line;
}

/** All comment bodies of a script (line and block comments), in order. */
export function comments(text) {
  const found = [];
  const re = /\/\/([^\n]*)|\/\*([\s\S]*?)\*\/|'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`[^`]*`/g;
  for (const m of text.matchAll(re)) {
    if (m[1] !== undefined) found.push(m[1]);
    else if (m[2] !== undefined) found.push(m[2]);
  }
  return found;
}

// Writes a new report's spellings into the profiles of the actors it names, so
// a reader searching with the report's own form finds the profile, and the
// build's spelling check (every report that names an actor has its spelling
// cited) holds from the start:
//
// - the profile's heading, as the report writes it: the paragraphs go to `nameCite`
//   (a heading marked `nameOrigin`, as outside knowledge, loses the mark);
// - a listed alias the reports use: the paragraphs go to its `cite`;
// - a listed alias from outside the reports: it becomes `origin: report`, cited;
// - a form not listed ("Defence Department" where the profile has "Department
//   of Defense"): a new alias with `origin: report`, cited.
//
// The YAML is edited as text, line by line, so comments and layout stay as written.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { aliasKey } from '../../src/lib/text.ts';
import { CONTENT } from './content.mjs';

/** A YAML scalar for a name: plain when safe, else double-quoted. */
const scalar = (s) => (/^[\p{L}][\p{L}\p{N} .’-]*$/u.test(s) ? s : JSON.stringify(s));

/** `[a, b]` with `refs` added, without repeats. */
const merged = (inner, refs) => {
  const items = inner
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
  return `[${[...new Set([...items, ...refs])].join(', ')}]`;
};

/**
 * Adds `refs` to the flow list `key: [a, b]` that starts at line `at` (on one
 * line or, as a formatter leaves a long one, over several), rewriting it on one line.
 */
function addRefs(lines, at, refs) {
  const [, indent, key] = /^(\s*)([\w]+):/.exec(lines[at]);
  let end = at;
  while (!lines[end].includes(']') && end < lines.length - 1) end++;
  const inner = /\[([\s\S]*)\]/.exec(lines.slice(at, end + 1).join(' '))?.[1] ?? '';
  lines.splice(at, end - at + 1, `${indent}${key}: ${merged(inner, refs)}`);
}

/** The line range [start, end) of the alias named exactly `name`, or undefined. */
function aliasBlock(lines, name) {
  const start = lines.findIndex((l) => {
    const m = /^ {2}- name: (.+)$/.exec(l);
    return m && String(parse(m[1])) === name;
  });
  if (start < 0) return undefined;
  let end = start + 1;
  while (end < lines.length && /^ {4}/.test(lines[end])) end++;
  return [start, end];
}

/**
 * For each actor, each spelling as written and the paragraphs using it; edits
 * `content/actors/<id>.yaml` and returns one line per change.
 * @param {string} reportId
 * @param {Map<string, Map<string, number[]>>} spellings
 */
export function writeSpellings(reportId, spellings) {
  const done = [];
  for (const [id, forms] of spellings) {
    const file = join(CONTENT, 'actors', `${id}.yaml`);
    if (!existsSync(file)) continue;
    let lines = readFileSync(file, 'utf8').split('\n');
    const data = parse(lines.join('\n'));
    for (const [found, paragraphs] of forms) {
      const refs = paragraphs.map((p) => `${reportId}:${p}`);
      const key = aliasKey(found);
      // The alias as written, else one spelled the same but for case and apostrophes (the reports' own first).
      const aliases = data.aliases ?? [];
      const alias =
        aliases.find((a) => a.name === found) ??
        aliases.find((a) => aliasKey(a.name) === key && a.origin === 'report') ??
        aliases.find((a) => aliasKey(a.name) === key);
      if (key === aliasKey(data.name) && !data.nameOrigin) {
        const at = lines.findIndex((l) => /^nameCite:\s*\[?/.test(l));
        if (at >= 0) addRefs(lines, at, refs);
        else lines.splice(lines.findIndex((l) => /^name:/.test(l)) + 1, 0, `nameCite: [${refs.join(', ')}]`);
        done.push(`${file}: nameCite + ${refs.join(', ')} ("${found}")`);
      } else if (alias) {
        const [start, end] = aliasBlock(lines, alias.name) ?? [];
        if (start === undefined) continue;
        const block = lines.slice(start, end);
        const was = alias.origin;
        const origin = block.findIndex((l) => /^ {4}origin: /.test(l));
        if (origin >= 0) block[origin] = '    origin: report';
        const cite = block.findIndex((l) => /^ {4}cite:/.test(l));
        if (cite >= 0) addRefs(block, cite, refs);
        else block.splice(origin >= 0 ? origin + 1 : 1, 0, `    cite: [${refs.join(', ')}]`);
        lines = [...lines.slice(0, start), ...block, ...lines.slice(end)];
        alias.origin = 'report';
        done.push(
          `${file}: alias "${alias.name}" + ${refs.join(', ')}${was !== 'report' ? ` (was origin: ${was}; now origin: report)` : ''}`,
        );
      } else if (key === aliasKey(data.name)) {
        // The heading was an outside name; this report uses it, so it is now the reports' form.
        lines = lines.filter((l) => !/^nameOrigin:/.test(l));
        lines.splice(lines.findIndex((l) => /^name:/.test(l)) + 1, 0, `nameCite: [${refs.join(', ')}]`);
        done.push(`${file}: nameCite + ${refs.join(', ')} ("${found}"; nameOrigin: ${data.nameOrigin} dropped, the report uses the name)`);
        delete data.nameOrigin;
      } else {
        const entry = [`  - name: ${scalar(found)}`, '    origin: report', `    cite: [${refs.join(', ')}]`];
        const at = lines.findIndex((l) => /^aliases:\s*(\[\])?\s*$/.test(l));
        if (at >= 0) lines.splice(at, 1, 'aliases:', ...entry);
        else lines.splice(lines.at(-1) === '' ? lines.length - 1 : lines.length, 0, 'aliases:', ...entry);
        data.aliases = [...(data.aliases ?? []), { name: found, origin: 'report' }];
        done.push(`${file}: new alias "${found}" (origin: report, cite ${refs.join(', ')})`);
      }
    }
    writeFileSync(file, lines.join('\n'));
  }
  return done;
}

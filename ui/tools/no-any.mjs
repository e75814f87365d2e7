// Fails when `any` appears as a type in ui/src outside the generated bindings: every value at
// the boundary has its ts-rs type, everything else a real one. Parsed with the TypeScript
// compiler (the `<script>` blocks of .svelte files too), so a comment or a string saying "any"
// does not count. An unavoidable one goes in tools/no-any.allow as `path:line  reason`.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const UI = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SRC = path.join(UI, 'src');
const allow = new Map(
  readFileSync(path.join(UI, 'tools', 'no-any.allow'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const m = /^(\S+)\s+(.+)$/.exec(l);
      if (!m) throw new Error(`tools/no-any.allow: "${l}" has no reason`);
      return [m[1], m[2]];
    }),
);

function* files(dir) {
  for (const f of readdirSync(dir)) {
    const p = path.join(dir, f);
    if (statSync(p).isDirectory()) {
      if (p !== path.join(SRC, 'lib', 'bindings')) yield* files(p);
    } else if (/\.(ts|svelte)$/.test(f)) yield p;
  }
}

/** [text, line offset] of each piece of TypeScript in a file. */
function scripts(file, text) {
  if (file.endsWith('.ts')) return [[text, 0]];
  const out = [];
  for (const m of text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) {
    out.push([m[1], text.slice(0, m.index + m[0].indexOf('>') + 1).split('\n').length - 1]);
  }
  // Expressions in the markup (`{x as any}`, `onclick={(e: any) => …}`).
  const markup = text.replace(/<script\b[\s\S]*?<\/script>|<style\b[\s\S]*?<\/style>/g, (s) => s.replace(/[^\n]/g, ' '));
  for (const m of markup.matchAll(/\{([^{}]*)\}/g)) {
    out.push([`(${m[1]});`, markup.slice(0, m.index).split('\n').length - 1]);
  }
  return out;
}

const found = [];
const used = new Set();
for (const file of files(SRC)) {
  const rel = path.relative(UI, file);
  const text = readFileSync(file, 'utf8');
  for (const [code, offset] of scripts(file, text)) {
    const sf = ts.createSourceFile(rel, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const visit = (n) => {
      if (n.kind === ts.SyntaxKind.AnyKeyword) {
        const line = sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1 + offset;
        const key = `${rel}:${line}`;
        if (allow.has(key)) used.add(key);
        else found.push(`${key}: ${text.split('\n')[line - 1].trim()}`);
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
}
const stale = [...allow.keys()].filter((k) => !used.has(k));
if (found.length || stale.length) {
  if (found.length) console.error(`\`any\` in ui/src (type it, or allow it in tools/no-any.allow with a reason):\n  ${found.join('\n  ')}`);
  if (stale.length) console.error(`tools/no-any.allow lists lines without \`any\` (remove them):\n  ${stale.join('\n  ')}`);
  process.exit(1);
}
console.log('no-any: no `any` in ui/src outside the generated bindings');

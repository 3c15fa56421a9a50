#!/usr/bin/env node
// What the wasm is made of: reads a .wasm that kept its name section (the "names" build,
// bench/run.sh --profile) and prints the code size per crate and the largest functions,
// plus the data section. Sizes are of the uncompressed module.
//
//   node bench/wasm-sizes.mjs [target/bench/dist-names/unroll-….wasm] [--top 40]

import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
let file = null;
let topN = 40;
for (let i = 2; i < process.argv.length; i++) {
  if (process.argv[i] === '--top') topN = Number(process.argv[++i]);
  else file = process.argv[i];
}
if (!file) {
  const dir = join(ROOT, 'target', 'bench', 'dist-names');
  file = join(dir, readdirSync(dir).find((f) => f.endsWith('.wasm')));
}
const buf = readFileSync(file);

let pos = 0;
const u8 = () => buf[pos++];
const leb = () => {
  let result = 0;
  let shift = 0;
  for (;;) {
    const b = u8();
    result += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (!(b & 0x80)) return result;
  }
};
const str = () => {
  const n = leb();
  const s = buf.toString('utf8', pos, pos + n);
  pos += n;
  return s;
};

pos = 8;
let importedFuncs = 0;
const bodies = []; // [index, start, size]
const names = new Map();
const sections = [];
while (pos < buf.length) {
  const id = u8();
  const size = leb();
  const start = pos;
  const end = start + size;
  if (id === 0) {
    const name = str();
    sections.push([`custom "${name}"`, size]);
    if (name === 'name') {
      while (pos < end) {
        const sub = u8();
        const subSize = leb();
        const subEnd = pos + subSize;
        if (sub === 1) {
          const n = leb();
          for (let i = 0; i < n; i++) {
            const idx = leb();
            names.set(idx, str());
          }
        }
        pos = subEnd;
      }
    }
  } else if (id === 2) {
    sections.push(['import', size]);
    const n = leb();
    for (let i = 0; i < n; i++) {
      str();
      str();
      const kind = u8();
      if (kind === 0) {
        leb();
        importedFuncs++;
      } else if (kind === 1) {
        u8();
        const flags = leb();
        leb();
        if (flags & 1) leb();
      } else if (kind === 2) {
        const flags = leb();
        leb();
        if (flags & 1) leb();
      } else if (kind === 3) {
        u8();
        u8();
      } else if (kind === 4) {
        u8();
        leb();
      }
    }
  } else if (id === 10) {
    sections.push(['code', size]);
    const n = leb();
    for (let i = 0; i < n; i++) {
      const s = leb();
      bodies.push([importedFuncs + i, pos, s]);
      pos += s;
    }
  } else {
    sections.push([{ 1: 'type', 3: 'function', 4: 'table', 5: 'memory', 6: 'global', 7: 'export', 8: 'start', 9: 'element', 11: 'data', 12: 'datacount', 13: 'tag' }[id] ?? `id ${id}`, size]);
  }
  pos = end;
}

/** Rust legacy (`_ZN…E`) demangling, enough to read crate and path. */
function demangle(s) {
  const m = /^_ZN(.*)E$/.exec(s);
  if (!m) return s.replace(/::h[0-9a-f]{16}$/, '').replace(/\[[0-9a-f]{16}\]/g, '');
  const parts = [];
  let r = m[1];
  while (r.length) {
    const d = /^(\d+)/.exec(r);
    if (!d) break;
    const n = Number(d[1]);
    parts.push(r.slice(d[1].length, d[1].length + n));
    r = r.slice(d[1].length + n);
  }
  if (parts.length && /^h[0-9a-f]{16}$/.test(parts[parts.length - 1])) parts.pop();
  return parts
    .join('::')
    .replace(/\$LT\$/g, '<')
    .replace(/\$GT\$/g, '>')
    .replace(/\$RF\$/g, '&')
    .replace(/\$BP\$/g, '*')
    .replace(/\$C\$/g, ',')
    .replace(/\$u20\$/g, ' ')
    .replace(/\$u27\$/g, "'")
    .replace(/\$u5b\$/g, '[')
    .replace(/\$u5d\$/g, ']')
    .replace(/\$u7b\$/g, '{')
    .replace(/\$u7d\$/g, '}')
    .replace(/\$u7e\$/g, '~')
    .replace(/\$LP\$/g, '(')
    .replace(/\$RP\$/g, ')')
    .replace(/\.\./g, '::')
    .replace(/^_</, '<');
}

/**
 * The crate a function belongs to: for `<A as B>::f`, A's crate — except serde's
 * deserialisation glue instantiated on std types (`<PhantomData<T> as DeserializeSeed>`,
 * `<Option<T> as Deserialize>`, `<Vec<T> …>`), which is counted as "serde glue (generic)".
 */
function crateOf(name) {
  const n = name.replace(/^<+&?(mut )?(dyn )?/, '');
  const c = /^([A-Za-z_][A-Za-z0-9_]*)/.exec(n)?.[1] ?? '?';
  if ((c === 'core' || c === 'alloc') && /as serde(_core)?::/.test(name)) return 'serde glue (generic, on std types)';
  if ((c === 'core' || c === 'alloc') && /^core::ptr::drop_in_place/.test(n)) return 'drop glue (core::ptr::drop_in_place)';
  return c;
}

const fns = bodies.map(([idx, , size]) => {
  const raw = names.get(idx) ?? `func[${idx}]`;
  const name = demangle(raw);
  return { name, size, crate: names.has(idx) ? crateOf(name) : '(no name)' };
});
const total = buf.length;
const code = fns.reduce((s, f) => s + f.size, 0);
const byCrate = new Map();
for (const f of fns) {
  const c = byCrate.get(f.crate) ?? { size: 0, count: 0 };
  c.size += f.size;
  c.count++;
  byCrate.set(f.crate, c);
}

const pct = (x) => `${((100 * x) / total).toFixed(1).padStart(5)}%`;
const kb = (x) => `${(x / 1000).toFixed(1).padStart(8)} KB`;
console.log(`${file}: ${kb(total).trim()} raw, ${(gzipSync(buf, { level: 9 }).length / 1000).toFixed(1)} KB gzip (names included)`);
console.log(`${fns.length} functions (${importedFuncs} imported), ${names.size} named\n`);
console.log('Sections:');
for (const [n, s] of sections.sort((a, b) => b[1] - a[1])) console.log(`  ${kb(s)} ${pct(s)}  ${n}`);
console.log('\nCode by crate:');
for (const [c, v] of [...byCrate.entries()].sort((a, b) => b[1].size - a[1].size).slice(0, 25)) {
  console.log(`  ${kb(v.size)} ${pct(v.size)}  ${c} (${v.count} functions)`);
}
console.log(`\nLargest ${topN} functions:`);
for (const f of fns.sort((a, b) => b.size - a.size).slice(0, topN)) console.log(`  ${kb(f.size)}  ${f.name.slice(0, 140)}`);
console.log(`\n(code section ${kb(code).trim()})`);

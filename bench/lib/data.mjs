// The benchmark's archives: generated once by bench/gen-archive.mjs (seeded, so the same
// bytes every time) into target/bench/data/<name>-seed<seed>/, and generated again only when
// the generator or the set's definition changes.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SEED = 1;
export const PDF_POSTS = 200;
export const RENDER_SIZES = [10, 100, 1000, 5000];

export const SETS = {
  '1k': { posts: 1000, chains: [] },
  '10k': { posts: 10_000, chains: [] },
  '100k': { posts: 100_000, chains: [] },
  // One archive holding self-threads of every rendered length and the PDF's, among ordinary
  // posts (with their own 2–25-post threads).
  render: { posts: 8310, chains: [10, 100, PDF_POSTS, 1000, 5000] },
  // A small archive whose longest self-thread (opened on load) is the PDF's.
  pdf: { posts: 1000, chains: [PDF_POSTS] },
};

/** { name, files (account.js, profile.js, tweets.js), bytes, meta } of a set, generated if needed. */
export function ensureData(name, log = () => {}) {
  const spec = SETS[name];
  if (!spec) throw new Error(`unknown data set ${name} (sets: ${Object.keys(SETS).join(', ')})`);
  const gen = join(ROOT, 'bench', 'gen-archive.mjs');
  const dir = join(ROOT, 'target', 'bench', 'data', `${name}-seed${SEED}`);
  const stamp = createHash('sha256')
    .update(readFileSync(gen))
    .update(JSON.stringify({ ...spec, seed: SEED }))
    .digest('hex');
  const stampFile = join(dir, 'stamp');
  if (!existsSync(stampFile) || readFileSync(stampFile, 'utf8') !== stamp) {
    log(`generating the ${name} archive (${spec.posts} posts, seed ${SEED})`);
    const args = [gen, '--posts', String(spec.posts), '--seed', String(SEED), '--out', dir];
    if (spec.chains.length) args.push('--chains', spec.chains.join(','));
    execFileSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
    writeFileSync(stampFile, stamp);
  }
  const files = ['account.js', 'profile.js', 'tweets.js'].map((f) => join(dir, f));
  return {
    name,
    files,
    bytes: files.reduce((s, f) => s + statSync(f).size, 0),
    meta: JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')),
  };
}

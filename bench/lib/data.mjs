// The benchmark's archives: generated once by bench/gen-archive.mjs (seeded, so the same
// bytes every time) into target/bench/data/<name>-seed<seed>/, and generated again only when
// the generator or the set's definition changes.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { writeZip } from './zip.mjs';

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

/**
 * The set's files as an X archive .zip (`<set dir>/archive.zip`), written once beside them
 * (again when the generator, the zip writer or this file changes): `Your archive.html`, then
 * `data/account.js`, `data/profile.js`, `data/tweets.js` (deflated), and a small stored
 * `data/tweets_media/<post id>-<file>` entry for every photo, GIF and video of the posts, as
 * an archive holds them (their bytes are a placeholder: the app reads media only when shown).
 * Returns { zip, bytes, tweetsJs, tweetsBytes, entries, tweetsEntry: { dataOffset,
 * compressed, size }, set }.
 */
export function ensureZip(name, log = () => {}) {
  const set = ensureData(name, log);
  const dir = dirname(set.files[0]);
  const zip = join(dir, 'archive.zip');
  const here = fileURLToPath(import.meta.url);
  const stamp = createHash('sha256')
    .update(readFileSync(join(dir, 'stamp')))
    .update(readFileSync(join(dirname(here), 'zip.mjs')))
    .update(readFileSync(here))
    .digest('hex');
  const stampFile = join(dir, 'zip-stamp');
  const indexFile = join(dir, 'zip-index.json');
  if (!existsSync(stampFile) || readFileSync(stampFile, 'utf8') !== stamp || !existsSync(zip)) {
    log(`zipping the ${name} archive`);
    const tweets = readFileSync(set.files[2], 'latin1');
    // Each media item's "expanded_url" (…/status/<post id>/photo|video/<n>) comes before its
    // "media_url" in the generator's output; entities.media repeats extended_entities.media.
    const media = new Set();
    const re = /"expanded_url" : "https:\/\/twitter\.com\/[^/"]+\/status\/(\d+)\/(?:photo|video)\/\d+",\s*"indices"[^]*?"media_url" : "http:\/\/pbs\.twimg\.com\/[^"]*?([^/"]+)"/g;
    for (const m of tweets.matchAll(re)) media.add(`${m[1]}-${m[2]}`);
    const placeholder = Buffer.alloc(64, 0xa5);
    const inputs = [
      { name: 'Your archive.html', bytes: Buffer.from('<!doctype html><title>Your archive</title>\n'), store: false },
      ...set.files.map((f) => ({ name: `data/${f.slice(dir.length + 1)}`, file: f })),
      ...[...media].sort().map((m) => ({ name: `data/tweets_media/${m}`, bytes: placeholder, store: true })),
    ];
    const written = writeZip(zip, inputs);
    const t = written.entries.find((e) => e.name === 'data/tweets.js');
    const index = {
      bytes: written.bytes,
      entries: written.entries.length,
      media: media.size,
      tweetsEntry: { dataOffset: t.dataOffset, compressed: t.compressed, size: t.size },
    };
    writeFileSync(indexFile, `${JSON.stringify(index, null, 2)}\n`);
    writeFileSync(stampFile, stamp);
  }
  const index = JSON.parse(readFileSync(indexFile, 'utf8'));
  return {
    name: `${name}.zip`,
    set,
    zip,
    files: [zip],
    bytes: statSync(zip).size,
    tweetsJs: set.files[2],
    tweetsBytes: statSync(set.files[2]).size,
    ...index,
    meta: set.meta,
  };
}

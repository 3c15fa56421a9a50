// Hostile zips are input too (issue 13): each of two hostile .zip files, dropped or picked
// beside a good X archive .zip, gets a banner naming it with a message a person can read,
// while the good archive still opens on its 22-post thread, the page never throws (a Rust
// panic shows as "panicked at", or as the worker's "unreachable"), and the load ends.
//
// The files are written here, byte by byte, with Python's struct:
// - `far-directory.zip` (202 bytes): one empty stored `data/tweets.js` whose zip64 end
//   record says the central directory is at offset 2^60;
// - `tweets-bomb.zip` (~4.3 MB): a `data/tweets.js` of deflated spaces that declares
//   0xFFFFFFF0 bytes (just under 4 GiB) in its central directory entry and local header. Its
//   deflate stream and CRC-32 are honest (4 GiB of spaces, in 1 MiB blocks, each one
//   compressed the same), so the cap is what stops it; the test never holds 4 GiB.
// The good archive is the sample's account.js, profile.js and tweets.js zipped with
// zipfile, as e2e/zip.test.mjs does.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import {
  appTest,
  assertExcludes,
  assertIncludes,
  dropFiles,
  pickFiles,
  squash,
  useHarness,
  waitForThread,
} from './lib/harness.mjs';
import { articleText, assertThreadShown } from './lib/reader.mjs';
import { DISPLAY_NAME, HANDLE, SAMPLE_FILES, THREAD_22 } from './lib/sample.mjs';

const h = useHarness();

const GOOD = 'twitter-2022-11-30.zip';
const FAR = 'far-directory.zip';
const BOMB = 'tweets-bomb.zip';
/** What the bomb declares for its data/tweets.js: just under 4 GiB. */
const BOMB_DECLARED = 0xffff_fff0;

const PY = String.raw`
import struct, sys, zipfile, zlib

out, *sample = sys.argv[1:]
NAME = b'data/tweets.js'
DOS_DATE = (2022 - 1980) << 9 | 11 << 5 | 30

def local(method, crc, packed, size, name):
    return struct.pack('<4sHHHHHIIIHH', b'PK\x03\x04', 20, 0, method, 0, DOS_DATE,
                       crc, packed, size, len(name), 0) + name

def central(method, crc, packed, size, name, offset, version=20):
    return struct.pack('<4sHHHHHHIIIHHHHHII', b'PK\x01\x02', version, version, 0, method, 0,
                       DOS_DATE, crc, packed, size, len(name), 0, 0, 0, 0, 0, offset) + name

def end(entries, size, offset):
    return struct.pack('<4sHHHHIIH', b'PK\x05\x06', 0, 0, entries, entries, size, offset, 0)

# The good archive, as zipfile writes it.
with zipfile.ZipFile(out + '/${GOOD}', 'w', zipfile.ZIP_DEFLATED) as z:
    for f in sample:
        z.write(f, 'data/' + f.rsplit('/', 1)[-1])

# zip64: local header, one central entry, zip64 end record, zip64 locator, end record; the
# zip64 end record puts the (60-byte) directory at 2**60.
head = local(0, 0, 0, 0, NAME)
cd = central(0, 0, 0, 0, NAME, 0, version=45)
zip64_at = len(head) + len(cd)
zip64 = struct.pack('<4sQHHIIQQQQ', b'PK\x06\x06', 44, 45, 45, 0, 0, 1, 1, len(cd), 2**60)
locator = struct.pack('<4sIQI', b'PK\x06\x07', 0, zip64_at, 1)
eocd = end(0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF)
with open(out + '/${FAR}', 'wb') as f:
    f.write(head + cd + zip64 + locator + eocd)

# The bomb: ${BOMB_DECLARED} spaces, deflated as 1 MiB blocks each ended by a full flush (so
# every whole block compresses to the same bytes), then the rest, finished.
SIZE = ${BOMB_DECLARED}
MIB = 1 << 20
block = b' ' * MIB
def deflated(data, flush):
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush(flush)
whole, rest = divmod(SIZE, MIB)
data = deflated(block, zlib.Z_FULL_FLUSH) * whole + deflated(b' ' * rest, zlib.Z_FINISH)
crc = 0
for _ in range(whole):
    crc = zlib.crc32(block, crc)
crc = zlib.crc32(b' ' * rest, crc)
head = local(8, crc, len(data), SIZE, NAME)
cd = central(8, crc, len(data), SIZE, NAME, 0)
with open(out + '/${BOMB}', 'wb') as f:
    f.write(head + data + cd + end(1, len(cd), len(head) + len(data)))
`;

let dir;
const file = (name) => join(dir, name);

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'unroll-hostile-'));
  execFileSync('python3', ['-c', PY, dir, ...SAMPLE_FILES]);
  const far = (await stat(file(FAR))).size;
  assert.equal(far, 202, `${FAR} is ${far} bytes`);
  const bomb = (await stat(file(BOMB))).size;
  assert.ok(bomb > 4e6 && bomb < 5e6, `${BOMB} is ${bomb} bytes, about 4 MB`);
});

after(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** What the banner must say of each hostile file: its name, then core's words. */
const EXPECTED = {
  [FAR]: [
    'unreadable zip archive: the zip\'s directory claims to lie beyond the end of the file',
    `(offset ${2n ** 60n} in a 202-byte file)`,
  ],
  [BOMB]: [
    `unreadable zip archive: data/tweets.js: declares ${BOMB_DECLARED} bytes,`,
    `more than the ${2 ** 30} Unroll inflates from one entry`,
  ],
};

/** What the page shows now, for a failure's message: a hang, a dead worker, a lost archive. */
async function pageState(app) {
  const texts = async (sel) => (await app.page.locator(sel).allInnerTexts()).map(squash);
  return [
    `page errors: ${JSON.stringify(app.pageErrors)}`,
    `error banner: ${JSON.stringify(await texts('[role=alert]'))}`,
    `progress bar: ${JSON.stringify(await texts('.load-progress'))}`,
    `thread header: ${JSON.stringify(await texts('article.thread header'))}`,
  ].join('\n  ');
}

/**
 * The load of `names` (`how` them onto the page) ends with the good archive's thread open,
 * one banner with one line for each hostile file, naming it, and no progress bar left; the
 * page never threw. A failure says what the page showed.
 */
async function loadBesideGood(app, how, names) {
  try {
    await expectLoaded(app, how, names);
  } catch (err) {
    // The reporter prints the stack, written when the error was made: make a new one.
    throw new Error(`${err.message}\n\nthe page now:\n  ${await pageState(app)}`, { cause: err });
  }
}

async function expectLoaded(app, how, names) {
  const { page } = app;
  const hostile = names.filter((n) => n !== GOOD);
  await how(page, names.map(file));
  await waitForThread(page, THREAD_22.posts);
  await assertThreadShown(page, THREAD_22, { handle: HANDLE, displayName: DISPLAY_NAME });
  const text = await articleText(page);
  assertIncludes(text, THREAD_22.first[0], 'the good archive\'s first post');
  assertIncludes(text, THREAD_22.lastText, 'the good archive\'s post 21');

  const alert = page.locator('[role=alert]');
  await alert.first().waitFor();
  assert.equal(await alert.count(), 1, 'one error banner');
  const items = (await alert.locator('li').allInnerTexts()).map(squash);
  assert.equal(items.length, hostile.length, `one line for each hostile file: ${JSON.stringify(items)}`);
  const title = hostile.length === 1 ? 'A problem while loading' : `${hostile.length} problems while loading`;
  assertIncludes(await alert.innerText(), title, 'banner title');
  for (const name of hostile) {
    const item = items.find((i) => i.startsWith(`${name}: `));
    assert.ok(item, `a banner line starts with "${name}: ": ${JSON.stringify(items)}`);
    for (const words of EXPECTED[name]) assertIncludes(item, words, `banner line for ${name}`);
  }
  const banner = await alert.innerText();
  assertExcludes(banner, GOOD, 'the banner (the good archive loaded)');
  assertExcludes(banner, 'reader stopped', 'the banner (the worker lives)');

  // The load ended: no bar left (had it hung, the bar would still say "Loading…").
  await page.locator('.load-progress').waitFor({ state: 'detached' });
  assert.ok(page.workers().length >= 1, 'the load ran in the worker');
  assert.deepEqual(app.pageErrors, [], 'no page error (a panic, a thrown slice)');
}

appTest(h, `dropped beside a good archive: a zip64 whose directory claims offset 2^60 gets a banner, the archive opens`, async (app) => {
  await loadBesideGood(app, dropFiles, [FAR, GOOD]);
});

appTest(h, `picked beside a good archive: a zip64 whose directory claims offset 2^60 gets a banner, the archive opens`, async (app) => {
  await loadBesideGood(app, pickFiles, [GOOD, FAR]);
});

appTest(h, `dropped beside a good archive: a 4 MB zip bomb declaring ~4 GiB of tweets.js gets a banner, the archive opens`, async (app) => {
  await loadBesideGood(app, dropFiles, [BOMB, GOOD]);
});

appTest(h, `picked beside a good archive: a 4 MB zip bomb declaring ~4 GiB of tweets.js gets a banner, the archive opens`, async (app) => {
  await loadBesideGood(app, pickFiles, [GOOD, BOMB]);
});

appTest(h, 'both hostile zips dropped with a good archive: two banner lines, the archive opens, and the worker reads on', async (app) => {
  const { page } = app;
  await loadBesideGood(app, dropFiles, [FAR, GOOD, BOMB]);
  // The same worker still serves: the bomb again, alone, is refused the same way and the
  // thread stays.
  await page.locator('[role=alert] button', { hasText: 'Dismiss' }).click();
  await page.locator('[role=alert]').waitFor({ state: 'detached' });
  await pickFiles(page, [file(BOMB)]);
  await page.locator('[role=alert]', { hasText: BOMB }).waitFor();
  await page.locator('.load-progress').waitFor({ state: 'detached' });
  for (const words of EXPECTED[BOMB]) assertIncludes(await page.locator('[role=alert]').innerText(), words, 'banner');
  await assertThreadShown(page, THREAD_22, { handle: HANDLE, displayName: DISPLAY_NAME });
});

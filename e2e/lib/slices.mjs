// Records every `Blob.slice` the app makes, on the page and in its worker (which reads the
// files): an archive .zip is read piece by piece, never whole. The worker's script is served
// with the same recorder put in front of it.
const RECORDER = `
  self.zipSlices = [];
  const slice = Blob.prototype.slice;
  Blob.prototype.slice = function (start, end, type) {
    self.zipSlices.push([start, end, this.size]);
    return slice.call(this, start, end, type);
  };
`;

/** Starts recording, reloading the page (its worker starts as soon as the page is painted). */
export async function recordSlices(page) {
  await page.route('**/worker.js', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: RECORDER + (await response.text()) });
  });
  await page.reload();
  await page.waitForFunction(() => window.wasmBindings !== undefined, null, { timeout: 30_000 });
  await page.evaluate(RECORDER);
}

/** The slices recorded so far, as [start, end, size of the sliced blob]: the worker's, then the page's. */
export async function slicesRead(page) {
  const inWorker = [];
  for (const worker of page.workers()) {
    inWorker.push(...(await worker.evaluate(() => self.zipSlices ?? [])));
  }
  return { worker: inWorker, page: await page.evaluate(() => window.zipSlices) };
}

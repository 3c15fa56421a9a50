// A host whose content security policy forbids workers (`worker-src 'none'`): the page
// is served with that header, so `new Worker` is refused and the app must serve itself.

/** Serves the page's HTML with `worker-src 'none'` from now on (reload or navigate after). */
export async function forbidWorkers(page) {
  await page.route(
    (url) => url.pathname === '/' || url.pathname.endsWith('.html'),
    async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': "worker-src 'none'" } });
    },
  );
}

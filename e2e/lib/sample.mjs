// Golden expectations for the bundled sample, the alrocar_2022 X archive
// (assets/samples/twitter-archive/alrocar_2022). Every string here was read from its
// tweets.js; `checkSampleSource` confirms they are still in the file, so a changed sample
// fails loudly instead of making a test meaningless.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT } from './harness.mjs';

export const SAMPLE_DIR = join(ROOT, 'assets', 'samples', 'twitter-archive', 'alrocar_2022');
export const SAMPLE_FILES = ['account.js', 'profile.js', 'tweets.js'].map((f) => join(SAMPLE_DIR, f));
/** The same files as the built site serves them (dist/ copies assets/samples to samples/). */
export const SAMPLE_URL_PATH = 'samples/twitter-archive/alrocar_2022';

export const HANDLE = 'alrocar';
export const DISPLAY_NAME = 'alrocar';

/** The longest self-thread: 22 posts, Oct 11, 2022 ("My recipe to learning data engineering…"). */
export const THREAD_22 = {
  firstId: '1579814683803910144',
  posts: 22,
  date: 'Oct 11, 2022',
  readOnX: 'https://x.com/alrocar/status/1579814683803910144',
  // First post.
  first: [
    'My recipe to learning data engineering for the last 10 years: study - work - have fun',
    '90% was just for fun: at hackathons and reverse engineering data vizs',
  ],
  // Post 21, the last with text; post 22 is only a link to the 21-post follow-up thread.
  lastText:
    "I can't add more tweets to the thread, so I'll post the other 20 side projects on a separate thread and link them in the next tweet.",
  lastLinksTo: '1579835487627661313',
  // Post 7: `=&gt;` decoded once, t.co shown by its display text.
  decoded: 'Using data from @Airbnb => insideairbnb.com/get-the-data/',
  // Post 2: a t.co link by display text to its expanded URL, and a mention.
  link: { text: 'alrocar.github.io/15iacc/', href: 'https://alrocar.github.io/15iacc/', tco: 't.co/R7DSscJcL5' },
  // Linked by the account's id (tweets.js gives it), which outlives a rename.
  mention: { text: '@xurxosanz', href: 'https://x.com/i/user/14291056' },
  // extended_entities media over the 22 posts (all photos).
  photos: 25,
};

/** The follow-up thread: 21 posts, Oct 11, 2022 14:05 UTC ("And the rest 20 👇"). */
export const THREAD_21 = {
  firstId: '1579835487627661313',
  posts: 21,
  date: 'Oct 11, 2022',
  readOnX: 'https://x.com/alrocar/status/1579835487627661313',
  first: 'And the rest 20',
  last: '40/40 - r-place with @tinybirdco',
};

/**
 * Other long threads of the archive, newest first, as the sidebar must order them:
 * 21 posts (Oct 11, 2022), 13 posts (Feb 27, 2022), 18 posts (Feb 23, 2022).
 */
export const SIDEBAR_ORDER = [21, 13, 18];

export async function checkSampleSource() {
  const tweets = await readFile(join(SAMPLE_DIR, 'tweets.js'), 'utf8');
  const raw = (s) => s.replace(/=>/g, '=&gt;');
  const wanted = [
    ...THREAD_22.first,
    THREAD_22.lastText,
    THREAD_22.firstId,
    THREAD_22.lastLinksTo,
    THREAD_21.first,
    THREAD_21.last,
    raw('Using data from @Airbnb =>'),
    THREAD_22.link.href,
  ];
  return wanted.filter((s) => !tweets.includes(s));
}

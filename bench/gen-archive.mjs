#!/usr/bin/env node
// Seeded generator of X data archives for the benchmarks: `tweets.js`
// (`window.YTD.tweets.part0 = [ … ]`), `account.js` and `profile.js`, in the layout X writes
// (`"key" : value`, two-space indent, numbers stored as strings) and with the field mix of
// the real sample ../shared/samples/twitter-archive/alrocar_2022 (436 tweets):
//
//   what (share of tweets)                      sample        here
//   self-replies, in chains of 2–25 posts       171 (39%)     ~39%, chain lengths drawn
//                                                             from the sample's 34 chains
//   replies to other people, leading @mentions  145 (33%)     ~33%, 1–4 leading mentions
//   retweets ("RT @x: …", cut with "…")          21 (5%)      ~5%
//   extended_entities (photo/animated_gif/video) 221 (51%)    ~51%, 10% with 2–4 photos
//   urls / of which status links                166 / 60      ~38% / ~14%
//   user_mentions                               246 (56%)     ~56%
//   hashtags                                     15 (3%)      ~3%
//   &amp; &gt; &lt; escapes                      30 (7%)      ~7%
//   emoji                                       160 (37%)     ~37% (incl. ZWJ, flags, skin tones)
//   newlines                                    183 (42%)     ~42%
//   edit_info, display_text_range, source       all           all
//
// Entity indices count code points of the text as stored (escaped), as in the sample.
// Ids are snowflakes of the posting time (19 digits, above 2^53). Tweets are written
// newest first, as X does. Photos get `ext_alt_text` in 10% of cases (the sample has none;
// other real archives do, and the reader shows it). Same seed and options, same bytes.
//
// Usage:
//   node bench/gen-archive.mjs --posts 10000 [--seed 1] [--chains 10,100,1000] --out DIR
//
// --chains adds self-threads of exactly those lengths (their posts count towards --posts).
// Writes DIR/tweets.js, DIR/account.js, DIR/profile.js and DIR/meta.json (what was
// generated: counts, the forced chains' first and last post ids, and some ordinary chains).

import { mkdirSync, openSync, writeSync, closeSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// ---------------------------------------------------------------- options

function parseArgs(argv) {
  const opts = { posts: 1000, seed: 1, chains: [], out: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = () => {
      const x = argv[++i];
      if (x === undefined) throw new Error(`${a} needs a value`);
      return x;
    };
    if (a === '--posts') opts.posts = Number(v());
    else if (a === '--seed') opts.seed = Number(v());
    else if (a === '--chains') opts.chains = v().split(',').filter(Boolean).map(Number);
    else if (a === '--out') opts.out = v();
    else if (a === '-h' || a === '--help') {
      console.log('usage: node bench/gen-archive.mjs --posts N [--seed S] [--chains 10,100] --out DIR');
      process.exit(0);
    } else throw new Error(`unknown option ${a}`);
  }
  if (!opts.out) throw new Error('--out DIR is required');
  if (!Number.isInteger(opts.posts) || opts.posts < 1) throw new Error('--posts must be a positive integer');
  if (opts.chains.some((n) => !Number.isInteger(n) || n < 2)) throw new Error('--chains lengths must be integers ≥ 2');
  const forced = opts.chains.reduce((s, n) => s + n, 0);
  if (forced > opts.posts) throw new Error(`--chains hold ${forced} posts, more than --posts ${opts.posts}`);
  return opts;
}

// ---------------------------------------------------------------- seeded randomness

/** mulberry32: small, fast, and the same sequence on every platform for a seed. */
function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const r = {
    next,
    chance: (p) => next() < p,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (xs) => xs[Math.floor(next() * xs.length)],
    weighted: (pairs) => {
      const total = pairs.reduce((s, [, w]) => s + w, 0);
      let x = next() * total;
      for (const [v, w] of pairs) {
        x -= w;
        if (x < 0) return v;
      }
      return pairs[pairs.length - 1][0];
    },
    token: (n, alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') => {
      let s = '';
      for (let i = 0; i < n; i++) s += alphabet[Math.floor(next() * alphabet.length)];
      return s;
    },
  };
  return r;
}

// ---------------------------------------------------------------- vocabulary

const WORDS_ES = (
  'datos mapa código ciudad proyecto equipo semana ayer hoy mañana pregunta respuesta idea ' +
  'tiempo gente cosa trabajo casa calle tren bici lluvia sol valencia madrid python rust ' +
  'consulta tabla columna índice servidor cliente versión error prueba despliegue rápido ' +
  'lento mejor peor nuevo viejo bonito feo grande pequeño claro oscuro abierto cerrado ' +
  'porque cuando donde mientras aunque también todavía siempre nunca quizá bastante muy ' +
  'hacer decir pensar mirar probar leer escribir aprender cambiar romper arreglar medir ' +
  'el la los las un una de del en con por para sin sobre entre hasta desde que y o pero'
).split(' ');
const WORDS_EN = (
  'data map code city project team week yesterday today tomorrow question answer idea time ' +
  'people thing work home street train bike rain sun query table column index server client ' +
  'version error test deploy fast slow better worse new old nice ugly big small clear dark ' +
  'open closed because when where while although also still always never maybe quite very ' +
  'make say think look try read write learn change break fix measure ship thread post ' +
  'the a an of in with by for without about between until from that and or but it this'
).split(' ');
const EMOJI = [
  '😜', '😂', '🤔', '🙌', '🔥', '👏', '💪', '🎉', '❤️', '🚀', '😅', '🤯', '👀', '✅', '🗺️',
  '👍🏽', '🙏🏻', '👩‍💻', '👨‍👩‍👧', '🏳️‍🌈', '🇪🇸', '🇬🇧', '☕', '🐦', '𓅫',
];
const ESCAPED = ['R&amp;D', 'Q&amp;A', '=&gt;', '&lt;3', 'A &amp; B', '-&gt;', '&gt;&gt;'];
const HANDLES = [
  'Dr___Mario', 'tinybirdco', 'DotCSV', 'LexicaArt', 'tjukanov', 'felt', 'BytesAndHumans',
  'RALee85', 'Tim_Bousquet', 'maptastik', 'geo_ninja', 'datavizcat', 'rustlang', 'yewstack',
  'ana_gis', 'pepe_dev', 'mcarto', 'opendata_es', 'the_real_kai', 'LauraMaps',
];
const NAMES = {
  Dr___Mario: 'Dr. Mario', tinybirdco: 'Tinybird', DotCSV: 'Carlos Santana', LexicaArt: 'Lexica',
};
const HASHTAGS = ['gamedev', 'gamedevelopment', 'dataviz', 'gis', 'rustlang', 'opendata', '30DayMapChallenge', 'webassembly'];
const SITES = [
  ['https://www.youtube.com/watch?v=', 11],
  ['https://github.com/alrocar/', 8],
  ['https://blog.example.org/2022/', 14],
  ['https://www.tinybird.co/blog-posts/', 18],
  ['https://es.wikipedia.org/wiki/', 10],
];
const SOURCES = [
  '<a href="http://twitter.com/download/android" rel="nofollow">Twitter for Android</a>',
  '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>',
  '<a href="http://twitter.com" rel="nofollow">Twitter Web Client</a>',
];
// Chain lengths of the 34 self-threads in the sample, drawn uniformly.
const CHAIN_LENGTHS = [
  2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 5, 6, 6, 7, 7, 8, 9, 12, 13, 13,
  18, 21, 22,
];

// ---------------------------------------------------------------- ids and dates

const TWEPOCH = 1288834974657n;
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n) => String(n).padStart(2, '0');

/** X's `created_at`: "Fri Nov 18 21:10:34 +0000 2022". */
function xDate(ms) {
  const d = new Date(ms);
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000 ${d.getUTCFullYear()}`;
}

let lastSnowflake = 0n;
/** A snowflake id for a time in ms. */
function idAt(ms, r) {
  return ((BigInt(ms) - TWEPOCH) << 22n) | (BigInt(r.int(0, 1023)) << 12n) | BigInt(r.int(0, 4095));
}
/** The id of one of the archive's tweets: strictly increasing with time, so unique. */
function snowflake(ms, r) {
  let id = idAt(ms, r);
  if (id <= lastSnowflake) id = lastSnowflake + 1n;
  lastSnowflake = id;
  return id.toString();
}
/** The id of something older (another person's tweet, a media item): left unchecked. */
const pastId = (ms, r) => idAt(ms, r).toString();

// ---------------------------------------------------------------- text with entities

/** Builds a tweet's text piece by piece, recording entity indices in code points. */
class TextBuilder {
  constructor() {
    this.parts = [];
    this.len = 0; // code points so far
    this.entities = { hashtags: [], symbols: [], user_mentions: [], urls: [] };
  }
  add(s) {
    this.parts.push(s);
    this.len += [...s].length;
  }
  mention(handle, idStr) {
    const start = this.len;
    this.add(`@${handle}`);
    this.entities.user_mentions.push({
      name: NAMES[handle] ?? handle.replace(/_/g, ' '),
      screen_name: handle,
      indices: [String(start), String(this.len)],
      id_str: idStr,
      id: idStr,
    });
  }
  hashtag(tag) {
    const start = this.len;
    this.add(`#${tag}`);
    this.entities.hashtags.push({ text: tag, indices: [String(start), String(this.len)] });
  }
  url(r, expanded) {
    const start = this.len;
    const tco = `https://t.co/${r.token(10)}`;
    this.add(tco);
    const bare = expanded.replace(/^https?:\/\/(www\.)?/, '');
    this.entities.urls.push({
      url: tco,
      expanded_url: expanded,
      display_url: bare.length > 26 ? `${bare.slice(0, 26)}…` : bare,
      indices: [String(start), String(this.len)],
    });
  }
  get text() {
    return this.parts.join('');
  }
}

function sentence(r, words, flags) {
  const n = r.int(4, 14);
  const out = [];
  for (let i = 0; i < n; i++) {
    let w = r.pick(words);
    if (i === 0) w = w[0].toUpperCase() + w.slice(1);
    out.push(w);
  }
  if (flags.escape && r.chance(0.5)) {
    out.splice(r.int(1, out.length), 0, r.pick(ESCAPED));
    flags.escape = false;
  }
  if (flags.emoji && r.chance(0.6)) {
    out.push(r.pick(EMOJI));
    flags.emoji = r.chance(0.3);
  }
  return out.join(' ') + r.pick(['.', '.', '!', '?', '', '…']);
}

// ---------------------------------------------------------------- media

function sizes(r, w, h) {
  const fit = (max) => {
    const k = Math.min(1, max / Math.max(w, h));
    return { w: String(Math.round(w * k)), h: String(Math.round(h * k)), resize: 'fit' };
  };
  return {
    medium: fit(1200),
    small: fit(680),
    thumb: { w: '150', h: '150', resize: 'crop' },
    large: fit(2048),
  };
}

function mediaItem(r, kind, n, tweetId, handle, ms, tco, start, end) {
  const mediaId = pastId(ms - r.int(2000, 60000), r);
  const key = r.token(15);
  const [w, h] = r.pick([[1080, 1278], [1200, 675], [600, 600], [1920, 1080], [220, 164], [828, 1792]]);
  const thumbPath =
    kind === 'photo'
      ? `media/${key}`
      : kind === 'video'
        ? `ext_tw_video_thumb/${mediaId}/pu/img/${r.token(16)}`
        : `tweet_video_thumb/${key}`;
  const m = {
    expanded_url: `https://twitter.com/${handle}/status/${tweetId}/${kind === 'video' ? 'video' : 'photo'}/${n}`,
    indices: [String(start), String(end)],
    url: tco,
    media_url: `http://pbs.twimg.com/${thumbPath}.jpg`,
    id_str: mediaId,
  };
  if (kind === 'video') {
    m.video_info = {
      aspect_ratio: ['16', '9'],
      duration_millis: String(r.int(2000, 140000)),
      variants: [
        { bitrate: '832000', content_type: 'video/mp4', url: `https://video.twimg.com/ext_tw_video/${mediaId}/pu/vid/640x360/${r.token(16)}.mp4?tag=12` },
        { content_type: 'application/x-mpegURL', url: `https://video.twimg.com/ext_tw_video/${mediaId}/pu/pl/${r.token(16)}.m3u8?tag=12&container=fmp4` },
        { bitrate: '432000', content_type: 'video/mp4', url: `https://video.twimg.com/ext_tw_video/${mediaId}/pu/vid/480x270/${r.token(16)}.mp4?tag=12` },
      ],
    };
    m.additional_media_info = { monetizable: false };
  } else if (kind === 'animated_gif') {
    m.video_info = {
      aspect_ratio: ['55', '41'],
      variants: [{ bitrate: '0', content_type: 'video/mp4', url: `https://video.twimg.com/tweet_video/${key}.mp4` }],
    };
  }
  m.id = mediaId;
  m.media_url_https = `https://pbs.twimg.com/${thumbPath}.jpg`;
  m.sizes = sizes(r, w, h);
  m.type = kind;
  m.display_url = `pic.twitter.com/${tco.slice(13)}`;
  return m;
}

// ---------------------------------------------------------------- one tweet

/**
 * kind: 'original' | 'self' (self-reply to `parent`) | 'reply' (to someone else) | 'rt'.
 */
function makeTweet(r, owner, kind, ms, parent) {
  const id = snowflake(ms, r);
  const lang = r.weighted([['es', 60], ['en', 27], ['und', 3.5], ['qme', 6], ['zxx', 1], ['pt', 0.7], ['fr', 0.5], ['ca', 0.3]]);
  const words = lang === 'en' ? WORDS_EN : WORDS_ES;
  const t = new TextBuilder();
  const flags = { escape: r.chance(0.12), emoji: r.chance(0.55) };
  let replyTo = null;

  if (kind === 'rt') {
    const h = r.pick(HANDLES);
    t.add('RT ');
    t.mention(h, String(100000 + HANDLES.indexOf(h)));
    t.add(': ');
    let body = `${sentence(r, words, flags)} ${sentence(r, words, flags)} ${sentence(r, words, flags)}`;
    const room = 139 - t.len;
    const cps = [...body];
    if (cps.length > room) body = `${cps.slice(0, room - 1).join('')}…`;
    t.add(body);
  } else {
    if (kind === 'reply') {
      const n = r.weighted([[1, 72], [2, 30], [3, 13], [4, 13]]);
      const first = r.pick(HANDLES);
      for (let i = 0; i < n; i++) {
        const h = i === 0 ? first : r.pick(HANDLES);
        t.mention(h, String(100000 + HANDLES.indexOf(h)));
        t.add(' ');
      }
      replyTo = { statusId: pastId(ms - r.int(60000, 86400000), r), userId: String(100000 + HANDLES.indexOf(first)), handle: first };
    } else if (kind === 'self') {
      replyTo = { statusId: parent, userId: owner.id, handle: owner.handle };
    }
    const sentences = r.weighted([[1, 40], [2, 35], [3, 18], [4, 7]]);
    const newlines = r.chance(0.6);
    for (let i = 0; i < sentences; i++) {
      if (i > 0) t.add(newlines ? r.pick(['\n\n', '\n']) : ' ');
      if (r.chance(0.12)) {
        const h = r.pick(HANDLES);
        t.add(r.pick(['con ', 'via ', 'cc ', 'thanks ']));
        t.mention(h, String(100000 + HANDLES.indexOf(h)));
        t.add(' ');
      }
      t.add(sentence(r, words, flags));
    }
    if (r.chance(0.38)) {
      const urls = r.chance(0.12) ? 2 : 1;
      for (let i = 0; i < urls; i++) {
        t.add(newlines && r.chance(0.5) ? '\n\n' : ' ');
        if (r.chance(0.37)) {
          const h = r.pick(HANDLES);
          const qid = pastId(ms - r.int(60000, 864000000), r);
          t.url(r, `https://twitter.com/${h}/status/${qid}${r.chance(0.2) ? `?t=${r.token(22)}&s=19` : ''}`);
        } else {
          const [site, n] = r.pick(SITES);
          t.url(r, `${site}${r.token(n, 'abcdefghijklmnopqrstuvwxyz0123456789-_')}`);
        }
      }
    }
    if (r.chance(0.034)) {
      t.add('\n\n');
      t.hashtag(r.pick(HASHTAGS));
      if (r.chance(0.5)) {
        t.add(' ');
        t.hashtag(r.pick(HASHTAGS));
      }
    }
  }

  // Media: a t.co link at the end, in entities.media (first item) and extended_entities.
  let media = null;
  if (kind !== 'rt' && r.chance(0.51)) {
    const type = r.weighted([['photo', 67], ['animated_gif', 21], ['video', 12]]);
    const count = type === 'photo' && r.chance(0.1) ? r.int(2, 4) : 1;
    t.add(' ');
    const start = t.len;
    const tco = `https://t.co/${r.token(10)}`;
    t.add(tco);
    media = [];
    for (let n = 1; n <= count; n++) {
      const m = mediaItem(r, type, n, id, owner.handle, ms, tco, start, t.len);
      if (type === 'photo' && r.chance(0.1)) {
        m.ext_alt_text = `${sentence(r, words, { escape: false, emoji: false })} (${n}/${count})`;
      }
      media.push(m);
    }
  }

  const text = t.text;
  const edited = new Date(ms + 30 * 60000).toISOString();
  const tw = {
    edit_info: {
      initial: {
        editTweetIds: [id],
        editableUntil: edited,
        editsRemaining: '5',
        isEditEligible: r.chance(0.3),
      },
    },
    retweeted: false,
    source: r.weighted([[SOURCES[0], 60], [SOURCES[1], 35], [SOURCES[2], 5]]),
    entities: t.entities,
  };
  if (media) {
    const first = { ...media[0] };
    delete first.video_info;
    delete first.additional_media_info;
    delete first.ext_alt_text;
    first.type = 'photo'; // as X writes it: entities.media says photo even for a video
    tw.entities.media = [first];
  }
  tw.display_text_range = ['0', String(t.len)];
  tw.favorite_count = String(r.chance(0.5) ? 0 : r.int(1, 40));
  if (replyTo) tw.in_reply_to_status_id_str = replyTo.statusId;
  tw.id_str = id;
  if (replyTo) tw.in_reply_to_user_id = replyTo.userId;
  tw.truncated = false;
  tw.retweet_count = String(r.chance(0.8) ? 0 : r.int(1, 10));
  tw.id = id;
  if (replyTo) tw.in_reply_to_status_id = replyTo.statusId;
  if (media || t.entities.urls.length || r.chance(0.3)) tw.possibly_sensitive = false;
  tw.created_at = xDate(ms);
  tw.favorited = false;
  tw.full_text = text;
  tw.lang = lang;
  if (replyTo) {
    tw.in_reply_to_screen_name = replyTo.handle;
    tw.in_reply_to_user_id_str = replyTo.userId;
  }
  if (media) tw.extended_entities = { media };
  return tw;
}

// ---------------------------------------------------------------- X's JSON layout

/** JSON the way X's archive writes it: `"key" : value`, 2-space indent, `[ ]` when empty. */
function xJson(v, indent) {
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  const inner = `${indent}  `;
  if (Array.isArray(v)) {
    if (v.length === 0) return '[ ]';
    return `[\n${v.map((x) => inner + xJson(x, inner)).join(',\n')}\n${indent}]`;
  }
  const keys = Object.keys(v);
  if (keys.length === 0) return '{ }';
  return `{\n${keys.map((k) => `${inner}${JSON.stringify(k)} : ${xJson(v[k], inner)}`).join(',\n')}\n${indent}}`;
}

// ---------------------------------------------------------------- the archive

function plan(opts, r) {
  // Units in time order: chains (forced ones spread evenly) and single tweets.
  // Chains get p=0.133 of units: with a mean length of 5.8 that puts ~47% of tweets in
  // chains, ~39% being self-replies, as in the sample.
  const units = [];
  let left = opts.posts - opts.chains.reduce((s, n) => s + n, 0);
  while (left > 0) {
    if (left >= 2 && r.chance(0.133)) {
      const n = Math.min(r.pick(CHAIN_LENGTHS), left);
      units.push({ chain: n, rootKind: r.chance(5 / 34) ? 'reply' : 'original' });
      left -= n;
    } else {
      units.push({ single: r.weighted([['reply', 62], ['rt', 9.4], ['original', 28.6]]) });
      left -= 1;
    }
  }
  opts.chains.forEach((n, i) => {
    const at = Math.floor(((i + 1) * units.length) / (opts.chains.length + 1));
    units.splice(at, 0, { chain: n, rootKind: 'original', forced: true });
  });
  return units;
}

function generate(opts) {
  const r = rng(opts.seed);
  const owner = { id: '1601234567890123456', handle: 'benchwriter', name: 'Bench Writer 🧪' };
  const units = plan(opts, r);
  const tweets = [];
  const forced = [];
  const plain = []; // ordinary chains without a branch: one thread each, first to last
  let ms = Date.UTC(2014, 0, 1, 8, 0, 0);
  // Spread the posts over ~8 years whatever their number (at least 30 s apart).
  const meanGap = Math.max(60_000, (8 * 365 * 86400_000) / Math.max(1, units.length));
  for (const u of units) {
    ms += Math.max(30_000, Math.round(-Math.log(1 - r.next()) * meanGap));
    if (u.single) {
      tweets.push(makeTweet(r, owner, u.single, ms, null));
      continue;
    }
    const ids = [];
    let branched = false;
    for (let i = 0; i < u.chain; i++) {
      if (i > 0) ms += r.int(30_000, 300_000);
      // Rarely the author answers an earlier post of the chain again: a branch (3%).
      const branch = !u.forced && i > 1 && r.chance(0.03);
      branched ||= branch;
      const parent = i === 0 ? null : branch ? ids[i - 2] : ids[i - 1];
      const t = makeTweet(r, owner, i === 0 ? u.rootKind : 'self', ms, parent);
      ids.push(t.id_str);
      tweets.push(t);
    }
    const chain = { posts: u.chain, first: ids[0], last: ids[ids.length - 1] };
    if (u.forced) forced.push(chain);
    else if (!branched) plain.push(chain);
  }
  return { owner, tweets, forced, plain, chainUnits: units.filter((u) => u.chain).length };
}

function write(opts) {
  const { owner, tweets, forced, plain, chainUnits } = generate(opts);
  mkdirSync(opts.out, { recursive: true });
  const fd = openSync(join(opts.out, 'tweets.js'), 'w');
  let buf = 'window.YTD.tweets.part0 = [';
  let bytes = 0;
  // Newest first, as X writes it.
  for (let i = tweets.length - 1; i >= 0; i--) {
    buf += `${i === tweets.length - 1 ? '' : ','}\n  ${xJson({ tweet: tweets[i] }, '  ')}`;
    if (buf.length > 1 << 20) {
      bytes += writeSync(fd, buf);
      buf = '';
    }
  }
  buf += '\n]';
  bytes += writeSync(fd, buf);
  closeSync(fd);

  const account = [{
    account: {
      email: '-@-.com',
      createdVia: 'web',
      username: owner.handle,
      accountId: owner.id,
      createdAt: '2013-06-30T07:52:16.000Z',
      accountDisplayName: owner.name,
    },
  }];
  const profile = [{
    profile: {
      description: { bio: 'Generated for Unroll benchmarks. Data &amp; maps 🗺️', website: 'https://t.co/V2wqbvZwYF', location: 'VLC' },
      avatarMediaUrl: 'https://pbs.twimg.com/profile_images/1595034476773609472/fUxfpHm5.jpg',
      headerMediaUrl: `https://pbs.twimg.com/profile_banners/${owner.id}/1669120830`,
    },
  }];
  writeFileSync(join(opts.out, 'account.js'), `window.YTD.account.part0 = ${xJson(account, '')}`);
  writeFileSync(join(opts.out, 'profile.js'), `window.YTD.profile.part0 = ${xJson(profile, '')}`);

  const count = (f) => tweets.filter(f).length;
  const meta = {
    seed: opts.seed,
    posts: tweets.length,
    tweetsJsBytes: bytes,
    owner,
    selfReplies: count((t) => t.in_reply_to_user_id_str === owner.id),
    repliesToOthers: count((t) => t.in_reply_to_user_id_str && t.in_reply_to_user_id_str !== owner.id),
    retweets: count((t) => t.full_text.startsWith('RT @')),
    withMedia: count((t) => t.extended_entities),
    chains: chainUnits,
    forced,
    // Up to 40 ordinary chains, newest first (they lead "More from" and the library).
    sampleChains: plain.slice(-40).reverse(),
  };
  writeFileSync(join(opts.out, 'meta.json'), `${JSON.stringify(meta, null, 2)}\n`);
  return meta;
}

try {
  const meta = write(parseArgs(process.argv.slice(2)));
  const { forced, owner, sampleChains, ...rest } = meta;
  console.log(JSON.stringify({ ...rest, forced: forced.map((f) => f.posts) }));
} catch (e) {
  console.error(`gen-archive: ${e.message}`);
  process.exit(2);
}

// A small .zip writer for the benchmark's archive rows: entries deflated with Node's zlib
// (raw deflate, level 6, as zip tools write by default) or stored, CRC-32 from zlib.crc32,
// one local header + data per entry, then the central directory and the end record. Entries
// and offsets stay below 4 GiB (the benchmark's zips are far smaller); when there are more
// than 65,535 entries (a large archive's tweets_media/) it writes the zip64 end record and
// locator, as zip tools do, and the classic end record says 0xFFFF.
//
//   writeZip(path, [{ name: 'data/tweets.js', file: '/tmp/x/tweets.js' },
//                   { name: 'data/tweets_media/1-a.jpg', bytes: Buffer, store: true }])
//   → { bytes, entries: [{ name, method, crc, compressed, size, headerOffset, dataOffset }] }

import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { crc32, deflateRawSync } from 'node:zlib';

const DOS_TIME = (12 << 11) | (0 << 5); // 12:00:00
const DOS_DATE = ((2022 - 1980) << 9) | (11 << 5) | 30; // 2022-11-30

function localHeader(e, name) {
  const h = Buffer.alloc(30);
  h.writeUInt32LE(0x04034b50, 0);
  h.writeUInt16LE(20, 4); // version needed
  h.writeUInt16LE(0x0800, 6); // flags: UTF-8 names
  h.writeUInt16LE(e.method, 8);
  h.writeUInt16LE(DOS_TIME, 10);
  h.writeUInt16LE(DOS_DATE, 12);
  h.writeUInt32LE(e.crc, 14);
  h.writeUInt32LE(e.compressed, 18);
  h.writeUInt32LE(e.size, 22);
  h.writeUInt16LE(name.length, 26);
  h.writeUInt16LE(0, 28);
  return Buffer.concat([h, name]);
}

function centralHeader(e, name) {
  const h = Buffer.alloc(46);
  h.writeUInt32LE(0x02014b50, 0);
  h.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, 2.0
  h.writeUInt16LE(20, 6);
  h.writeUInt16LE(0x0800, 8);
  h.writeUInt16LE(e.method, 10);
  h.writeUInt16LE(DOS_TIME, 12);
  h.writeUInt16LE(DOS_DATE, 14);
  h.writeUInt32LE(e.crc, 16);
  h.writeUInt32LE(e.compressed, 20);
  h.writeUInt32LE(e.size, 24);
  h.writeUInt16LE(name.length, 28);
  h.writeUInt16LE(0, 30); // extra
  h.writeUInt16LE(0, 32); // comment
  h.writeUInt16LE(0, 34); // disk
  h.writeUInt16LE(0, 36); // internal attributes
  h.writeUInt32LE((0o100644 << 16) >>> 0, 38); // external: a regular file, rw-r--r--
  h.writeUInt32LE(e.headerOffset, 42);
  return Buffer.concat([h, name]);
}

export function writeZip(path, inputs) {
  const fd = openSync(path, 'w');
  let offset = 0;
  const put = (buf) => {
    writeSync(fd, buf);
    offset += buf.length;
  };
  const entries = [];
  const central = [];
  try {
    for (const input of inputs) {
      const name = Buffer.from(input.name, 'utf8');
      let data = input.bytes ?? readFileSync(input.file);
      const e = { name: input.name, method: input.store ? 0 : 8, crc: crc32(data), size: data.length };
      if (!input.store) data = deflateRawSync(data, { level: 6 });
      e.compressed = data.length;
      e.headerOffset = offset;
      if (offset + 30 + name.length + data.length >= 2 ** 32) throw new Error(`${path}: past 4 GiB, this writer has no zip64 entries`);
      put(localHeader(e, name));
      e.dataOffset = offset;
      put(data);
      central.push(centralHeader(e, name));
      entries.push(e);
    }
    const dirOffset = offset;
    const dir = Buffer.concat(central);
    put(dir);
    const n = entries.length;
    if (n > 0xffff) {
      const z = Buffer.alloc(56);
      z.writeUInt32LE(0x06064b50, 0);
      z.writeBigUInt64LE(44n, 4); // size of the rest of the record
      z.writeUInt16LE(45, 12);
      z.writeUInt16LE(45, 14);
      z.writeUInt32LE(0, 16);
      z.writeUInt32LE(0, 20);
      z.writeBigUInt64LE(BigInt(n), 24);
      z.writeBigUInt64LE(BigInt(n), 32);
      z.writeBigUInt64LE(BigInt(dir.length), 40);
      z.writeBigUInt64LE(BigInt(dirOffset), 48);
      const zipEnd = offset;
      put(z);
      const loc = Buffer.alloc(20);
      loc.writeUInt32LE(0x07064b50, 0);
      loc.writeUInt32LE(0, 4);
      loc.writeBigUInt64LE(BigInt(zipEnd), 8);
      loc.writeUInt32LE(1, 16);
      put(loc);
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(Math.min(n, 0xffff), 8);
    end.writeUInt16LE(Math.min(n, 0xffff), 10);
    end.writeUInt32LE(dir.length, 12);
    end.writeUInt32LE(dirOffset, 16);
    put(end);
  } finally {
    closeSync(fd);
  }
  return { bytes: offset, entries };
}

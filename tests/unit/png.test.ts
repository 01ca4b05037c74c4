/** Social cards are PNG files any image viewer opens: the encoder writes a valid file with the pixels it was given. */
import { inflateSync, crc32 } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { encodePng } from '@/lib/png';

/** The chunks of a PNG file, each with its CRC checked. */
function chunks(png: Buffer) {
  expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  const out: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('ascii', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    expect(png.readUInt32BE(at + 8 + length), `CRC of ${type}`).toBe(crc32(png.subarray(at + 4, at + 8 + length)));
    out.push({ type, data });
    at += 12 + length;
  }
  return out;
}

describe('PNG encoding', () => {
  const pixels = Uint8Array.from([255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 10, 20, 30, 255, 1, 2, 3, 255, 4, 5, 6, 255]);

  test('writes the header, one row per scanline and the end marker; an opaque image as RGB', () => {
    const png = encodePng(pixels, 3, 2);
    const c = chunks(png);
    expect(c.map((x) => x.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect(c[0]!.data.readUInt32BE(0)).toBe(3);
    expect(c[0]!.data.readUInt32BE(4)).toBe(2);
    expect([...c[0]!.data.subarray(8)], 'colour type 2: RGB').toEqual([8, 2, 0, 0, 0]);
    const raw = inflateSync(c[1]!.data);
    expect([...raw]).toEqual([0, 255, 0, 0, 0, 255, 0, 0, 0, 255, 0, 10, 20, 30, 1, 2, 3, 4, 5, 6]);
  });

  test('keeps the alpha channel when a pixel is not opaque', () => {
    const seeThrough = Uint8Array.from(pixels);
    seeThrough[23] = 128;
    const c = chunks(encodePng(seeThrough, 3, 2));
    expect([...c[0]!.data.subarray(8)], 'colour type 6: RGBA').toEqual([8, 6, 0, 0, 0]);
    expect([...inflateSync(c[1]!.data)]).toEqual([0, ...seeThrough.subarray(0, 12), 0, ...seeThrough.subarray(12)]);
  });

  test('reads pixels that start at any byte of their buffer', () => {
    const shifted = Buffer.alloc(pixels.length + 1);
    shifted.set(pixels, 1);
    const c = chunks(encodePng(shifted.subarray(1), 3, 2));
    expect([...inflateSync(c[1]!.data)]).toEqual([0, 255, 0, 0, 0, 255, 0, 0, 0, 255, 0, 10, 20, 30, 1, 2, 3, 4, 5, 6]);
  });

  test('the same pixels give the same bytes', () => {
    expect(encodePng(pixels, 3, 2).equals(encodePng(pixels, 3, 2))).toBe(true);
  });

  test('refuses pixels that do not fill the image', () => {
    expect(() => encodePng(pixels, 4, 2)).toThrow('24 bytes is not 4×2 RGBA');
  });
});

/** Social cards are PNG files any image viewer opens: the encoder writes a valid file with the pixels it was given. */
import { inflateSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { encodeIndexedPng, encodePng } from '@/lib/png';
import { chunks, decode } from './png-decode';

describe('PNG encoding', () => {
  const pixels = Uint8Array.from([255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 10, 20, 30, 255, 1, 2, 3, 255, 4, 5, 6, 255]);
  const colourType = (png: Buffer) => chunks(png)[0]!.data[9];

  test('writes the header, a palette, one row of indices per scanline and the end marker for an opaque image of few colours', () => {
    const twoColours = Uint8Array.from([9, 8, 7, 255, 1, 2, 3, 255, 9, 8, 7, 255, 9, 8, 7, 255, 1, 2, 3, 255, 1, 2, 3, 255]);
    const png = encodePng(twoColours, 3, 2);
    const c = chunks(png);
    expect(c.map((x) => x.type)).toEqual(['IHDR', 'PLTE', 'IDAT', 'IEND']);
    expect(c[0]!.data.readUInt32BE(0)).toBe(3);
    expect(c[0]!.data.readUInt32BE(4)).toBe(2);
    expect([...c[0]!.data.subarray(8)], 'colour type 3: palette').toEqual([8, 3, 0, 0, 0]);
    expect([...c[1]!.data], 'the colours in the order they first appear').toEqual([9, 8, 7, 1, 2, 3]);
    expect([...inflateSync(c[2]!.data)]).toEqual([0, 0, 1, 0, 0, 0, 1, 1]);
    expect(decode(png)).toEqual(twoColours);
  });

  test('an opaque image of more than 256 colours is written as RGB, pixel for pixel', () => {
    const many = new Uint8Array(257 * 4);
    for (let i = 0; i < 257; i++) many.set([i & 255, i >> 8, 7, 255], i * 4);
    const png = encodePng(many, 257, 1);
    expect(colourType(png), 'colour type 2: RGB').toBe(2);
    expect(decode(png)).toEqual(many);
    const upTo256 = many.slice(0, 256 * 4);
    expect(colourType(encodePng(upTo256, 16, 16)), '256 colours still fit a palette').toBe(3);
    expect(decode(encodePng(upTo256, 16, 16))).toEqual(upTo256);
  });

  test('keeps the alpha channel when a pixel is not opaque', () => {
    const seeThrough = Uint8Array.from(pixels);
    seeThrough[23] = 128;
    const c = chunks(encodePng(seeThrough, 3, 2));
    expect([...c[0]!.data.subarray(8)], 'colour type 6: RGBA').toEqual([8, 6, 0, 0, 0]);
    expect([...inflateSync(c[1]!.data)]).toEqual([0, ...seeThrough.subarray(0, 12), 0, ...seeThrough.subarray(12)]);
    expect(decode(encodePng(seeThrough, 3, 2))).toEqual(seeThrough);
  });

  test('reads pixels that start at any byte of their buffer', () => {
    const shifted = Buffer.alloc(pixels.length + 1);
    shifted.set(pixels, 1);
    expect(decode(encodePng(shifted.subarray(1), 3, 2))).toEqual(pixels);
  });

  test('the same pixels give the same bytes', () => {
    expect(encodePng(pixels, 3, 2).equals(encodePng(pixels, 3, 2))).toBe(true);
  });

  test('refuses pixels that do not fill the image', () => {
    expect(() => encodePng(pixels, 4, 2)).toThrow('24 bytes is not 4×2 RGBA');
  });

  test('writes an image kept as palette indices with its palette, and refuses indices beyond it', () => {
    const png = encodeIndexedPng(Uint8Array.from([0, 1, 1, 0, 0, 1]), [0x090807, 0x010203], 3, 2);
    expect(
      png.equals(encodePng(Uint8Array.from([9, 8, 7, 255, 1, 2, 3, 255, 1, 2, 3, 255, 9, 8, 7, 255, 9, 8, 7, 255, 1, 2, 3, 255]), 3, 2)),
    ).toBe(true);
    expect(() => encodeIndexedPng(Uint8Array.from([0, 2]), [0, 1], 2, 1)).toThrow('index 2 has no colour (2 colours)');
  });
});

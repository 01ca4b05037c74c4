/** Reading back this project's PNG files in tests: chunks with their CRCs checked, and the pixels a viewer shows. */
import { inflateSync, crc32 } from 'node:zlib';
import { expect } from 'vitest';

/** The chunks of a PNG file, each with its CRC checked. */
export function chunks(png: Buffer) {
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

/** The RGBA pixels a viewer shows for a PNG of this encoder's kinds (8 bits, no filter): palette, RGB or RGBA. */
export function decode(png: Buffer): Uint8Array {
  const c = chunks(png);
  const ihdr = c.find((x) => x.type === 'IHDR')!.data;
  const [width, height, type] = [ihdr.readUInt32BE(0), ihdr.readUInt32BE(4), ihdr[9]!];
  const palette = c.find((x) => x.type === 'PLTE')?.data;
  const raw = inflateSync(Buffer.concat(c.filter((x) => x.type === 'IDAT').map((x) => x.data)));
  const channels = type === 3 ? 1 : type === 2 ? 3 : 4;
  const row = width * channels + 1;
  expect(raw.length).toBe(row * height);
  const out = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    expect(raw[y * row], `filter byte of row ${y}`).toBe(0);
    for (let x = 0; x < width; x++) {
      const at = y * row + 1 + x * channels;
      const rgba =
        type === 3
          ? [...palette!.subarray(raw[at]! * 3, raw[at]! * 3 + 3), 255]
          : type === 2
            ? [...raw.subarray(at, at + 3), 255]
            : [...raw.subarray(at, at + 4)];
      out.set(rgba, (y * width + x) * 4);
    }
  }
  return out;
}

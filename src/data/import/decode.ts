/**
 * Bytes to text. UTF-8 (with or without a byte order mark) when the bytes are
 * valid UTF-8; otherwise Windows-1251, the code page Russian-language Excel
 * saves CSV in. `TextDecoder` knows both in browsers, workers and Node, so no
 * table of our own is needed.
 */

export type TextEncodingName = 'utf-8' | 'windows-1251';

export type Decoded =
  { ok: true; text: string; encoding: TextEncodingName } | { ok: false; reason: 'empty' | 'zip' | 'ole' | 'binary' };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, k) => bytes[k] === b);

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty' };
  // XLSX and ODS are zip archives, old .xls an OLE container: say so rather than show garbage.
  if (startsWith(bytes, ZIP)) return { ok: false, reason: 'zip' };
  if (startsWith(bytes, OLE)) return { ok: false, reason: 'ole' };
  // Text never holds NUL; UTF-16 files do (every ASCII character), and binary files almost always.
  if (bytes.subarray(0, 4096).includes(0)) return { ok: false, reason: 'binary' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text, encoding: 'utf-8' };
  } catch {
    return { ok: true, text: new TextDecoder('windows-1251').decode(bytes), encoding: 'windows-1251' };
  }
}

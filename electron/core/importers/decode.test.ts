import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));

describe('decoding bytes', () => {
  it('strips a UTF-8 BOM so the first header is clean', () => {
    const decoded = decodeBytes(bytes([0xef, 0xbb, 0xbf], 'Date,kWh\r\n01/04/2024,12.5\r\n'));
    expect(decoded.encoding).toBe('utf-8-bom');
    expect(decoded.text.startsWith('Date,')).toBe(true);
  });

  it('falls back to Windows-1252 for Excel ANSI files, keeping £', () => {
    const decoded = decodeBytes(bytes('Site,Cost\r\nLeeds,', [0xa3], '1,234.56\r\n'));
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text).toContain('£1,234.56');
  });

  it('reads real UTF-8 £ as £, never Â£', () => {
    const decoded = decodeBytes(bytes('Cost\n', [0xc2, 0xa3], '5\n'));
    expect(decoded).toMatchObject({ encoding: 'utf-8', text: 'Cost\n£5\n' });
  });

  it('reads Excel Unicode Text (UTF-16LE with BOM)', () => {
    const text = 'Date\tkWh\r\n01/04/2024\t12.5\r\n';
    const decoded = decodeBytes(Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]));
    expect(decoded).toMatchObject({ encoding: 'utf-16le', text });
  });

  it('detects UTF-16LE without a BOM from its NUL bytes', () => {
    const text = 'Date,kWh\n01/04/2024,12.5\n';
    expect(decodeBytes(Uint8Array.from(Buffer.from(text, 'utf16le')))).toMatchObject({ encoding: 'utf-16le', text });
  });

  it('reads UTF-16BE with a BOM', () => {
    const le = Buffer.from('a,b\n', 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(decodeBytes(Uint8Array.from([0xfe, 0xff, ...be]))).toMatchObject({ encoding: 'utf-16be', text: 'a,b\n' });
  });
});

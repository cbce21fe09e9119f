import { describe, expect, it } from 'vitest';
import { MAX_INPUT_CHARS, normalize } from '../../../src/analysis';

describe('normalize', () => {
  it('turns CRLF and lone CR into LF', () => {
    expect(normalize('a\r\nb\rc\n').text).toBe('a\nb\nc\n');
  });

  it('decodes quoted-printable parts that declare it, soft breaks and escapes', () => {
    const text = 'Content-Type: text/plain\nContent-Transfer-Encoding: quoted-printable\n\nMart=C3=ADnez: 550 5.1=\n.10 size=3D5 done=20\nlast';
    const n = normalize(text);
    expect(n.quotedPrintable).toBe(true);
    expect(n.text).toContain('Martínez: 550 5.1.10 size=5 done \nlast');
  });

  it('decodes undeclared quoted-printable only when it clearly is', () => {
    expect(normalize("Remote Server returned '550 5.1=\n.10 RESOLVER.ADR'").text).toBe("Remote Server returned '550 5.1.10 RESOLVER.ADR'");
    // An "=" at a line end alone, in base64 padding, or in "size=52" is not quoted-printable.
    const plain = 'size=5242880 ok\nQUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo=\nnext line';
    const n = normalize(plain);
    expect(n.quotedPrintable).toBe(false);
    expect(n.text).toBe(plain);
  });

  it('stops decoding at the MIME boundary that ends the part', () => {
    const text = [
      'Content-Type: multipart/mixed; boundary="XYZ"', '', '--XYZ', 'Content-Transfer-Encoding: quoted-printable', '',
      'a=3Db', '--XYZ', 'Content-Type: text/plain', '', 'size=3D stays', '--XYZ--',
    ].join('\n');
    const out = normalize(text).text;
    expect(out).toContain('a=b');
    expect(out).toContain('size=3D stays');
  });

  it('unfolds continued header fields but not indented body text', () => {
    const n = normalize('Diagnostic-Code: smtp; 550-5.1.1 first\n    550 5.1.1 second\n\n  bob@example.net\n    host mx.example.net');
    expect(n.text).toBe('Diagnostic-Code: smtp; 550-5.1.1 first 550 5.1.1 second\n\n  bob@example.net\n    host mx.example.net');
  });

  it('strips HTML tags, scripts and styles, and decodes entities', () => {
    const n = normalize('<html><head><style>p{color:#550000}</style></head><body><p>said: 550&nbsp;5.1.1 &lt;bob@example.com&gt;</p><script>var c = 421;</script></body></html>');
    expect(n.html).toBe(true);
    expect(n.text).toContain('said: 550 5.1.1 <bob@example.com>');
    expect(n.text).not.toContain('421');
    expect(n.text).not.toContain('550000');
  });

  it('keeps addresses in angle brackets that look like tags', () => {
    const n = normalize('<html><body><p>x</p><div>y</div> <b@example.com> <p.jones@example.com> <a@example.org></body></html>');
    expect(n.text).toContain('<b@example.com> <p.jones@example.com> <a@example.org>');
  });

  it('removes NUL and control junk and flags binary input', () => {
    const utf16 = '5\u00005\u00000\u0000 \u00005\u0000.\u00001\u0000.\u00001\u0000';
    expect(normalize(utf16).text).toBe('550 5.1.1');
    const junk = '\u0001\u0002\u0003\u0004abc'.repeat(100);
    const n = normalize(junk);
    expect(n.binary).toBe(true);
    expect(n.text).not.toMatch(/[\u0001-\u0004]/);
    expect(normalize('plain text 550').binary).toBe(false);
  });

  it(`caps the input at ${MAX_INPUT_CHARS} characters, at a line end, and says so`, () => {
    const line = 'x'.repeat(99) + '\n';
    const text = line.repeat(Math.ceil(MAX_INPUT_CHARS / line.length) + 10);
    const n = normalize(text);
    expect(n.truncated).toBe(true);
    expect(n.originalLength).toBe(text.length);
    expect(n.text.length).toBeLessThanOrEqual(MAX_INPUT_CHARS);
    expect(n.text.endsWith('x')).toBe(true);
    expect(normalize('short').truncated).toBe(false);
  });

  it('never splits a surrogate pair when it cuts', () => {
    const text = '😀'.repeat(MAX_INPUT_CHARS);
    const n = normalize(text);
    expect(n.text.length % 2).toBe(0);
  });

  it('stays linear on long runs of spaces and equals signs', () => {
    const spaces = '<html><body>' + ' '.repeat(1_000_000) + 'x</body></html>';
    expect(normalize(spaces).html).toBe(true);
    const equals = ' ='.repeat(500_000) + '\n';
    expect(normalize(equals).text.length).toBeGreaterThan(0);
  });
});

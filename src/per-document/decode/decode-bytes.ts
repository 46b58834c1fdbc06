/**
 * Bytes → text. The order follows how browsers pick a page's encoding (and how the
 * benchmark's dumps were made): BOM, then a charset declared outside the bytes, then valid
 * UTF-8, then a charset declared inside the document, then detection, then UTF-8 with U+FFFD.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';

export type DecodeVia = 'bom' | 'declared' | 'utf8' | 'meta' | 'detected' | 'fallback';

export interface Decoded {
  text: string;
  /** WHATWG encoding name, lower case (e.g. `windows-1252`, `gbk`, `shift_jis`). */
  charset: string;
  via: DecodeVia;
  /** Some bytes were not valid in `charset` and became U+FFFD. */
  invalidBytes: boolean;
  /** Declared labels that name no encoding we can decode; they were ignored. */
  unknownLabels: string[];
}

const BOMS: Array<[number[], string]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

/** WHATWG names that iconv-lite knows under another name. */
const ICONV_NAME: Record<string, string> = {
  gbk: 'gb18030', // the WHATWG GBK decoder is the GB18030 decoder (a superset)
  'iso-8859-8-i': 'iso-8859-8', // same bytes; the -i only tells bidi layout
  'x-mac-cyrillic': 'maccyrillic',
};

const UTF8_STRICT = new TextDecoder('utf-8', { fatal: true });
const UTF8_LENIENT = new TextDecoder('utf-8');
/** How far into the document a declaration is looked for. */
const HEAD_BYTES = 4096;

/**
 * A label → its WHATWG encoding name, or undefined when it names nothing we can decode.
 * Node's TextDecoder carries the WHATWG label table (latin1 → windows-1252, gb2312 → gbk,
 * x-sjis → shift_jis...), so we reuse it rather than keep a copy of it.
 */
export function resolveCharset(label: string): string | undefined {
  let name: string;
  try {
    name = new TextDecoder(label.trim()).encoding;
  } catch {
    return undefined;
  }
  return iconv.encodingExists(ICONV_NAME[name] ?? name) ? name : undefined;
}

export function decodeBytes(bytes: Uint8Array, declaredCharset?: string): Decoded {
  const unknownLabels: string[] = [];
  const resolve = (label: string | undefined): string | undefined => {
    if (label === undefined) return undefined;
    const name = resolveCharset(label);
    if (!name) unknownLabels.push(label);
    return name;
  };
  const as = (charset: string, via: DecodeVia, body = bytes): Decoded => ({
    ...decodeAs(body, charset),
    charset,
    via,
    unknownLabels,
  });

  const bom = BOMS.find(([sig]) => sig.every((b, i) => bytes[i] === b));
  if (bom) return as(bom[1], 'bom', bytes.subarray(bom[0].length));

  const declared = resolve(labelOfDeclared(declaredCharset));
  if (declared) return as(declared, 'declared');

  try {
    return { text: UTF8_STRICT.decode(bytes), charset: 'utf-8', via: 'utf8', invalidBytes: false, unknownLabels };
  } catch {
    // not UTF-8: look further
  }

  const inDocument = resolve(labelInDocument(bytes));
  // WHATWG: a UTF-16 label read from ASCII-compatible bytes can only be a mistake for UTF-8.
  if (inDocument) return as(inDocument.startsWith('utf-16') ? 'utf-8' : inDocument, 'meta');

  const detected = detect(bytes);
  if (detected) return as(detected, 'detected');
  return as('utf-8', 'fallback');
}

function decodeAs(bytes: Uint8Array, charset: string): { text: string; invalidBytes: boolean } {
  if (charset === 'utf-8') {
    try {
      return { text: UTF8_STRICT.decode(bytes), invalidBytes: false };
    } catch {
      return { text: UTF8_LENIENT.decode(bytes), invalidBytes: true };
    }
  }
  const text = iconv.decode(bytes, ICONV_NAME[charset] ?? charset, { stripBOM: false });
  // iconv-lite maps bytes a charset leaves undefined to U+FFFD; legacy pages practically
  // never encode U+FFFD itself, so its presence means bad bytes.
  return { text, invalidBytes: text.includes('\uFFFD') };
}

/** An HTTP Content-Type value (`text/html; charset=x`) or a bare label (`x`). */
function labelOfDeclared(value: string | undefined): string | undefined {
  if (!value?.trim()) return undefined;
  const m = /charset\s*=\s*["']?([^"';\s]+)/i.exec(value);
  if (m) return m[1];
  // A media type without a charset declares nothing; it is not an unknown label.
  return /[/;]/.test(value) ? undefined : value.trim();
}

/** `<?xml … encoding="x"?>`, `<meta charset="x">` or `<meta http-equiv … content="…charset=x">`. */
function labelInDocument(bytes: Uint8Array): string | undefined {
  // Declarations are ASCII; latin1 maps each byte to one char, whatever the real charset.
  const head = Buffer.from(bytes.subarray(0, HEAD_BYTES)).toString('latin1');
  const xml = /^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([^"']+)["']/i.exec(head);
  if (xml) return xml[1];
  for (const [tag] of head.matchAll(/<meta\b[^>]*>/gi)) {
    const m = /charset\s*=\s*["']?\s*([^\s"'/>;]+)/i.exec(tag);
    if (m) return m[1];
  }
  return undefined;
}

/** chardet's best guess, resolved to a WHATWG name (its ISO-8859-1 is windows-1252, as in browsers). */
function detect(bytes: Uint8Array): string | undefined {
  const matches = chardet.analyse(bytes);
  // chardet gives UTF-8 any confidence only when valid multi-byte sequences outnumber bad
  // bytes ten to one: that is a UTF-8 page with a few stray bytes, which legacy text never
  // looks like, even when a Latin charset scores higher.
  if (matches.some((m) => m.name === 'UTF-8' && m.confidence > 0)) return 'utf-8';
  for (const m of matches) {
    const name = resolveCharset(m.name);
    if (name) return name;
  }
  return undefined;
}

/** The decode stage: raw bytes → `doc.content`, with the charset it was read in. */
import { message } from '../../core/messages.js';
import type { DocumentStage } from '../../core/stage.js';
import { decodeBytes } from './decode-bytes.js';

const NAME = 'decode';
/** How much of a file is looked at for NUL bytes, the mark of a binary file. */
const BINARY_SNIFF_BYTES = 8192;

export const decodeStage: DocumentStage = {
  name: NAME,
  run(doc, ctx) {
    const raw = doc.raw;
    doc.raw = undefined; // memory: the bytes are not needed once decoded (not deleted: that would change the Doc's shape)
    if (doc.content !== undefined) {
      // Came as text (JSON Lines, stdin): already decoded by its reader.
      doc.charset = 'utf-8';
      ctx.stats.count(NAME, 'via:text');
      return doc;
    }
    if (!raw || raw.length === 0) {
      doc.failure = { stage: NAME, reason: 'no content' };
      ctx.stats.count(NAME, 'failed:no content');
      return doc;
    }

    const decoded = decodeBytes(raw, doc.declaredCharset);
    // UTF-16 text is full of NULs; anything else with NULs is not text.
    if (!decoded.charset.startsWith('utf-16') && raw.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
      doc.failure = { stage: NAME, reason: 'binary file (not text)' };
      ctx.stats.count(NAME, 'failed:binary');
      return doc;
    }

    doc.content = decoded.text;
    doc.charset = decoded.charset;
    ctx.stats.count(NAME, `via:${decoded.via}`);
    for (const label of decoded.unknownLabels) {
      doc.messages.push(message('info', NAME, `unknown charset label "${label}" ignored`));
      ctx.stats.count(NAME, 'unknown-label');
    }
    if (decoded.invalidBytes) {
      doc.messages.push(message('warn', NAME, `bytes not valid ${decoded.charset} replaced with U+FFFD`));
      ctx.stats.count(NAME, 'invalid-bytes');
    }
    return doc;
  },
};

/**
 * Raw-text elements written self-closed (`<script src=x />`): in HTML the slash closes
 * nothing, and the parser would read the rest of the page as the script's text. They are
 * rewritten as an element with its end tag before parsing.
 *
 * The pattern is tried only where a tag with one of those names opens: a global replace
 * with it would try it at every `<` of the page, a tenth of the time a page takes to parse.
 * The result is that replace's, match for match (the matches start with `<` and one of
 * the names, and the scan goes on after each match as the replace does).
 */

/** One self-closed raw-text tag starting exactly at `lastIndex`. */
const SELF_CLOSED_AT = /<(script|style|title|textarea|iframe|xmp|noembed|noframes)(\s(?:[^>"']|"[^"]*"|'[^']*')*)?\/>/iy;

const NAMES = ['script', 'style', 'title', 'textarea', 'iframe', 'xmp', 'noembed', 'noframes'];

/** `<script …/>` → `<script …></script>`, for each raw-text name. */
export function closeSelfClosedRaw(html: string): string {
  if (html.indexOf('/>') < 0) return html;
  let out = '';
  let copied = 0;
  for (let at = html.indexOf('<'); at >= 0; ) {
    if (!rawNameAt(html, at + 1)) {
      at = html.indexOf('<', at + 1);
      continue;
    }
    SELF_CLOSED_AT.lastIndex = at;
    const m = SELF_CLOSED_AT.exec(html);
    if (!m) {
      at = html.indexOf('<', at + 1);
      continue;
    }
    out += `${html.slice(copied, at)}<${m[1]}${m[2] ?? ''}></${m[1]}>`;
    copied = at + m[0].length;
    at = html.indexOf('<', copied);
  }
  return copied === 0 ? html : out + html.slice(copied);
}

/** Whether one of the names, in any ASCII case, starts at `from` (the pattern's case folding leaves other letters alone). */
function rawNameAt(html: string, from: number): boolean {
  const first = html.charCodeAt(from) | 0x20;
  // s, t, i, x, n: the first letters of the names
  if (first !== 0x73 && first !== 0x74 && first !== 0x69 && first !== 0x78 && first !== 0x6e) return false;
  for (const name of NAMES) if (nameAt(html, from, name)) return true;
  return false;
}

function nameAt(html: string, from: number, name: string): boolean {
  if (from + name.length > html.length) return false;
  for (let i = 0; i < name.length; i++) if ((html.charCodeAt(from + i) | 0x20) !== name.charCodeAt(i)) return false;
  return true;
}

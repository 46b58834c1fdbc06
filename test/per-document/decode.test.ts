import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { newDoc } from '../../src/core/document.js';
import { StageStats, type StageContext } from '../../src/core/stage.js';
import { decodeBytes } from '../../src/per-document/decode/decode-bytes.js';
import { decodeStage } from '../../src/per-document/decode/decode-stage.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const BENCH_HTML = path.resolve(here, '../../../shared/bench/traf-dev/html');

/** Real sentences, each in a charset that can encode it. `label` is how pages name it. */
const SAMPLES = [
  { enc: 'windows-1252', label: 'windows-1252', expect: 'windows-1252', text: 'Die Bürgermeisterin äußerte sich am Dienstag zu den „überraschend hohen“ Kosten von 5 € pro Einwohner.' },
  { enc: 'windows-1252', label: 'iso-8859-1', expect: 'windows-1252', text: 'Le ministre a déclaré jeudi que la réforme « coûtera moins cher » – environ 3 € par élève.' },
  { enc: 'windows-1252', label: 'latin1', expect: 'windows-1252', text: 'Größere Städte müssen ihre Straßenbahnen bis zum Frühjahr modernisieren.' },
  { enc: 'windows-1252', label: 'us-ascii', expect: 'windows-1252', text: 'Les élèves ont présenté leurs travaux à la mairie, où le maire les a félicités.' },
  { enc: 'iso-8859-15', label: 'iso-8859-15', expect: 'iso-8859-15', text: "L'œuvre de l'écrivain coûte désormais 12 € en édition de poche." },
  { enc: 'iso-8859-2', label: 'iso-8859-2', expect: 'iso-8859-2', text: 'Die Grüße aus Köln wurden über die Brücke getragen, während es draußen schneite.' },
  { enc: 'iso-8859-5', label: 'iso-8859-5', expect: 'iso-8859-5', text: 'В Москве в среду прошла встреча министров иностранных дел.' },
  { enc: 'windows-1250', label: 'windows-1250', expect: 'windows-1250', text: 'Der Ausschuss prüft die Förderanträge bis Ende März gründlich.' },
  { enc: 'windows-1251', label: 'windows-1251', expect: 'windows-1251', text: 'Правительство утвердило новый бюджет на следующий год, сообщили в пресс-службе.' },
  { enc: 'koi8-r', label: 'koi8-r', expect: 'koi8-r', text: 'Учёные из Новосибирска открыли новый вид бактерий в озере Байкал.' },
  { enc: 'koi8-u', label: 'koi8-u', expect: 'koi8-u', text: 'Київська міська рада ухвалила рішення про ремонт мостів через Дніпро, повідомляє Ґазета.' },
  { enc: 'gbk', label: 'gb2312', expect: 'gbk', text: '北京时间周三上午，国家统计局发布了最新的经济数据。' },
  { enc: 'gbk', label: 'gbk', expect: 'gbk', text: '今年夏天的降雨量比往年多，农民们担心庄稼的收成。' },
  { enc: 'gb18030', label: 'gb18030', expect: 'gb18030', text: '吉祥的“𠮷”字不在GBK里，只有GB18030才能表示它。' },
  { enc: 'big5', label: 'big5', expect: 'big5', text: '臺北市政府今天宣布，捷運新路線將於明年正式通車。' },
  { enc: 'shift_jis', label: 'x-sjis', expect: 'shift_jis', text: '東京都は水曜日、新しい防災計画を発表しました。' },
  { enc: 'shift_jis', label: 'Shift_JIS', expect: 'shift_jis', text: '今年の桜は例年より一週間早く開花すると予想されています。' },
  { enc: 'euc-jp', label: 'euc-jp', expect: 'euc-jp', text: '大阪の商店街では、週末に夏祭りが開かれる予定です。' },
  { enc: 'euc-kr', label: 'ks_c_5601-1987', expect: 'euc-kr', text: '서울시는 수요일 새로운 대중교통 정책을 발표했습니다.' },
  { enc: 'euc-kr', label: 'euc-kr', expect: 'euc-kr', text: '올해 여름은 평년보다 덥고 비가 많이 올 것으로 예상됩니다.' },
];

const page = (head: string, body: string) =>
  `<!DOCTYPE html>\n<html><head>${head}<title>Nachrichten</title></head><body><p>${body}</p></body></html>\n`;

/** The ways a charset reaches the decoder: returns the page text and the declaredCharset argument. */
const DECLARATIONS: Record<string, (label: string, body: string) => [string, string | undefined]> = {
  'meta charset': (l, b) => [page(`<meta charset="${l}">`, b), undefined],
  'meta http-equiv': (l, b) => [page(`<meta http-equiv="Content-Type" content="text/html; charset=${l}">`, b), undefined],
  'XML declaration': (l, b) => [`<?xml version="1.0" encoding="${l}"?>\n` + page('', b), undefined],
  'declaredCharset (Content-Type)': (l, b) => [page('', b), `text/html; charset=${l}`],
  'declaredCharset (bare label)': (l, b) => [page('', b), l],
};

const bytesOf = (s: string, enc: string) => new Uint8Array(iconv.encode(s, enc));

describe('decodeBytes: legacy charsets, declared', () => {
  for (const s of SAMPLES) {
    for (const [how, build] of Object.entries(DECLARATIONS)) {
      it(`${s.label} by ${how}`, () => {
        const [html, declared] = build(s.label, s.text);
        const out = decodeBytes(bytesOf(html, s.enc), declared);
        expect(out.charset).toBe(s.expect);
        expect(out.via).toBe(declared ? 'declared' : 'meta');
        expect(out.invalidBytes).toBe(false);
        expect(out.unknownLabels).toEqual([]);
        expect(out.text).toBe(html);
      });
    }
  }
});

describe('decodeBytes: legacy charsets, undeclared (detection)', () => {
  // Longer texts: detection needs some material. KOI8-U and ISO-8859-x beyond Latin-1 are
  // left out: chardet does not tell them apart from their neighbours, which is why pages declare.
  const cases = [
    { enc: 'windows-1252', expect: 'windows-1252', text: 'Die Bürgermeisterin äußerte sich am Dienstag zu den überraschend hohen Kosten. Größere Städte müssen ihre Straßenbahnen bis zum Frühjahr modernisieren, während kleinere Gemeinden auf Fördergelder hoffen. Für die Bürger ändert sich zunächst wenig.' },
    { enc: 'windows-1251', expect: 'windows-1251', text: 'Правительство утвердило новый бюджет на следующий год, сообщили в пресс-службе. Расходы на образование и здравоохранение вырастут, а налоги для малого бизнеса останутся прежними. Депутаты обсудят документ на следующей неделе.' },
    { enc: 'koi8-r', expect: 'koi8-r', text: 'Учёные из Новосибирска открыли новый вид бактерий в озере Байкал. По словам исследователей, микроорганизмы способны выживать при очень низких температурах. Результаты работы опубликованы в научном журнале.' },
    { enc: 'gb18030', expect: 'gb18030', text: '北京时间周三上午，国家统计局发布了最新的经济数据。数据显示，今年前三个季度国内生产总值同比增长，消费市场继续恢复，就业形势总体稳定。专家认为，下一阶段经济仍将保持平稳运行。' },
    { enc: 'big5', expect: 'big5', text: '臺北市政府今天宣布，捷運新路線將於明年正式通車。市長表示，新路線將大幅縮短市民的通勤時間，並帶動沿線地區的發展。交通局也將同步調整公車路線，方便民眾轉乘。' },
    { enc: 'shift_jis', expect: 'shift_jis', text: '東京都は水曜日、新しい防災計画を発表しました。計画では、大地震が起きた場合に備えて、避難所の数を増やし、食料や水の備蓄を強化するとしています。都民には、家庭でも三日分の備えをするよう呼びかけています。' },
    { enc: 'euc-jp', expect: 'euc-jp', text: '大阪の商店街では、週末に夏祭りが開かれる予定です。祭りでは、地元の子どもたちによる踊りや、屋台での食べ物の販売が行われます。主催者は、多くの人に来てほしいと話しています。' },
    { enc: 'euc-kr', expect: 'euc-kr', text: '서울시는 수요일 새로운 대중교통 정책을 발표했습니다. 이번 정책에 따라 버스와 지하철의 환승 할인이 확대되고, 심야 버스 노선도 늘어납니다. 시민들은 대체로 환영하는 분위기입니다.' },
  ];
  for (const c of cases) {
    it(c.enc, () => {
      const html = page('', c.text);
      const out = decodeBytes(bytesOf(html, c.enc));
      expect(out).toMatchObject({ charset: c.expect, via: 'detected', invalidBytes: false, text: html });
    });
  }
});

describe('decodeBytes: UTF-8, BOMs and odd input', () => {
  const german = 'Größere Städte müssen ihre Straßenbahnen bis zum Frühjahr modernisieren.';

  it('valid UTF-8 without any declaration', () => {
    const html = page('', german);
    expect(decodeBytes(new TextEncoder().encode(html))).toEqual({ text: html, charset: 'utf-8', via: 'utf8', invalidBytes: false, unknownLabels: [] });
  });

  it('UTF-8 BOM wins over a declared charset and is stripped', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(german)]);
    expect(decodeBytes(bytes, 'windows-1252')).toMatchObject({ text: german, charset: 'utf-8', via: 'bom', invalidBytes: false });
  });

  for (const enc of ['utf-16le', 'utf-16be']) {
    it(`${enc} with BOM`, () => {
      const text = page('<meta charset="utf-8">', 'Київ, 北京, 東京, 서울, Köln');
      const body = iconv.encode(text, enc, { addBOM: false });
      const bom = enc === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff];
      const out = decodeBytes(new Uint8Array([...bom, ...body]), 'iso-8859-1');
      expect(out).toMatchObject({ text, charset: enc, via: 'bom', invalidBytes: false });
    });
  }

  it('a UTF-8 page with one stray byte stays UTF-8, with U+FFFD', () => {
    // A Latin-1 'ä' pasted into a UTF-8 article. (chardet keeps UTF-8 in play while valid
    // multi-byte sequences outnumber bad bytes ten to one, so the article has some text.)
    const article = `${german} Übermorgen wird es wärmer, heißt es beim Wetterdienst. Die Bürger freuen sich über die längeren Tage.`;
    const good = new TextEncoder().encode(page('', `${article}</p><p>${article}`));
    const at = good.indexOf(0x3c, 60); // before some tag
    const bytes = new Uint8Array([...good.subarray(0, at), 0xe4, ...good.subarray(at)]);
    const out = decodeBytes(bytes);
    expect(out).toMatchObject({ charset: 'utf-8', invalidBytes: true });
    expect(out.text.match(/\uFFFD/g)).toHaveLength(1);
    expect(out.text).toContain(german);
    // and with its meta saying so, like the benchmark page that has one
    expect(decodeBytes(new Uint8Array([...new TextEncoder().encode('<meta charset="utf-8">'), ...bytes]))).toMatchObject({ charset: 'utf-8', via: 'meta', invalidBytes: true });
  });

  it('meta says windows-1252 but the bytes are valid UTF-8: UTF-8 wins', () => {
    const html = page('<meta charset="windows-1252">', german);
    expect(decodeBytes(new TextEncoder().encode(html))).toMatchObject({ text: html, charset: 'utf-8', via: 'utf8' });
  });

  it('a charset declared outside the bytes wins over valid UTF-8', () => {
    const bytes = new TextEncoder().encode('Ã¤');
    expect(decodeBytes(bytes, 'windows-1252')).toMatchObject({ text: 'Ã\u0192Â¤', charset: 'windows-1252', via: 'declared' });
  });

  it('a UTF-16 label inside ASCII-compatible bytes means UTF-8', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('<meta charset="utf-16"><p>caf'), 0xe9, 0x3c]);
    expect(decodeBytes(bytes)).toMatchObject({ charset: 'utf-8', via: 'meta', invalidBytes: true });
  });

  it('an unknown label is reported and ignored', () => {
    const html = page('<meta charset="klingon-8">', german);
    const bytes = bytesOf(html, 'windows-1252');
    const out = decodeBytes(bytes, 'text/html; charset=x-no-such-thing');
    expect(out).toMatchObject({ text: html, charset: 'windows-1252', via: 'detected' });
    expect(out.unknownLabels).toEqual(['x-no-such-thing', 'klingon-8']);
    // a media type without a charset is no label at all
    expect(decodeBytes(bytes, 'text/html').unknownLabels).toEqual(['klingon-8']);
  });

  it('empty input', () => {
    expect(decodeBytes(new Uint8Array())).toEqual({ text: '', charset: 'utf-8', via: 'utf8', invalidBytes: false, unknownLabels: [] });
  });

  it('binary input never throws', () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 256);
    const out = decodeBytes(bytes);
    expect(typeof out.text).toBe('string');
    expect(['detected', 'fallback']).toContain(out.via);
  });
});

describe('decodeBytes: the benchmark pages in a legacy charset', () => {
  it('the benchmark folder is there', () => {
    expect(existsSync(BENCH_HTML), `missing ${BENCH_HTML}`).toBe(true);
  });

  // Every traf-dev page whose bytes are not UTF-8, and the charset it must decode as.
  const LEGACY: Record<string, { charset: string; via: string }> = {
    't-0ddaaedbac.html': { charset: 'windows-1252', via: 'meta' }, // http-equiv iso-8859-1
    't-104be55920.html': { charset: 'windows-1252', via: 'meta' }, // meta ISO-8859-1
    't-16cb419f3f.html': { charset: 'windows-1252', via: 'meta' }, // meta ISO-8859-1
    't-228917f19c.html': { charset: 'windows-1252', via: 'meta' }, // http-equiv ISO-8859-1
    't-25e047b2f7.html': { charset: 'windows-1252', via: 'meta' }, // http-equiv iso-8859-1
    't-3ea9696918.html': { charset: 'windows-1252', via: 'meta' }, // http-equiv iso-8859-1
    't-41beef99d0.html': { charset: 'windows-1252', via: 'meta' }, // meta windows-1252
    't-4577dbd501.html': { charset: 'windows-1252', via: 'meta' }, // http-equiv iso-8859-1
    't-6066abd43a.html': { charset: 'windows-1252', via: 'detected' }, // its iso-8859-1 meta sits at byte 58180
    't-6eb3dedabf.html': { charset: 'windows-1252', via: 'meta' }, // http-equiv iso-8859-1
    't-75eb9b9958.html': { charset: 'gbk', via: 'meta' }, // http-equiv gb2312
    't-765f0f1bd3.html': { charset: 'windows-1252', via: 'meta' }, // http-equiv iso-8859-1
  };
  // Not UTF-8 either, but a UTF-8 page with one stray byte (meta charset UTF-8).
  const STRAY_BYTE = 't-2aecfac52b.html';

  const read = (f: string) => new Uint8Array(readFileSync(path.join(BENCH_HTML, f)));
  const notUtf8 = () =>
    readdirSync(BENCH_HTML)
      .filter((f) => f.endsWith('.html'))
      .filter((f) => {
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(read(f));
          return false;
        } catch {
          return true;
        }
      })
      .sort();

  it('finds exactly the 12 legacy pages (plus the one stray-byte UTF-8 page)', () => {
    expect(notUtf8()).toEqual([...Object.keys(LEGACY), STRAY_BYTE].sort());
  });

  for (const [file, want] of Object.entries(LEGACY)) {
    it(`${file} decodes as ${want.charset} without U+FFFD`, () => {
      const out = decodeBytes(read(file));
      expect(out).toMatchObject({ charset: want.charset, via: want.via, invalidBytes: false, unknownLabels: [] });
      expect(out.text).not.toContain('\uFFFD');
      expect(out.text).toMatch(/[\u00c0-\u00ff\u4e00-\u9fff]/); // real letters came out
    });
  }

  it(`${STRAY_BYTE} stays UTF-8 with its one U+FFFD`, () => {
    const out = decodeBytes(read(STRAY_BYTE));
    expect(out).toMatchObject({ charset: 'utf-8', via: 'meta', invalidBytes: true });
    expect(out.text.match(/\uFFFD/g)).toHaveLength(1);
  });
});

describe('decodeStage', () => {
  const ctx = () => ({ stats: new StageStats() }) as unknown as StageContext;
  const src = { path: 'x.html', origin: { kind: 'file' as const }, sha256: '0', bytes: 0 };

  it('decodes raw bytes, drops them and counts how', () => {
    const c = ctx();
    const html = page('<meta charset="koi8-r">', 'Учёные из Новосибирска открыли новый вид бактерий.');
    const doc = decodeStage.run(newDoc(src, bytesOf(html, 'koi8-r')), c);
    expect(doc).toMatchObject({ content: html, charset: 'koi8-r', messages: [] });
    expect(doc.raw).toBeUndefined();
    expect(doc.failure).toBeUndefined();
    expect(c.stats.snapshot()).toEqual({ decode: { 'via:meta': 1 } });
  });

  it('uses doc.declaredCharset and reports an unknown label and invalid bytes', () => {
    const c = ctx();
    const doc = decodeStage.run(newDoc(src, new Uint8Array([0x61, 0xff, 0x62]), { declaredCharset: 'text/html; charset=nope' }), c);
    expect(doc.content).toBe('a\uFFFDb');
    expect(doc.messages.map((m) => m.level)).toEqual(['info', 'warn']);
    expect(doc.messages[0]!.reason).toContain('"nope"');
    expect(c.stats.snapshot().decode).toMatchObject({ 'unknown-label': 1, 'invalid-bytes': 1 });
  });

  it('leaves content that came as text', () => {
    const doc = decodeStage.run(newDoc(src, undefined, { content: 'schon Text' }), ctx());
    expect(doc).toMatchObject({ content: 'schon Text', charset: 'utf-8' });
    expect(doc.failure).toBeUndefined();
  });

  it('fails a doc with no content', () => {
    for (const raw of [undefined, new Uint8Array()]) {
      expect(decodeStage.run(newDoc(src, raw), ctx()).failure).toEqual({ stage: 'decode', reason: 'no content' });
    }
  });

  it('fails a binary file, but not UTF-16 text', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const doc = decodeStage.run(newDoc(src, png), ctx());
    expect(doc.failure).toEqual({ stage: 'decode', reason: 'binary file (not text)' });
    expect(doc.content).toBeUndefined();
    expect(doc.raw).toBeUndefined();

    const utf16 = new Uint8Array(iconv.encode('Hallo Welt', 'utf-16le', { addBOM: true }));
    expect(decodeStage.run(newDoc(src, utf16), ctx())).toMatchObject({ content: 'Hallo Welt', charset: 'utf-16le' });
    // Without a BOM, UTF-16 is text only when declared (browsers would not guess it either).
    const bare = new Uint8Array(iconv.encode('Hallo Welt', 'utf-16be'));
    expect(decodeStage.run(newDoc(src, bare, { declaredCharset: 'utf-16be' }), ctx())).toMatchObject({ content: 'Hallo Welt', charset: 'utf-16be' });
    expect(decodeStage.run(newDoc(src, bare), ctx()).failure?.reason).toBe('binary file (not text)');
  });

  it('never throws on junk', () => {
    const junk = new Uint8Array(20_000).map((_, i) => (i * 2654435761) >>> 24);
    expect(() => decodeStage.run(newDoc(src, junk), ctx())).not.toThrow();
  });
});

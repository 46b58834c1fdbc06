/**
 * The live documents of one batch, kept in SQLite, not in the JS heap: a temporary database
 * attached to the state's connection (SQLite spills it to a temporary file), dropped when
 * the batch is done. A nightly batch of hundreds of thousands of documents then holds a few
 * typed arrays, not a summary per document.
 *
 * `docs` numbers the documents in path order (idx 0..n-1) with what the batch reads of each:
 * its key, source, canonical-URL key, text key, MinHash signature (a blob of 32-bit words),
 * template keys and low-confidence note. `bands` holds each signature's LSH bands as blob
 * slices (two signatures share a band exactly when the slices are equal).
 */
import type Database from 'better-sqlite3';
import { BANDS, SIGNATURE_SIZE } from '../core/minhash.js';
import type { ExtractedSource } from '../core/extracted.js';
import { canonicalUrl } from '../core/url.js';
import type { DocBrief } from './doc-summary.js';

const SCHEMA = `
CREATE TABLE batch.joined (key TEXT PRIMARY KEY, path TEXT NOT NULL, pos INTEGER NOT NULL, source TEXT NOT NULL, url_key TEXT, text_key TEXT,
  signature BLOB NOT NULL, template_keys TEXT NOT NULL, low TEXT);
CREATE TABLE batch.docs (idx INTEGER PRIMARY KEY, key TEXT NOT NULL, source TEXT NOT NULL, url_key TEXT, text_key TEXT,
  signature BLOB NOT NULL, template_keys TEXT NOT NULL, low TEXT, invalid INTEGER);
`;

/** Rows read per query when a scan also writes (better-sqlite3 runs one statement at a time on a connection). */
const PAGE = 512;

export const signatureBlob = (signature: readonly number[]): Buffer => {
  const blob = Buffer.allocUnsafe(signature.length << 2);
  signature.forEach((word, i) => blob.writeUInt32LE(word, i << 2));
  return blob;
};
export const signatureOf = (blob: Buffer): number[] => {
  const out = new Array<number>(blob.length >> 2);
  for (let i = 0; i < out.length; i++) out[i] = blob.readUInt32LE(i << 2);
  return out;
};

/** Every row of a query, read a page at a time after the last row seen (`next` takes that row). */
export function* paged<R>(first: () => R[], next: (last: R) => R[]): Generator<R> {
  let rows = first();
  while (rows.length) {
    yield* rows;
    rows = rows.length < PAGE ? [] : next(rows[rows.length - 1]!);
  }
}
export const PAGE_SIZE = PAGE;

export class BatchTable {
  private count = -1;
  private readonly upsert: Database.Statement;

  constructor(readonly db: Database.Database) {
    db.exec(`ATTACH DATABASE '' AS batch`);
    // Thrown away when the batch ends (or the process does): nothing to journal or sync.
    db.pragma('batch.journal_mode = OFF');
    db.pragma('batch.synchronous = OFF');
    db.exec(SCHEMA);
    // A key joined again takes its new brief and keeps its place among equal paths (as a Map's set does).
    this.upsert = db.prepare(
      `INSERT INTO batch.joined (key, path, pos, source, url_key, text_key, signature, template_keys, low)
       VALUES (@key, @path, @pos, @source, @urlKey, @textKey, @signature, @templateKeys, @low)
       ON CONFLICT (key) DO UPDATE SET path = excluded.path, pos = excluded.pos, source = excluded.source, url_key = excluded.url_key,
         text_key = excluded.text_key, signature = excluded.signature, template_keys = excluded.template_keys, low = excluded.low`,
    );
  }

  /** A live document joins the batch (its source as this run names it). */
  join(key: string, brief: DocBrief, source: ExtractedSource = brief.source): void {
    if (this.count >= 0) throw new Error('batch: documents join before the batch is sorted');
    this.upsert.run({
      key,
      path: source.path,
      pos: source.origin.line ?? source.origin.offset ?? 0,
      source: JSON.stringify(source),
      urlKey: canonicalUrl(brief.meta.url) ?? null,
      textKey: brief.textKey ?? null,
      signature: signatureBlob(brief.signature),
      templateKeys: JSON.stringify(brief.templateKeys),
      low: brief.lowConfidence ?? null,
    });
  }

  /** Runs `join`s in one transaction (each on its own would be a commit). */
  joining(add: () => void): void {
    this.db.transaction(add)();
  }

  /**
   * Numbers the joined documents in path order (as `byPath` sorts them: paths compared by
   * localeCompare, which SQL cannot do, so only the distinct paths are sorted here), then
   * indexes what clustering and template counting look up. Returns how many there are.
   */
  sort(): number {
    if (this.count >= 0) return this.count;
    const paths = this.db.prepare<[], { path: string }>(`SELECT DISTINCT path FROM batch.joined`).pluck().all() as unknown as string[];
    paths.sort((a, b) => a.localeCompare(b));
    this.db.exec(`CREATE TABLE batch.path_rank (path TEXT PRIMARY KEY, rank INTEGER NOT NULL) WITHOUT ROWID`);
    const rank = this.db.prepare(`INSERT INTO batch.path_rank (path, rank) VALUES (?, ?)`);
    this.db.transaction(() => {
      let r = 0;
      paths.forEach((p, i) => {
        if (i > 0 && paths[i - 1]!.localeCompare(p) !== 0) r++;
        rank.run(p, r);
      });
    })();
    paths.length = 0;
    this.db.exec(`
      INSERT INTO batch.docs (idx, key, source, url_key, text_key, signature, template_keys, low)
        SELECT row_number() OVER (ORDER BY r.rank, j.pos, j.rowid) - 1, j.key, j.source, j.url_key, j.text_key, j.signature, j.template_keys, j.low
        FROM batch.joined j JOIN batch.path_rank r ON r.path = j.path ORDER BY 1;
      DROP TABLE batch.joined;
      DROP TABLE batch.path_rank;
      CREATE INDEX batch.docs_key ON docs (key);
    `);
    this.count = (this.db.prepare(`SELECT count(*) FROM batch.docs`).pluck().get() as number) ?? 0;
    return this.count;
  }

  get size(): number {
    return this.sort();
  }

  /** The LSH band slices of every signature, for clustering (built once, on demand). */
  buildBands(): void {
    this.sort();
    const bands = Array.from({ length: BANDS }, (_, b) => `(${b})`).join(', ');
    const width = (SIGNATURE_SIZE / BANDS) * 4;
    this.db.exec(`
      CREATE TABLE batch.bands (band INTEGER NOT NULL, slice BLOB NOT NULL, idx INTEGER NOT NULL, PRIMARY KEY (band, slice, idx)) WITHOUT ROWID;
      INSERT INTO batch.bands (band, slice, idx)
        SELECT b.column1, substr(d.signature, b.column1 * ${width} + 1, ${width}), d.idx
        FROM batch.docs d, (VALUES ${bands}) b WHERE length(d.signature) > 0;
      DELETE FROM batch.bands WHERE (band, slice) IN (SELECT band, slice FROM batch.bands GROUP BY band, slice HAVING count(*) = 1);
    `);
  }

  /** The template keys of every document, one row each, for counting per cluster (built once, on demand). */
  buildTemplateKeys(): void {
    this.sort();
    this.db.exec(`
      CREATE TABLE batch.template_keys (key TEXT NOT NULL, idx INTEGER NOT NULL, PRIMARY KEY (key, idx)) WITHOUT ROWID;
      INSERT OR IGNORE INTO batch.template_keys (key, idx) SELECT t.value, d.idx FROM batch.docs d, json_each(d.template_keys) t;
    `);
  }

  private readonly docStatement = new Map<string, Database.Statement>();
  private statement(sql: string): Database.Statement {
    let s = this.docStatement.get(sql);
    if (!s) this.docStatement.set(sql, (s = this.db.prepare(sql)));
    return s;
  }

  /** A document's key and source. */
  doc(idx: number): { key: string; source: ExtractedSource } {
    const r = this.statement(`SELECT key, source FROM batch.docs WHERE idx = ?`).get(idx) as { key: string; source: string } | undefined;
    if (!r) throw new Error(`batch: no document ${idx}`);
    return { key: r.key, source: JSON.parse(r.source) as ExtractedSource };
  }

  /** The source of the document of a key, if it is in the batch. */
  sourceOfKey(key: string): ExtractedSource | undefined {
    const r = this.statement(`SELECT source FROM batch.docs WHERE key = ?`).pluck().get(key) as string | undefined;
    return r === undefined ? undefined : (JSON.parse(r) as ExtractedSource);
  }

  /** Marks the documents of a key as feeding a record that is not valid (they count as failed). */
  markInvalid(key: string): void {
    this.statement(`UPDATE batch.docs SET invalid = 1 WHERE key = ?`).run(key);
  }

  /** Every document's source and low-confidence note in path order, the invalid ones left out. */
  *valid(): Generator<{ source: ExtractedSource; lowConfidence?: string }> {
    this.sort();
    const page = this.statement(`SELECT idx, source, low FROM batch.docs WHERE idx > ? AND invalid IS NULL ORDER BY idx LIMIT ${PAGE}`);
    type Row = { idx: number; source: string; low: string | null };
    for (const r of paged(() => page.all(-1) as Row[], (last) => page.all(last.idx) as Row[])) {
      yield { source: JSON.parse(r.source) as ExtractedSource, ...(r.low !== null ? { lowConfidence: r.low } : {}) };
    }
  }

  /** Drops the batch's tables. */
  dispose(): void {
    this.docStatement.clear();
    this.db.exec(`DETACH DATABASE batch`);
  }
}

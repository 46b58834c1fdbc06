/**
 * Readers turn one input path into documents: a file is one document, a JSON Lines dump
 * or a WARC file is many. A reader never throws for bad input: it yields a failed
 * document with the reason, so every input is accounted for in the run summary.
 */
import type { Doc } from '../../core/document.js';

export interface ReadLimits {
  maxBytes: number;
}

export interface Reader {
  readonly name: string;
  /** True when this reader handles the path (by name; content is sniffed later). */
  accepts(path: string): boolean;
  read(path: string, limits: ReadLimits): AsyncIterable<Doc>;
}

/**
 * Links to a script that the Markdown parser leaves as written (`[text](javascript:void(0);)`):
 * in a Markdown dump the brackets and the target go and the anchor text stays; a block of
 * nothing but such links goes whole. Plain text and code keep what they hold.
 */
import { describe, expect, it } from 'vitest';
import { linkStubTagger } from '../../src/per-document/tag/taggers/link-stubs.js';
import { applySpans } from '../../src/per-document/apply/apply-stage.js';
import { block, docWithBlocks } from '../helpers/stage-context.js';

const textsAfter = (texts: string[], format: 'markdown' | 'text' = 'markdown') => {
  const doc = docWithBlocks(texts.map((t, i) => block(i, t)), { meta: { language: 'en' }, format });
  const spans = linkStubTagger.tag(doc, {} as never);
  return { texts: applySpans(doc.blocks, spans, () => true).kept.map((b) => b.text), rules: [...new Set(spans.map((s) => s.rule))] };
};

describe('script links the Markdown parser left as written', () => {
  it('lose their brackets and target, and keep their anchor text', () => {
    const { texts, rules } = textsAfter(['[I](javascript:void(0); ) am a [rather quiet](javascript:void(0);) harbour clerk.']);
    expect(texts).toEqual(['I am a rather quiet harbour clerk.']);
    expect(rules).toEqual(['link-stub/written-script-link']);
  });

  it('go whole when a block holds nothing else', () => {
    const { texts, rules } = textsAfter(['[Share](javascript:;)', '[back to the list](<javascript: history.back();>)', 'The harbour board met on Thursday.']);
    expect(texts).toEqual(['The harbour board met on Thursday.']);
    expect(rules).toEqual(['link-stub/only-stub-links']);
  });

  it('stay as they are in plain text', () => {
    expect(textsAfter(['Write [a link](javascript:void(0);) like this.'], 'text').texts).toEqual(['Write [a link](javascript:void(0);) like this.']);
  });
});

/**
 * Charts drawn in HTML (an illustrator export: a picture with its labels laid over it, each label
 * placed by an inline `top`/`left` style). The labels are axis ticks and legends, not sentences.
 */
import { Element } from 'domhandler';
import type { Stats } from './score.js';

/** Placed labels for a box to be a chart. */
const LABELS_MIN = 5;
/** Share of the box's text in placed labels. */
const LABEL_SHARE = 0.8;
/** An inline style that sets both `top` and `left`, in either order: a label placed over the picture. */
const PLACED = /(?:^|;)\s*top\s*:[^;]*;(?:.*;)?\s*left\s*:|(?:^|;)\s*left\s*:[^;]*;(?:.*;)?\s*top\s*:/i;

export class DrawnCharts {
  /** Per element: placed labels under it and characters of text in them. */
  private readonly memo = new Map<Element, [number, number]>();

  constructor(private readonly stats: Map<Element, Stats>) {}

  isChart(el: Element): boolean {
    const st = this.stats.get(el);
    if (!st || !st.text) return false;
    const [labels, text] = this.placed(el);
    return labels >= LABELS_MIN && text >= st.text * LABEL_SHARE;
  }

  private placed(el: Element): [number, number] {
    let r = this.memo.get(el);
    if (r) return r;
    if (el.attribs.style && PLACED.test(el.attribs.style)) r = [1, this.stats.get(el)?.text ?? 0];
    else {
      let labels = 0;
      let text = 0;
      for (const c of el.children) {
        if (!(c instanceof Element)) continue;
        const [l, t] = this.placed(c);
        labels += l;
        text += t;
      }
      r = [labels, text];
    }
    this.memo.set(el, r);
    return r;
  }
}


/**
 * Widget lines of the default rule packs that a dump keeps as lines of their own: a share
 * bar's button labels, a newsletter sign-up link, an anti-spam plugin's notice under a
 * comment form. Each is marked with its rule, and the article's sentences around it are not.
 */
import { describe, expect, it } from 'vitest';
import { rulesAround } from '../helpers/rules-around.js';

describe('widget lines of the default rule packs', () => {
  it.each([
    ['Teilen Pin it Mailen Drucken', 'share/de/button-row'],
    ['Twittern · WhatsApp · E-Mail', 'share/de/button-row'],
    ['Facebook | Xing | LinkedIn | Drucken', 'share/de/button-row'],
  ])('a German row of share buttons: %s', (line, rule) => {
    expect(rulesAround('de', line)).toEqual([undefined, rule, undefined]);
  });

  it('a German sentence that names a network is no button row', () => {
    expect(rulesAround('de', 'Auf Facebook und WhatsApp teilen viele Nutzer solche Bilder')[1]).not.toBe('share/de/button-row');
  });

  it('the anti-spam notice under a German comment form', () => {
    expect(rulesAround('de', 'Dieses Kommentarformular steht unter Antispam-Schutz.')).toEqual([undefined, 'comments/de/comment-form', undefined]);
  });

  it.each(['Sign up to Newsletters', 'Sign up for email newsletters'])('an English newsletter sign-up link: %s', (line) => {
    expect(rulesAround('en', line)).toEqual([undefined, 'newsletter/en/newsletter-family', undefined]);
  });

  it('a sentence about signing up for a newsletter goes on being prose', () => {
    expect(rulesAround('en', 'The harbour board met on Thursday to discuss the newsletter they sign up to, which has stood unread for years.')[1]).toBeUndefined();
  });
});

describe('video credits', () => {
  it.each(['Video: Reuters', 'Video by Jane Doe'])('a video credit is a credit: %s', (line) => {
    expect(rulesAround('en', line)[1]).toBe('credit/en/photo-credit-line');
  });

  it('a sentence that opens with the word video is prose', () => {
    expect(rulesAround('en', 'Video of the meeting was shared widely by residents on Friday evening.')[1]).toBeUndefined();
  });
});

/**
 * The rule packs of ja, zh, ko, cs, sv and tr: real boilerplate lines of news and blog sites
 * in each language must get a rule of the expected kind, and article sentences none.
 * CJK text has no spaces, so these cases also check that a phrase matches only where
 * punctuation, brackets or the block edge bound it.
 */
import { describe, it, expect } from 'vitest';
import { loadPipeline } from '../../src/config/pipeline-config.js';
import { loadRules, type CompiledRule, type RuleSet } from '../../src/config/rules.js';
import type { BoilerplateKind } from '../../src/core/kinds.js';
import { foldForMatch } from '../../src/core/text.js';

const KINDS: readonly BoilerplateKind[] = ['related', 'share', 'comments', 'navigation', 'newsletter', 'cookie'];

const rules: RuleSet = loadRules(loadPipeline('default'));

/** Every rule whose expression matches the folded text (match/maxWords are the tagger's business). */
function matching(list: readonly CompiledRule[], text: string): CompiledRule[] {
  const folded = foldForMatch(text);
  return list.filter((rule) => rule.test.test(folded));
}

interface LanguageCases {
  /** Realistic chaff lines and the rule (kind/language/name) that must take them. */
  chaff: [text: string, rule: string][];
  /** Realistic article sentences that none of the language's rules nor any `contains` rule may match. */
  prose: string[];
  /** A byline or date line and the field label it starts with. */
  fields: { byline: string; published: string };
}

const CASES: Record<string, LanguageCases> = {
  ja: {
    chaff: [
      ['関連記事', 'related/ja/related-box'],
      ['【関連記事】トレンドマイクロ、新しいアプリを発売', 'related/ja/read-more-line'],
      ['関連記事：iPhoneの新機能まとめ', 'related/ja/read-more-line'],
      ['あわせて読みたい', 'related/ja/related-box'],
      ['▼あわせて読みたい', 'related/ja/related-box'],
      ['この記事を読んだ人はこんな記事も読んでいます', 'related/ja/you-may-also-like'],
      ['アクセスランキング', 'related/ja/you-may-also-like'],
      ['シェア', 'share/ja/share-line'],
      ['ツイート', 'share/ja/share-line'],
      ['Facebook Twitter はてブ LINE Pocket', 'share/ja/share-line'],
      ['公式Xアカウントをフォロー', 'share/ja/follow-us'],
      ['コメント', 'comments/ja/comments-heading'],
      ['コメント（12）', 'comments/ja/comments-heading'],
      ['メールアドレスが公開されることはありません。 ※ が付いている欄は必須項目です', 'comments/ja/comment-form'],
      ['ページの先頭へ戻る', 'navigation/ja/skip-link'],
      ['次の記事', 'navigation/ja/pagination'],
      ['ホーム > ニュース > 経済', 'navigation/ja/breadcrumb'],
      ['メルマガ登録', 'newsletter/ja/newsletter-heading'],
      ['最新情報をメールマガジンでお届けします。無料でメルマガを購読する', 'newsletter/ja/newsletter-signup'],
      ['当サイトでは、利便性向上のためにCookieを使用しています。', 'cookie/ja/cookie-notice'],
      ['同意する', 'cookie/ja/consent-button'],
    ],
    prose: [
      'トレンドマイクロは3月9日、Wi-Fi利用時の通信を暗号化するアプリの発売を開始すると発表した。',
      '関連記事によると、同社は昨年から開発を進めていたという。',
      '政府は本日、新しい税制に関する法案を国会に提出し、来年から施行される予定です。',
      'ユーザーのコメントを分析したところ、約85％が不安を感じていると回答した。',
      '同社はクッキーの販売で知られ、今年で創業50年を迎える。',
      'シェアを拡大するため、同社は新たな工場を建設する。',
    ],
    fields: { byline: '記者 山田太郎', published: '公開日 2024年3月9日' },
  },
};

describe('rule packs for ja, zh, ko, cs, sv and tr', () => {
  for (const [lang, cases] of Object.entries(CASES)) {
    describe(lang, () => {
      const own = rules.rules.filter((rule) => rule.language === lang);
      const active = rules.rulesFor(lang);

      it('is a pack of the main kinds, applied to documents in the language', () => {
        expect(rules.languages).toContain(lang);
        const kinds = new Set(own.map((rule) => rule.kind));
        for (const kind of KINDS) expect(kinds.has(kind), `${lang} has no ${kind} rules`).toBe(true);
        expect(active.some((rule) => rule.language === lang)).toBe(true);
        expect(rules.rulesFor(`${lang}-XX`).some((rule) => rule.language === lang)).toBe(true);
      });

      it.each(cases.chaff)('matches chaff %j with %s', (text, id) => {
        expect(matching(own, text).map((rule) => rule.id)).toContain(id);
      });

      it.each(cases.prose.map((text) => [text]))('keeps article prose %j', (text) => {
        expect(matching(active.filter((rule) => rule.match === 'contains'), text).map((rule) => rule.id)).toEqual([]);
        expect(matching(own, text).map((rule) => rule.id)).toEqual([]);
      });

      it('has field labels for bylines and dates', () => {
        const fields = rules.fieldsFor(lang);
        const startsWithLabel = (line: string, labels: string[]) => labels.some((label) => foldForMatch(line).startsWith(`${foldForMatch(label)} `));
        expect(startsWithLabel(cases.fields.byline, rules.fields.get(lang)!.byline)).toBe(true);
        expect(startsWithLabel(cases.fields.published, rules.fields.get(lang)!.published)).toBe(true);
        expect(fields.sourceUrl.length).toBeGreaterThan(rules.fieldsFor('xx').sourceUrl.length);
      });
    });
  }
});

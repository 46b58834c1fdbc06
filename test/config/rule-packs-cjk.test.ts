/**
 * The rule packs of ja, zh, ko, cs, sv and tr: real boilerplate lines of news and blog sites
 * in each language must get a rule of the expected kind, and article sentences none.
 * CJK text has no spaces, so these cases also check that a phrase matches only where
 * punctuation, brackets or the block edge bound it.
 */
import { describe, it, expect } from 'vitest';
import { loadPipeline } from '../../src/config/pipeline-config.js';
import { readRuleSet } from '../../src/config/rule-packs.js';
import { ruleMatches, type CompiledRule, type RuleSet } from '../../src/config/rules.js';
import type { BoilerplateKind } from '../../src/core/kinds.js';
import { foldForMatch, words } from '../../src/core/text.js';

/** The kinds every pack has; CJK news sites rarely ask for donations, so their packs have no donation rules. */
const CJK_KINDS: readonly BoilerplateKind[] = ['related', 'share', 'comments', 'navigation', 'newsletter', 'cookie', 'advert', 'legal', 'tags', 'credit', 'paywall'];
const KINDS: Record<string, readonly BoilerplateKind[]> = {
  ja: CJK_KINDS,
  zh: CJK_KINDS,
  ko: CJK_KINDS,
  cs: [...CJK_KINDS, 'donation'],
  sv: [...CJK_KINDS, 'donation'],
  tr: [...CJK_KINDS, 'donation'],
};

const rules: RuleSet = readRuleSet(loadPipeline('default'));

/**
 * Every rule that matches the folded text the way the phrase tagger asks (literal index, then
 * anchor words, then the expression); match/maxWords are the tagger's business.
 */
function matching(list: readonly CompiledRule[], text: string): CompiledRule[] {
  const folded = foldForMatch(text);
  const tokens = new Set(words(folded));
  return list.filter((rule) => (!rule.anchors || [...rule.anchors].some((word) => tokens.has(word))) && ruleMatches(rule, folded));
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
      ['広告', 'advert/ja/ad-marker'],
      ['スポンサーリンク', 'advert/ja/ad-marker'],
      ['Copyright (C) 2017 ITmedia Inc. All Rights Reserved.', 'legal/ja/copyright-line'],
      ['記事・写真の無断転載を禁じます。', 'legal/ja/rights-reserved'],
      ['プライバシーポリシー | 利用規約 | お問い合わせ', 'legal/ja/footer-links'],
      ['タグ：経済, 金融', 'tags/ja/tags-line'],
      ['写真：共同', 'credit/ja/photo-credit-line'],
      ['会見する社長（撮影：山田太郎）', 'credit/ja/caption-credit'],
      ['この記事は有料会員限定です。', 'paywall/ja/subscriber-only'],
      ['残り1234文字（全文2000文字）', 'paywall/ja/subscriber-only'],
    ],
    prose: [
      'トレンドマイクロは3月9日、Wi-Fi利用時の通信を暗号化するアプリの発売を開始すると発表した。',
      '関連記事によると、同社は昨年から開発を進めていたという。',
      '政府は本日、新しい税制に関する法案を国会に提出し、来年から施行される予定です。',
      'ユーザーのコメントを分析したところ、約85％が不安を感じていると回答した。',
      '同社はクッキーの販売で知られ、今年で創業50年を迎える。',
      'シェアを拡大するため、同社は新たな工場を建設する。',
      'グーグルはクッキーの利用について新たな規制を導入すると発表した。',
      '同社は広告事業で得た利益を研究開発に投じる方針だ。',
      '写真の無断転載をめぐる裁判で、地裁は原告の訴えを認めた。',
    ],
    fields: { byline: '記者 山田太郎', published: '公開日 2024年3月9日' },
  },
  zh: {
    chaff: [
      ['相关阅读', 'related/zh/related-box'],
      ['【相关阅读】国务院常务会议部署稳就业举措', 'related/zh/read-more-line'],
      ['延伸閱讀：台積電宣布在日本設廠', 'related/zh/read-more-line'],
      ['猜你喜欢', 'related/zh/you-may-also-like'],
      ['熱門文章', 'related/zh/you-may-also-like'],
      ['分享到：', 'share/zh/share-line'],
      ['分享到 微信 微博 QQ空间', 'share/zh/share-line'],
      ['欢迎关注我们的微信公众号', 'share/zh/follow-us'],
      ['网友评论', 'comments/zh/comments-heading'],
      ['评论（23）', 'comments/zh/comments-heading'],
      ['文明上网，理性发言，请遵守新闻评论服务协议', 'comments/zh/comment-form'],
      ['您的電子郵件位址並不會被公開。 必填欄位標示為 *', 'comments/zh/comment-form'],
      ['返回顶部', 'navigation/zh/skip-link'],
      ['上一篇：话剧巡演在石家庄落幕', 'navigation/zh/pagination'],
      ['下一页', 'navigation/zh/pagination'],
      ['首页 > 科技频道 > 探索者 > 正文', 'navigation/zh/breadcrumb'],
      ['当前位置：首页 > 新闻中心', 'navigation/zh/breadcrumb'],
      ['订阅我们的电子报，每天获取最新资讯', 'newsletter/zh/newsletter-signup'],
      ['訂閱電子報', 'newsletter/zh/newsletter-heading'],
      ['本网站使用Cookie以改善您的浏览体验。继续浏览即表示您同意。', 'cookie/zh/cookie-notice'],
      ['接受全部', 'cookie/zh/consent-button'],
      ['广告', 'advert/zh/ad-marker'],
      ['版权所有 © 新华网', 'legal/zh/copyright-line'],
      ['未经授权，不得转载、复制或使用本网站内容。', 'legal/zh/rights-reserved'],
      ['京ICP证010042号', 'legal/zh/rights-reserved'],
      ['关于我们 | 联系我们 | 隐私政策', 'legal/zh/footer-links'],
      ['标签：经济 金融', 'tags/zh/tags-line'],
      ['图片来源：网络', 'credit/zh/photo-credit-line'],
      ['本文为付费内容，订阅后阅读全文', 'paywall/zh/subscriber-only'],
    ],
    prose: [
      '翱翔于距地球数千公里的太空中，进入广袤漆黑的未知领域，是一项艰苦卓绝的工作。',
      '相关部门表示，将继续推进改革开放政策，以促进经济增长。',
      '他在评论中指出，饮酒问题不是一个科学上的问题。',
      '研究人员分享了他们的发现，并呼吁进一步研究。',
      '原标题：他晚于阿姆斯特朗登月 却是首个敢在月球喝酒的人',
      '[责任编辑:肖春芳]',
      '網友紛紛留言表示支持，並分享自己的經驗。',
      '谷歌宣布更新cookie政策，该网站使用cookie追踪用户的做法受到批评。',
      '版权所有者有权要求平台删除侵权内容，法院裁定。',
      '世界大学生程序设计竞赛ICPC 2023年总决赛在埃及举行。',
    ],
    fields: { byline: '记者 张三', published: '发布时间 2024-03-09 10:00' },
  },
  ko: {
    chaff: [
      ['관련기사', 'related/ko/related-box'],
      ['[관련기사] 정부, 내년 예산안 국회 제출', 'related/ko/read-more-line'],
      ['관련 기사: 한국은행 기준금리 동결', 'related/ko/read-more-line'],
      ['많이 본 뉴스', 'related/ko/you-may-also-like'],
      ['이 기자의 다른 기사', 'related/ko/related-box'],
      ['공유하기', 'share/ko/share-line'],
      ['페이스북 트위터 카카오톡 링크복사', 'share/ko/share-line'],
      ['▶ 네이버에서 연합뉴스를 구독하세요!', 'share/ko/follow-us'],
      ['댓글', 'comments/ko/comments-heading'],
      ['댓글 12', 'comments/ko/comments-heading'],
      ['로그인 후 댓글을 작성할 수 있습니다.', 'comments/ko/comment-form'],
      ['본문 바로가기', 'navigation/ko/skip-link'],
      ['다음 기사', 'navigation/ko/pagination'],
      ['홈 > 경제 > 금융', 'navigation/ko/breadcrumb'],
      ['뉴스레터 구독하기', 'newsletter/ko/newsletter-heading'],
      ['매일 아침 주요 뉴스를 이메일로 받아보세요. 뉴스레터를 구독하시면 무료로 보내드립니다.', 'newsletter/ko/newsletter-signup'],
      ['이 웹사이트는 더 나은 서비스를 위해 쿠키를 사용합니다.', 'cookie/ko/cookie-notice'],
      ['모두 동의', 'cookie/ko/consent-button'],
      ['광고', 'advert/ko/ad-marker'],
      ['<저작권자 ⓒ 연합뉴스, 무단 전재-재배포 금지>', 'legal/ko/rights-reserved'],
      ['ⓒ 예시신문 무단전재 및 재배포 금지', 'legal/ko/copyright-line'],
      ['회사소개 | 개인정보처리방침 | 이용약관 | 청소년보호정책', 'legal/ko/footer-links'],
      ['태그: 금리, 한국은행', 'tags/ko/tags-line'],
      ['사진=연합뉴스', 'credit/ko/photo-credit-line'],
      ['9일 서울 중구 한국은행 본관에서 회의가 열리고 있다. 사진=연합뉴스', 'credit/ko/caption-credit'],
      ['이 기사는 유료 회원 전용 기사입니다.', 'paywall/ko/subscriber-only'],
    ],
    prose: [
      '정부는 오늘 새로운 세법 개정안을 국회에 제출했으며 내년부터 시행될 예정이다.',
      '관련 업계는 이번 조치가 시장에 큰 영향을 미칠 것으로 보고 있다.',
      '네이버는 욕설과 비방이 담긴 댓글을 삭제하는 댓글 정책을 강화했다.',
      '구글은 크롬 브라우저의 쿠키 정책을 내년부터 바꾸겠다고 밝혔다.',
      '그는 자신의 경험을 공유하며 다음 세대에 대한 기대를 드러냈다.',
      '홍길동 기자 hong@example.com',
      '광고 시장은 올해 10% 성장할 것으로 예상된다.',
      '사진 작가 김모씨는 이번 전시회에서 신작을 공개했다.',
    ],
    fields: { byline: '글 홍길동', published: '입력 2024.03.09 10:00' },
  },
  cs: {
    chaff: [
      ['Související články', 'related/cs/related-box'],
      ['Související: Slavný Scholes namíchl fanoušky West Hamu', 'related/cs/read-more-line'],
      ['Přečtěte si také: Vláda schválila nový zákon o daních', 'related/cs/read-more-line'],
      ['Mohlo by vás zajímat', 'related/cs/you-may-also-like'],
      ['Nejčtenější', 'related/cs/you-may-also-like'],
      ['Sdílet článek Facebook Twitter', 'share/cs/share-line'],
      ['Sledujte nás na Facebooku a Instagramu', 'share/cs/follow-us'],
      ['Diskuse k článku', 'comments/cs/comments-heading'],
      ['12 komentářů', 'comments/cs/comments-heading'],
      ['Vaše e-mailová adresa nebude zveřejněna. Vyžadované informace jsou označeny *', 'comments/cs/comment-form'],
      ['Přejít k obsahu', 'navigation/cs/skip-link'],
      ['Další článek', 'navigation/cs/pagination'],
      ['Domů > Zprávy > Domácí', 'navigation/cs/breadcrumb'],
      ['Nejnovější zprávy do e-mailu. Odhlásit se můžete kdykoliv.', 'newsletter/cs/newsletter-signup'],
      ['Odebírat newsletter', 'newsletter/cs/newsletter-heading'],
      ['Tento web používá soubory cookie k poskytování služeb a analýze návštěvnosti.', 'cookie/cs/cookie-notice'],
      ['Přijmout vše', 'cookie/cs/consent-button'],
      ['Komerční sdělení', 'advert/cs/ad-marker'],
      ['© 2021 Economia, a.s. Všechna práva vyhrazena.', 'legal/cs/copyright-line'],
      ['Témata: fotbal, Premier League, West Ham', 'tags/cs/tags-line'],
      ['Foto: ČTK', 'credit/cs/photo-credit-line'],
      ['Tento článek je jen pro předplatitele. Již jste předplatitel? Přihlaste se.', 'paywall/cs/subscriber-only'],
      ['Podpořte nezávislou žurnalistiku i vy.', 'donation/cs/support-us'],
    ],
    prose: [
      'Zázrak jedné sezony? West Ham dává pochybovačům stále pádnější odpovědi a fotbalový svět si začíná uvědomovat, že se elita rozrůstá.',
      'Související otázkou je, zda klub udrží trenéra i v příští sezoně, napsal deník.',
      'Ministr odmítl komentáře k novému zákonu a odkázal na tiskovou mluvčí.',
      'Fanoušci sdíleli video z utkání na sociálních sítích, kde se rychle rozšířilo.',
      'Diskuse o rozpočtu pokračovala ve sněmovně až do pozdních nočních hodin.',
      'Firma používá cookies od roku 2010, uvedl mluvčí úřadu pro ochranu osobních údajů.',
    ],
    fields: { byline: 'Autor: Aleš Vávra', published: 'Publikováno 1. listopadu 2021' },
  },
  sv: {
    chaff: [
      ['Relaterade artiklar', 'related/sv/related-box'],
      ['Läs också: Regeringen presenterar ny budget', 'related/sv/read-more-line'],
      ['Läs mer', 'related/sv/related-box'],
      ['Mest lästa', 'related/sv/you-may-also-like'],
      ['Du kanske också gillar', 'related/sv/you-may-also-like'],
      ['Dela', 'share/sv/share-line'],
      ['Dela på Facebook Twitter LinkedIn', 'share/sv/share-line'],
      ['Följ oss på Instagram och Facebook för fler tips', 'share/sv/follow-us'],
      ['Kommentarer', 'comments/sv/comments-heading'],
      ['3 kommentarer', 'comments/sv/comments-heading'],
      ['Din e-postadress kommer inte publiceras. Obligatoriska fält är märkta *', 'comments/sv/comment-form'],
      ['Hoppa till innehåll', 'navigation/sv/skip-link'],
      ['Nästa artikel', 'navigation/sv/pagination'],
      ['Hem > Nyheter > Sverige', 'navigation/sv/breadcrumb'],
      ['Prenumerera på vårt nyhetsbrev och få de senaste nyheterna direkt i din inkorg.', 'newsletter/sv/newsletter-signup'],
      ['Nyhetsbrev', 'newsletter/sv/newsletter-heading'],
      ['Vi använder cookies för att ge dig en bättre upplevelse av webbplatsen.', 'cookie/sv/cookie-notice'],
      ['Godkänn alla', 'cookie/sv/consent-button'],
      ['Annons', 'advert/sv/ad-marker'],
      ['Foto: TT', 'credit/sv/photo-credit-line'],
      ['Taggar: ekonomi, budget', 'tags/sv/tags-line'],
      ['Denna artikel är endast för prenumeranter. Redan prenumerant? Logga in', 'paywall/sv/subscriber-only'],
      ['Stöd oberoende journalistik – swisha en gåva!', 'donation/sv/support-us'],
    ],
    prose: [
      'Regeringen presenterade i dag ett nytt förslag om skatter som ska gälla från nästa år.',
      'Många läsare delade sina erfarenheter med redaktionen efter förra veckans reportage.',
      'Ministern ville inte kommentera uppgifterna, men lovade att återkomma i frågan.',
      'Debatten om cookies och spårning på nätet har blivit allt hetare.',
      'Diskussion om budgeten fortsatte i riksdagen under hela eftermiddagen.',
      'Han följde med sin pappa till fotbollsträningen varje lördag.',
    ],
    fields: { byline: 'Av Anna Andersson', published: 'Publicerad 7 oktober 2020' },
  },
  tr: {
    chaff: [
      ['İlgili Haberler', 'related/tr/related-box'],
      ['İLGİLİ HABERLER', 'related/tr/related-box'],
      ['Benzer Haberler', 'related/tr/related-box'],
      ['Bunlar da ilginizi çekebilir', 'related/tr/you-may-also-like'],
      ['EN ÇOK OKUNANLAR', 'related/tr/you-may-also-like'],
      ['İlgili Haber: Merkez Bankası faiz kararını açıkladı', 'related/tr/read-more-line'],
      ['Paylaş', 'share/tr/share-line'],
      ['PAYLAŞ Facebook Twitter WhatsApp', 'share/tr/share-line'],
      ["Bizi Google News'te takip edin", 'share/tr/follow-us'],
      ['Yorumlar', 'comments/tr/comments-heading'],
      ['YORUMLAR (12)', 'comments/tr/comments-heading'],
      ['E-posta adresiniz yayınlanmayacak. Gerekli alanlar * ile işaretlenmişlerdir', 'comments/tr/comment-form'],
      ['İçeriğe geç', 'navigation/tr/skip-link'],
      ['Sonraki Haber', 'navigation/tr/pagination'],
      ['Ana Sayfa > Ekonomi > Piyasalar', 'navigation/tr/breadcrumb'],
      ['E-bültenimize abone olun, en son haberler gelen kutunuza gelsin.', 'newsletter/tr/newsletter-signup'],
      ['Abone Ol', 'newsletter/tr/newsletter-heading'],
      ['Sitemizde çerezler kullanılmaktadır. Detaylı bilgi için Çerez Politikası sayfamızı inceleyebilirsiniz.', 'cookie/tr/cookie-notice'],
      ['Tümünü Kabul Et', 'cookie/tr/consent-button'],
      ['Reklam', 'advert/tr/ad-marker'],
      ['© 2024 Örnek Medya. Tüm hakları saklıdır.', 'legal/tr/copyright-line'],
      ['Etiketler: ekonomi, enflasyon', 'tags/tr/tags-line'],
      ['Fotoğraf: AA', 'credit/tr/photo-credit-line'],
      ['Bu içerik abonelere özeldir. Zaten abone misiniz? Giriş yapın', 'paywall/tr/subscriber-only'],
      ['Bağımsız gazeteciliğe destek olun.', 'donation/tr/support-us'],
      ['DESTEK OL', 'donation/tr/donate-button'],
    ],
    prose: [
      'Hükümet bugün vergilerle ilgili yeni bir yasa tasarısını meclise sundu ve kabul edildi.',
      'İlgili bakanlık, konuyla ilgili açıklamayı yarın yapacağını duyurdu.',
      'Vatandaşlar deneyimlerini sosyal medyada paylaştı ve tartışma büyüdü.',
      'Bakan, gazetecilerin sorularını yorumlamaktan kaçındı.',
      'Gerekli alanlar belirlendikten sonra inşaat çalışmaları başlayacak.',
      'Uzmanlar, gelen kutunuza düşen şüpheli e-postalara karşı uyarıyor.',
    ],
    fields: { byline: 'Yazar: Ayşe Yılmaz', published: 'Yayınlanma: 07.10.2020 10:30' },
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
        for (const kind of KINDS[lang]!) expect(kinds.has(kind), `${lang} has no ${kind} rules`).toBe(true);
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
        // A label, maybe a colon, then a space: the form the dump-line readers take.
        const startsWithLabel = (line: string, labels: string[]) =>
          labels.some((label) => new RegExp(`^${foldForMatch(label)}:? `, 'u').test(foldForMatch(line)));
        expect(startsWithLabel(cases.fields.byline, rules.fields.get(lang)!.byline)).toBe(true);
        expect(startsWithLabel(cases.fields.published, rules.fields.get(lang)!.published)).toBe(true);
        expect(fields.sourceUrl.length).toBeGreaterThan(rules.fieldsFor('xx').sourceUrl.length);
      });
    });
  }
});

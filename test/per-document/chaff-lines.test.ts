/**
 * Chaff lines of the default rule packs that text and Markdown dumps keep among the article's
 * paragraphs: a share button's consent notice, a photo credit run into its caption, a creator's
 * prompt to their channels, a reading time, a disclaimer that opinions are the authors' own,
 * a post line that ends in its comments link, a run-in tag line. Each is marked with its rule;
 * the paragraphs around it, and sentences that only talk about the same things, are not.
 */
import { describe, expect, it } from 'vitest';
import { phraseRuleTagger } from '../../src/per-document/tag/taggers/phrase-rules.js';
import { tagStage } from '../../src/per-document/tag/tag-stage.js';
import { block, defaultContext, docWithBlocks } from '../helpers/stage-context.js';
import { PROSE, rulesAround } from '../helpers/rules-around.js';

const ctx = defaultContext();

describe('consent notices of share and embed buttons', () => {
  it.each([
    ['de', 'Sobald Sie den Button anklicken, werden Ihre Daten an Chirpnet übertragen.'],
    ['de', 'Wenn du die folgenden Schalter aktivierst, werden personenbezogene Daten an Chirpnet übertragen.'],
    ['en', 'If you click this button, personal data is sent to Chirpnet. Do you agree?'],
    ['fr', 'Si vous cliquez sur ce bouton, des données personnelles sont transmises à Chirpnet.'],
    ['es', 'Si haces clic en este botón, se enviarán datos personales a Chirpnet.'],
  ])('%s: %s', (language, line) => {
    expect(rulesAround(language, line)).toEqual([undefined, `cookie/${language}/button-data-notice`, undefined]);
  });

  it('a sentence about data sent to a network is no notice', () => {
    const line = 'Die Verbraucherzentrale kritisiert, dass viele Apps persönliche Daten an Werbenetzwerke übertragen.';
    expect(rulesAround('de', line)[1]).toBeUndefined();
  });

  it("a blocked embed's buttons run together: Diesen Inhalt ladenDatenschutzerklärung", () => {
    expect(rulesAround('de', 'Diesen Inhalt ladenDatenschutzerklärung')[1]).toBe('cookie/de/external-content');
  });
});

describe('a photo credit run into its caption', () => {
  it('goes with the caption, whatever the language', () => {
    expect(rulesAround('de', 'KarlaMuster/GettyimagesViele Brücken im Land sind älter als fünfzig Jahre')).toEqual([
      undefined,
      'credit/any/credit-run-into-caption',
      undefined,
    ]);
  });

  it('a slash in prose is no credit', () => {
    expect(rulesAround('en', 'Readers and/or viewers can follow the council meeting online from seven o’clock.')[1]).toBeUndefined();
  });
});

describe("a creator's prompt to their channels", () => {
  it.each([
    ['de', 'Kennt ihr schon unsere Podcasts bei ?', 'share/de/channels-prompt'],
    ['de', 'Meine Kanäle: Kochen / Reisen / Alltag', 'share/de/channels-prompt'],
    ['de', 'Folge mir auf Instagram, dort zeige ich jeden Tag neue Rezepte!', 'share/de/follow-us'],
    ['en', 'Have you seen my videos on YouTube?', 'share/en/channels-prompt'],
  ])('%s: %s', (language, line, rule) => {
    expect(rulesAround(language, line)[1]).toBe(rule);
  });

  it('a question about videos in the text is no prompt', () => {
    expect(rulesAround('de', 'Kennst du die Geschichte der alten Brücke?')[1]).toBeUndefined();
  });
});

describe('share tools and forms', () => {
  it('a short line that ends in a row of tool links', () => {
    expect(rulesAround('de', '03.05.2021 Redaktion: PDF Drucken Teilen')[1]).toBe('share/de/tool-words-at-end');
  });

  it("the recommend-a-page form's notice", () => {
    expect(rulesAround('de', 'Hier können Sie diesen Artikel per E-Mail weiterempfehlen.')[1]).toBe(
      'share/de/recommend-form-notice',
    );
  });

  it('a sentence that names printing and sharing is no tool row', () => {
    expect(rulesAround('de', 'Die Schüler sollen lernen, Texte zu drucken, zu teilen und zu kommentieren.')[1]).toBeUndefined();
  });
});

describe('reading times', () => {
  it.each([
    ['de', '5 Minuten Lesezeit'],
    ['de', 'Lesedauer ca. 7 Minuten'],
    ['de', 'Lesezeit: 1 Min.'],
    ['en', '4 min read'],
    ['en', 'Estimated reading time: 6 minutes'],
    ['en', '12 minutes - 2480 words'],
    ['es', '8 minutos de lectura'],
    ['fr', 'Temps de lecture : 4 minutes'],
    ['pl', 'Jeszcze 3 minuty czytania'],
  ])('%s: %s', (language, line) => {
    expect(rulesAround(language, line)).toEqual([undefined, `navigation/${language}/reading-time`, undefined]);
  });

  it('a sentence with minutes is no reading time', () => {
    expect(rulesAround('en', 'The bus needs 12 minutes to reach the bridge.')[1]).toBeUndefined();
  });
});

describe("disclaimers that opinions are their authors' own", () => {
  it.each([
    ['fr', "Les opinions exprimées dans les blogs de la revue n'engagent que leurs auteurs.", 'legal/fr/views-disclaimer'],
    ['en', 'The views expressed in this column are those of the author.', 'legal/en/views-disclaimer'],
    ['en', 'Millbrook News is not responsible for the views or content posted by readers.', 'legal/en/views-disclaimer'],
    ['de', 'Die Kommentare geben nicht unbedingt die Meinung der Redaktion wieder.', 'legal/de/views-disclaimer'],
  ])('%s: %s', (language, line, rule) => {
    expect(rulesAround(language, line)[1]).toBe(rule);
  });

  it('a sentence about opinions in the text is no disclaimer', () => {
    expect(rulesAround('en', 'The opinions expressed at the meeting were divided between the two villages.')[1]).toBeUndefined();
  });
});

describe('post lines and tag lines', () => {
  it.each([
    ['de', 'Veröffentlicht am 3. Mai 2021 von Erika Muster — Hinterlasse eine Antwort', 'comments/de/comment-link-on-post-line'],
    ['de', 'Veröffentlicht unter Reisen, Garten | Hinterlasse einen Kommentar', 'comments/de/comment-link-on-post-line'],
    ['en', 'Posted on May 3, 2021 by Jane Roe | Leave a comment', 'comments/en/comment-link-on-post-line'],
    ['de', 'Hinterlasse eine Antwort', 'comments/de/comments-heading'],
    ['en', 'In Travel, Food Tags Lisbon, street food, markets', 'tags/en/tags-run-in'],
  ])('%s: %s', (language, line, rule) => {
    expect(rulesAround(language, line)[1]).toBe(rule);
  });

  it('a sentence with the word tags is no tag line', () => {
    expect(rulesAround('en', 'The ranger tags birds, bats and foxes every spring near the canal.')[1]).toBeUndefined();
  });
});

describe('"more stories" footers in languages without a full pack', () => {
  it('a Hungarian "these may interest you" footer takes the rest of the page', () => {
    expect(rulesAround('hu', 'Ezek is érdekelhetnek')).toEqual([undefined, 'related/hu/you-may-also-like', 'related/hu/you-may-also-like']);
  });
});

describe('Spanish "keep reading" boxes', () => {
  it('the voseo heading opens a box of teasers', () => {
    expect(rulesAround('es', 'Seguí leyendo')[1]).toBe('related/es/related-box');
  });
});

describe('consent lines of forms', () => {
  it.each([
    ['de', 'Ich habe die Datenschutzerklärung gelesen und bin einverstanden.'],
    ['de', 'Mit der Nutzung dieses Formulars erklären Sie sich mit der Speicherung Ihrer Daten einverstanden.'],
    ['en', 'I have read and accept the terms and conditions.'],
    ['fr', "J'ai lu et j'accepte la politique de confidentialité."],
    ['es', 'He leído y acepto la política de privacidad.'],
    ['pl', 'Administratorem Twoich danych osobowych jest Wydawnictwo Przykład sp. z o.o.'],
    ['pl', `Prosimy o zaznaczenie pola przed dodaniem komentarza. ${'Dane będą przetwarzane wyłącznie w celu obsługi komentarzy. '.repeat(12)}`],
  ])('%s: %s', (language, line) => {
    expect(rulesAround(language, line)).toEqual([undefined, `legal/${language}/form-consent`, undefined]);
  });

  it('a sentence about reading and agreeing is no consent line', () => {
    expect(rulesAround('en', 'I have read the report and agree with most of what the council proposes.')[1]).toBeUndefined();
  });
});

describe("the web archive's toolbar over an archived page", () => {
  it('goes from "About this capture" to the banner line, and the page under it stays', () => {
    const lines = [
      'About this capture',
      'COLLECTED BY',
      'Organization: Example Crawls',
      'Collection: crawl_07',
      'TIMESTAMPS',
      'The Wayback Machine - https://web.archive.org/web/20070101000000/http://news.example/',
      ...PROSE['en']!,
    ];
    const doc = docWithBlocks(lines.map((line, i) => block(i, line)), { meta: { language: 'en' }, format: 'text' });
    const rules = phraseRuleTagger.tag(doc, ctx).map((s) => [s.block, s.rule]);
    expect(rules).toEqual([0, 1, 2, 3, 4, 5].map((i) => [i, 'navigation/any/web-archive-toolbar']));
  });
});

describe('counters and imprint lines', () => {
  it.each([
    ['de', 'Downloadzahl: 1.234', 'navigation/de/counter-line'],
    ['de', '412 Zugriffe', 'navigation/de/counter-line'],
    ['en', '1,203 views', 'navigation/en/counter-line'],
    ['de', 'Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV', 'legal/de/imprint-responsibility'],
  ])('%s: %s', (language, line, rule) => {
    expect(rulesAround(language, line)[1]).toBe(rule);
  });

  it('a sentence with a number of views is no counter', () => {
    expect(rulesAround('en', 'The video of the bridge opening reached 12,000 views within a day.')[1]).toBeUndefined();
  });
});

describe("a blog share bar's button labels", () => {
  it.each([
    ['de', 'Klick, um über Chirpnet zu teilen (Wird in neuem Fenster geöffnet)'],
    ['de', 'Klicken zum Ausdrucken (Wird in neuem Fenster geöffnet)'],
    ['de', 'Gefällt mir:'],
    ['en', 'Click to share on Chirpnet (Opens in new window)'],
    ['fr', 'Cliquez pour partager sur Chirpnet(ouvre dans une nouvelle fenêtre)'],
    ['es', 'Haz clic para compartir en Chirpnet (Se abre en una ventana nueva)'],
  ])('%s: %s', (language, line) => {
    expect(rulesAround(language, line)[1]).toBe(`share/${language}/share-button-label`);
  });

  it('a post titled with the like label keeps it, and so does a wrapped sentence that ends in "like this:"', () => {
    expect(rulesAround('de', 'Gefällt mir')[1]).not.toBe('share/de/share-button-label');
    expect(rulesAround('en', 'like this:')[1]).toBeUndefined();
  });
});

describe('buttons and credits alone on their line', () => {
  it.each([
    ['de', 'Mehr erfahren', 'navigation/de/more-button'],
    ['en', 'Learn more', 'navigation/en/more-button'],
    ['de', 'Liken Lade …', 'share/de/like-loading'],
    ['en', 'Like Loading...', 'share/en/like-loading'],
    ['en', 'Getty Images', 'credit/any/photo-agency-line'],
  ])('%s: %s', (language, line, rule) => {
    expect(rulesAround(language, line)[1]).toBe(rule);
  });

  it('a sentence that wants to learn more is no button', () => {
    expect(rulesAround('en', 'Residents who want to learn more can visit the library.')[1]).toBeUndefined();
  });
});

describe('a blog\'s "about me" box', () => {
  it.each([
    ['de', 'Über mich', 'Hallo, ich bin Erika und schreibe hier über Gärten, Wege und die Menschen am Fluss.'],
    ['en', 'About me', 'Hi, I am Jane, and I write about gardens, paths and the people who live by the river.'],
  ])('%s: the label and the bio under it go', (language, label, bio) => {
    const [before, after] = PROSE[language]!;
    const doc = docWithBlocks([before, after, before, after, label, bio, 'Archive'].map((t, i) => block(i, t)), { meta: { language }, format: 'text' });
    const spans = tagStage.run(doc, ctx).spans;
    expect([4, 5].map((i) => spans.find((s) => s.block === i)?.rule)).toEqual([`author-bio/${language}/author-box-label`, 'author-bio/under-author-label']);
  });
});

describe('captions that end in their credit', () => {
  it('a news agency credit with "files" after it', () => {
    expect(rulesAround('en', 'The old ferry leaves the harbour for the last time. Jane Roe/Reuters files')[1]).toBe('credit/any/agency-credit');
  });

  it("a German caption whose credit spaces an abbreviation's dot", () => {
    expect(rulesAround('de', 'Die neue Brücke bei Nacht. Bild: Karla Muster/Verlag Dr . Beispiel')[1]).toBe('credit/de/caption-credit');
  });
});

describe('widgets and notes that pages put under an article', () => {
  it.each([
    ['de', 'Hier können Sie den Artikel bewerten', 'share/de/rating-prompt'],
    ['en', 'Was this article helpful?', 'share/en/rating-prompt'],
    ['de', 'Meldung teilen:', 'share/de/share-label'],
    ['de', 'zurück zur Listenansicht', 'navigation/de/viewer-controls'],
    ['fr', 'Crédits photos : Agence Exemple', 'credit/fr/photo-credit-line'],
    ['de', 'Dieser Beitrag gibt die Meinung der Autorin wieder, nicht die der Redaktion.', 'legal/de/views-disclaimer'],
    ['en', 'Millbrook Health does not offer medical advice, services or treatments.', 'legal/en/medical-disclaimer'],
    ['de', 'Die Inhalte dieser Seite ersetzen keine ärztliche Beratung.', 'legal/de/medical-disclaimer'],
    ['de', 'Mit diesem Button kannst du diese Folge zu deiner Merkliste hinzufügen.', 'share/de/button-hint'],
    ['en', 'With this button you can add the episode to your playlist.', 'share/en/button-hint'],
    ['de', 'Räumliche Daten für Forschung und Planung… mehr •••', 'related/de/teaser-excerpt'],
    ['en', 'The ferry timetable changes in May, and commuters... read more', 'related/en/teaser-excerpt'],
    ['de', 'Für den Inhalt der Pressemitteilung ist der Emittent / Herausgeber verantwortlich.', 'legal/de/press-release-footer'],
    ['de', 'Hauptnavigation', 'navigation/de/skip-link'],
    ['de', 'Dieser Beitrag stammt aus Ausgabe 3/2024 des Hafenmagazins. Das Heft ist ab 12.03.2024 im Handel erhältlich.', 'advert/de/own-title-promo'],
    ['de', 'Hafenblatt jetzt auch digital! Einfach hier klicken und registrieren!', 'advert/de/own-title-promo'],
    ['de', '>>> Jetzt die aktuelle Ausgabe bestellen! <<<', 'advert/de/issue-shop-button'],
    ['en', 'This article appeared in the May 2024 issue of Harbour Monthly.', 'advert/en/own-title-promo'],
    ['en', 'Buy the latest issue', 'advert/en/issue-shop-button'],
    ['de', 'Die aktuelle Ausgabe des Hafenblatts jetzt an jedem Kiosk und als E-Paper erhältlich.', 'advert/de/own-title-promo'],
    ['de', 'Erschienen in', 'advert/de/issue-shop-button'],
    ['fr', "S'abonner au Journal du Port à partir de 1 €", 'paywall/fr/subscription-offer'],
    ['fr', 'Édition abonnés Contenu exclusif', 'paywall/fr/subscriber-label'],
    ['fr', 'Journaliste Suivre Aller sur la page de ce journaliste', 'share/fr/follow-journalist'],
    ['en', 'Like it, share it!', 'share/en/share-slogan'],
    ['en', 'Read now', 'navigation/en/more-button'],
    ['de', 'Mehr Rezepte gefällig? Schau doch mal in unseren Küchennewsletter!', 'newsletter/de/newsletter-pointer'],
    ['en', 'Main navigation', 'navigation/en/skip-link'],
    ['de', 'Willkommen auf den Seiten des Beispielamts', 'navigation/de/welcome-line'],
    ['en', 'Welcome to the website of the Millbrook Harbour Board', 'navigation/en/welcome-line'],
  ])('%s: %s', (language, line, rule) => {
    expect(rulesAround(language, line)[1]).toBe(rule);
  });

  it("a donation appeal's whole paragraph under its opening question", () => {
    const appeal =
      'Gefällt dir unser Wandermagazin? Wir haben entschieden, keine Bezahlschranke einzuführen, denn wir möchten möglichst viele Menschen erreichen. ' +
      'Damit das so bleibt, sind wir auf die Unterstützung unserer Leserinnen und Leser angewiesen, und jeder Beitrag hilft uns dabei, weiter unabhängig über die Berge zu berichten.';
    expect(rulesAround('de', appeal)[1]).toBe('donation/de/donation-appeal');
  });

  it('an article sentence about a rating or medical advice stays', () => {
    expect(rulesAround('en', 'Doctors said the new clinic will offer medical advice to families from May.')[1]).toBeUndefined();
    expect(rulesAround('de', 'Die Kunden können den Händler nach dem Kauf bewerten.')[1]).toBeUndefined();
  });
});

describe("a rating widget's summary", () => {
  it.each([
    ['en', 'How the footbridge was planned, 4.5 out of 5 based on 12 ratings'],
    ['en', 'Rated 4.2/5 (36 votes)'],
    ['de', 'Wie die Brücke geplant wurde, 4,5 von 5 Sternen bei 12 Bewertungen'],
    ['de', 'Bewertung: 4.2/5 (36 Stimmen)'],
  ])('%s: %s', (language, line) => {
    expect(rulesAround(language, line)).toEqual([undefined, `share/${language}/rating-summary`, undefined]);
  });

  it('a sentence that reports a rating is no summary', () => {
    expect(rulesAround('en', 'Residents rated the plan 4 out of 5 in a survey of 300 households last year.')[1]).toBeUndefined();
  });
});

describe("a web archive's toolbar, line by line", () => {
  it('the archiving organisation a capture names is chaff in any language', () => {
    expect(rulesAround('de', 'Organization: Internet Archive')).toEqual([undefined, 'navigation/any/web-archive-collector', undefined]);
    expect(rulesAround('en', 'Organization: Alexa Crawls')[1]).toBe('navigation/any/web-archive-collector');
  });

  it('another organisation named after a colon is no toolbar line', () => {
    expect(rulesAround('en', 'Organization: Millbrook Canal Trust')[1]).toBeUndefined();
  });
});

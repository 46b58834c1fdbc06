import { describe, it, expect } from 'vitest';
import { loadPipeline } from '../../src/config/pipeline-config.js';
import { loadRules, type CompiledRule, type RuleSet } from '../../src/config/rules.js';
import type { BoilerplateKind } from '../../src/core/kinds.js';
import { foldForMatch } from '../../src/core/text.js';

const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'ru', 'uk'] as const;
type Language = (typeof LANGUAGES)[number];

const MAIN_KINDS: readonly BoilerplateKind[] = [
  'donation',
  'newsletter',
  'related',
  'comments',
  'credit',
  'share',
  'cookie',
  'legal',
  'navigation',
  'tags',
  'paywall',
  'advert',
];

const rules: RuleSet = loadRules(loadPipeline('default'));

/** Every rule whose regex matches the folded text (match/maxWords are the tagger's business). */
function matching(list: readonly CompiledRule[], text: string): CompiledRule[] {
  const folded = foldForMatch(text);
  return list.filter((rule) => rule.test.test(folded));
}

/** The first rule of the list whose regex matches the folded text. */
function firstMatch(list: readonly CompiledRule[], text: string): CompiledRule | undefined {
  return matching(list, text)[0];
}

interface LanguageCases {
  /** Realistic chaff lines and the kind a rule of the language must give them. */
  chaff: [text: string, kind: BoilerplateKind][];
  /** Realistic article sentences that no `contains` rule may match. */
  prose: string[];
}

const CASES: Record<Exclude<Language, 'en'>, LanguageCases> = {
  de: {
    chaff: [
      ['Nur für Abonnenten', 'paywall'],
      ['Ihre E-Mail-Adresse', 'newsletter'],
      ['Wir und unsere Partner speichern und/oder greifen auf Informationen auf einem Gerät zu.', 'cookie'],
      ['Der Newsletter ist jederzeit kündbar.', 'newsletter'],
      ['Das könnte Sie auch interessieren', 'related'],
      ['Mehr zum Thema', 'related'],
      ['Lesen Sie auch: Bundestag beschließt neues Heizungsgesetz', 'related'],
      ['Mehr aus dem Ressort Politik', 'related'],
      ['Neueste Beiträge', 'related'],
      ['Zum Thema: Wie die Inflation den Mittelstand trifft', 'related'],
      ['Newsletter abonnieren', 'newsletter'],
      ['Melden Sie sich jetzt für unseren kostenlosen Newsletter an und erhalten Sie die wichtigsten Nachrichten.', 'newsletter'],
      ['Die wichtigsten Nachrichten des Tages direkt in Ihr Postfach. Abmeldung jederzeit möglich.', 'newsletter'],
      ['Jetzt spenden', 'donation'],
      ['Unterstützen Sie unabhängigen Journalismus – schon mit 5 Euro im Monat.', 'donation'],
      ['Hat Ihnen dieser Artikel gefallen? Dann unterstützen Sie uns!', 'donation'],
      ['Kommentare', 'comments'],
      ['12 Kommentare', 'comments'],
      ['3 Gedanken zu „Die Rückkehr der Wölfe“', 'comments'],
      ['Schreibe einen Kommentar', 'comments'],
      ['Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.', 'comments'],
      ['Die Kommentarfunktion ist für diesen Artikel geschlossen.', 'comments'],
      ['Artikel teilen', 'share'],
      ['Teilen auf: Facebook | Twitter | WhatsApp | E-Mail', 'share'],
      ['Folgen Sie uns auf Instagram und Facebook, um nichts zu verpassen.', 'share'],
      ['Gefällt mir Wird geladen …', 'share'],
      ['Foto: dpa/Michael Kappeler', 'credit'],
      ['Bild: Reuters', 'credit'],
      ['Polizisten sichern den Tatort in der Innenstadt. Foto: Max Mustermann', 'credit'],
      ['Demonstranten vor dem Kanzleramt in Berlin (Symbolbild)', 'credit'],
      ['Wir verwenden Cookies, um Ihnen ein optimales Nutzererlebnis zu bieten.', 'cookie'],
      ['Alle akzeptieren', 'cookie'],
      ['© 2024 Musterverlag GmbH. Alle Rechte vorbehalten.', 'legal'],
      ['Impressum | Datenschutz | AGB | Kontakt', 'legal'],
      ['Zum Inhalt springen', 'navigation'],
      ['Startseite > Politik > Deutschland', 'navigation'],
      ['Seite 2 von 5', 'navigation'],
      ['Schlagworte: Bundestag, Haushalt, Schuldenbremse', 'tags'],
      ['Themen: Klima, Energie', 'tags'],
      ['Um weiterzulesen, melden Sie sich bitte an.', 'paywall'],
      ['Dieser Artikel ist nur für Abonnenten verfügbar. Sie sind bereits Abonnent?', 'paywall'],
      ['Anzeige', 'advert'],
      ['Weiter nach der Anzeige', 'advert'],
      ['Mehr Themen:', 'related'],
      ['Weitere Artikel aus der Region', 'related'],
      ['Das Thema könnte dich auch interessieren:', 'related'],
      ['Alle News anzeigen', 'related'],
      ['Auch lesen: Diese drei Fehler kosten beim Heizen viel Geld', 'related'],
      ['Entdecken Sie jetzt', 'related'],
      ['Mit Freunden teilen', 'share'],
      ['Möchten Sie den Artikel teilen?', 'share'],
      ['Dir hat der Artikel gefallen? Jetzt teilen...', 'share'],
      ['Jede kleine Spende hilft den Menschen vor Ort!', 'donation'],
      ['Unterstütze unser Magazin bereits mit 2,50!', 'donation'],
      ['Helfen Sie mit!', 'donation'],
      ['Um zu kommentieren, melden Sie sich bitte an.', 'comments'],
      ['Was denkst du?', 'comments'],
      ['Kommentar hinzufügen', 'comments'],
      ['Pingback von Ein anderes Blog | 11.09.2011 23:31', 'comments'],
      ['Bild anzeigen Bild schließen', 'navigation'],
      ['Zurück zur Übersicht', 'navigation'],
      ['Empfohlener redaktioneller Inhalt', 'cookie'],
      ['Externen Inhalt laden', 'cookie'],
      ['YouTube freischalten', 'cookie'],
      ['Wir respektieren deine Privatsphäre und stellen deshalb ohne dein Einverständnis keine Verbindung zu Twitter her.', 'cookie'],
      ['Mit der Anmeldung stimme ich der Bearbeitung meiner Daten entsprechend der Datenschutzerklärung zu.', 'newsletter'],
      ['Holen Sie sich unseren kostenlosen Newsletter', 'newsletter'],
    ],
    prose: [
      'Der Bund will die Kommunen bei der Unterbringung jetzt unterstützen.',
      'Wer jetzt spenden möchte, sollte auf das Spendensiegel achten.',
      'Foto-Ausstellung über den Mauerfall im Rathaus eröffnet.',
      'Fotos zeigen den Moment, in dem das Dach einstürzt.',
      'Kunden können den Dienst jederzeit abbestellen, teilte der Anbieter mit.',
      'Die Datenschutzeinstellungen von Facebook seien zu kompliziert, kritisierten Verbraucherschützer.',
      'Wir und unsere Partner in der Nato stehen fest an der Seite der Ukraine, sagte der Minister.',
      'Die neue Funktion ist nur für Abonnenten des Premium-Tarifs verfügbar.',
      'In einem Kommentar für die Zeitung kritisierte der Minister die Pläne der Opposition scharf.',
      'Die Kommentare in den sozialen Netzwerken fielen überwiegend positiv aus, sagte ein Sprecher.',
      'Viele Nutzer teilen ihre Erfahrungen mit dem neuen Tarif in Online-Foren.',
      'Die Länder wollen die Kosten für den Ausbau künftig gerecht untereinander teilen.',
      'Der IT-Support der Stadtverwaltung war am Montag stundenlang nicht erreichbar.',
      'Zum Thema Migration sagte der Kanzler am Abend nichts.',
      'Auch interessant ist, dass die Zahl der Anträge im Vergleich zum Vorjahr gesunken ist.',
      'Das Foto zeigt den Bürgermeister bei der Eröffnung des neuen Bahnhofs.',
      'Die Spenden für die Flutopfer übertrafen alle Erwartungen, teilte das Rote Kreuz mit.',
      'Die Firma verwendet Cookies und andere Tracker, kritisierten Datenschützer in ihrem Bericht.',
      'Wer den Newsletter der Behörde abonniert, erhält Warnungen vor Unwetter.',
      'Die Zeitung gewann mehr Abonnenten als erwartet, berichtete der Verlag.',
      'Quelle der Zahlen ist das Statistische Bundesamt in Wiesbaden.',
      'Weitere Artikel des Grundgesetzes sollen nach dem Willen der Koalition geändert werden.',
      'Deutschland unterstützt die Ukraine mit weiteren 2,5 Milliarden Euro.',
      'Unterstützen Sie die Reform, fragte der Moderator den Minister.',
      'Die Stadt will das Gelände gemeinsam mit dem Land entdecken und entwickeln.',
      'Mehr Themen als je zuvor standen auf der Tagesordnung des Gipfels.',
      'Zum Vergrößern des Hafens fehlt der Stadt das Geld.',
      'Kinder lernen früh, Spielzeug mit Freunden zu teilen, sagt die Erzieherin.',
      'Was denkst du über die Wahl, fragte die Moderatorin ihren Gast.',
      'Jede Spende hilft, sagte die Sprecherin, doch der Bedarf sei riesig.',
    ],
  },
  fr: {
    chaff: [
      ['Réservé aux abonnés', 'paywall'],
      ['Nous et nos partenaires stockons et/ou accédons à des informations sur un appareil.', 'cookie'],
      ['À lire aussi', 'related'],
      ['LIRE AUSSI >> Les agriculteurs maintiennent la pression sur le gouvernement', 'related'],
      ['Sur le même sujet', 'related'],
      ['Vous aimerez peut-être aussi', 'related'],
      ['Retrouvez tous nos articles sur la réforme des retraites', 'related'],
      ['Abonnez-vous à notre newsletter pour recevoir l’essentiel de l’actualité.', 'newsletter'],
      ['Inscrivez-vous gratuitement à notre lettre d’information quotidienne', 'newsletter'],
      ['Faire un don', 'donation'],
      ['Soutenez le journalisme indépendant : faites un don dès 1 €.', 'donation'],
      ['Laisser un commentaire', 'comments'],
      ['Commentaires (14)', 'comments'],
      ['2 réflexions sur « La ville à vélo »', 'comments'],
      ['Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *', 'comments'],
      ['Partager', 'share'],
      ['Partager sur : Facebook Twitter LinkedIn E-mail', 'share'],
      ['Suivez-nous sur Facebook, Instagram et X pour ne rien manquer.', 'share'],
      ['J’aime chargement…', 'share'],
      ['Photo : AFP', 'credit'],
      ['Crédit photo : Jean Dupont / Hans Lucas', 'credit'],
      ['Le Premier ministre à Matignon, le 12 mars. (Photo : Ludovic Marin)', 'credit'],
      ['Nous utilisons des cookies pour améliorer votre expérience sur notre site.', 'cookie'],
      ['Continuer sans accepter', 'cookie'],
      ['© 2024 Éditions Exemple. Tous droits réservés.', 'legal'],
      ['Mentions légales | Politique de confidentialité | CGU | Contact', 'legal'],
      ['Aller au contenu', 'navigation'],
      ['Accueil > Société > Éducation', 'navigation'],
      ['Mots-clés : retraites, grève, syndicats', 'tags'],
      ['Cet article est réservé aux abonnés. Déjà abonné ? Connectez-vous', 'paywall'],
      ['Il vous reste 85 % de cet article à lire.', 'paywall'],
      ['Publicité', 'advert'],
      ['La suite après la publicité', 'advert'],
      ['Pour approfondir', 'related'],
      ['À lire également', 'related'],
      ['Articles similaires', 'related'],
      ['Lire aussi : La réforme des retraites adoptée au Sénat', 'related'],
      ['Vos réactions (11)', 'comments'],
      ['Pour commenter, vous devez être abonné.', 'comments'],
      ['Chaque don compte !', 'donation'],
      ['Partager cet article', 'share'],
      ['Retour à la liste', 'navigation'],
      ['Contenu externe', 'cookie'],
    ],
    prose: [
      'Pour aller plus loin, le gouvernement propose une nouvelle taxe sur les superprofits.',
      'Sur le même sujet, le ministre a promis des annonces avant l’été.',
      'Un tarif réservé aux abonnés du réseau sera mis en place en septembre.',
      'Nous et nos partenaires européens avons décidé de renforcer les sanctions, a déclaré le président.',
      'Le navire a poursuivi sa route en continuant à naviguer vers le sud malgré la tempête.',
      'Des courriels frauduleux arrivent dans votre boîte de réception au nom des impôts.',
      'Le ministre n’a pas souhaité faire de commentaire sur les chiffres publiés mardi.',
      'Les commentaires du président sur la réforme ont suscité une vive polémique au Parlement.',
      'Les deux communes vont partager les frais de rénovation de l’école.',
      'Les habitants partagent leurs souvenirs du quartier dans un livre collectif.',
      '« Je soutiens totalement cette décision », a déclaré la maire de Lille.',
      'Les Français ont la possibilité de faire un don aux associations jusqu’au 31 décembre.',
      'Une photo du président a circulé sur les réseaux sociaux pendant tout le week-end.',
      'Crédit Agricole a annoncé une hausse de son bénéfice au troisième trimestre.',
      'À voir si le gouvernement tiendra ses engagements d’ici la fin de l’année.',
      'La Cnil rappelle que le dépôt de cookies sans consentement est interdit.',
      'Les abonnés du réseau de transport ont été remboursés après la grève.',
      'Publié dans la revue Nature, l’étude montre une baisse de la biodiversité.',
      'Partager le pouvoir avec l’opposition n’est pas dans ses habitudes.',
      'Pour approfondir la question, le Sénat a créé une commission d’enquête.',
      'Chaque don compte, a rappelé la présidente de l’association, mais les besoins restent immenses.',
      'Pour commenter ces chiffres, le ministre s’est rendu sur le plateau de France 2.',
    ],
  },
  es: {
    chaff: [
      ['Exclusivo para suscriptores', 'paywall'],
      ['También te puede interesar', 'related'],
      ['Noticias relacionadas', 'related'],
      ['Lee también: El Gobierno aprueba la reforma de las pensiones', 'related'],
      ['Lo más leído', 'related'],
      ['Suscríbete a nuestra newsletter y recibe cada mañana las noticias más importantes.', 'newsletter'],
      ['Recibe nuestro boletín directamente en tu bandeja de entrada', 'newsletter'],
      ['Hazte socio y apoya el periodismo independiente.', 'donation'],
      ['Dona ahora', 'donation'],
      ['Deja un comentario', 'comments'],
      ['23 comentarios', 'comments'],
      ['Tu dirección de correo electrónico no será publicada. Los campos obligatorios están marcados con *', 'comments'],
      ['Compartir', 'share'],
      ['Compartir en: Facebook, Twitter, WhatsApp', 'share'],
      ['Síguenos en Instagram y en nuestro canal de WhatsApp.', 'share'],
      ['Foto: EFE', 'credit'],
      ['Imagen: Europa Press', 'credit'],
      ['El presidente, durante la rueda de prensa en Moncloa. Foto: Juan Pérez', 'credit'],
      ['Utilizamos cookies propias y de terceros para mejorar nuestros servicios.', 'cookie'],
      ['Aceptar todo', 'cookie'],
      ['© 2024 Ediciones Ejemplo S.L. Todos los derechos reservados.', 'legal'],
      ['Aviso legal | Política de privacidad | Política de cookies', 'legal'],
      ['Saltar al contenido', 'navigation'],
      ['Entrada anterior', 'navigation'],
      ['Etiquetas: Elecciones, PSOE, PP', 'tags'],
      ['Archivado en: Política, Economía', 'tags'],
      ['Contenido exclusivo para suscriptores. ¿Ya eres suscriptor? Inicia sesión', 'paywall'],
      ['Publicidad', 'advert'],
      ['NOTAS RELACIONADAS', 'related'],
      ['Otras noticias', 'related'],
      ['Mirá también', 'related'],
      ['VEA TAMBIÉN: Estudiantes vuelven a clases sin agua potable', 'related'],
      ['Lea: El Congreso aprueba la reforma judicial', 'related'],
      ['Más sobre Economía', 'related'],
      ['Para comentar debes registrarte y completar los datos generales.', 'comments'],
      ['Comentar este artículo 1 comentario', 'comments'],
      ['¿Ya sabías que tenemos canal de Telegram? Únete desde tu celular.', 'share'],
      ['Comparte esta nota', 'share'],
    ],
    prose: [
      'Etiquetas engañosas en los alimentos preocupan a los consumidores.',
      'La nueva función estará disponible solo para suscriptores de la plataforma.',
      'Los alumnos necesitan motivación para seguir leyendo durante el verano.',
      'Las normas de la comunidad de la red social prohíben los discursos de odio.',
      'El ministro no quiso hacer comentarios sobre el informe publicado el martes.',
      'Los comentarios del presidente provocaron una fuerte reacción en la oposición.',
      'Los vecinos suelen compartir coche para llegar al polígono industrial.',
      'Los ciudadanos pueden hacer una donación a Cruz Roja a través de su web.',
      'La foto del alcalde se hizo viral en las redes sociales durante el fin de semana.',
      'Relacionado con esto, el Banco de España advirtió de los riesgos para la banca.',
      'El mercado laboral registró el primer mes por encima de los veinte millones de afiliados.',
      'Más información sobre los resultados llegará la próxima semana, según el ministerio.',
      'Los suscriptores de la plataforma pagarán dos euros más al mes a partir de enero.',
      'Temas como la vivienda y el empleo dominaron el debate en el Congreso.',
      'El partido pidió el apoyo de los votantes indecisos en la recta final de la campaña.',
      'Mira, yo creo que el gobierno se equivoca con esta medida, dijo el diputado.',
      'Para comentar la decisión, el ministro convocó a una rueda de prensa.',
      'Otras noticias falsas circularon durante la campaña electoral.',
    ],
  },
  it: {
    chaff: [
      ['Leggi anche', 'related'],
      ['LEGGI ANCHE: Manovra, il governo pone la fiducia alla Camera', 'related'],
      ['Potrebbe interessarti anche', 'related'],
      ['I più letti', 'related'],
      ['Iscriviti alla nostra newsletter per ricevere ogni mattina le notizie più importanti.', 'newsletter'],
      ['Sostieni il giornalismo indipendente: abbonati o fai una donazione.', 'donation'],
      ['Lascia un commento', 'comments'],
      ['3 commenti su “La crisi del grano”', 'comments'],
      ['Il tuo indirizzo email non sarà pubblicato. I campi obbligatori sono contrassegnati *', 'comments'],
      ['Condividi', 'share'],
      ['Condividi su: Facebook Twitter WhatsApp', 'share'],
      ['Seguici su Facebook e Instagram per restare aggiornato.', 'share'],
      ['Foto: Ansa', 'credit'],
      ['Il premier a Palazzo Chigi (foto Ansa)', 'credit'],
      ['Questo sito utilizza cookie tecnici e di profilazione per migliorare la tua esperienza.', 'cookie'],
      ['Accetta tutto', 'cookie'],
      ['© RIPRODUZIONE RISERVATA', 'legal'],
      ['Editoriale Esempio S.r.l. - P.IVA 01234567890', 'legal'],
      ['Vai al contenuto', 'navigation'],
      ['Pagina 2 di 7', 'navigation'],
      ['Tag: governo, manovra, pensioni', 'tags'],
      ['Articolo riservato agli abbonati. Sei già abbonato? Accedi', 'paywall'],
      ['Pubblicità', 'advert'],
    ],
    prose: [
      'Il fondo diventa socio di maggioranza della compagnia aerea.',
      'La nave ha proseguito la navigazione verso il porto di Genova.',
      'Noi e i nostri partner europei siamo pronti a nuove sanzioni, ha detto il ministro.',
      'Per approfondire la questione, il governo ha istituito una commissione.',
      'Il ministro non ha voluto rilasciare commenti sulla vicenda, ha riferito il suo portavoce.',
      'I commenti degli esperti sono stati unanimi: la riforma non basta.',
      'I due comuni hanno deciso di condividere i costi del nuovo ospedale.',
      'Chi è già abbonato alla rete fissa potrà passare alla fibra senza costi aggiuntivi.',
      'La foto del sindaco con i tifosi ha fatto il giro dei social.',
      'Le associazioni chiedono alla Regione di sostenerci nella ricostruzione, ha detto il presidente.',
      'Tutti i diritti dei lavoratori devono essere garantiti, ha ribadito il sindacato.',
      'Accetta la sfida chi crede che il Paese possa crescere, ha detto la premier.',
      'Altri articoli della Costituzione potrebbero essere modificati con la riforma.',
    ],
  },
  pt: {
    chaff: [
      ['Leia também', 'related'],
      ['LEIA MAIS: Governo anuncia novo pacote de medidas econômicas', 'related'],
      ['Veja também:', 'related'],
      ['Notícias relacionadas', 'related'],
      ['Mais lidas', 'related'],
      ['Assine nossa newsletter e receba as principais notícias direto no seu e-mail.', 'newsletter'],
      ['Apoie o jornalismo independente. Faça uma doação.', 'donation'],
      ['Deixe um comentário', 'comments'],
      ['2 comentários sobre “A seca no Nordeste”', 'comments'],
      ['O seu endereço de e-mail não será publicado. Campos obrigatórios são marcados com *', 'comments'],
      ['Compartilhe', 'share'],
      ['Compartilhar no: Facebook Twitter WhatsApp', 'share'],
      ['Siga-nos nas redes sociais e entre no nosso canal do WhatsApp.', 'share'],
      ['Curtir Carregando...', 'share'],
      ['Foto: Reprodução/Instagram', 'credit'],
      ['Reprodução/TV Globo', 'credit'],
      ['O presidente durante cerimônia no Palácio do Planalto. Foto: João Silva', 'credit'],
      ['Este site utiliza cookies para melhorar a sua experiência de navegação.', 'cookie'],
      ['© 2024 Editora Exemplo. Todos os direitos reservados.', 'legal'],
      ['Expediente | Política de Privacidade | Termos de Uso', 'legal'],
      ['Pular para o conteúdo', 'navigation'],
      ['Próximo post', 'navigation'],
      ['Tags: eleições, Congresso, economia', 'tags'],
      ['Conteúdo exclusivo para assinantes. Já é assinante? Faça login', 'paywall'],
      ['Continua após a publicidade', 'advert'],
    ],
    prose: [
      'A nova função será exclusiva para assinantes do plano premium.',
      'O programa incentiva as crianças a continuar a ler durante as férias.',
      'Nós e os nossos parceiros europeus vamos reforçar as sanções, disse o ministro.',
      'Etiquetas falsas foram encontradas em produtos importados.',
      'O ministro não quis fazer comentários sobre o relatório divulgado nesta terça-feira.',
      'Os comentários do presidente provocaram reação imediata da oposição no Congresso.',
      'Os moradores costumam compartilhar o carro para chegar ao trabalho.',
      'Quem já é assinante do serviço não terá aumento na mensalidade até janeiro.',
      'A foto do jogador com a taça viralizou nas redes sociais.',
      'Reprodução assistida ainda é cara no Brasil, segundo especialistas.',
      'Não perca tempo com promessas vazias, disse o técnico aos jogadores.',
      'O governo pediu apoio aos deputados para aprovar a reforma tributária.',
      'A empresa usa cookies e outras tecnologias, afirmou a autoridade de proteção de dados.',
    ],
  },
  nl: {
    chaff: [
      ['Lees ook', 'related'],
      ['Lees ook: Kabinet presenteert plannen voor woningbouw', 'related'],
      ['Meest gelezen', 'related'],
      ['Meer over dit onderwerp', 'related'],
      ['Schrijf je in voor onze nieuwsbrief en ontvang elke ochtend het belangrijkste nieuws.', 'newsletter'],
      ['Steun onafhankelijke journalistiek en word nu lid.', 'donation'],
      ['Reacties', 'comments'],
      ['Geef een reactie', 'comments'],
      ['Je e-mailadres wordt niet gepubliceerd. Vereiste velden zijn gemarkeerd met *', 'comments'],
      ['Delen', 'share'],
      ['Deel dit artikel', 'share'],
      ['Volg ons op Instagram en Facebook voor het laatste nieuws.', 'share'],
      ['Foto: ANP', 'credit'],
      ['Beeld Robin van Lonkhuijsen', 'credit'],
      ['Demonstranten op het Malieveld in Den Haag. Foto: Jan de Vries', 'credit'],
      ['Wij gebruiken cookies om je de beste ervaring op onze website te bieden.', 'cookie'],
      ['Alles accepteren', 'cookie'],
      ['© 2024 Uitgeverij Voorbeeld. Alle rechten voorbehouden.', 'legal'],
      ['Privacy | Cookiebeleid | Colofon | Contact', 'legal'],
      ['Naar de inhoud springen', 'navigation'],
      ['Volgende pagina', 'navigation'],
      ['Trefwoorden: klimaat, energie, politiek', 'tags'],
      ['Dit artikel is exclusief voor abonnees. Ben je al abonnee? Log in', 'paywall'],
      ['Advertentie', 'advert'],
    ],
    prose: [
      'Google gebruikt cookies om advertenties te personaliseren, stelt de toezichthouder.',
      'Elke bijdrage telt, zegt de voorzitter van de stichting.',
      'Neem een abonnement als je vaak met de trein reist, adviseert de Consumentenbond.',
      'De minister wilde geen commentaar geven op het rapport dat dinsdag verscheen.',
      'De woordvoerder was niet bereikbaar om een reactie te geven.',
      'De reacties op het plan waren overwegend positief, zei de wethouder.',
      'Gemeenten willen de kosten eerlijk met het Rijk delen.',
      'Beeld je eens in hoe het is om drie dagen zonder stroom te zitten.',
      'Foto’s maken in het museum is voortaan toegestaan.',
      'Het kabinet vraagt steun van de oppositie voor de begroting.',
      'Volgende week beslist de Tweede Kamer over het voorstel.',
      'Meer dan duizend mensen demonstreerden zaterdag in Amsterdam.',
    ],
  },
  pl: {
    chaff: [
      ['Tylko dla subskrybentów', 'paywall'],
      ['Kopiowanie i rozpowszechnianie bez zgody redakcji zabronione.', 'legal'],
      ['Czytaj także', 'related'],
      ['CZYTAJ TAKŻE: Sejm przyjął ustawę o związkach partnerskich', 'related'],
      ['Zobacz też: Prezydent podpisał budżet na 2025 rok', 'related'],
      ['Może cię zainteresować', 'related'],
      ['Najczęściej czytane', 'related'],
      ['Zapisz się do naszego newslettera i otrzymuj najważniejsze informacje prosto na twoją skrzynkę.', 'newsletter'],
      ['Wesprzyj niezależne dziennikarstwo. Przekaż darowiznę już dziś.', 'donation'],
      ['Przekaż 1,5% podatku na naszą fundację', 'donation'],
      ['Komentarze', 'comments'],
      ['Dodaj komentarz', 'comments'],
      ['12 komentarzy', 'comments'],
      ['Twój adres e-mail nie zostanie opublikowany. Wymagane pola są oznaczone *', 'comments'],
      ['Udostępnij', 'share'],
      ['Udostępnij na Facebooku', 'share'],
      ['Obserwuj nas w Google News i na Facebooku.', 'share'],
      ['Fot. PAP/Leszek Szymański', 'credit'],
      ['Źródło: materiały prasowe', 'credit'],
      ['Premier podczas konferencji prasowej w Warszawie. Fot. Jan Kowalski', 'credit'],
      ['Ta strona używa plików cookie, aby zapewnić najlepszą jakość usług.', 'cookie'],
      ['Akceptuję wszystkie', 'cookie'],
      ['© 2024 Wydawnictwo Przykład. Wszelkie prawa zastrzeżone.', 'legal'],
      ['Regulamin | Polityka prywatności | Kontakt', 'legal'],
      ['Przejdź do treści', 'navigation'],
      ['Poprzedni wpis', 'navigation'],
      ['Tagi: Sejm, wybory, PiS, KO', 'tags'],
      ['Artykuł dostępny tylko dla subskrybentów. Masz już subskrypcję? Zaloguj się', 'paywall'],
      ['Reklama', 'advert'],
      ['Dalsza część artykułu pod materiałem wideo', 'advert'],
    ],
    prose: [
      'Dołącz do nas na proteście w sobotę, apelowali organizatorzy.',
      'Warto przeczytać raport NIK, bo pokazuje skalę problemu.',
      'Każda złotówka się liczy, mówią wolontariusze zbierający na leczenie chłopca.',
      'Rozpowszechnianie bez zgody wizerunku osoby jest karalne.',
      'Minister odmówił komentarza w sprawie raportu opublikowanego we wtorek.',
      'Komentarze ekspertów są jednoznaczne: reforma nie wystarczy.',
      'Gminy chcą udostępnić mieszkańcom nowe tereny rekreacyjne.',
      'Mieszkańcy dzielą się swoimi wspomnieniami z powodzi w mediach społecznościowych.',
      'Źródło w rządzie powiedziało nam, że decyzja zapadnie w przyszłym tygodniu.',
      'Zdjęcie prezydenta z kibicami obiegło internet.',
      'Polecamy ostrożność, mówi rzecznik sanepidu, bo woda w jeziorze może być skażona.',
      'Organizacje apelują o wsparcie dla rodzin poszkodowanych w pożarze.',
      'Zgadzam się z premierem, że musimy działać szybko, powiedział marszałek.',
    ],
  },
  ru: {
    chaff: [
      ['Читайте также', 'related'],
      ['Читайте также: Госдума приняла закон о маркетплейсах', 'related'],
      ['Похожие новости', 'related'],
      ['Еще по теме', 'related'],
      ['Подпишитесь на нашу рассылку, чтобы первыми узнавать главные новости.', 'newsletter'],
      ['Поддержите независимую журналистику — оформите ежемесячное пожертвование.', 'donation'],
      ['Комментарии', 'comments'],
      ['5 комментариев', 'comments'],
      ['Ваш адрес email не будет опубликован. Обязательные поля помечены *', 'comments'],
      ['Поделиться', 'share'],
      ['Поделиться: ВКонтакте Telegram WhatsApp', 'share'],
      ['Подписывайтесь на наш телеграм-канал, чтобы не пропустить главное.', 'share'],
      ['Нравится Загрузка...', 'share'],
      ['Фото: РИА Новости', 'credit'],
      ['Фото: Сергей Иванов / ТАСС', 'credit'],
      ['Президент во время пресс-конференции в Кремле. Фото: Иван Петров', 'credit'],
      ['Мы используем файлы cookie, чтобы сделать сайт удобнее.', 'cookie'],
      ['Сайт использует файлы cookie для улучшения работы.', 'cookie'],
      ['© 2024 ООО «Пример Медиа». Все права защищены.', 'legal'],
      ['При полном или частичном использовании материалов ссылка на источник обязательна.', 'legal'],
      ['18+', 'legal'],
      ['Перейти к содержимому', 'navigation'],
      ['Главная > Новости > Политика', 'navigation'],
      ['Теги: экономика, налоги, бюджет', 'tags'],
      ['Материал доступен только подписчикам. Уже есть подписка? Войдите', 'paywall'],
      ['Реклама', 'advert'],
      ['Реклама. ООО «Ромашка», ИНН 7701234567, erid: LjN8Kb1Xz', 'advert'],
    ],
    prose: [
      'Сериал доступен только подписчикам онлайн-кинотеатра.',
      'Метки на товарах помогут отличить подделку, считают в министерстве.',
      'Ваша поддержка очень важна для нас, заявил губернатор, обращаясь к избирателям.',
      'Министр отказался от комментариев по поводу доклада, опубликованного во вторник.',
      'Комментарии экспертов оказались неутешительными: реформа не работает.',
      'Жители поделились с журналистами своими воспоминаниями о наводнении.',
      'Компания решила поделиться прибылью с сотрудниками, сообщил источник.',
      'Фотографии с места происшествия появились в социальных сетях.',
      'Смотрите: если цены вырастут, бюджету придется искать новые доходы, сказал экономист.',
      'Подробнее об этом рассказал министр финансов на брифинге.',
      'Депутаты поддержали проект закона о маркетплейсах в первом чтении.',
      '— Согласен.',
      'Журналисты связались с пресс-службой, чтобы получить комментарий.',
    ],
  },
  uk: {
    chaff: [
      ['Ми та наші партнери зберігаємо та/або отримуємо доступ до інформації на пристрої.', 'cookie'],
      ['Читайте також', 'related'],
      ['Читайте також: Рада ухвалила закон про мобілізацію', 'related'],
      ['Вас може зацікавити', 'related'],
      ['Пов’язані статті', 'related'],
      ['Підпишіться на нашу розсилку, щоб не пропустити головне.', 'newsletter'],
      ['Підтримайте незалежну журналістику — зробіть внесок.', 'donation'],
      ['Коментарі', 'comments'],
      ['3 коментарі', 'comments'],
      ['Ваша e-mail адреса не оприлюднюватиметься. Обов’язкові поля позначені *', 'comments'],
      ['Поділитися', 'share'],
      ['Підписуйтесь на наш Telegram-канал', 'share'],
      ['Фото: Укрінформ', 'credit'],
      ['Фото ілюстративне', 'credit'],
      ['Президент під час зустрічі з військовими. Фото: Офіс президента', 'credit'],
      ['Ми використовуємо файли cookie, щоб покращити роботу сайту.', 'cookie'],
      ['© 2024 Приклад Медіа. Усі права захищені.', 'legal'],
      ['Перейти до вмісту', 'navigation'],
      ['Наступна стаття', 'navigation'],
      ['Теги: економіка, бюджет, податки', 'tags'],
      ['Матеріал доступний лише для передплатників. Вже маєте передплату? Увійдіть', 'paywall'],
      ['Реклама', 'advert'],
    ],
    prose: [
      'Ми та наші партнери продовжуємо роботу над новим пакетом санкцій, заявив президент.',
      'Ваша підтримка дуже важлива, сказав президент під час зустрічі з партнерами.',
      'Без вашої підтримки ми не вистоїмо, наголосив міністр.',
      'Зробіть внесок у збір на дрони, закликали волонтери.',
      'Міністр відмовився від коментарів щодо звіту, оприлюдненого у вівторок.',
      'Коментарі експертів були однозначними: реформа не працює.',
      'Мешканці поділилися з журналістами спогадами про повінь.',
      'Фотографії з місця події з’явилися в соцмережах.',
      'Підтримайте ЗСУ, закликав мер під час виступу.',
      'Депутати підтримали законопроєкт у першому читанні.',
      'Детальніше про це розповів міністр фінансів на брифінгу.',
    ],
  },
};

/** English: the families shared by every page (English rules apply to every language). */
const EN_CASES: LanguageCases = {
  chaff: [
    ['PC Gamer is supported by its audience. When you buy through links on our site, we may earn an affiliate commission.', 'advert'],
    ['This post contains affiliate links.', 'advert'],
    ['Get the Boing Boing newsletter', 'newsletter'],
    ['Get the latest news straight to your phone with our app.', 'newsletter'],
    ['Instant access to the full article PDF.', 'paywall'],
    ['No Response so far »', 'comments'],
    ['Pingback: Another blog about the same topic', 'comments'],
    ['Back to overview', 'navigation'],
    ['Next post', 'navigation'],
    ['Follow The Daily Courier on Twitter and Instagram @dailycourier', 'share'],
  ],
  prose: [
    'Follow the money, investigators were told, and they did.',
    'We may earn more than expected this year, the chief executive said.',
    'The next post office to close will be in the village centre.',
    'Back to the drawing board, the engineers said after the test failed.',
  ],
};

describe('rule packs of the default pipeline', () => {
  it('loads a pack for every language', () => {
    for (const lang of LANGUAGES) expect(rules.languages).toContain(lang);
  });

  it('has packs of the main kinds in every language', () => {
    for (const lang of LANGUAGES) {
      const kinds = new Set(rules.rules.filter((rule) => rule.language === lang).map((rule) => rule.kind));
      for (const kind of MAIN_KINDS) expect(kinds.has(kind), `${lang} has no ${kind} rules`).toBe(true);
    }
  });

  it('gives every language field phrases for byline, date and source URL', () => {
    for (const lang of LANGUAGES) {
      const fields = rules.fields.get(lang);
      expect(fields, `${lang} has no fields.yaml`).toBeDefined();
      expect(fields!.byline.length).toBeGreaterThan(0);
      expect(fields!.published.length).toBeGreaterThan(0);
      expect(fields!.sourceUrl.length).toBeGreaterThan(0);
    }
  });

  it('names every rule uniquely', () => {
    const ids = rules.rules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('applies a language pack together with English, but not other languages', () => {
    const german = rules.rulesFor('de');
    const languages = new Set(german.map((rule) => rule.language));
    expect(languages.has('de')).toBe(true);
    expect(languages.has('en')).toBe(true);
    expect(languages.has('any')).toBe(true);
    expect(languages.has('fr')).toBe(false);
    expect(rules.rulesFor('fr-CA').some((rule) => rule.language === 'fr')).toBe(true);
    expect(rules.fieldsFor('de').byline).toEqual(expect.arrayContaining(['von', 'by']));
  });

  for (const [lang, cases] of Object.entries({ en: EN_CASES, ...CASES })) {
    describe(lang, () => {
      const own = rules.rules.filter((rule) => rule.language === lang || rule.language === 'any');
      const active = rules.rulesFor(lang);

      it.each(cases.chaff)('matches chaff %j as %s', (text, kind) => {
        const hits = matching(own, text);
        expect(hits.map((rule) => rule.kind), `no ${kind} rule of ${lang} matches`).toContain(kind);
      });

      it.each(cases.prose.map((text) => [text]))('keeps article prose %j', (text) => {
        const contains = active.filter((rule) => rule.match === 'contains');
        expect(firstMatch(contains, text)?.id).toBeUndefined();
        // Nor may any of the language's own rules (a `starts` or `whole` rule) take it.
        expect(firstMatch(own.filter((rule) => rule.language === lang), text)?.id).toBeUndefined();
      });
    });
  }
});

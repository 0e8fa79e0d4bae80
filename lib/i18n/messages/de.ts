import type { Messages } from './en';

/**
 * The German interface strings (see en.ts). Sie-form; Microsoft's German terms where they exist
 * ("Problembehandlung" for troubleshooter, "Anmeldung" for sign-in), the words the German content
 * already uses; header names, status codes and setting names stay as they are.
 */
export const de = {
  Language: {
    name: 'Deutsch',
  },
  Metadata: {
    title: '{site}: Probleme bei der Windows-Anmeldung im Web beheben',
    titleTemplate: '%s | {site}',
    description: 'Schritt-für-Schritt-Lösungen und geführte Problembehandlungen für Probleme mit der integrierten Windows-Authentifizierung.',
  },
  SiteHeader: {
    skipToContent: 'Zum Inhalt springen',
    mainNav: 'Hauptnavigation',
    articles: 'Artikel',
    troubleshooters: 'Problembehandlungen',
    readHeaders: 'Header auswerten',
  },
  SiteFooter: {
    about: '{site}: Lösungen für Probleme bei der Windows-Anmeldung im Web, geprüft an der offiziellen Dokumentation.',
  },
  Copy: {
    copy: 'Kopieren',
    copyLink: 'Link kopieren',
    copied: 'Kopiert',
    failed: 'Kopieren fehlgeschlagen',
  },
  NotFound: {
    title: 'Seite nicht gefunden',
    heading: 'Diese Seite wurde nicht gefunden',
    mayHaveMoved: 'Der Link ist vielleicht falsch geschrieben oder abgeschnitten, oder die Seite wurde verschoben.',
    mayHaveMovedHelp:
      'Der Link ist vielleicht falsch geschrieben oder abgeschnitten, oder die Seite wurde verschoben. Wenn Ihnen jemand diesen Link geschickt hat, finden Sie das Gesuchte wahrscheinlich unten, oder suchen Sie nach dem Symptom, das Sie sehen.',
    missingStep: 'Dieser Link verweist auf einen Schritt von <strong>{tree}</strong>, den es nicht (mehr) gibt. <start>Diese Problembehandlung von vorn beginnen</start>.',
    browseAll: 'Alle Artikel durchsuchen',
    troubleshooters: 'Geführte Problembehandlungen',
    homePage: 'Startseite von {site}',
    startTree: '„{tree}“ von vorn beginnen',
    recentHeading: 'Zuletzt aktualisierte Artikel, nach den Symptomen, die sie behandeln',
    symptoms: 'Symptome: {symptoms}',
    seeAll: 'Alle {count} Artikel anzeigen',
    goHome: 'Zur Startseite von {site}',
  },
  Home: {
    heading: 'Probleme bei der Windows-Anmeldung an Ihren Intranetsites beheben',
    intro:
      'Fixpath erklärt, warum die integrierte Windows-Authentifizierung fehlschlägt, wie Sie die Ursache bestätigen und wie Sie sie beheben. Jeder Schritt hat einen eigenen Link, sodass ein Helpdesk-Mitarbeiter genau diesen Schritt in ein Ticket einfügen kann.',
    troubleshootersHeading: 'Unsicher, was nicht stimmt? Beantworten Sie ein paar Fragen',
    recentHeading: 'Zuletzt aktualisierte Artikel',
    seeAll: '<all>Alle {count} Artikel</all> anzeigen oder <product>nach Produkt</product> bzw. <tag>nach Stichwort</tag> durchsuchen.',
  },
  Search: {
    title: 'Suche',
    titleWithQuery: 'Suche: {query}',
    headingWithQuery: 'Suchergebnisse für „{query}“',
    results:
      '{count, plural, one {1 Ergebnis} other {# Ergebnisse}}, das beste zuerst. Jedes Ergebnis öffnet den Abschnitt, in dem es gefunden wurde.',
    bestResults: 'Die {count} besten Ergebnisse, das beste zuerst. Jedes Ergebnis öffnet den Abschnitt, in dem es gefunden wurde.',
    formLandmark: 'Erneut suchen',
    siteLandmark: 'Website durchsuchen',
    formLabel: 'Nach einem Symptom, einer Fehlermeldung oder einer Einstellung suchen',
    submit: 'Suchen',
    forExample: 'Zum Beispiel:',
    browseInstead:
      'Sie können auch <all>alle Artikel durchsehen</all> oder, wenn Sie nicht sicher sind, was nicht stimmt, <trees>in einer geführten Problembehandlung ein paar Fragen beantworten</trees>.',
    emptyHeading: 'Wonach Sie suchen können',
    emptyHelp:
      'Geben Sie ein, was Sie sehen: ein Symptom in Ihren eigenen Worten, den Text einer Fehlermeldung, einen Fehlercode wie 401 oder den Namen einer Einstellung.',
    noResultsHeading: 'Keine Treffer für „{query}“',
    tipFewerWords: 'Verwenden Sie weniger Wörter: Der Fehlercode oder der Name der Einstellung allein findet oft schon das Richtige.',
    tipSpelling: 'Prüfen Sie die Schreibweise von Produkt- und Einstellungsnamen; kleine Tippfehler werden verziehen, größere nicht.',
    tipDescribe: 'Beschreiben Sie, was Sie sehen, nicht, was Sie für die Ursache halten.',
  },
  SearchResult: {
    article: 'Artikel',
    section: 'Abschnitt',
    procedure: 'Anleitung',
    step: 'Schritt',
    troubleshooter: 'Geführte Problembehandlung',
  },
  SearchBox: {
    landmark: 'Website',
    label: 'Artikel und Problembehandlungen durchsuchen',
    placeholder: 'Suchen (Taste /)',
    submit: 'Suchen',
    suggestions: 'Vorschläge',
    seeAll: 'Alle Ergebnisse für „{query}“ anzeigen',
    article: 'Artikel',
    loading: 'Vorschläge werden geladen…',
    unavailable: 'Keine Vorschläge verfügbar. Drücken Sie die Eingabetaste, um zu suchen.',
    noSuggestions: 'Keine Vorschläge für {query}. Drücken Sie die Eingabetaste, um alle Artikel zu durchsuchen.',
    suggestionCount:
      '{count, plural, one {1 Vorschlag} other {# Vorschläge}}. Wählen Sie mit den Pfeiltasten nach oben und unten einen aus.',
  },
  Article: {
    notSure: 'Nicht sicher, ob das Ihr Problem ist? <start>Geführte Problembehandlung starten</start>',
    navigation: 'Artikelnavigation',
    feedbackQuestion: 'War dieser Artikel hilfreich?',
    onThisPage: 'Auf dieser Seite',
    related: 'Verwandte Artikel',
    symptomsOf: 'Symptome, die {title} behandelt: nach einem suchen',
  },
  ArticleMeta: {
    appliesTo: 'Gilt für',
    lastUpdated: 'Zuletzt aktualisiert',
    products: 'Produkte',
    tags: 'Stichwörter',
    source: 'Quelle',
    edit: 'Diese Seite bearbeiten',
  },
  Corrections: {
    correctedOn: 'Korrigiert am <time>{date}</time>',
    ifFollowed: 'Wenn Sie dem früheren Rat gefolgt sind:',
  },
  Browse: {
    allArticles: 'Alle Artikel',
    allArticlesPage: 'Alle Artikel, Seite {page} von {count}',
    allArticlesIntro:
      '{total, plural, one {# Artikel} other {# Artikel}}, nach Titel{paged, select, yes {; angezeigt werden {first}–{last}} other {}}. Sie können auch <product>nach Produkt</product> oder <tag>nach Stichwort</tag> durchsuchen oder das Suchfeld oben auf der Seite verwenden.',
    byProduct: 'Nach Produkt durchsuchen',
    byTag: 'Nach Stichwort durchsuchen',
    allOfKind: '{kind, select, tag {Alle Stichwörter} other {Alle Produkte}}',
    group: '{kind, select, tag {Stichwort} other {Produkt}}: {name}',
    groupPage: '{kind, select, tag {Stichwort} other {Produkt}}: {name}, Seite {page} von {count}',
    groupNotFound: '{kind, select, tag {Stichwort} other {Produkt}} nicht gefunden',
    groupCount:
      '{total, plural, one {# Artikel} other {# Artikel}}{paged, select, yes {, die neuesten zuerst; angezeigt werden {first}–{last}} other {}}',
    pages: 'Seiten',
    previous: 'Vorherige Seite',
    next: 'Nächste Seite',
    page: 'Seite ',
  },
  Feedback: {
    yes: 'Ja',
    no: 'Nein',
    thanks: 'Vielen Dank für Ihr Feedback.',
    sendComment: 'Kommentar senden',
    commentSent: 'Vielen Dank: Ihr Kommentar wurde gesendet.',
    commentLabel: '{helpful, select, no {Was hat gefehlt oder war falsch?} other {Möchten Sie etwas ergänzen?}} (optional)',
    commentHint: 'Bis zu {max, number} Zeichen. Bitte lassen Sie Namen, E-Mail-Adressen und Kennwörter weg.',
    notSent: 'Ihr Feedback konnte nicht gesendet werden: Die Website hat nicht geantwortet. Bitte versuchen Sie es erneut.',
    serverAnswered: 'Der Server hat mit {status} geantwortet.',
    thanksTitle: 'Vielen Dank für Ihr Feedback',
    commentToo: 'Ihr Kommentar wurde ebenfalls gesendet.',
    recorded: 'Ihre Antwort wurde gespeichert.',
    backToPage: 'Zurück zur Seite, die Sie gelesen haben',
    goHome: 'Zur Startseite',
  },
} satisfies Messages;

/**
 * The English interface strings: the catalogue every other language's must match key for key
 * (each `satisfies Messages`, so a missing or extra key fails the type check). Values are ICU
 * messages (next-intl), namespaced by the component or area that shows them; `<tag>` marks where
 * a component puts a link or emphasis. Content (articles, troubleshooters) is not here: it has its
 * own files. /insights is for the site's own team and stays in English.
 */
export const en = {
  Language: {
    name: 'English',
  },
  Metadata: {
    title: '{site}: troubleshooting Windows sign-in on the web',
    titleTemplate: '%s | {site}',
    description: 'Step-by-step fixes and guided troubleshooters for Windows Integrated Authentication problems.',
  },
  SiteHeader: {
    skipToContent: 'Skip to content',
    mainNav: 'Main',
    articles: 'Articles',
    troubleshooters: 'Troubleshooters',
    readHeaders: 'Read headers',
  },
  SiteFooter: {
    about: '{site}: fixes for Windows sign-in problems on the web, checked against official documentation.',
  },
  Copy: {
    copy: 'Copy',
    copyLink: 'Copy link',
    copied: 'Copied',
    failed: 'Copy failed',
  },
  NotFound: {
    title: 'Page not found',
    heading: 'We could not find that page',
    mayHaveMoved: 'The link may be mistyped or cut short, or the page may have moved.',
    mayHaveMovedHelp:
      'The link may be mistyped or cut short, or the page may have moved. If someone sent you this link, what you need is probably one of these, or search for the symptom you are seeing.',
    missingStep: 'This link points to a step of <strong>{tree}</strong> that does not exist (any more). <start>Start that troubleshooter from the beginning</start>.',
    browseAll: 'Browse all articles',
    troubleshooters: 'Guided troubleshooters',
    homePage: '{site} home page',
    startTree: 'Start “{tree}” from the beginning',
    recentHeading: 'Recently updated articles, by the symptoms they cover',
    symptoms: 'Symptoms: {symptoms}',
    seeAll: 'See all {count} articles',
    goHome: 'Go to the {site} home page',
  },
  Home: {
    heading: 'Fix Windows sign-in problems on your intranet sites',
    intro:
      'Fixpath explains why Windows Integrated Authentication fails, how to confirm the cause and how to fix it, with every step linkable so a helpdesk agent can paste the exact one into a ticket.',
    troubleshootersHeading: 'Not sure what is wrong? Answer a few questions',
    recentHeading: 'Recently updated articles',
    seeAll: 'See <all>all {count} articles</all>, or browse <product>by product</product> or <tag>by tag</tag>.',
  },
  Search: {
    title: 'Search',
    titleWithQuery: 'Search: {query}',
    headingWithQuery: 'Search results for “{query}”',
    results:
      '{count, plural, one {1 result} other {# results}}, best match first. Each result opens the section it was found in.',
    bestResults: 'The {count} best results, best match first. Each result opens the section it was found in.',
    formLandmark: 'Search again',
    siteLandmark: 'Search the site',
    formLabel: 'Search for a symptom, an error message or a setting',
    submit: 'Search',
    forExample: 'For example:',
    browseInstead:
      'You can also <all>browse all articles</all> or, if you are not sure what is wrong, <trees>answer a few questions in a guided troubleshooter</trees>.',
    emptyHeading: 'What to search for',
    emptyHelp:
      'Type what you see: a symptom in your own words, the text of an error message, an error code such as 401, or the name of a setting.',
    noResultsHeading: 'Nothing matched “{query}”',
    tipFewerWords: 'Use fewer words: the error code or the setting name alone often finds it.',
    tipSpelling: 'Check the spelling of product and setting names; small typos are forgiven, longer ones are not.',
    tipDescribe: 'Describe what you see rather than what you think the cause is.',
  },
  SearchResult: {
    article: 'Article',
    section: 'Section',
    procedure: 'Procedure',
    step: 'Step',
    troubleshooter: 'Guided troubleshooter',
  },
  SearchBox: {
    landmark: 'Site',
    label: 'Search articles and troubleshooters',
    placeholder: 'Search (press /)',
    submit: 'Search',
    suggestions: 'Suggestions',
    seeAll: 'See all results for “{query}”',
    article: 'Article',
    loading: 'Loading suggestions…',
    unavailable: 'Suggestions are unavailable. Press Enter to search.',
    noSuggestions: 'No suggestions for {query}. Press Enter to search all articles.',
    suggestionCount: '{count, plural, one {1 suggestion} other {# suggestions}}. Use the up and down arrow keys to choose one.',
  },
  Article: {
    notSure: 'Not sure this is your problem? <start>Start the guided troubleshooter</start>',
    navigation: 'Article navigation',
    feedbackQuestion: 'Was this article helpful?',
    onThisPage: 'On this page',
    related: 'Related articles',
    symptomsOf: 'Symptoms covered by {title}: search for one',
  },
  ArticleMeta: {
    appliesTo: 'Applies to',
    lastUpdated: 'Last updated',
    products: 'Products',
    tags: 'Tags',
    source: 'Source',
    edit: 'Edit this page',
  },
  Corrections: {
    correctedOn: 'Corrected on <time>{date}</time>',
    ifFollowed: 'If you followed the earlier advice:',
  },
  Browse: {
    allArticles: 'All articles',
    allArticlesPage: 'All articles, page {page} of {count}',
    allArticlesIntro:
      '{total, plural, one {# article} other {# articles}}, by title{paged, select, yes {; showing {first}–{last}} other {}}. You can also browse <product>by product</product> or <tag>by tag</tag>, or search from the box at the top of the page.',
    byProduct: 'Browse by product',
    byTag: 'Browse by tag',
    allOfKind: '{kind, select, tag {All tags} other {All products}}',
    group: '{kind, select, tag {Tag} other {Product}}: {name}',
    groupPage: '{kind, select, tag {Tag} other {Product}}: {name}, page {page} of {count}',
    groupNotFound: '{kind, select, tag {Tag} other {Product}} not found',
    groupCount:
      '{total, plural, one {# article} other {# articles}}{paged, select, yes {, newest first; showing {first}–{last}} other {}}',
    pages: 'Pages',
    previous: 'Previous page',
    next: 'Next page',
    page: 'Page ',
  },
  Feedback: {
    yes: 'Yes',
    no: 'No',
    thanks: 'Thank you for your feedback.',
    sendComment: 'Send comment',
    commentSent: 'Thank you: your comment was sent.',
    commentLabel: '{helpful, select, no {What was missing or wrong?} other {Anything to add?}} (optional)',
    commentHint: 'Up to {max, number} characters. Please leave out names, e-mail addresses and passwords.',
    notSent: 'Your feedback could not be sent: the site did not answer. Please try again.',
    serverAnswered: 'The server answered {status}.',
    thanksTitle: 'Thank you for your feedback',
    commentToo: 'Your comment was sent too.',
    recorded: 'Your answer was recorded.',
    backToPage: 'Back to the page you were reading',
    goHome: 'Go to the home page',
  },
};

export type Messages = typeof en;

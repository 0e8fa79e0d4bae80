// @ts-check
/**
 * Clients that read a page's <head> and run no script: link previewers and crawlers. Next streams a
 * page's metadata into the body for every other client once the head is sent, where these would
 * never see it, so next.config.mjs names them in `htmlLimitedBots` and they get the metadata in the
 * head. That setting replaces Next's own list (its html-bots.ts), so the list is kept whole here and
 * the unfurlers of the tools a helpdesk pastes links into are added: Teams and Outlook
 * (SkypeUriPreview, MicrosoftPreview), Jira and Confluence (Atlassian), Zendesk, Telegram,
 * Mattermost, and the Iframely and Embedly services behind many others' previews. Plain JavaScript,
 * so next.config.mjs and the tests read the same list.
 */
const NEXT_DEFAULT_HTML_BOTS =
  '[\\w-]+-Google|Google-[\\w-]+|Chrome-Lighthouse|Slurp|DuckDuckBot|baiduspider|yandex|sogou|bitlybot|tumblr|vkShare|quora link preview|redditbot|ia_archiver|Bingbot|BingPreview|applebot|facebookexternalhit|facebookcatalog|Twitterbot|LinkedInBot|Slackbot|Discordbot|WhatsApp|SkypeUriPreview|Yeti|googleweblight';
const HELPDESK_UNFURLERS = 'MicrosoftPreview|Teams|Atlassian|JIRA|Confluence|Zendesk|TelegramBot|Mattermost|Iframely|Embedly|Slack-ImgProxy';

export const htmlLimitedBots = new RegExp(`${NEXT_DEFAULT_HTML_BOTS}|${HELPDESK_UNFURLERS}`, 'i');

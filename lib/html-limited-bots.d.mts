/** User agents that get a page's metadata in its <head>, never streamed (next.config.mjs `htmlLimitedBots`). */
export declare const htmlLimitedBots: RegExp;

import { describe, expect, it } from 'vitest';
import { parseSiteConfig } from '@/lib/site-config';

describe('site settings from the environment', () => {
  it('prerenders the newest 12 articles (those the home page lists) unless told otherwise', () => {
    expect(parseSiteConfig({}).prerenderedArticles).toBe(12);
    expect(parseSiteConfig({ FIXPATH_PRERENDER_ARTICLES: '' }).prerenderedArticles).toBe(12);
    expect(parseSiteConfig({ FIXPATH_PRERENDER_ARTICLES: '0' }).prerenderedArticles).toBe(0);
    expect(parseSiteConfig({ FIXPATH_PRERENDER_ARTICLES: '250' }).prerenderedArticles).toBe(250);
  });

  it.each([
    ['ten', 'FIXPATH_PRERENDER_ARTICLES must be a whole number'],
    ['2.5', 'FIXPATH_PRERENDER_ARTICLES must be a whole number'],
    ['-1', 'FIXPATH_PRERENDER_ARTICLES cannot be negative'],
  ])('refuses FIXPATH_PRERENDER_ARTICLES=%s, naming the variable', (value, message) => {
    expect(() => parseSiteConfig({ FIXPATH_PRERENDER_ARTICLES: value })).toThrow(message);
  });

  it('prerenders the 12 steps of each troubleshooter nearest its start unless told otherwise', () => {
    expect(parseSiteConfig({}).prerenderedSteps).toBe(12);
    expect(parseSiteConfig({ FIXPATH_PRERENDER_STEPS: '0' }).prerenderedSteps).toBe(0);
    expect(parseSiteConfig({ FIXPATH_PRERENDER_STEPS: '500' }).prerenderedSteps).toBe(500);
    expect(() => parseSiteConfig({ FIXPATH_PRERENDER_STEPS: '-3' })).toThrow('FIXPATH_PRERENDER_STEPS cannot be negative');
    expect(() => parseSiteConfig({ FIXPATH_PRERENDER_STEPS: 'all' })).toThrow('FIXPATH_PRERENDER_STEPS must be a whole number');
  });

  it('lists 20 articles per tag or product page unless told otherwise, and refuses a page of none', () => {
    expect(parseSiteConfig({}).browsePageSize).toBe(20);
    expect(parseSiteConfig({ FIXPATH_BROWSE_PAGE_SIZE: '3' }).browsePageSize).toBe(3);
    expect(() => parseSiteConfig({ FIXPATH_BROWSE_PAGE_SIZE: '0' })).toThrow('FIXPATH_BROWSE_PAGE_SIZE must be at least 1');
    expect(() => parseSiteConfig({ FIXPATH_BROWSE_PAGE_SIZE: 'many' })).toThrow('FIXPATH_BROWSE_PAGE_SIZE must be a whole number');
  });

  it('lists 100 titles per page of all articles unless told otherwise', () => {
    expect(parseSiteConfig({}).allArticlesPageSize).toBe(100);
    expect(parseSiteConfig({ FIXPATH_ALL_ARTICLES_PAGE_SIZE: '3' }).allArticlesPageSize).toBe(3);
    expect(() => parseSiteConfig({ FIXPATH_ALL_ARTICLES_PAGE_SIZE: '0' })).toThrow('FIXPATH_ALL_ARTICLES_PAGE_SIZE must be at least 1');
  });

  it('falls back to the default repository for "Edit this page" links', () => {
    const config = parseSiteConfig({ FIXPATH_REPOSITORY_BRANCH: 'content' });
    expect(config.repositoryUrl).toBe('https://github.com/fixpath/fixpath');
    expect(config.repositoryBranch).toBe('content');
  });

  it('takes the public origin for absolute links from FIXPATH_PUBLIC_URL, and refuses a path or a non-URL', () => {
    expect(parseSiteConfig({}).publicUrl).toBeUndefined();
    expect(parseSiteConfig({ FIXPATH_PUBLIC_URL: 'https://support.example.com/' }).publicUrl).toBe('https://support.example.com');
    expect(() => parseSiteConfig({ FIXPATH_PUBLIC_URL: 'support.example.com' })).toThrow('FIXPATH_PUBLIC_URL must be an absolute');
    expect(() => parseSiteConfig({ FIXPATH_PUBLIC_URL: 'https://example.com/help' })).toThrow('origin only');
  });
});

import { describe, expect, it } from 'vitest';
import type { OutlinedArticle } from '@/lib/content/validated-content';
import { searchCorpus } from '@/lib/search/documents';
import { buildSiteSearch } from '@/lib/search/engine';
import { searchSite } from '@/lib/search/query';

function article(slug: string, fields: Partial<OutlinedArticle>): OutlinedArticle {
  return { slug, title: slug, summary: 'A summary.', symptoms: ['something fails'], products: [], anchors: [], sections: [], ...fields };
}

const body = (text: string): Partial<OutlinedArticle> => ({
  anchors: [{ id: 'details', kind: 'heading', title: 'Details', line: 3, level: 2 }],
  sections: [{ anchorId: 'details', text }],
});

describe('field boosts', () => {
  it('ranks a word in a title above the same word in body text', () => {
    const search = buildSiteSearch(
      searchCorpus([article('in-body', body('The spooler stops. The spooler restarts.')), article('in-title', { title: 'The spooler stops' })], []),
    );
    expect(searchSite(search, 'spooler')[0]?.href).toBe('/articles/in-title');
  });

  it('ranks a symptom above the same words in body text', () => {
    const search = buildSiteSearch(
      searchCorpus([article('in-body', body('The printer shows as offline all day.')), article('symptom', { symptoms: ['printer shows as offline'] })], []),
    );
    expect(searchSite(search, 'printer offline')[0]?.href).toBe('/articles/symptom');
  });

  it('ranks a section heading above the same word in another section’s text', () => {
    const search = buildSiteSearch(
      searchCorpus(
        [
          article('two-sections', {
            anchors: [
              { id: 'proxy', kind: 'heading', title: 'Check the proxy', line: 3, level: 2 },
              { id: 'other', kind: 'heading', title: 'Other checks', line: 9, level: 2 },
            ],
            sections: [
              { anchorId: 'proxy', text: 'Open the settings.' },
              { anchorId: 'other', text: 'A proxy may also be involved here.' },
            ],
          }),
        ],
        [],
      ),
    );
    expect(searchSite(search, 'proxy')[0]?.href).toBe('/articles/two-sections#proxy');
  });
});

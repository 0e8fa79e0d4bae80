import { describe, expect, it } from 'vitest';
import { de } from '@/lib/i18n/messages/de';
import { en } from '@/lib/i18n/messages/en';
import { TICKET_FORMATS, writeTicketSummary } from '@/lib/wizard/ticket-summary/formats';
import type { TicketSummary } from '@/lib/wizard/ticket-summary/model';
import { ENGLISH_TICKET_WORDS } from '@/lib/wizard/ticket-summary/words';

const summary: TicketSummary = {
  troubleshooter: 'Anmeldung schlägt fehl',
  answers: [{ question: 'Welcher Browser?', answer: 'Edge' }],
  at: {
    kind: 'outcome',
    title: 'Anbieter ändern',
    summary: 'NTLM an erste Stelle setzen.',
    fix: {
      title: 'NTLM zuerst',
      articleTitle: 'Windows-Anmeldung',
      url: 'https://fixpath.example/articles/a#fix',
      steps: [
        {
          number: 1,
          title: 'Wert setzen',
          url: 'https://fixpath.example/articles/a#set',
          details: [{ kind: 'registry', key: 'HKLM\\SOFTWARE\\Demo', name: 'On', type: 'REG_DWORD', data: '1', note: 'Beispiel' }],
        },
      ],
    },
  },
  stepUrl: 'https://fixpath.example/wizard/t/s',
};

describe('a ticket summary in the page’s language', () => {
  it('uses the catalogue’s English words by default, so an English summary reads as before', () => {
    expect(en.TicketSummary).toBe(ENGLISH_TICKET_WORDS);
    for (const format of TICKET_FORMATS) expect(writeTicketSummary(summary, format.id)).toBe(writeTicketSummary(summary, format.id, ENGLISH_TICKET_WORDS));
  });

  it.each(TICKET_FORMATS.map((format) => format.id))('writes every fixed word in German in the %s format, and keeps values as they are', (format) => {
    const text = writeTicketSummary(summary, format, de.TicketSummary);
    for (const word of ['Problembehandlung', 'Antworten', 'Ergebnis', 'Lösung im Artikel', 'Dieser Schritt der Problembehandlung']) expect(text).toContain(word);
    for (const word of ['Troubleshooter', 'Outcome', 'Answers', 'Fix in the article', 'Registry']) expect(text).not.toContain(word);
    expect(text).toContain('REG_DWORD');
    // Jira shows the key inside {noformat}, written as it is, like the other formats.
    expect(text).toContain('HKLM\\SOFTWARE\\Demo');
  });
});

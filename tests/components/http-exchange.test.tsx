// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HttpExchange } from '@/components/mdx/http-exchange';
import { HttpMessage } from '@/components/mdx/http-message';

const TOKEN = `Negotiate ${'YIIGhgYGKwYBBQUCoIIGejCCBnagMDAu'.repeat(8)}`;

function renderHandshake() {
  return render(
    <HttpExchange title="Kerberos handshake">
      <HttpMessage from="client">
        <pre>
          <code>{'GET /intranet/ HTTP/1.1\nHost: intranet.corp.example\n'}</code>
        </pre>
      </HttpMessage>
      <HttpMessage from="server" note="The server offers two schemes.">
        <pre>
          <code>{'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Negotiate\nWWW-Authenticate: NTLM\n'}</code>
        </pre>
      </HttpMessage>
      <HttpMessage from="client">
        <pre>
          <code>{`GET /intranet/ HTTP/1.1\nAuthorization: ${TOKEN}\n`}</code>
        </pre>
      </HttpMessage>
    </HttpExchange>,
  );
}

describe('HttpExchange and HttpMessage', () => {
  it('lists the messages in order, named by the title', () => {
    renderHandshake();
    const list = screen.getByRole('list', { name: 'Kerberos handshake' });
    expect(list.tagName).toBe('OL');
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
  });

  it('says who speaks, in text a screen reader reads', () => {
    renderHandshake();
    const [request, response] = screen.getAllByRole('listitem');
    expect(request).toHaveTextContent(/Browser.*to.*server/);
    expect(response).toHaveTextContent(/Server.*to.*browser/);
  });

  it('shows the status line with the status emphasised', () => {
    renderHandshake();
    const response = screen.getAllByRole('listitem')[1]!;
    expect(response).toHaveTextContent('HTTP/1.1 401 Unauthorized');
    expect(within(response).getByText('401 Unauthorized').tagName).toBe('STRONG');
  });

  it('shows the request line with the method emphasised', () => {
    renderHandshake();
    const request = screen.getAllByRole('listitem')[0]!;
    expect(request).toHaveTextContent('GET /intranet/ HTTP/1.1');
    expect(within(request).getByText('GET').tagName).toBe('STRONG');
  });

  it('shows each header as a name and its value, repeated headers included', () => {
    renderHandshake();
    const response = screen.getAllByRole('listitem')[1]!;
    const names = within(response).getAllByRole('term').map((term) => term.textContent);
    const values = within(response).getAllByRole('definition').map((value) => value.textContent);
    expect(names).toEqual(['WWW-Authenticate', 'WWW-Authenticate']);
    expect(values).toEqual(['Negotiate', 'NTLM']);
  });

  it('keeps a long token intact as one header value', () => {
    renderHandshake();
    const request = screen.getAllByRole('listitem')[2]!;
    expect(within(request).getByRole('definition')).toHaveTextContent(TOKEN);
  });

  it('shows the note', () => {
    renderHandshake();
    expect(screen.getByText('The server offers two schemes.')).toBeInTheDocument();
  });

  it('is named "HTTP exchange" without a title', () => {
    render(
      <HttpExchange>
        <HttpMessage from="client">{'GET / HTTP/1.1'}</HttpMessage>
      </HttpExchange>,
    );
    expect(screen.getByRole('list', { name: 'HTTP exchange' })).toBeInTheDocument();
  });
});

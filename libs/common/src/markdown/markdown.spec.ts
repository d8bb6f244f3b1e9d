import { renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
  it('renders markdown to HTML and plain text', () => {
    const { html, text } = renderMarkdown('**Bonjour** _à tous_\n\n- un\n- deux');
    expect(html).toContain('<strong>Bonjour</strong>');
    expect(html).toContain('<em>à tous</em>');
    expect(html).toContain('<li>un</li>');
    expect(text).toBe('Bonjour à tous un deux');
  });

  it.each([
    ['a script tag', '<script>alert(1)</script>', /<script/i],
    ['an event handler', '<img src=x onerror="alert(1)">', /<[^>]*\sonerror=/i],
    ['a javascript: link', '[clic](javascript:alert(1))', /href="javascript:/i],
    ['a data: link', '[clic](data:text/html;base64,PHNjcmlwdD4=)', /href="data:/i],
    ['an iframe', '<iframe src="https://evil.example"></iframe>', /<iframe/i],
    ['a style attribute', '<p style="background:url(javascript:alert(1))">x</p>', /<[^>]*\sstyle=/i],
  ])('neutralises %s (escaped to text at most)', (_, source, forbidden) => {
    expect(renderMarkdown(source).html).not.toMatch(forbidden);
  });

  it('neutralises a markdown link whose URL is javascript: written with entities or case', () => {
    for (const source of [
      '[x](JaVaScRiPt:alert(1))',
      '[x](&#106;avascript:alert(1))',
      '<a href="javascript:alert(1)">x</a>',
    ]) {
      expect(renderMarkdown(source).html).not.toMatch(/<a\s[^>]*href="\s*(j|&#)/i);
    }
  });

  it('keeps safe links, opening outside without passing the opener', () => {
    const { html } = renderMarkdown('[doc](https://example.com/a?b=1) and https://relais.example');
    expect(html).toContain('href="https://example.com/a?b=1"');
    expect(html).toContain('rel="noopener noreferrer nofollow"');
    expect(html).toContain('href="https://relais.example"');
  });
});

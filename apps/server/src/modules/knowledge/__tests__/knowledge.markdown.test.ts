import { renderArticleMarkdown, sanitizeArticleHtml } from '../knowledge.markdown';

describe('the article sanitiser', () => {
  it('removes what could run code even when raw HTML reaches it', () => {
    const html = sanitizeArticleHtml(
      '<p onclick="x()">a</p><script>alert(1)</script><a href="javascript:alert(1)">b</a><a href="data:text/html,x">c</a><iframe src="https://x"></iframe><style>p{}</style>',
    );
    expect(html).toBe('<p>a</p><a rel="noopener noreferrer">b</a><a rel="noopener noreferrer">c</a>');
  });

  it('keeps headings, lists, emphasis and web links', () => {
    expect(renderArticleMarkdown('# Kop\n\n- een\n- *twee*\n\n[CBS](https://www.cbs.nl/)')).toBe(
      '<h2>Kop</h2>\n<ul>\n<li>een</li>\n<li><em>twee</em></li>\n</ul>\n<p><a href="https://www.cbs.nl/" rel="noopener noreferrer">CBS</a></p>\n',
    );
  });

  it('shows raw HTML in the Markdown as text instead of rendering it', () => {
    expect(renderArticleMarkdown('<b>x</b>')).toBe('<p>&lt;b&gt;x&lt;/b&gt;</p>\n');
  });
});

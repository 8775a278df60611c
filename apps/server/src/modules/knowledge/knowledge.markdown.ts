import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

/**
 * Markdown to safe HTML, in two independent layers: markdown-it with raw HTML switched off (HTML in
 * the text stays visible text), then sanitize-html with an allow-list of tags, attributes and link
 * schemes. The second layer is what makes the output safe even if the first ever lets something by.
 */
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'h2',
    'h3',
    'h4',
    'p',
    'br',
    'hr',
    'ul',
    'ol',
    'li',
    'strong',
    'em',
    'a',
    'blockquote',
    'code',
    'pre',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  allowedAttributes: { a: ['href', 'title', 'rel'], ol: ['start'], th: ['scope'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    // the article title is the page's h1; headings in the text start one level lower
    h1: 'h2',
    h5: 'h4',
    h6: 'h4',
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: 'noopener noreferrer' } }),
  },
};

/** Removes everything not on the allow-list (scripts, event handlers, javascript: and data: links, styles). */
export function sanitizeArticleHtml(html: string): string {
  return sanitizeHtml(html, SANITIZE_OPTIONS);
}

/** The HTML of an article's Markdown text, safe to insert into a page. */
export function renderArticleMarkdown(text: string): string {
  return sanitizeArticleHtml(markdown.render(text));
}

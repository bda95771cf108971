import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/articles/markup.js';

const page = (head: string, body: string): string => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;

describe('htmlToText: text', () => {
  it.each<[string, string, string]>([
    ['paragraphs as lines', '<p>One.</p><p>Two.</p>', 'One.\nTwo.'],
    ['line breaks and divs', '<div>One<br>Two<br/>Three</div>', 'One\nTwo\nThree'],
    ['headings as lines', '<h2>Outlook</h2><p>Shares rose.</p>', 'Outlook\nShares rose.'],
    ['list items as bullets', '<ul><li>Price: $5</li><li>RSI: <b>29.4</b></li></ul>', '- Price: $5\n- RSI: 29.4'],
    ['list items wrapping paragraphs', '<ul><li><p>Price: $5</p></li></ul>', '- Price: $5'],
    ['table rows as lines, cells spaced', '<table><tr><td>Price</td><td>€5</td></tr><tr><td>P/E</td><td>22</td></tr></table>', 'Price €5\nP/E 22'],
    ['inline tags stripped without spaces', '<p>Ali<span>baba</span> rose <a href="/x">3%</a>.</p>', 'Alibaba rose 3%.'],
    ['whitespace collapsed', '<p>  Shares\n   rose\t 3%. </p>', 'Shares rose 3%.'],
    ['scripts, styles and noscript dropped', '<p>A</p><script>var p = "<p>$5</p>";</script><style>p{}</style><noscript>Enable JS</noscript><p>B</p>', 'A\nB'],
    ['nav, aside, footer, forms and buttons dropped', '<nav>Home</nav><p>A</p><aside>Related: X</aside><form>Email</form><button>Share</button><footer>© 2025</footer>', 'A'],
    ['comments and CDATA dropped', '<p>A<!-- hidden $5 --></p><![CDATA[ x ]]><p>B</p>', 'A\nB'],
    ['an unclosed script dropped to the end', '<p>A</p><script>var x = 1;', 'A'],
    ['a less-than sign in text kept', '<p>P/E &lt; 25 and 3 < 5</p>', 'P/E < 25 and 3 < 5'],
  ])('%s', (_name, body, text) => {
    expect(htmlToText(page('', body)).text).toBe(text);
  });

  it.each<[string, string]>([
    ['&euro;148.20 &pound;4.50 &yen;900', '€148.20 £4.50 ¥900'],
    ['A&nbsp;B', 'A B'],
    ['AT&amp;T &mdash; S&amp;P 500', 'AT&T — S&P 500'],
    ['Alibaba&rsquo;s &ldquo;Qwen&rdquo;', 'Alibaba’s “Qwen”'],
    ['&#8364;5 &#x20AC;6 &#x20ac;7', '€5 €6 €7'],
    ['&hellip; &trade; &copy; &reg;', '… ™ © ®'],
    ['R&D and P&L', 'R&D and P&L'],
  ])('decodes the entities in %j', (html, text) => {
    expect(htmlToText(`<p>${html}</p>`).text).toBe(text);
  });
});

describe('htmlToText: title, date and link', () => {
  it('takes the first h1 as the title and out of the text', () => {
    const parts = htmlToText(page('<title>Site | Other</title>', '<h1>Alibaba <em>shares</em> rise</h1><p>Body.</p>'));
    expect(parts).toMatchObject({ title: 'Alibaba shares rise', text: 'Body.' });
  });

  it.each<[string, string, string | null]>([
    ['the page title without the site name', '<title>Alibaba shares rise | Example News</title>', 'Alibaba shares rise'],
    ['the page title with a site name first', '<title>Example &mdash; Alibaba shares rise on cloud hopes</title>', 'Alibaba shares rise on cloud hopes'],
    ['og:title over the page title', '<meta property="og:title" content="Alibaba &amp; Baidu rise"><title>X</title>', 'Alibaba & Baidu rise'],
    ['nothing', '', null],
  ])('without an h1, uses %s', (_name, head, title) => {
    expect(htmlToText(page(head, '<p>Body.</p>')).title).toBe(title);
  });

  it.each<[string, string, string, string | null]>([
    ['article:published_time', '<meta property="article:published_time" content="2025-03-03T10:00:00Z">', '', '2025-03-03T10:00:00Z'],
    ['content before property', '<meta content="2025-03-03" property="article:published_time">', '', '2025-03-03'],
    ['a name="pubdate" meta', "<meta name='pubdate' content='2025-03-03'>", '', '2025-03-03'],
    ['JSON-LD datePublished', '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-03-03T08:00:00+08:00"}</script>', '', '2025-03-03T08:00:00+08:00'],
    ['a time element in the body', '', '<p>By X <time datetime="2025-03-04T09:00:00Z">March 4</time></p>', '2025-03-04T09:00:00Z'],
    ['the meta over a time element', '<meta property="article:published_time" content="2025-03-03">', '<time datetime="2025-03-04">x</time>', '2025-03-03'],
    ['a time element in a sidebar ignored', '', '<aside><time datetime="2020-01-01">old</time></aside><p>Body</p>', null],
  ])('finds the date from %s', (_name, head, body, dateText) => {
    expect(htmlToText(page(head, body)).dateText).toBe(dateText);
  });

  it.each<[string, string, string | null]>([
    ['a canonical link', '<link rel="canonical" href="https://example.com/a?x=1&amp;y=2">', 'https://example.com/a?x=1&y=2'],
    ['og:url', '<meta property="og:url" content="https://example.com/b">', 'https://example.com/b'],
    ['the canonical link over og:url', '<meta property="og:url" content="https://example.com/b"><link href="https://example.com/a" rel="canonical">', 'https://example.com/a'],
    ['no link', '<link rel="stylesheet" href="/s.css">', null],
  ])('finds the link from %s', (_name, head, url) => {
    expect(htmlToText(page(head, '<p>x</p>')).url).toBe(url);
  });
});

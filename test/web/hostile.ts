/**
 * Hostile articles for the XSS tests: markup and script in the text, event-handler attributes, `javascript:`
 * links, `</script>` inside text, bidi override characters, and an enormous attribute. Every payload, if it
 * ever ran, would set `window.__xss`; the tests assert it never does and that the text shows as text.
 */

/** A payload that records that it ran. */
const RUN = (n: number): string => `window.__xss=(window.__xss||[]).concat(${n})`;

export const HOSTILE_TEXT = [
  'Hostile Times: <script>' + RUN(1) + '</script> headline',
  '',
  `The spokesman said on Monday that “<img src=x onerror="${RUN(2)}"> was never a threat,” and added </script><script>${RUN(3)}</script> twice.`,
  '',
  `“Click <a href="javascript:${RUN(4)}">here</a> for more,” said Maria Lopez, the minister.`,
  '',
  // Bidi overrides: the right-to-left override must not reorder the text outside its mark.
  'Officials said the file was named \u202Etxt.exe\u202C and that \u2066isolated\u2069 text stayed in place.',
  '',
  // A claim and its denial, so the claims board shows hostile words too.
  `The ministry on Tuesday denied reports that <b onmouseover="${RUN(8)}">officials</b> met the rebels in Geneva.`,
  '',
  `<svg onload="${RUN(5)}"><iframe srcdoc="<script>${RUN(6)}</script>"></iframe></svg> {{constructor.constructor('${RUN(7)}')()}}`,
].join('\n');

/** An HTML page whose metadata carries payloads too: title, canonical link, author, and a huge attribute. */
export function hostilePage(): string {
  const huge = 'A'.repeat(2_000_000);
  return `<!doctype html><html><head>
<title>&lt;img src=x onerror="${RUN(10)}"&gt; Mayor speaks</title>
<link rel="canonical" href="javascript:${RUN(11)}">
<meta name="author" content="&lt;script&gt;${RUN(12)}&lt;/script&gt;">
<meta property="og:site_name" content="&lt;b onmouseover=${RUN(13)}&gt;Site">
</head><body data-huge="${huge}">
<article><h1>Mayor &lt;script&gt;${RUN(14)}&lt;/script&gt; speaks</h1>
<p onclick="${RUN(15)}">The mayor said on Tuesday that the bridge would reopen in May, according to the city.</p>
<p>“We will not wait &lt;/script&gt;&lt;script&gt;${RUN(16)}&lt;/script&gt;,” said Anna Berg, the city engineer.</p>
<p><a href="javascript:${RUN(17)}">More</a> about the \u202Eevil\u202C plan.</p>
</article></body></html>`;
}

/**
 * What a client sends (text, HTML, or a URL to fetch) → the analyser's input, through the same readers as the
 * command line: HTML extraction from src/ingest/html, URLs through the SSRF-guarded Fetcher.
 */
import type { AnalyzeInput } from '../analyzer.js';
import { checkPublished } from '../analyzer.js';
import { readInput } from '../ingest/files.js';
import { htmlInput } from '../ingest/html/document.js';
import type { Fetcher } from '../ingest/net/fetch.js';
import { VerbatimError } from '../model/errors.js';

export interface SubmittedArticle {
  readonly text?: string | undefined;
  readonly html?: string | undefined;
  readonly url?: string | undefined;
  readonly published?: string | undefined;
  readonly title?: string | undefined;
}

/** Where a pasted text says it came from in its metadata. */
export const PASTED_SOURCE = 'pasted';

export async function toAnalyzeInput(body: SubmittedArticle, fetcher: Fetcher): Promise<AnalyzeInput> {
  const given = [body.text, body.html, body.url].filter((v) => v !== undefined).length;
  if (given !== 1) {
    throw new VerbatimError('E_OPTION_INVALID', `give exactly one of text, html or url (got ${given})`, {
      hint: 'send {"text": "…"}, {"html": "<html>…"} or {"url": "https://…"}',
    });
  }
  const published = body.published ? checkPublished(body.published) : undefined;
  let input: AnalyzeInput;
  if (body.url !== undefined) {
    input = await readInput({ source: body.url }, { fetcher });
  } else if (body.html !== undefined) {
    input = htmlInput(body.html, { source: 'upload.html' });
  } else {
    input = { text: body.text!, meta: { source: PASTED_SOURCE } };
  }
  const meta = { ...input.meta, ...(body.title && !input.meta?.title ? { title: body.title } : {}) };
  return { ...input, meta, ...(published ? { published } : {}) };
}

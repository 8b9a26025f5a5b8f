/**
 * The claims board: each claim some response answers, with its denials, confirmations, disputes and
 * retractions from any article — by whom, when, and the words on each article's text (links focus them in
 * their article). A link across articles shows its score and the names and words the two share.
 */
import type { JSX } from 'preact';
import { query } from '../api.js';
import { FilterForm } from '../components/filter-form.js';
import { MoreButton } from '../components/lists.js';
import { ErrorNote } from '../components/status.js';
import { href } from '../router.js';
import type { BoardClaim, BoardResponse } from '../types.js';
import { usePaged } from '../use-api.js';

/** The response's sentence with its cue word in bold (as text nodes: the words are the article's own). */
function Sentence({ r }: { r: BoardResponse }): JSX.Element | null {
  const s = r.sentence;
  if (!s) return r.cue ? <strong>{r.cue.text}</strong> : null;
  const c = r.cue;
  if (!c || c.start < s.start || c.end > s.end) return <>{s.text}</>;
  return (
    <>
      {s.text.slice(0, c.start - s.start)}
      <strong class="cue">{s.text.slice(c.start - s.start, c.end - s.start)}</strong>
      {s.text.slice(c.end - s.start)}
    </>
  );
}

function Evidence({ r, claim }: { r: BoardResponse; claim: BoardClaim }): JSX.Element {
  if (r.basis !== 'cross-article') {
    return <span class="muted small">same article ({r.basis})</span>;
  }
  const names = r.evidence?.sharedNames ?? [];
  const words = r.evidence?.sharedWords ?? [];
  return (
    <span class="muted small">
      {r.articleId === claim.articleId ? 'same article' : 'another article'}, link score {r.score.toFixed(2)}
      {names.length ? `; shared names: ${names.join(', ')}` : ''}
      {words.length ? `; shared words: ${words.join(', ')}` : ''}
    </span>
  );
}

function ClaimCard({ c }: { c: BoardClaim }): JSX.Element {
  return (
    <li class="claim">
      <div class="row-head">
        {c.claimant ? (
          <a href={href(['actor', c.claimant])} class="speaker">
            {c.claimant}
          </a>
        ) : (
          <span class="muted">unattributed</span>
        )}{' '}
        <span class="muted">{c.date ?? 'undated'}</span>
      </div>
      <a href={href(['article', String(c.articleId)], { s: c.id })} class="quote claim-text">
        {c.content.text}
      </a>
      {c.articleTitle ? <div class="muted small">in {c.articleTitle}</div> : null}
      <ol class="responses">
        {c.responses.map((r) => (
          <li key={`${r.articleId}:${r.id}`} class={`response rel-${r.relation}`}>
            <span class={`badge rel rel-${r.relation}`}>{r.relation}</span>{' '}
            {r.responder ? <a href={href(['actor', r.responder])}>{r.responder}</a> : 'someone'}{' '}
            <span class="muted">{r.date ?? 'undated'}</span>
            {r.articleId !== c.articleId && r.articleTitle ? (
              <span class="muted small"> in {r.articleTitle}</span>
            ) : null}
            <div>
              <a href={href(['article', String(r.articleId)], { s: r.id })} class="quote response-text">
                <Sentence r={r} />
              </a>
            </div>
            <Evidence r={r} claim={c} />
          </li>
        ))}
      </ol>
    </li>
  );
}

export function ClaimsView({ params }: { params: URLSearchParams }): JSX.Element {
  const q = params.get('q') ?? '';
  const claims = usePaged<BoardClaim>(`/api/claims${query({ q, limit: 25 })}`);
  const items = claims.data ?? [];
  return (
    <div>
      <h1>Claims board</h1>
      <p class="muted">
        Claims that someone denied, confirmed, disputed or retracted, the most recently answered first.
      </p>
      <FilterForm route={['claims']}>
        <label>
          Claim holds <input name="q" type="search" defaultValue={q} placeholder="words" />
        </label>
      </FilterForm>
      <ErrorNote error={claims.error} />
      <ul class="rows claims">
        {items.map((c) => (
          <ClaimCard key={`${c.articleId}:${c.id}`} c={c} />
        ))}
      </ul>
      {!claims.loading && items.length === 0 ? <p class="muted">No answered claims match.</p> : null}
      <MoreButton more={claims.more} loading={claims.loading} />
    </div>
  );
}

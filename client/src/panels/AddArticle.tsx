// Add an article: paste text or drop a .txt, .md or .html file; title, URL, publisher and date.
// The new edges reach the canvas through the graphChanged subscription, not through this form.

import { useState, type FormEvent } from 'react';
import { errorMessage } from '../api/client';
import { ingestArticle, type ArticleInput } from '../api/operations';
import { readArticleText } from './articleFile';

export function AddArticle({ onAdded }: { onAdded: () => void }) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  const [source, setSource] = useState('');
  const [date, setDate] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [over, setOver] = useState(false);

  const loadFile = async (file: File) => {
    const draft = readArticleText(file.name, await file.text());
    setText(draft.text);
    if (draft.title) setTitle(draft.title);
    if (draft.url) setUrl(draft.url);
    if (draft.source) setSource(draft.source);
    if (draft.publishedAt) setDate(draft.publishedAt);
    setStatus(`Read ${file.name}.`);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return;
    const input: ArticleInput = { text };
    if (title.trim()) input.title = title.trim();
    if (url.trim()) input.url = url.trim();
    if (source.trim()) input.source = source.trim();
    if (date) input.publishedAt = `${date}T12:00:00Z`;
    setBusy(true);
    try {
      const result = await ingestArticle(input);
      setStatus(
        result.created
          ? `Added “${result.article.title ?? 'untitled'}” (${result.article.lang}). New relations glow on the canvas.`
          : 'This text was added before; nothing changed.',
      );
      setText('');
      setTitle('');
      setUrl('');
      setDate('');
      onAdded();
    } catch (error) {
      setStatus(`Could not add the article: ${errorMessage(error)}`);
    } finally {
      setBusy(false);
    }
  };

  if (!open) {
    return (
      <button
        type="button"
        className="button"
        data-testid="add-article"
        onClick={() => setOpen(true)}
      >
        Add an article…
      </button>
    );
  }
  return (
    <form className="add-article" onSubmit={(e) => void submit(e)} data-testid="add-article-form">
      <h3 className="section-title">Add an article</h3>
      <textarea
        className={over ? 'input drop drop-over' : 'input drop'}
        rows={7}
        placeholder="Paste the article text, or drop a .txt, .md or .html file here"
        aria-label="Article text"
        data-testid="article-text-input"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          const file = e.dataTransfer.files[0];
          if (file) void loadFile(file);
        }}
      />
      <label className="file-pick">
        or choose a file
        <input
          type="file"
          accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void loadFile(file);
          }}
        />
      </label>
      <input
        className="input"
        placeholder="Title"
        aria-label="Title"
        data-testid="article-title-input"
        value={title}
        onChange={(e) => setTitle(e.target.value)}
      />
      <input
        className="input"
        placeholder="URL"
        aria-label="URL"
        type="url"
        value={url}
        onChange={(e) => setUrl(e.target.value)}
      />
      <div className="row">
        <input
          className="input"
          placeholder="Publisher"
          aria-label="Publisher"
          data-testid="article-source-input"
          value={source}
          onChange={(e) => setSource(e.target.value)}
        />
        <input
          className="input"
          type="date"
          aria-label="Publication date"
          data-testid="article-date-input"
          value={date}
          onChange={(e) => setDate(e.target.value)}
        />
      </div>
      <p className="muted small">The language (German or English) is detected from the text.</p>
      <div className="row">
        <button
          type="submit"
          className="button button-primary"
          disabled={busy || !text.trim()}
          data-testid="submit-article"
        >
          {busy ? 'Adding…' : 'Add article'}
        </button>
        <button type="button" className="button button-quiet" onClick={() => setOpen(false)}>
          Close
        </button>
      </div>
      {status && (
        <p className="muted small" role="status" data-testid="add-article-status">
          {status}
        </p>
      )}
    </form>
  );
}

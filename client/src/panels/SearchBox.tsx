// Autocomplete over actor names and aliases (German and English) through `search(text)`;
// choosing a result focuses the actor and highlights its neighbourhood.

import { useCallback, useEffect, useId, useState } from 'react';
import { searchActors } from '../api/operations';
import type { SearchActor } from '../api/types';
import { KindGlyph } from './glyphs';

/** The alias that matched, when the name itself does not contain the text. */
function matchedAlias(actor: SearchActor, text: string): string | null {
  const q = text.trim().toLowerCase();
  if (!q || actor.name.toLowerCase().includes(q) || actor.id.toLowerCase().includes(q)) return null;
  return actor.aliases.find((a) => a.toLowerCase().includes(q)) ?? null;
}

export function SearchBox({ onChoose }: { onChoose: (id: string) => void }) {
  const listId = useId();
  const [text, setText] = useState('');
  const [results, setResults] = useState<SearchActor[]>([]);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const q = text.trim();
    if (!q) return undefined;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      searchActors(q, controller.signal).then(
        (actors) => {
          setResults(actors);
          setActive(0);
        },
        () => undefined,
      );
    }, 120);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text]);

  const shown = text.trim() ? results : [];
  const choose = useCallback(
    (actor: SearchActor | undefined) => {
      if (!actor) return;
      setText(actor.name);
      setOpen(false);
      onChoose(actor.id);
    },
    [onChoose],
  );

  return (
    <div className="search" role="search">
      <input
        type="search"
        data-testid="search-input"
        placeholder="Find actor…  (press /)"
        aria-label="Find actor by name, alias or code"
        role="combobox"
        aria-expanded={open && shown.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && shown[active] ? `${listId}-${active}` : undefined}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setActive((i) => Math.min(shown.length - 1, i + 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((i) => Math.max(0, i - 1));
          } else if (e.key === 'Enter') {
            e.preventDefault();
            choose(shown[active]);
          } else if (e.key === 'Escape') {
            setOpen(false);
            e.currentTarget.blur();
          }
        }}
      />
      {open && shown.length > 0 && (
        <ul className="search-results" id={listId} role="listbox" data-testid="search-results">
          {shown.map((a, i) => {
            const alias = matchedAlias(a, text);
            return (
              <li
                key={a.id}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'active' : ''}
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(a);
                }}
              >
                <KindGlyph kind={a.kind} />
                <span className="search-name">{a.name}</span>
                {alias && <span className="search-alias">“{alias}”</span>}
                <span className="chip-code">{a.id}</span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

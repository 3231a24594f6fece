// Find an actor by name or code and select it.

import { useId, useState, type FormEvent } from 'react';
import type { GraphNode } from '../api/types';
import type { Selection } from '../state/selection';

function find(nodes: readonly GraphNode[], query: string): GraphNode | undefined {
  const q = query.trim().toLowerCase();
  if (!q) return undefined;
  return (
    nodes.find((n) => n.id.toLowerCase() === q || n.name.toLowerCase() === q) ??
    nodes.find((n) => n.name.toLowerCase().startsWith(q)) ??
    nodes.find((n) => n.name.toLowerCase().includes(q))
  );
}

export function ActorSearch({
  nodes,
  onSelect,
}: {
  nodes: readonly GraphNode[];
  onSelect: (selection: Selection) => void;
}) {
  const listId = useId();
  const [query, setQuery] = useState('');
  const [notFound, setNotFound] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const hit = find(nodes, query);
    setNotFound(!hit);
    if (hit) onSelect({ kind: 'actor', id: hit.id });
  };

  return (
    <form className="search" role="search" onSubmit={submit}>
      <input
        type="search"
        placeholder="Find actor (name or code)…"
        aria-label="Find actor"
        list={listId}
        value={query}
        aria-invalid={notFound}
        onChange={(e) => {
          setQuery(e.target.value);
          setNotFound(false);
          // Choosing from the datalist fills the exact name: select at once.
          const exact = nodes.find((n) => n.name === e.target.value);
          if (exact) onSelect({ kind: 'actor', id: exact.id });
        }}
      />
      <datalist id={listId}>
        {nodes.map((n) => (
          <option key={n.id} value={n.name}>
            {n.id}
          </option>
        ))}
      </datalist>
    </form>
  );
}

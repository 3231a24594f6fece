// A table whose column headers sort it (aria-sort tells screen readers which way); each row's
// first cell is a button, so rows are reachable by Tab and chosen with Enter or Space.

import { useMemo, useState, type ReactNode } from 'react';

export interface Column<T> {
  key: string;
  label: string;
  value: (row: T) => string | number;
  numeric?: boolean;
  render?: (row: T) => ReactNode;
}

export interface SortableTableProps<T> {
  caption: string;
  testId: string;
  rows: readonly T[];
  columns: readonly Column<T>[];
  rowId: (row: T) => string;
  selectedId: string | null;
  onChoose: (row: T) => void;
}

export function SortableTable<T>(props: SortableTableProps<T>) {
  const { rows, columns, rowId, selectedId, onChoose } = props;
  const [sort, setSort] = useState<{ key: string; asc: boolean }>({
    key: columns[0]?.key ?? '',
    asc: true,
  });
  const sorted = useMemo(() => {
    const column = columns.find((c) => c.key === sort.key);
    if (!column) return [...rows];
    const out = [...rows].sort((a, b) => {
      const x = column.value(a);
      const y = column.value(b);
      return typeof x === 'number' && typeof y === 'number'
        ? x - y
        : String(x).localeCompare(String(y), 'en');
    });
    return sort.asc ? out : out.reverse();
  }, [rows, columns, sort]);

  return (
    <table className="data-table" data-testid={props.testId}>
      <caption>
        {props.caption} ({rows.length})
      </caption>
      <thead>
        <tr>
          {columns.map((c) => {
            const active = sort.key === c.key;
            return (
              <th
                key={c.key}
                scope="col"
                className={c.numeric ? 'num' : undefined}
                aria-sort={active ? (sort.asc ? 'ascending' : 'descending') : 'none'}
              >
                <button
                  type="button"
                  className="sort-button"
                  data-testid={`${props.testId}-sort-${c.key}`}
                  onClick={() =>
                    setSort((s) => ({ key: c.key, asc: s.key === c.key ? !s.asc : true }))
                  }
                >
                  {c.label}
                  <span aria-hidden="true">{active ? (sort.asc ? ' ▲' : ' ▼') : ''}</span>
                </button>
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>
        {sorted.map((row) => {
          const id = rowId(row);
          const selected = id === selectedId;
          return (
            <tr
              key={id}
              data-id={id}
              className={selected ? 'selected' : undefined}
              aria-selected={selected}
              onClick={() => onChoose(row)}
            >
              {columns.map((c, i) => {
                const content = c.render ? c.render(row) : c.value(row);
                return (
                  <td key={c.key} className={c.numeric ? 'num' : undefined}>
                    {i === 0 ? (
                      <button
                        type="button"
                        className="row-button"
                        aria-pressed={selected}
                        onClick={(e) => {
                          e.stopPropagation();
                          onChoose(row);
                        }}
                      >
                        {content}
                      </button>
                    ) : (
                      content
                    )}
                  </td>
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

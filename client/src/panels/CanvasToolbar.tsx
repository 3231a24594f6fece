// The strip above the canvas: layout, node sizing, re-layout, fit, undo, and what just happened.

import { LAYOUTS, type LayoutName, type SizeBy } from '../state/view';

const LAYOUT_LABELS: Record<LayoutName, string> = {
  fcose: 'Force-directed (fcose)',
  concentric: 'Concentric by centrality',
  circle: 'Circle',
  grid: 'Grid',
  breadthfirst: 'Breadth-first from selection',
};

export interface CanvasToolbarProps {
  layout: LayoutName;
  sizeBy: SizeBy;
  onLayout: (layout: LayoutName) => void;
  onRelayout: () => void;
  onSizeBy: (sizeBy: SizeBy) => void;
  onFit: () => void;
  canUndo: boolean;
  undoLabel: string | null;
  onUndo: () => void;
  notice: string | null;
  pathFrom: string | null;
  tableOpen: boolean;
  onTable: () => void;
}

export function CanvasToolbar(props: CanvasToolbarProps) {
  return (
    <div className="toolbar" role="toolbar" aria-label="Canvas">
      <label className="toolbar-field">
        Layout
        <select
          data-testid="layout-select"
          value={props.layout}
          onChange={(e) => props.onLayout(e.target.value as LayoutName)}
        >
          {LAYOUTS.map((l) => (
            <option key={l} value={l}>
              {LAYOUT_LABELS[l]}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="button button-quiet" onClick={props.onRelayout}>
        Re-layout
      </button>
      <fieldset className="segmented" aria-label="Node size">
        <legend className="visually-hidden">Node size by</legend>
        <span className="toolbar-label">Size by</span>
        {(['degree', 'centrality'] as const).map((s) => (
          <label key={s} className={props.sizeBy === s ? 'on' : ''}>
            <input
              type="radio"
              name="size-by"
              value={s}
              checked={props.sizeBy === s}
              onChange={() => props.onSizeBy(s)}
            />
            {s}
          </label>
        ))}
      </fieldset>
      <button
        type="button"
        className="button button-quiet"
        onClick={props.onFit}
        title="Fit to view (f)"
      >
        Fit
      </button>
      <button
        type="button"
        className="button button-quiet"
        onClick={props.onUndo}
        disabled={!props.canUndo}
        data-testid="undo"
        title={props.undoLabel ? `Undo ${props.undoLabel}` : 'Nothing to undo'}
      >
        Undo{props.undoLabel ? ` ${props.undoLabel}` : ''}
      </button>
      <button
        type="button"
        className="button button-quiet"
        onClick={props.onTable}
        aria-pressed={props.tableOpen}
        data-testid="table-toggle"
        title="Show the visible actors and relations as tables"
      >
        Table view
      </button>
      <p className="toolbar-notice" role="status" aria-live="polite" data-testid="notice">
        {props.pathFrom ? `Paths from ${props.pathFrom}: click the target actor.` : props.notice}
      </p>
    </div>
  );
}

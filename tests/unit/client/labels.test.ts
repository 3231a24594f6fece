// Label placement keeps names off the side where edges (and their arrowheads) arrive.

import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { bestSide, placeLabels, sideOf } from '../../../client/src/graph/labels';

describe('sideOf', () => {
  it('maps offsets to the side they lie on, screen y growing downwards', () => {
    expect(sideOf(0, 10)).toBe('bottom');
    expect(sideOf(0, -10)).toBe('top');
    expect(sideOf(10, 2)).toBe('right');
    expect(sideOf(-10, 2)).toBe('left');
  });
});

describe('bestSide', () => {
  it('keeps the label below when nothing arrives from there', () => {
    expect(bestSide([])).toBe('bottom');
    expect(bestSide([{ dx: 0, dy: -50 }])).toBe('bottom');
  });

  it('moves the label above when edges arrive from below', () => {
    expect(bestSide([{ dx: 0, dy: 50 }])).toBe('top');
  });

  it('goes to a side only when both below and above are busy', () => {
    expect(
      bestSide([
        { dx: 5, dy: 50 },
        { dx: -5, dy: -50 },
      ]),
    ).toBe('right');
    expect(
      bestSide([
        { dx: 5, dy: 50 },
        { dx: -5, dy: -50 },
        { dx: 50, dy: 0 },
      ]),
    ).toBe('left');
  });
});

describe('placeLabels', () => {
  it('classes each node by the side its label goes to', () => {
    const cy = cytoscape({
      headless: true,
      layout: { name: 'preset' },
      elements: [
        { data: { id: 'TOP' }, position: { x: 0, y: 0 } },
        { data: { id: 'BOTTOM' }, position: { x: 0, y: 200 } },
        { data: { id: 'e', source: 'TOP', target: 'BOTTOM' } },
      ],
    });
    placeLabels(cy);
    // TOP's edge leaves downwards: its label goes above; BOTTOM's arrives from above: below.
    expect(cy.$id('TOP').hasClass('label-top')).toBe(true);
    expect(cy.$id('BOTTOM').classes()).toEqual([]);
    cy.$id('BOTTOM').position({ x: 0, y: -200 });
    placeLabels(cy);
    expect(cy.$id('TOP').hasClass('label-top')).toBe(false);
    cy.destroy();
  });
});

// Prints a score as the lines `entente eval` shows.

import type { Score } from './score';

const f = (x: number) => x.toFixed(3);

export function reportLines(file: string, article: string, s: Score): string[] {
  const required = Object.values(s.perType).reduce((n, t) => n + t.total, 0);
  const hits = Object.values(s.perType).reduce((n, t) => n + t.found, 0);
  const checked = s.modality.filter((m) => m.passed !== null);
  const lines = [
    `${file} (article ${article})`,
    `  precision ${f(s.precision)}  recall ${f(s.recall)}  F1 ${f(s.f1)}  ` +
      `(${hits}/${required} required, ${s.found.length} found, ${s.unexpected.length} unexpected, ` +
      `${s.forbiddenFound.length} forbidden)`,
    `  recall by type: ${Object.entries(s.perType)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([type, t]) => `${type} ${t.found}/${t.total}`)
      .join(', ')}`,
    `  claimants: ${s.claimants.matched}/${s.claimants.checked} found triples with a gold claimant`,
    `  modality: ${checked.filter((m) => m.passed).length}/${checked.length} expectations hold` +
      (s.modality.length > checked.length
        ? ` (${s.modality.length - checked.length} in prose, not checked)`
        : ''),
  ];
  if (s.missing.length > 0) lines.push(`  missing: ${s.missing.join('; ')}`);
  if (s.unexpected.length > 0) lines.push(`  unexpected: ${s.unexpected.join('; ')}`);
  if (s.forbiddenFound.length > 0) lines.push(`  FORBIDDEN: ${s.forbiddenFound.join('; ')}`);
  if (s.claimants.mismatched.length > 0)
    lines.push(`  claimant not in gold: ${s.claimants.mismatched.join('; ')}`);
  for (const m of s.modality.filter((x) => x.passed === false))
    lines.push(`  modality fails: "${m.sentence}" expects ${m.expect} (${m.mentions} mentions)`);
  return lines;
}

// An evidence sentence with its trigger words marked.

import { splitOnTriggers } from './highlight';

export function Sentence({ text, triggers }: { text: string; triggers: readonly string[] }) {
  return (
    <blockquote className="evidence-sentence" data-testid="evidence-sentence">
      {splitOnTriggers(text, triggers).map((s, i) =>
        s.trigger ? (
          <mark key={i} title="Trigger word">
            {s.text}
          </mark>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </blockquote>
  );
}

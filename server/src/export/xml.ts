// XML text and attribute escaping for the GraphML and GEXF writers.

// Characters XML 1.0 does not allow at all (most C0 controls, lone surrogates, U+FFFE/U+FFFF):
// dropped, since no escape can represent them.
const INVALID =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // Kept as character references: a parser would normalise them to spaces in attributes.
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** Escapes text for use in element content or a double-quoted attribute value. */
export function xmlEscape(value: string): string {
  return value.replace(INVALID, '').replace(/[&<>"'\t\n\r]/g, (c) => ENTITIES[c] ?? c);
}

/** `name="value" …` for the defined entries, escaped. */
export function attrs(values: Record<string, string | number | null | undefined>): string {
  return Object.entries(values)
    .filter(
      (entry): entry is [string, string | number] => entry[1] !== null && entry[1] !== undefined,
    )
    .map(([name, value]) => `${name}="${xmlEscape(String(value))}"`)
    .join(' ');
}

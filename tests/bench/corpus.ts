// A deterministic news-like corpus for the extraction benchmark: German and English paragraphs
// built from the lexicon's own names and triggers and a few sentence patterns, with a seeded PRNG,
// so every run measures the same text.

import { closeSync, openSync, writeSync } from 'node:fs';
import actorsJson from '../../server/src/extract/lexicon/actors.json';
import personsJson from '../../server/src/extract/lexicon/persons.json';
import triggersJson from '../../server/src/extract/lexicon/triggers.json';
import { prng } from '../support/generate';

type Lang = 'de' | 'en';

interface TriggerJson {
  lang: Lang;
  pos: string;
  phrases: string[];
  roles?: Record<string, string>;
  near?: unknown;
  particle?: unknown;
  subject?: string;
}

const actorNames = actorsJson.actors.flatMap((a) => [...(a.names ?? []), ...(a.metonyms ?? [])]);
const personNames = personsJson.persons.flatMap((p) => p.aliases);
const triggers = triggersJson.triggers as unknown as TriggerJson[];

/** Transitive verbs with a bare object and no extra conditions, per language. */
function plainVerbs(lang: Lang): string[] {
  return triggers
    .filter((t) => t.lang === lang && t.pos === 'verb' && !t.near && !t.particle && !t.subject)
    .filter((t) => t.roles === undefined || t.roles[''] === 'target')
    .flatMap((t) => t.phrases.filter((p) => !p.includes(' ')));
}

const VERBS: Record<Lang, string[]> = { de: plainVerbs('de'), en: plainVerbs('en') };
const FILLER: Record<Lang, string[]> = {
  de: [
    'Die Lage bleibt nach Angaben von Beobachtern am {n}. Mai unübersichtlich.',
    'Der Bericht erschien am Montag in mehreren Zeitungen, z. B. in der Lokalpresse.',
    'Experten rechnen mit weiteren {n} Gesprächen in den kommenden Wochen.',
    'Die Verhandlungen dauerten bis spät in die Nacht, hiess es aus Delegationskreisen.',
  ],
  en: [
    'The situation remained unclear on May {n}, observers noted in the morning.',
    'The report appeared on Monday in several newspapers, e.g. in the local press.',
    'Experts expect {n} further rounds of talks in the coming weeks.',
    'Negotiations went on late into the night, delegates told reporters.',
  ],
};
const PATTERNS: Record<Lang, string[]> = {
  de: [
    '{A} {V} {B}.',
    '{A} und {A} {V} {B}, sagt {P}.',
    'Laut {A} {V} {A} auch {B}.',
    'Die Zusammenarbeit zwischen {A} und {B} wächst, so {P}.',
    '{P} warnt, dass {A} {B} {V}.',
    '«{A} {V} {B}», sagt {P}.',
    '{A} hat keine Soldaten nach {B} geschickt.',
    'Hat {A} wirklich {B} {V}?',
  ],
  en: [
    '{A} {V} {B}.',
    '{A} and {A} {V} {B}, {P} said.',
    'According to {A}, {A} {V} {B}.',
    'The partnership between {A} and {B} is growing, {P} warned.',
    '{P} said that {A} has likely {V} {B}.',
    '"{A} {V} {B}," {P} said.',
    '{A} did not send troops to {B}.',
    'Does {A} really {V} {B}?',
  ],
};

// News sentences run to 20–25 words; patterns alone are much shorter, so most get an adjunct.
const ADJUNCTS: Record<Lang, string[]> = {
  de: [
    'seit Beginn des Jahres',
    'nach Berichten mehrerer Zeitungen vom {n}. März',
    'wie aus einem am Montag veröffentlichten Bericht hervorgeht',
    'trotz wiederholter Warnungen aus der Region',
    'im Rahmen eines Abkommens über wirtschaftliche und militärische Fragen',
  ],
  en: [
    'since the beginning of the year',
    'according to reports published on March {n}',
    'as a report released on Monday shows',
    'despite repeated warnings from the region',
    'under an agreement covering economic and military matters',
  ],
};

export class CorpusGenerator {
  private readonly random: () => number;

  constructor(seed: number) {
    this.random = prng(seed);
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!;
  }

  sentence(lang: Lang): string {
    let template = this.random() < 0.3 ? this.pick(FILLER[lang]) : this.pick(PATTERNS[lang]);
    if (this.random() < 0.7) template = this.withAdjunct(template, lang);
    return template.replace(/\{([ABPVn])\}/g, (_, slot: string) => {
      if (slot === 'A' || slot === 'B') return this.pick(actorNames);
      if (slot === 'P') return this.pick(personNames);
      if (slot === 'V') return this.pick(VERBS[lang]);
      return String(1 + Math.floor(this.random() * 28));
    });
  }

  /** Inserts an adjunct before the final punctuation (and before a closing quote). */
  private withAdjunct(template: string, lang: Lang): string {
    const end = /[.?!]["»]?(?:,? .*)?$/.exec(template);
    if (!end || template.startsWith('"') || template.startsWith('«')) return template;
    const cut = end.index;
    return `${template.slice(0, cut)} ${this.pick(ADJUNCTS[lang])}${template.slice(cut)}`;
  }

  /** A paragraph of 2–7 sentences in one language. */
  paragraph(): string {
    const lang: Lang = this.random() < 0.5 ? 'de' : 'en';
    const count = 2 + Math.floor(this.random() * 6);
    return Array.from({ length: count }, () => this.sentence(lang)).join(' ');
  }
}

/** Writes paragraphs (one per line) until the file holds at least `minBytes` bytes of UTF-8. */
export function writeCorpus(path: string, minBytes: number, seed: number): { bytes: number } {
  const generator = new CorpusGenerator(seed);
  const fd = openSync(path, 'w');
  let bytes = 0;
  try {
    while (bytes < minBytes) {
      const chunk: string[] = [];
      for (let i = 0; i < 500; i++) chunk.push(`${generator.paragraph()}\n`);
      bytes += writeSync(fd, chunk.join(''));
    }
  } finally {
    closeSync(fd);
  }
  return { bytes };
}

// An injection corpus through every string argument of every query and mutation (found by
// walking the schema, so new arguments are covered as they are added): each answer is data or a
// coded error, never a crash, and afterwards the graph is all still there.

import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchema } from '../../server/src/graphql/schema';
import { createTestApi, type TestApi } from '../support/api';

const INJECTIONS = [
  `' OR '1'='1`,
  `'; DROP TABLE articles; --`,
  `1; DELETE FROM mentions`,
  `"}) MATCH (n) DETACH DELETE n //`,
  `' }) WITH 1 AS x MATCH (n) DETACH DELETE n RETURN 1 //`,
  '`) CALL db.labels() //',
  `*/ MATCH (n) DELETE n /*`,
  `%`,
  `_%_`,
  `.*(((`,
  `\\`,
  `\\"`,
  `\u0000`,
  `$where: 1`,
  `{{7*7}}\${7*7}`,
  `../../../../etc/passwd`,
  `<script>alert(1)</script>`,
  `\u202Egnp.exe`,
  'x'.repeat(10_000),
];

const TOKEN = 'injection-test-token';

function valueFor(type: GraphQLInputType, payload: string): unknown {
  if (isNonNullType(type)) return valueFor(type.ofType, payload);
  if (isListType(type)) return [valueFor(type.ofType, payload)];
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields()).map((field) => [field.name, valueFor(field.type, payload)]),
    );
  }
  if (isScalarType(type)) {
    if (type.name === 'Int') return 1;
    if (type.name === 'Float') return 1;
    if (type.name === 'Boolean') return true;
    if (type.name === 'DateTime') return '2024-11-10T00:00:00Z';
    return payload;
  }
  return payload;
}

const takesText = (type: GraphQLInputType): boolean => {
  const named = getNamedType(type);
  if (isScalarType(named)) return named.name === 'String' || named.name === 'ID';
  if (isInputObjectType(named))
    return Object.values(named.getFields()).some((f) => takesText(f.type));
  return false;
};

interface Operation {
  name: string;
  document: string;
  variables: (payload: string) => Record<string, unknown>;
}

function operations(root: GraphQLObjectType | null | undefined, kind: string): Operation[] {
  if (!root) return [];
  return Object.values(root.getFields())
    .filter((field: GraphQLField<unknown, unknown>) =>
      field.args.some((arg) => takesText(arg.type)),
    )
    .map((field) => {
      const declared = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
      const passed = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
      const leaf = isScalarType(getNamedType(field.type)) || isEnumType(getNamedType(field.type));
      return {
        name: `${kind} ${field.name}`,
        document: `${kind}(${declared}) { ${field.name}(${passed})${leaf ? '' : ' { __typename }'} }`,
        variables: (payload) =>
          Object.fromEntries(field.args.map((arg) => [arg.name, valueFor(arg.type, payload)])),
      };
    });
}

const schema = buildSchema();
const OPERATIONS = [
  ...operations(schema.getQueryType(), 'query'),
  ...operations(schema.getMutationType(), 'mutation'),
];
const STATS = '{ stats { actors articles mentions relations } }';

describe('injection strings in every string argument', () => {
  let api: TestApi;
  let before: unknown;
  beforeAll(async () => {
    api = await createTestApi({ settings: { apiToken: TOKEN } });
    before = (await api.query(STATS)).data;
  });
  afterAll(() => api.cleanup());

  it('covers the string arguments of queries and mutations alike', () => {
    const names = OPERATIONS.map((op) => op.name);
    for (const expected of [
      'query article',
      'query articles',
      'query neighborhood',
      'query search',
    ]) {
      expect(names).toContain(expected);
    }
    for (const expected of [
      'mutation ingestArticle',
      'mutation deleteArticle',
      'mutation mergeActors',
      'mutation addAlias',
    ]) {
      expect(names).toContain(expected);
    }
  });

  for (const operation of OPERATIONS) {
    it(`answers ${operation.name} with data or a coded error for every payload`, async () => {
      for (const payload of INJECTIONS) {
        const response = await api.query(operation.document, operation.variables(payload), {
          authorization: `Bearer ${TOKEN}`,
        });
        expect(response.status, `${operation.name} ← ${payload.slice(0, 40)}`).toBeLessThan(500);
        for (const error of response.errors ?? []) {
          expect(
            ['BAD_USER_INPUT', 'NOT_FOUND'],
            `${operation.name} ← ${payload.slice(0, 40)}: ${error.message}`,
          ).toContain(error.extensions?.code);
        }
      }
    });
  }

  it('leaves the seed graph in place: nothing was deleted or merged away', async () => {
    const after = (await api.query<{ stats: Record<string, number> }>(STATS)).data!.stats;
    const initial = (before as { stats: Record<string, number> }).stats;
    // ingestArticle stored the payloads as articles; nothing else may have changed the graph.
    expect(after['relations']).toBeGreaterThanOrEqual(initial['relations']!);
    expect(after['mentions']).toBeGreaterThanOrEqual(initial['mentions']!);
    expect(after['actors']).toBeGreaterThanOrEqual(initial['actors']!);
  });
});

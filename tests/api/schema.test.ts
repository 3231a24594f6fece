import { printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildSchema } from '../../server/src/graphql/schema';

describe('the GraphQL schema', () => {
  it('matches the reviewed snapshot, so every API change shows in review', async () => {
    await expect(printSchema(buildSchema())).toMatchFileSnapshot('./__snapshots__/schema.graphql');
  });
});

// The executable schema: every module's SDL beside its resolvers, merged.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DateTimeResolver } from 'graphql-scalars';
import { createSchema } from 'graphql-yoga';
import { actorResolvers } from './actors/resolvers';
import { articleResolvers } from './articles/resolvers';
import { changeResolvers } from './changes/resolvers';
import type { EntenteContext } from './context';
import { graphResolvers } from './graph/resolvers';
import { overviewResolvers } from './overview/resolvers';
import { relationResolvers } from './relations/resolvers';

const MODULES = ['graph', 'actors', 'relations', 'articles', 'overview', 'changes'] as const;
const here = dirname(fileURLToPath(import.meta.url));

export const typeDefs: string[] = MODULES.map((module) =>
  readFileSync(join(here, module, `${module}.graphql`), 'utf8'),
);

export function buildSchema() {
  return createSchema<EntenteContext>({
    typeDefs,
    resolvers: [
      { DateTime: DateTimeResolver },
      graphResolvers,
      actorResolvers,
      relationResolvers,
      articleResolvers,
      overviewResolvers,
      changeResolvers,
    ],
  });
}

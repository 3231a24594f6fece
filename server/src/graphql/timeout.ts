// A time limit on queries: past it the client gets a QUERY_TIMEOUT error instead of waiting.
// Mutations are not cut off (a re-extraction may take minutes and must not look failed).

import { getOperationAST, GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export function useQueryTimeout(timeoutMs: number): Plugin {
  return {
    onExecute: ({ args, executeFn, setExecuteFn }) => {
      if (getOperationAST(args.document, args.operationName)?.operation !== 'query') return;
      setExecuteFn(async (execArgs) => {
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<{ errors: GraphQLError[] }>((resolve) => {
          timer = setTimeout(
            () =>
              resolve({
                errors: [
                  new GraphQLError(`the query took longer than ${timeoutMs} ms`, {
                    extensions: { code: 'QUERY_TIMEOUT', http: { status: 503 } },
                  }),
                ],
              }),
            timeoutMs,
          );
        });
        try {
          return await Promise.race([executeFn(execArgs), timeout]);
        } finally {
          clearTimeout(timer);
        }
      });
    },
  };
}

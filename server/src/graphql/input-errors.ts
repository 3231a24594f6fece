// Gives errors about the request itself the code BAD_USER_INPUT: syntax errors, documents that
// fail validation (including the query limits) and bad variables. graphql-js gives them no code.

import { GraphQLError, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export function useInputErrorCodes(): Plugin {
  return {
    onParse:
      () =>
      ({ result, replaceParseResult }) => {
        if (result instanceof GraphQLError) replaceParseResult(withInputCode(result));
      },
    onValidate:
      () =>
      ({ result, setResult }) => {
        if (result.length === 0) return;
        setResult(
          result.map((error: unknown) =>
            error instanceof GraphQLError ? withInputCode(error) : error,
          ),
        );
      },
    onExecute: () => ({
      onExecuteDone: ({ result, setResult }) => {
        if (!isSingleResult(result) || !result.errors?.length || result.data !== undefined) return;
        setResult({ ...result, errors: result.errors.map(withInputCode) });
      },
    }),
  };
}

function isSingleResult(result: unknown): result is ExecutionResult {
  return typeof result === 'object' && result !== null && !(Symbol.asyncIterator in result);
}

function withInputCode(error: GraphQLError): GraphQLError {
  if (error.extensions['code'] !== undefined || error.path !== undefined) return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    originalError: error.originalError,
    extensions: { ...error.extensions, code: 'BAD_USER_INPUT' },
  });
}

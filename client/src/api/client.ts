// A small fetch-based GraphQL client: POSTs JSON to /graphql and turns every failure into an ApiError.

export type ApiErrorKind = 'network' | 'http' | 'graphql';

/** What the UI shows when a request fails; `codes` are GraphQL `extensions.code` values. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    message: string,
    readonly kind: ApiErrorKind,
    readonly codes: readonly string[] = [],
  ) {
    super(message);
  }
}

interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: string };
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: GraphQLErrorBody[];
}

export const GRAPHQL_ENDPOINT = '/graphql';

export async function request<TData, TVariables extends object = Record<string, never>>(
  query: string,
  variables?: TVariables,
  signal?: AbortSignal,
): Promise<TData> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_ENDPOINT, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
      },
      body: JSON.stringify({ query, variables: variables ?? {} }),
      ...(signal ? { signal } : {}),
    });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiError('Cannot reach the Entente server. Is it running?', 'network');
  }

  let body: GraphQLResponse<TData> | undefined;
  try {
    body = (await response.json()) as GraphQLResponse<TData>;
  } catch {
    body = undefined;
  }

  // GraphQL errors are reported even on non-2xx responses (graphql-response+json uses 4xx).
  if (body?.errors?.length) {
    const codes = body.errors.flatMap((e) => (e.extensions?.code ? [e.extensions.code] : []));
    throw new ApiError(body.errors.map((e) => e.message).join('; '), 'graphql', codes);
  }
  if (!response.ok) {
    throw new ApiError(
      `The server answered ${response.status} ${response.statusText}`.trim(),
      'http',
    );
  }
  if (body?.data == null) {
    throw new ApiError('The server sent an empty answer.', 'http');
  }
  return body.data;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

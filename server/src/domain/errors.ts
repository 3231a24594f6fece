// The named errors of Entente; the API maps each code to a GraphQL error code.

export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'STORE_UNAVAILABLE' | 'CONFIG_INVALID';

export class EntenteError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

export class InputError extends EntenteError {
  constructor(message: string) {
    super('BAD_USER_INPUT', message);
  }
}

export class NotFoundError extends EntenteError {
  constructor(message: string) {
    super('NOT_FOUND', message);
  }
}

export class StoreUnavailableError extends EntenteError {
  constructor(message: string, cause?: unknown) {
    super('STORE_UNAVAILABLE', message, { cause });
  }
}

export class ConfigError extends EntenteError {
  constructor(message: string) {
    super('CONFIG_INVALID', message);
  }
}

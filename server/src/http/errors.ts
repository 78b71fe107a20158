/** An error the API answers with: HTTP status, a stable code and a Chinese message for the user. */
export class ApiError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 405 | 409 | 413 | 415 | 429 | 500 | 503,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export function errorBody(e: ApiError): { error: { code: string; message: string } } & Record<string, unknown> {
  return { error: { code: e.code, message: e.message }, ...e.extra };
}

export const notSignedIn = () => new ApiError(401, 'not_signed_in', '未登录或登录已过期，请重新登录');
export const forbidden = (message: string) => new ApiError(403, 'forbidden', message);
export const badRequest = (code: string, message: string) => new ApiError(400, code, message);

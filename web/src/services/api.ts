/**
 * The one typed client for the API. Every request the SPA makes goes
 * through here, with types taken from the API's generated registry so
 * the two cannot drift apart.
 */
import axios, { AxiosError } from 'axios';
import type { Registry } from '@contacts/api/registry/schema';

type Response<Name extends keyof Registry> = Registry[Name]['types']['response'];

export type HealthReport = Response<'health.show'>;

/** One entry of the API's `{"errors":[...]}` body. */
export type ApiErrorItem = { code: string; message: string; field?: string };

export const http = axios.create({
  baseURL: '/v1',
  withCredentials: true,
  headers: { Accept: 'application/json' },
  xsrfCookieName: 'XSRF-TOKEN',
  xsrfHeaderName: 'X-XSRF-TOKEN',
});

/**
 * The errors the API reported, or one describing the network failure.
 */
export function errorsOf(error: unknown): ApiErrorItem[] {
  if (error instanceof AxiosError) {
    const body = error.response?.data as { errors?: ApiErrorItem[] } | undefined;
    if (body?.errors?.length) {
      return body.errors;
    }
    if (!error.response) {
      return [
        { code: 'network_error', message: 'Cannot reach the server. Check your connection.' },
      ];
    }
    return [{ code: 'http_error', message: `The server answered ${error.response.status}.` }];
  }
  return [{ code: 'unknown_error', message: (error as Error)?.message ?? 'Something went wrong.' }];
}

export const api = {
  /**
   * The health report; a 503 still carries the report, naming what is down.
   */
  async health(): Promise<HealthReport> {
    const response = await http.get<HealthReport>('/health', {
      validateStatus: (status) => status === 200 || status === 503,
    });
    return response.data;
  },
};

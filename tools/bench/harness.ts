import { performance } from 'node:perf_hooks';
import type { DynamicModule, Type } from '@nestjs/common';
import { ApiClient, createTestApp, createUser, type TestApp } from '@intake/testing';
import globalSetup from '../../libs/testing/src/global-setup';
import globalTeardown from '../../libs/testing/src/global-teardown';

/** The API on a throw-away database (embedded, or DATABASE_URL's server), signed in as a paralegal. */
export async function startBenchApp(
  modules: (Type | DynamicModule)[],
  env: Record<string, string> = {},
): Promise<{ t: TestApp; api: ApiClient; stop(): Promise<void> }> {
  await globalSetup();
  const t = await createTestApp(modules, { LOGIN_RATE_LIMIT_PER_MINUTE: '1000', ...env });
  const account = await createUser(t.app, { role: 'paralegal' });
  const api = new ApiClient(t.http);
  await api.login(account.email, account.password);
  return {
    t,
    api,
    async stop() {
      await t.close();
      await globalTeardown();
    },
  };
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Runs each request in turn and prints the latency distribution in milliseconds. */
export async function measure(label: string, requests: (() => Promise<unknown>)[]): Promise<{ p50: number; p95: number; p99: number }> {
  const times: number[] = [];
  for (const request of requests) {
    const start = performance.now();
    await request();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const result = { p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99) };
  console.log(
    `${label}: ${times.length} requests, p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms, max ${times[times.length - 1].toFixed(1)} ms`,
  );
  return result;
}

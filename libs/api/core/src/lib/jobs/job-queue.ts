import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { AppConfig } from '../config/config';
import { DATABASE_URL } from '../http/session-store';

/** pg-boss keeps its tables in a schema of its own, beside the product's. */
export const JOBS_SCHEMA = 'pgboss';

/**
 * Background jobs on PostgreSQL (pg-boss): jobs survive restarts, and each is fetched by one
 * worker however many API processes run. Started by the first feature that defines a queue,
 * stopped with the application. With JOBS_ENABLED=false nothing starts and `send` is a no-op.
 */
@Injectable()
export class JobQueue implements OnModuleDestroy {
  private readonly logger = new Logger('JobQueue');
  private starting: Promise<PgBoss> | null = null;
  private boss: PgBoss | null = null;

  constructor(
    @Inject(DATABASE_URL) private readonly databaseUrl: string,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  get enabled(): boolean {
    return this.config.JOBS_ENABLED;
  }

  /**
   * Creates the queue (policy `short`: one waiting job per singleton key) and works it here.
   * The handler must be idempotent: a job can run again after a crash or a retry.
   */
  async define<T extends object>(name: string, handler: (data: T) => Promise<void>): Promise<void> {
    if (!this.enabled) return;
    const boss = await this.start();
    await boss.createQueue(name, { name, policy: 'short', retryLimit: 5, retryDelay: 30, retryBackoff: true });
    await boss.work<T>(name, { pollingIntervalSeconds: this.config.JOBS_POLLING_SECONDS, batchSize: 1 }, async (jobs) => {
      for (const job of jobs) await handler(job.data);
    });
  }

  /** Queues a job unless one with the same key is already waiting; true when queued. */
  async send<T extends object>(name: string, data: T, singletonKey: string): Promise<boolean> {
    if (!this.boss) return false;
    return (await this.boss.send(name, data, { singletonKey })) !== null;
  }

  /** Sends an empty job to a defined queue on a cron schedule, once per tick across processes. */
  async schedule(name: string, cron: string): Promise<void> {
    if (!this.enabled) return;
    const boss = await this.start();
    await boss.schedule(name, cron, {}, { tz: this.config.FIRM_TIME_ZONE });
  }

  async onModuleDestroy(): Promise<void> {
    const boss = this.starting ? await this.starting.catch(() => null) : null;
    this.starting = null;
    this.boss = null;
    if (boss) await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  }

  private start(): Promise<PgBoss> {
    this.starting ??= (async () => {
      const boss = new PgBoss({
        connectionString: this.databaseUrl,
        schema: JOBS_SCHEMA,
        application_name: 'intake-jobs',
        max: 4,
      });
      // The name only: a driver's message may quote job data.
      boss.on('error', (error: Error) => this.logger.error({ err: { name: error.name } }, 'job queue error'));
      await boss.start();
      this.boss = boss;
      return boss;
    })();
    return this.starting;
  }
}

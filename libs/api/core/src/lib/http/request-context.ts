import { AsyncLocalStorage } from 'node:async_hooks';

export interface RequestContext {
  requestId: string | null;
  ip: string | null;
  actorId: string | null;
  actorEmail: string | null;
}

const storage = new AsyncLocalStorage<RequestContext>();

export const requestContext = {
  run<T>(context: RequestContext, fn: () => T): T {
    return storage.run(context, fn);
  },
  current(): RequestContext {
    return storage.getStore() ?? { requestId: null, ip: null, actorId: null, actorEmail: null };
  },
  /** Records who acts once the session has been read (after passport). */
  setActor(actorId: string | null, actorEmail: string | null): void {
    const store = storage.getStore();
    if (store) {
      store.actorId = actorId;
      store.actorEmail = actorEmail;
    }
  },
};

import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { ALLOWED_ROLES, IS_PUBLIC } from '@intake/api/core';
import { createTestApp, type TestApp } from '@intake/testing';
import { FEATURE_MODULES } from '../app/app.module';

/** Secure by default: every route states who may call it. */
describe('every registered route', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(FEATURE_MODULES);
  });
  afterAll(() => t.close());

  function routes() {
    const reflector = t.app.get(Reflector);
    const scanner = new MetadataScanner();
    return new DiscoveryService(t.app.get(ModulesContainer))
      .getControllers()
      .flatMap((wrapper) => {
        const controller = wrapper.metatype as (new (...args: never[]) => object) | null;
        if (!controller) return [];
        const prototype = controller.prototype as Record<string, unknown>;
        return scanner.getAllMethodNames(prototype).flatMap((name) => {
          const handler = prototype[name] as () => unknown;
          const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
          if (method === undefined) return [];
          const route = `${RequestMethod[method]} ${controller.name}.${name}`;
          const isPublic = reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC, [handler, controller]);
          const roles = reflector.getAllAndOverride<string[] | undefined>(ALLOWED_ROLES, [handler, controller]);
          return [{ route, path: Reflect.getMetadata(PATH_METADATA, handler), isPublic, roles }];
        });
      });
  }

  it('finds the routes of every module', () => {
    const names = routes().map((r) => r.route);
    expect(names).toEqual(expect.arrayContaining(['POST AuthController.login', 'GET UsersController.list']));
    expect(names.length).toBeGreaterThan(10);
  });

  it('declares @Public() or the roles allowed', () => {
    const undeclared = routes().filter((r) => !r.isPublic && !(r.roles && r.roles.length > 0));
    expect(undeclared.map((r) => r.route)).toEqual([]);
  });

  it('keeps the public routes to a known list', () => {
    const open = routes()
      .filter((r) => r.isPublic)
      .map((r) => r.route)
      .sort();
    expect(open).toEqual([
      'GET AuthController.csrf',
      'GET HealthController.health',
      'GET PublicBookingsController.firm',
      'GET PublicBookingsController.get',
      'GET PublicBookingsController.list',
      'GET PublicBookingsController.types',
      'GET PublicDisclaimerController.current',
      'POST AuthController.login',
      'POST AuthController.logout',
      'POST PublicBookingsController.cancel',
      'POST PublicBookingsController.create',
      'POST PublicBookingsController.reschedule',
      'POST PublicDisclaimerController.acknowledge',
      'POST PublicSelfAssessmentController.run',
    ]);
  });
});

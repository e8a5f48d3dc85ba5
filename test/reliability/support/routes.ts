import type { INestApplication } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { getMetadataStorage } from 'class-validator';
import { IS_PUBLIC, REQUIRED_ROLES } from '../../../src/auth/auth.decorators';
import type { Role } from '../../../src/auth/user.entity';

/**
 * Every HTTP route of the running application, read from the same decorator metadata Nest routes
 * and guards with: path, method, @Public, @Roles, and the DTO classes of @Body and @Query with the
 * properties class-validator knows. Tests derive their matrices from this, so a new endpoint shows up
 * in them without anyone listing it.
 */
export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
  /** Express-style pattern, e.g. /api/v1/dossiers/:code/handoffs */
  path: string;
  controller: string;
  handler: string;
  isPublic: boolean;
  /** Roles of @Roles, or null when any authenticated staff member may call it. */
  roles: Role[] | null;
  body: DtoShape | null;
  query: DtoShape | null;
  /** The handler reads @Query('name') values one by one (public look-up). */
  namedQueries: string[];
  params: string[];
}

export interface DtoShape {
  name: string;
  properties: string[];
}

const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'] as const;
// Nest's own metadata keys (@nestjs/common/constants): route path/method and parameter decorators.
const PATH_METADATA = 'path';
const METHOD_METADATA = 'method';
const ROUTE_ARGS_METADATA = '__routeArguments__';
const ARG_TYPE = { QUERY: 4, BODY: 3, PARAM: 5 } as const; // RouteParamtypes

export function discoverRoutes(app: INestApplication): Route[] {
  const routes: Route[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const type = wrapper.metatype as (new (...args: never[]) => unknown) | null;
      if (!type) continue;
      const base = normalise(Reflect.getMetadata(PATH_METADATA, type) ?? '');
      const prototype = type.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const subPath = Reflect.getMetadata(PATH_METADATA, handler);
        const method = Reflect.getMetadata(METHOD_METADATA, handler);
        if (subPath === undefined || method === undefined) continue;
        const path = `${base}${normalise(subPath)}` || '/';
        const isPublic = Boolean(Reflect.getMetadata(IS_PUBLIC, handler) ?? Reflect.getMetadata(IS_PUBLIC, type));
        const roles = (Reflect.getMetadata(REQUIRED_ROLES, handler) ?? Reflect.getMetadata(REQUIRED_ROLES, type) ?? null) as Role[] | null;
        const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, type, name) ?? {}) as Record<string, { index: number; data?: unknown }>;
        const paramTypes = (Reflect.getMetadata('design:paramtypes', prototype, name) ?? []) as unknown[];
        let body: DtoShape | null = null;
        let query: DtoShape | null = null;
        const namedQueries: string[] = [];
        for (const [key, arg] of Object.entries(args)) {
          const kind = Number(key.split(':')[0]);
          const dto = dtoShape(paramTypes[arg.index]);
          if (kind === ARG_TYPE.BODY && arg.data === undefined) body = dto;
          if (kind === ARG_TYPE.QUERY && arg.data === undefined) query = dto;
          if (kind === ARG_TYPE.QUERY && typeof arg.data === 'string') namedQueries.push(arg.data);
        }
        routes.push({
          method: METHODS[method as number],
          path,
          controller: type.name,
          handler: name,
          isPublic,
          roles,
          body,
          query,
          namedQueries,
          params: [...path.matchAll(/:(\w+)/g)].map((m) => m[1]),
        });
      }
    }
  }
  return routes.sort((a, b) => `${a.path} ${a.method}`.localeCompare(`${b.path} ${b.method}`));
}

function normalise(path: string | string[]): string {
  const text = Array.isArray(path) ? path[0] : path;
  const trimmed = text.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}` : '';
}

/** A class-validator DTO and its validated properties; null for plain types (string, Object). */
function dtoShape(type: unknown): DtoShape | null {
  if (typeof type !== 'function' || type === Object || type === String || type === Number) return null;
  const metadata = getMetadataStorage().getTargetValidationMetadatas(type, '', true, false);
  const properties = [...new Set(metadata.map((m) => m.propertyName))];
  return properties.length === 0 ? null : { name: type.name, properties };
}

export function routeKey(route: Pick<Route, 'method' | 'path'>): string {
  return `${route.method} ${route.path}`;
}

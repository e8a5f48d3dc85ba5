import Fastify from 'fastify';
import { DomainError } from '../../src/common/errors/domain-error';
import { serveDirectly, type DirectRoute } from '../../src/common/http/direct-route';

const route = (handle: DirectRoute['handle']): DirectRoute => ({ method: 'GET', url: '/things/:code', handle });

describe('serveDirectly', () => {
  it('replaces the handler the framework declared for the route, and only that one', async () => {
    const fastify = Fastify();
    serveDirectly(fastify, [route(async (request, reply) => void (await reply.send({ direct: (request.params as { code: string }).code })))]);
    fastify.get('/things/:code', async () => ({ direct: false }));
    fastify.get('/other/:code', async () => ({ direct: false }));
    expect((await fastify.inject('/things/H56')).json()).toEqual({ direct: 'H56' });
    expect((await fastify.inject('/other/H56')).json()).toEqual({ direct: false });
    await fastify.close();
  });

  it("answers errors in the API's one error format, unknown ones as a bare 500", async () => {
    const fastify = Fastify();
    const failures: Record<string, unknown> = { missing: DomainError.notFound('Dossier'), broken: new Error('secret internals') };
    serveDirectly(fastify, [route(async (request) => Promise.reject(failures[(request.params as { code: string }).code]))]);
    fastify.get('/things/:code', async () => 'declared');
    const missing = await fastify.inject('/things/missing');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ statusCode: 404, error: 'Not Found' });
    const broken = await fastify.inject('/things/broken');
    expect(broken.statusCode).toBe(500);
    expect(broken.json()).toEqual({ statusCode: 500, error: 'Internal Server Error', message: 'Internal server error' });
    await fastify.close();
  });

  it('refuses to start when no controller declares a route to serve directly', async () => {
    const fastify = Fastify();
    serveDirectly(fastify, [route(async () => undefined)]);
    fastify.get('/elsewhere', async () => 'declared');
    await expect(fastify.ready()).rejects.toThrow('No controller declares GET /things/:code');
  });
});

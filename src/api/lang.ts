// The language of a request: ?lang= first, then Accept-Language, then kk. Every route answers in it.
import type { FastifyInstance } from 'fastify';
import { DEFAULT_LANG, chooseLang, parseLang, msg, type Lang } from '../i18n/index.js';
import { KepilError, issue } from '../corpus/issues.js';

declare module 'fastify' {
  interface FastifyRequest {
    lang: Lang;
  }
}

export function registerLanguage(app: FastifyInstance): void {
  app.decorateRequest('lang', DEFAULT_LANG);
  app.addHook('onRequest', async (req, reply) => {
    const q = req.query as Record<string, unknown> | undefined;
    const explicit = q && typeof q.lang === 'string' ? q.lang : undefined;
    req.lang = chooseLang(explicit, req.headers['accept-language']);
    reply.header('content-language', req.lang);
    reply.header('vary', 'Accept-Language');
    if (explicit !== undefined && parseLang(explicit) === undefined) {
      throw new KepilError('bad_request', msg('error.badLang', { value: explicit }), [issue('lang', msg('validation.issue', { field: msg('field.lang'), problem: msg('validation.lang') }))]);
    }
  });
  // `lang` is the interface's parameter, not the route's: the routes' strict schemas never see it.
  app.addHook('preValidation', async (req) => {
    const q = req.query as Record<string, unknown> | undefined;
    if (q && 'lang' in q) delete q.lang;
  });
}

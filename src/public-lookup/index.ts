/** The public-lookup module's public surface: other modules import only from here (eslint boundaries). */
export { clientKey } from './failure-limiter';
export { PublicLookupService } from './public-lookup.service';
export { PublicPageErrorFilter, sendPage } from './public-page-error.filter';
export { renderNotFound, renderTooManyAttempts } from './public-pages.html';
export { PublicLookupRoute } from './public-lookup.route';

/**
 * Staff answers carry personal data (names, identity numbers, phones): no cache, shared or the
 * browser's, may keep them. It is the default every answer starts with (set with the security
 * headers when the request arrives, no hook at send time); a handler that knows better (the
 * console's static files, the public look-up's revalidated answer) replaces it with its own.
 */
export const NO_STORE_DEFAULT = { 'cache-control': 'no-store' } as const;

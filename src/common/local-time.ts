/** The service's local-time helpers live in src/locale; services keep importing them from here too. */
export { localInstant, toLocalDate, toLocalIso, VIETNAM_OFFSET_MS } from '../locale';

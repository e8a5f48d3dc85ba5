/** The reports module's public surface: other modules import only from here (eslint boundaries). */
export { writeIndexExport } from './index-export.command';

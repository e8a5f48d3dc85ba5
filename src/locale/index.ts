/** Vietnamese time and words (UTC+7, date phrases, escaping), pure: used by the domain, PDFs, pages and messages. */
export * from './vietnam-time';
export * from './phrases';
export * from './text';

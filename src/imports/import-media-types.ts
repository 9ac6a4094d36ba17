/** What the bulk import route reads, by Content-Type. */
export const JSON_LINES_TYPES = ['application/x-ndjson', 'application/jsonl', 'application/x-jsonlines'];
export const CSV_TYPES = ['text/csv'];
export const IMPORT_MEDIA_TYPES = [...JSON_LINES_TYPES, ...CSV_TYPES];

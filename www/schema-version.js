// The report schema this page reads (src/report/schema.json, schemaVersion).
// The worker refuses a wasm that writes another, rather than drawing
// nonsense from renamed fields.
export const SCHEMA_VERSION = 3;

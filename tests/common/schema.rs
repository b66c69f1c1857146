//! JSON Schema checks shared by the report and dictionary schema tests
//! (boon, draft 2020-12). Native only: boon is not a wasm dev-dependency.

use serde_json::Value;

pub type Compiled = (boon::Schemas, boon::SchemaIndex);

/// Compiles `schema` (which also checks it against the 2020-12
/// meta-schema); `name` is the file, for the panic message.
pub fn compile(schema: Value, name: &str) -> Compiled {
    let id = schema["$id"].as_str().expect("$id").to_owned();
    let mut schemas = boon::Schemas::new();
    let mut compiler = boon::Compiler::new();
    compiler.add_resource(&id, schema).expect("schema added");
    let index = compiler
        .compile(&id, &mut schemas)
        .unwrap_or_else(|e| panic!("{name} does not compile: {e:#}"));
    (schemas, index)
}

/// The validation error, if any, in full.
pub fn errors(compiled: &Compiled, value: &Value) -> Option<String> {
    let (schemas, index) = compiled;
    schemas
        .validate(value, *index)
        .err()
        .map(|e| format!("{e:#}"))
}

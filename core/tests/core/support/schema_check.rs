//! A small JSON Schema checker for the fixture tests, covering the keywords
//! `assets/unroll-thread.schema.json` uses: `$ref` to `#/$defs/…`, `type`, `const`, `enum`,
//! `required`, `properties`, `additionalProperties: false`, `items`, `oneOf`, `minimum`.
//! (A full validator crate would be a heavy dependency for this one schema.)

use serde_json::{Map, Value};

/// Checks `value` against `schema` (a part of `root`); the error names the JSON path.
pub fn check(root: &Value, schema: &Value, value: &Value, at: &str) -> Result<(), String> {
    let rule = schema
        .as_object()
        .ok_or(format!("{at}: schema is not an object"))?;
    if let Some(r) = rule.get("$ref").and_then(Value::as_str) {
        let name = r
            .strip_prefix("#/$defs/")
            .ok_or(format!("unsupported $ref {r}"))?;
        let def = root["$defs"].get(name).ok_or(format!("no $defs/{name}"))?;
        return check(root, def, value, at);
    }
    if let Some(t) = rule.get("type").and_then(Value::as_str) {
        let ok = match t {
            "object" => value.is_object(),
            "array" => value.is_array(),
            "string" => value.is_string(),
            "integer" => value.is_i64() || value.is_u64(),
            "boolean" => value.is_boolean(),
            other => return Err(format!("unsupported type {other}")),
        };
        if !ok {
            return Err(format!("{at}: expected {t}, found {value}"));
        }
    }
    if let Some(c) = rule.get("const") {
        if c != value {
            return Err(format!("{at}: expected {c}, found {value}"));
        }
    }
    if let Some(options) = rule.get("enum").and_then(Value::as_array) {
        if !options.contains(value) {
            return Err(format!("{at}: {value} not in {options:?}"));
        }
    }
    if let Some(min) = rule.get("minimum").and_then(Value::as_i64) {
        if value.as_i64().is_some_and(|v| v < min) {
            return Err(format!("{at}: {value} < {min}"));
        }
    }
    if let Some(branches) = rule.get("oneOf").and_then(Value::as_array) {
        let matching = branches
            .iter()
            .filter(|b| check(root, b, value, at).is_ok())
            .count();
        if matching != 1 {
            return Err(format!("{at}: {matching} oneOf branches match {value}"));
        }
    }
    if let Some(obj) = value.as_object() {
        check_object(root, rule, obj, at)?;
    }
    if let (Some(items), Some(arr)) = (rule.get("items"), value.as_array()) {
        for (i, v) in arr.iter().enumerate() {
            check(root, items, v, &format!("{at}[{i}]"))?;
        }
    }
    Ok(())
}

fn check_object(
    root: &Value,
    rule: &Map<String, Value>,
    obj: &Map<String, Value>,
    at: &str,
) -> Result<(), String> {
    for key in rule
        .get("required")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let key = key.as_str().unwrap_or_default();
        if !obj.contains_key(key) {
            return Err(format!("{at}: missing required {key:?}"));
        }
    }
    let props = rule.get("properties").and_then(Value::as_object);
    let closed = rule.get("additionalProperties") == Some(&Value::Bool(false));
    for (key, v) in obj {
        match props.and_then(|p| p.get(key)) {
            Some(sub) => check(root, sub, v, &format!("{at}.{key}"))?,
            None if closed => return Err(format!("{at}: unexpected key {key:?}")),
            None => {}
        }
    }
    Ok(())
}

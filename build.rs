//! Compiles the shipped rule packs (rules/*.yaml) at build time: each is parsed here once and
//! embedded as JSON beside its YAML, so start-up deserialises JSON (fast) instead of parsing
//! YAML (about ten times slower), and a broken shipped pack fails the build with its location.
//! The YAML text is embedded too: error and `fact:` positions are read from it.

use std::fmt::Write;
use std::path::Path;

fn main() {
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    println!("cargo:rerun-if-changed=rules");
    let mut packs: Vec<_> = std::fs::read_dir("rules")
        .expect("rules/ exists")
        .map(|e| e.expect("rules/ is readable").path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    packs.sort();
    let mut table = String::from("/// (path, YAML text, the same as JSON), in file-name order.\n");
    table.push_str("pub const BUILTIN_PACKS: &[(&str, &str, &str)] = &[\n");
    for path in packs {
        println!("cargo:rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(&path).expect("pack is UTF-8");
        let value: serde_yaml::Value =
            serde_yaml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let name = path.file_stem().and_then(|s| s.to_str()).expect("pack file name");
        let json_path = Path::new(&out_dir).join(format!("{name}.json"));
        std::fs::write(&json_path, serde_json::to_string(&value).expect("YAML values are JSON"))
            .expect("OUT_DIR is writable");
        let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
        let _ = writeln!(
            table,
            "    (\"rules/{name}.yaml\", include_str!({:?}), include_str!({:?})),",
            Path::new(&manifest).join(&path).display().to_string(),
            json_path.display().to_string()
        );
    }
    table.push_str("];\n");
    std::fs::write(Path::new(&out_dir).join("builtin_packs.rs"), table).expect("OUT_DIR is writable");
}

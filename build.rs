//! Compiles the shipped rule packs (rules/*.yaml) at build time: each is read once here with
//! the same position-aware reader the loader uses for a user's pack, and embedded in its
//! compiled form (postcard, see `compiled::encode`) beside its YAML, so start-up decodes that
//! instead of parsing YAML (many times slower), and a broken shipped pack fails the build with
//! its location. The YAML text is embedded too, for `rules list` and explanations.

use std::fmt::Write;
use std::path::Path;

// The pack format and its compiled form, shared with the library.
#[allow(dead_code)]
#[path = "src/rules/compiled.rs"]
mod compiled;
#[allow(dead_code)]
#[path = "src/rules/date.rs"]
mod date;
#[allow(dead_code)]
#[path = "src/rules/schema.rs"]
mod schema;

fn main() {
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    println!("cargo:rerun-if-changed=rules");
    for shared in ["src/rules/date.rs", "src/rules/schema.rs", "src/rules/compiled.rs"] {
        println!("cargo:rerun-if-changed={shared}");
    }
    let mut packs: Vec<_> = std::fs::read_dir("rules")
        .expect("rules/ exists")
        .map(|e| e.expect("rules/ is readable").path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    packs.sort();
    let mut table = String::from("/// (path, YAML text, its compiled form), in file-name order.\n");
    table.push_str("pub const BUILTIN_PACKS: &[(&str, &str, &[u8])] = &[\n");
    for path in packs {
        println!("cargo:rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(&path).expect("pack is UTF-8");
        let file = schema::parse(&text).unwrap_or_else(|(place, message)| match place {
            Some((line, col)) => panic!("{}:{line}:{col}: {message}", path.display()),
            None => panic!("{}: {message}", path.display()),
        });
        let data = compiled::PackData::from(file);
        let name = path.file_stem().and_then(|s| s.to_str()).expect("pack file name");
        let compiled_path = Path::new(&out_dir).join(format!("{name}.postcard"));
        std::fs::write(&compiled_path, compiled::encode(&data)).expect("OUT_DIR is writable");
        let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
        let _ = writeln!(
            table,
            "    (\"rules/{name}.yaml\", include_str!({:?}), include_bytes!({:?})),",
            Path::new(&manifest).join(&path).display().to_string(),
            compiled_path.display().to_string()
        );
    }
    table.push_str("];\n");
    std::fs::write(Path::new(&out_dir).join("builtin_packs.rs"), table).expect("OUT_DIR is writable");
}

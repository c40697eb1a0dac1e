//! The README must document every finding id the checks can produce, every command and flag
//! the binary has, and every key of `.claimcheck.yaml`.

use std::process::Command;

fn readme() -> String {
    std::fs::read_to_string("README.md").unwrap()
}

#[test]
fn every_finding_id_is_in_the_readme() {
    let readme = readme();
    let missing: Vec<&str> = claimcheck::checks::ids()
        .into_iter()
        .filter(|id| !readme.contains(&format!("`{id}`")))
        .collect();
    assert!(missing.is_empty(), "README.md does not mention {missing:?}");
}

/// `claimcheck <command…> --help`.
fn help(command: &[String]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(command)
        .arg("--help")
        .output()
        .expect("claimcheck runs");
    String::from_utf8(out.stdout).expect("help is UTF-8")
}

/// The subcommands a help text lists, `help` aside.
fn subcommands(help: &str) -> Vec<String> {
    let Some((_, list)) = help.split_once("\nCommands:\n") else {
        return Vec::new();
    };
    list.lines()
        .take_while(|l| l.starts_with("  "))
        .filter_map(|l| l.split_whitespace().next())
        .filter(|c| *c != "help")
        .map(str::to_string)
        .collect()
}

/// The long flags a help text lists, `--help` and `--version` aside.
fn flags(help: &str) -> Vec<String> {
    help.split(|c: char| c.is_whitespace() || c == ',' || c == '[' || c == ']')
        .filter(|w| w.starts_with("--") && w.len() > 2)
        .map(|w| {
            let flag = w.split(['=', '<']).next().unwrap_or(w);
            // Prose mentions flags too: "With --fix: …".
            flag.trim_end_matches(|c: char| !c.is_ascii_alphanumeric()).to_string()
        })
        .filter(|f| f != "--help" && f != "--version")
        .collect()
}

#[test]
fn every_command_and_flag_is_in_the_readme() {
    let readme = readme();
    let mut missing = Vec::new();
    let mut todo: Vec<Vec<String>> = vec![Vec::new()];
    while let Some(command) = todo.pop() {
        let text = help(&command);
        if !command.is_empty() && !readme.contains(&format!("claimcheck {}", command.join(" "))) {
            missing.push(format!("claimcheck {}", command.join(" ")));
        }
        missing.extend(flags(&text).into_iter().filter(|f| !readme.contains(f.as_str())));
        for sub in subcommands(&text) {
            todo.push(command.iter().cloned().chain([sub]).collect());
        }
    }
    missing.sort();
    missing.dedup();
    assert!(missing.is_empty(), "README.md does not mention {missing:?}");
}

#[test]
fn every_configuration_key_is_in_the_readme() {
    let readme = readme();
    let missing: Vec<&&str> = claimcheck::config::KEYS
        .iter()
        .filter(|key| !readme.contains(&format!("\n{key}: ")))
        .collect();
    assert!(
        missing.is_empty(),
        "README.md's configuration example lacks {missing:?}"
    );
}

/// The configuration example in the README is a valid configuration.
#[test]
fn the_readmes_configuration_example_loads() {
    let readme = readme();
    let section = readme
        .split_once("### Configuration: `.claimcheck.yaml`")
        .expect("a configuration section")
        .1;
    let yaml = section
        .split_once("```yaml\n")
        .and_then(|(_, rest)| rest.split_once("```"))
        .expect("a yaml example")
        .0;
    // Its `rules:` names a pack of the reader's project: give it one.
    let dir = std::env::temp_dir().join(format!("claimcheck-readme-config-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("rules")).unwrap();
    std::fs::write(dir.join("rules/house-style.yaml"), "pack: house-style\n").unwrap();
    let config = claimcheck::config::Config::parse(".claimcheck.yaml", &dir, yaml);
    let _ = std::fs::remove_dir_all(&dir);
    let config = config.unwrap_or_else(|e| panic!("{e:?}"));
    let rules = claimcheck::rules::RuleSet::builtin().unwrap();
    config.check_lints(&rules).unwrap();
    assert_eq!(config.country.as_deref(), Some("US"));
}

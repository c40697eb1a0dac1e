//! One input to check: standard input or a file, named by a path that need not be UTF-8.
//!
//! Paths stay `PathBuf`s from the command line (or a directory walk) to the `read` call, so a
//! file whose name is not valid UTF-8 is opened by its real name. Reports name it by an
//! escaped form (`caf\xE9.txt`) that is one printable line whatever bytes the name holds.

use crate::article::ArticleError;
use std::ffi::OsStr;
use std::fmt::Write as _;
use std::io::Read;
use std::path::{Path, PathBuf};

/// How reports name standard input.
pub const STDIN_NAME: &str = "<stdin>";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// `-`: standard input, read once, to its end.
    Stdin,
    /// A file (or a FIFO or device named on the command line, read to its end like stdin).
    File {
        path: PathBuf,
        /// `path` escaped for reports.
        name: String,
    },
}

impl Input {
    /// `-` is standard input; anything else is a path, read whatever its extension.
    pub fn from_arg(arg: &OsStr) -> Input {
        if arg == "-" { Input::Stdin } else { Input::file(arg) }
    }

    pub fn file(path: impl Into<PathBuf>) -> Input {
        let path = path.into();
        let name = if path.as_os_str().is_empty() {
            "''".to_string()
        } else {
            escape_path(&path)
        };
        Input::File { path, name }
    }

    /// How reports and error lines name this input.
    pub fn name(&self) -> &str {
        match self {
            Input::Stdin => STDIN_NAME,
            Input::File { name, .. } => name,
        }
    }

    /// The whole input as UTF-8 text. Errors are one line naming the input.
    pub fn read(&self) -> Result<String, ArticleError> {
        let bytes = match self {
            Input::Stdin => {
                let mut buf = Vec::new();
                std::io::stdin()
                    .read_to_end(&mut buf)
                    .map_err(|e| ArticleError::new(STDIN_NAME, format!("cannot read: {e}")))?;
                buf
            }
            Input::File { path, name } => {
                if path.as_os_str().is_empty() {
                    return Err(ArticleError::new(name, "an empty path names no file"));
                }
                std::fs::read(path).map_err(|e| ArticleError::new(name, format!("cannot read: {}", io_reason(&e))))?
            }
        };
        String::from_utf8(bytes).map_err(|e| {
            ArticleError::new(
                self.name(),
                format!(
                    "not UTF-8 text (invalid byte at offset {})",
                    e.utf8_error().valid_up_to()
                ),
            )
        })
    }
}

/// What `check` reads when given no path at all. On a terminal nobody is about to type an
/// article into standard input, so (as ripgrep does) the current directory is checked;
/// anything else on standard input (a pipe, a file, /dev/null) is the article.
pub fn implicit_input(stdin_is_terminal: bool) -> &'static str {
    if stdin_is_terminal { "." } else { "-" }
}

/// `io::Error`s as one short phrase: the common ones without the OS's error number.
pub fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => e.to_string(),
    }
}

/// A path as one printable line: valid UTF-8 as it is, each byte that is not as `\xFF`,
/// and control characters escaped (`\n`, `\t`, `\x1B`) so a name cannot split an error line
/// or drive the terminal. Backslashes are left alone: they are ordinary in Windows paths.
pub fn escape_path(path: &Path) -> String {
    let bytes = path.as_os_str().as_encoded_bytes();
    let mut out = String::with_capacity(bytes.len());
    for chunk in bytes.utf8_chunks() {
        for c in chunk.valid().chars() {
            push_printable(&mut out, c);
        }
        for b in chunk.invalid() {
            let _ = write!(out, "\\x{b:02X}");
        }
    }
    out
}

fn push_printable(out: &mut String, c: char) {
    match c {
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        c if c.is_ascii_control() => {
            let _ = write!(out, "\\x{:02X}", c as u32);
        }
        c if c.is_control() => {
            let _ = write!(out, "\\u{{{:X}}}", c as u32);
        }
        c => out.push(c),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn printable_names_print_as_they_are() {
        assert_eq!(
            escape_path(Path::new("news/Zürich 2025-03-11.md")),
            "news/Zürich 2025-03-11.md"
        );
        assert_eq!(escape_path(Path::new(r"C:\news\a.txt")), r"C:\news\a.txt");
    }

    #[test]
    fn control_characters_cannot_split_a_line() {
        assert_eq!(
            escape_path(Path::new("a\nb\tc\u{1b}[31m\u{85}.txt")),
            "a\\nb\\tc\\x1B[31m\\u{85}.txt"
        );
    }

    #[cfg(unix)]
    #[test]
    fn bytes_that_are_not_utf8_print_as_hex() {
        use std::os::unix::ffi::OsStrExt;
        let path = Path::new(OsStr::from_bytes(b"dir/caf\xe9-\xff\xfe.txt"));
        assert_eq!(escape_path(path), "dir/caf\\xE9-\\xFF\\xFE.txt");
        assert_eq!(Input::file(path).name(), "dir/caf\\xE9-\\xFF\\xFE.txt");
    }

    #[test]
    fn no_path_on_a_terminal_checks_the_current_directory() {
        assert_eq!(implicit_input(true), ".");
        assert_eq!(implicit_input(false), "-");
    }

    #[test]
    fn dash_is_stdin_and_the_empty_path_is_named() {
        assert_eq!(Input::from_arg(OsStr::new("-")), Input::Stdin);
        assert_eq!(Input::from_arg(OsStr::new("-")).name(), "<stdin>");
        let empty = Input::from_arg(OsStr::new(""));
        assert_eq!(empty.read().unwrap_err().to_string(), "'': an empty path names no file");
    }

    #[test]
    fn read_errors_are_one_line_naming_the_file() {
        let e = Input::file("no/such/article.txt").read().unwrap_err();
        assert_eq!(e.to_string(), "no/such/article.txt: cannot read: no such file");
    }
}

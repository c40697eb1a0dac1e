//! The server loop: one thread reads the editor's messages in order, keeps the documents in
//! step, checks them through the library's `Engine` (the CLI's entry point and policy stage)
//! and publishes diagnostics.
//!
//! Changes are debounced: a change makes a check due a moment later (`debounceMs` in the
//! client's `initializationOptions`, 0 by default), and every message that arrives before then
//! — or while a check runs — is taken in first, so a burst of keystrokes is checked once, on
//! the text it left. Opening and saving check at once.

use super::actions::{self, Request as ActionRequest};
use super::diagnostics::{self, Context};
use super::documents::{Checked, Document, Documents};
use super::explain::ExplainPages;
use super::hover;
use super::positions::Encoding;
use super::project::{Problem, Projects};
use crate::exit::ExitStatus;
use crate::rules::RuleSet;
use lsp_server::{Connection, ErrorCode, Message, Notification, Request, RequestId, Response};
use lsp_types::notification::{
    DidChangeTextDocument, DidChangeWatchedFiles, DidCloseTextDocument, DidOpenTextDocument, DidSaveTextDocument,
    Notification as _, PublishDiagnostics, ShowMessage,
};
use lsp_types::request::{CodeActionRequest, HoverRequest, RegisterCapability, Request as _};
use lsp_types::{
    ClientCapabilities, CodeActionKind, CodeActionOptions, CodeActionParams, CodeActionProviderCapability,
    DidChangeTextDocumentParams, DidChangeWatchedFilesRegistrationOptions, DidCloseTextDocumentParams,
    DidOpenTextDocumentParams, FileSystemWatcher, GlobPattern, Hover, HoverContents, HoverParams,
    HoverProviderCapability, InitializeParams, MarkupContent, MarkupKind, MessageType, PublishDiagnosticsParams,
    Registration, RegistrationParams, SaveOptions, ServerCapabilities, ServerInfo, ShowMessageParams,
    TextDocumentSyncCapability, TextDocumentSyncKind, TextDocumentSyncOptions, TextDocumentSyncSaveOptions, Uri,
};
use serde_json::Value;
use std::collections::HashMap;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// Serves the editor on standard input and output until it says `exit`.
pub fn run_stdio() -> ExitStatus {
    let (connection, io_threads) = Connection::stdio();
    let status = serve(&connection).unwrap_or_else(|message| {
        eprintln!("claimcheck: error: lsp: {message}");
        ExitStatus::Error
    });
    drop(connection);
    if let Err(e) = io_threads.join() {
        eprintln!("claimcheck: error: lsp: {e}");
    }
    status
}

/// Initialises the session, then serves it; the exit status is the protocol's: 0 after a
/// `shutdown`, 1 for an `exit` without one.
pub fn serve(connection: &Connection) -> Result<ExitStatus, String> {
    let (id, params) = connection.initialize_start().map_err(|e| e.to_string())?;
    let params: InitializeParams = serde_json::from_value(params).map_err(|e| format!("initialize: {e}"))?;
    let rules = RuleSet::builtin().map_err(|errors| format!("the shipped packs do not load: {}", errors[0]))?;
    let mut server = Server::new(connection, &params, rules);
    let result = serde_json::json!({
        "capabilities": capabilities(server.encoding),
        "serverInfo": ServerInfo { name: "claimcheck".into(), version: Some(env!("CARGO_PKG_VERSION").into()) },
    });
    connection.initialize_finish(id, result).map_err(|e| e.to_string())?;
    server.watch_files(&params.capabilities);
    server.run()
}

fn capabilities(encoding: Encoding) -> ServerCapabilities {
    ServerCapabilities {
        position_encoding: Some(encoding.kind()),
        text_document_sync: Some(TextDocumentSyncCapability::Options(TextDocumentSyncOptions {
            open_close: Some(true),
            change: Some(TextDocumentSyncKind::INCREMENTAL),
            save: Some(TextDocumentSyncSaveOptions::SaveOptions(SaveOptions {
                include_text: Some(false),
            })),
            ..TextDocumentSyncOptions::default()
        })),
        code_action_provider: Some(CodeActionProviderCapability::Options(CodeActionOptions {
            code_action_kinds: Some(vec![CodeActionKind::QUICKFIX, CodeActionKind::SOURCE_FIX_ALL]),
            ..CodeActionOptions::default()
        })),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        ..ServerCapabilities::default()
    }
}

/// Whether the loop goes on after a message.
enum Flow {
    Continue,
    Exit(ExitStatus),
}

struct Server<'c> {
    connection: &'c Connection,
    encoding: Encoding,
    debounce: Duration,
    documents: Documents,
    projects: Projects,
    pages: ExplainPages,
    /// Per configuration, the files (it and its packs) that have error diagnostics from us,
    /// to clear when it loads cleanly.
    problem_files: HashMap<PathBuf, Vec<Uri>>,
    shut_down: bool,
}

impl<'c> Server<'c> {
    fn new(connection: &'c Connection, params: &InitializeParams, rules: RuleSet) -> Server<'c> {
        let debounce_ms = params
            .initialization_options
            .as_ref()
            .and_then(|o| o.get("debounceMs"))
            .and_then(Value::as_u64)
            .unwrap_or(0);
        Server {
            connection,
            encoding: Encoding::negotiate(&params.capabilities),
            debounce: Duration::from_millis(debounce_ms),
            documents: Documents::default(),
            projects: Projects::new(rules),
            pages: ExplainPages::new(),
            problem_files: HashMap::new(),
            shut_down: false,
        }
    }

    fn run(&mut self) -> Result<ExitStatus, String> {
        loop {
            let next = match self.documents.next_due() {
                None => self.connection.receiver.recv().map(Some).map_err(|_| ()),
                Some(due) => match self.connection.receiver.recv_deadline(due) {
                    Ok(message) => Ok(Some(message)),
                    Err(e) if e.is_timeout() => Ok(None),
                    Err(_) => Err(()),
                },
            };
            // The editor went away without a word: as an `exit` without `shutdown`.
            let Ok(message) = next else {
                return Ok(self.exit_status());
            };
            if let Some(message) = message
                && let Flow::Exit(status) = self.handle(message)
            {
                return Ok(status);
            }
            if let Some(status) = self.take_queued() {
                return Ok(status);
            }
            for uri in self.documents.due(Instant::now()) {
                self.check(&uri);
            }
        }
    }

    /// Handles every message already waiting, so a burst of changes that queued up while
    /// the last check ran is checked once, on the text it left.
    fn take_queued(&mut self) -> Option<ExitStatus> {
        while let Ok(message) = self.connection.receiver.try_recv() {
            if let Flow::Exit(status) = self.handle(message) {
                return Some(status);
            }
        }
        None
    }

    fn exit_status(&self) -> ExitStatus {
        if self.shut_down {
            ExitStatus::Clean
        } else {
            ExitStatus::Findings
        }
    }

    fn handle(&mut self, message: Message) -> Flow {
        match message {
            Message::Request(request) => self.request(request),
            Message::Notification(notification) => return self.notification(notification),
            // Answers to our own requests (the file watcher's registration): nothing to do.
            Message::Response(_) => {}
        }
        Flow::Continue
    }

    fn send(&self, message: impl Into<Message>) {
        // The writer thread only stops when the editor has gone; the loop then ends too.
        let _ = self.connection.sender.send(message.into());
    }

    fn notify<N: lsp_types::notification::Notification>(&self, params: N::Params) {
        self.send(Notification::new(N::METHOD.to_string(), params));
    }

    fn show(&self, typ: MessageType, message: String) {
        self.notify::<ShowMessage>(ShowMessageParams { typ, message });
    }

    // Requests.

    fn request(&mut self, request: Request) {
        let id = request.id.clone();
        if self.shut_down {
            self.reply_error(id, ErrorCode::InvalidRequest, "the server is shutting down");
            return;
        }
        let result = match request.method.as_str() {
            "shutdown" => {
                self.shut_down = true;
                Ok(Value::Null)
            }
            CodeActionRequest::METHOD => parse(request.params).map(|p| self.code_actions(p)),
            HoverRequest::METHOD => parse(request.params).map(|p| self.hover(p)),
            other => {
                self.reply_error(
                    id,
                    ErrorCode::MethodNotFound,
                    &format!("claimcheck does not answer {other}"),
                );
                return;
            }
        };
        match result {
            Ok(value) => self.send(Response::new_ok(id, value)),
            Err(message) => self.reply_error(id, ErrorCode::InvalidParams, &message),
        }
    }

    fn reply_error(&self, id: RequestId, code: ErrorCode, message: &str) {
        self.send(Response::new_err(id, code as i32, message.to_string()));
    }

    /// Checks the document now when a check is due, so answers are about the text as it is.
    fn fresh(&mut self, uri: &Uri) -> Option<&Document> {
        let stale = self.documents.get(uri)?.due.is_some();
        if stale {
            self.check(uri);
        }
        self.documents.get(uri)
    }

    fn code_actions(&mut self, params: CodeActionParams) -> Value {
        let encoding = self.encoding;
        let uri = params.text_document.uri;
        let Some(document) = self.fresh(&uri) else {
            return Value::Null;
        };
        let Some(checked) = &document.checked else {
            return Value::Null;
        };
        let request = ActionRequest {
            document,
            checked,
            encoding,
            span: document.lines.span(&document.text, params.range, encoding),
            diagnostics: &params.context.diagnostics,
            only: params.context.only.as_deref(),
        };
        serde_json::to_value(actions::actions(&request)).unwrap_or(Value::Null)
    }

    fn hover(&mut self, params: HoverParams) -> Value {
        let encoding = self.encoding;
        let position = params.text_document_position_params;
        let uri = position.text_document.uri;
        // Check first: loading the project here would keep its problems from being reported.
        if self.fresh(&uri).is_none() {
            return Value::Null;
        }
        let config = self.documents.get(&uri).and_then(|d| d.config.clone());
        let rules = self.projects.get(&config).0.rules.clone();
        let Some(document) = self.documents.get(&uri) else {
            return Value::Null;
        };
        let Some(checked) = &document.checked else {
            return Value::Null;
        };
        let offset = document.lines.offset(&document.text, position.position, encoding);
        let Some((text, span)) = hover::at(checked, offset, &rules) else {
            return Value::Null;
        };
        let hover = Hover {
            contents: HoverContents::Markup(MarkupContent {
                kind: MarkupKind::Markdown,
                value: text,
            }),
            range: Some(document.lines.range(&document.text, span, encoding)),
        };
        serde_json::to_value(hover).unwrap_or(Value::Null)
    }

    // Notifications.

    fn notification(&mut self, notification: Notification) -> Flow {
        let method = notification.method.as_str();
        let params = notification.params;
        match method {
            "exit" => return Flow::Exit(self.exit_status()),
            DidOpenTextDocument::METHOD => self.with(params, Self::did_open),
            DidChangeTextDocument::METHOD => self.with(params, Self::did_change),
            DidSaveTextDocument::METHOD | DidChangeWatchedFiles::METHOD => self.reload(),
            DidCloseTextDocument::METHOD => self.with(params, Self::did_close),
            // `initialized`, `$/cancelRequest`, `$/setTrace`…: nothing to do.
            _ => {}
        }
        Flow::Continue
    }

    /// Runs a handler on its parameters; parameters that do not parse are told, not fatal.
    fn with<P: serde::de::DeserializeOwned>(&mut self, params: Value, handler: fn(&mut Self, P)) {
        match parse(params) {
            Ok(params) => handler(self, params),
            Err(message) => self.show(MessageType::ERROR, format!("claimcheck: {message}")),
        }
    }

    fn did_open(&mut self, params: DidOpenTextDocumentParams) {
        let item = params.text_document;
        let mut document = Document::new(item.uri.clone(), &item.language_id, item.version, item.text);
        document.config = Projects::find(document.path.as_deref());
        self.documents.open(document);
        self.check(&item.uri);
    }

    fn did_change(&mut self, params: DidChangeTextDocumentParams) {
        let (encoding, due) = (self.encoding, Instant::now() + self.debounce);
        if let Some(document) = self.documents.get_mut(&params.text_document.uri) {
            document.apply(params.text_document.version, params.content_changes, encoding);
            document.due = Some(due);
        }
    }

    fn did_close(&mut self, params: DidCloseTextDocumentParams) {
        let uri = params.text_document.uri;
        self.documents.close(&uri);
        self.publish(uri, None, Vec::new());
    }

    /// A save or a file change may have changed a configuration or a pack: projects whose
    /// files changed load again, documents find their configuration again, and every
    /// document is checked now (a save also means the writer wants to see where they are).
    fn reload(&mut self) {
        let changed = self.projects.forget_changed();
        if !changed.is_empty() {
            self.pages.forget();
        }
        let now = Instant::now();
        for document in self.documents.iter_mut() {
            document.config = Projects::find(document.path.as_deref());
            document.due = Some(now);
        }
    }

    /// Asks the editor to tell us when a configuration or pack file changes on disk.
    fn watch_files(&self, capabilities: &ClientCapabilities) {
        let dynamic = capabilities
            .workspace
            .as_ref()
            .and_then(|w| w.did_change_watched_files.as_ref())
            .and_then(|d| d.dynamic_registration)
            .unwrap_or(false);
        if !dynamic {
            return;
        }
        let watchers = ["**/.claimcheck.yaml", "**/*.{yaml,yml}"]
            .into_iter()
            .map(|glob| FileSystemWatcher {
                glob_pattern: GlobPattern::String(glob.to_string()),
                kind: None,
            })
            .collect();
        let options = DidChangeWatchedFilesRegistrationOptions { watchers };
        let params = RegistrationParams {
            registrations: vec![Registration {
                id: "claimcheck-watch-packs".into(),
                method: DidChangeWatchedFiles::METHOD.into(),
                register_options: serde_json::to_value(options).ok(),
            }],
        };
        let id = RequestId::from("claimcheck-register-watchers".to_string());
        self.send(Request::new(id, RegisterCapability::METHOD.to_string(), params));
    }

    // Checking.

    /// Checks a document through the engine and publishes what it found.
    fn check(&mut self, uri: &Uri) {
        let Some(config) = self.documents.get(uri).map(|d| d.config.clone()) else {
            return;
        };
        let (project, loaded_now) = self.projects.get(&config);
        let rules = project.rules.clone();
        let baseline = project.baseline.clone();
        let mut engine = project.engine(&rules);
        let problems = loaded_now.then(|| project.problems.clone());
        if let Some(problems) = problems {
            self.report_problems(config.as_ref(), &problems);
        }
        let Some(document) = self.documents.get_mut(uri) else {
            return;
        };
        document.due = None;
        engine.read.format = Some(document.format);
        // A text with no date is being written now.
        engine.read.fallback_date = Some(chrono::Local::now().date_naive());
        let (origin, text) = (document.origin(), document.text.clone());
        // A bug must cost one document its diagnostics, not the writer their server.
        let result = catch_unwind(AssertUnwindSafe(|| engine.check_text(&origin, text)));
        let cx = Context {
            document,
            encoding: self.encoding,
            rules: &rules,
            base: config.as_deref().and_then(|c| c.parent()),
        };
        let (diagnostics, checked, crashed) = match result {
            Ok(Ok((article, mut outcome))) => {
                if let Some(baseline) = &baseline {
                    baseline.hold(&article, &mut outcome);
                }
                let list = diagnostics::of_outcome(&cx, &article, &outcome, &mut self.pages);
                (list, Some(Checked { article, outcome }), false)
            }
            Ok(Err(error)) => (vec![diagnostics::of_error(&cx, &error)], None, false),
            Err(_) => (Vec::new(), None, true),
        };
        let version = document.version;
        document.checked = checked;
        self.publish(uri.clone(), Some(version), diagnostics);
        if crashed {
            self.show(
                MessageType::ERROR,
                format!("claimcheck could not check {origin} (a bug: please report it with the text)"),
            );
        }
    }

    fn publish(&self, uri: Uri, version: Option<i32>, diagnostics: Vec<lsp_types::Diagnostic>) {
        self.notify::<PublishDiagnostics>(PublishDiagnosticsParams {
            uri,
            diagnostics,
            version,
        });
    }

    /// A configuration's or its packs' errors: a message, and diagnostics in those files
    /// (cleared once it loads cleanly).
    fn report_problems(&mut self, config: Option<&PathBuf>, problems: &[Problem]) {
        let Some(config) = config else {
            return;
        };
        for uri in self.problem_files.remove(config).unwrap_or_default() {
            self.publish(uri, None, Vec::new());
        }
        if problems.is_empty() {
            return;
        }
        let first = &problems[0];
        self.show(
            MessageType::ERROR,
            format!(
                "claimcheck: {} does not load ({}{}); checking with the shipped packs and default settings until it does",
                config.display(),
                first.message,
                if problems.len() > 1 { format!(", and {} more", problems.len() - 1) } else { String::new() }
            ),
        );
        let mut files = Vec::new();
        for (uri, list) in diagnostics::by_file(problems) {
            files.push(uri.clone());
            self.publish(uri, None, list);
        }
        self.problem_files.insert(config.clone(), files);
    }
}

fn parse<P: serde::de::DeserializeOwned>(params: Value) -> Result<P, String> {
    serde_json::from_value(params).map_err(|e| format!("bad parameters: {e}"))
}

//! The command line's progress indicator (on a terminal's stderr, once a compile has
//! taken about a second) and its `--timings` table, both read from
//! `wasm2native::timings`.

use crate::timings::{self, Phase};
use std::io::{IsTerminal, Write};
use std::sync::mpsc::{channel, RecvTimeoutError, Sender};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// How long a compile runs before the indicator appears (milliseconds; the variable
/// exists for tests).
const DELAY_VAR: &str = "WASM2NATIVE_PROGRESS_DELAY_MS";

/// A progress line on stderr, redrawn until the value is dropped (which erases it).
/// Nothing is drawn when stderr is not a terminal.
pub(crate) struct Indicator {
    stop: Option<Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl Indicator {
    /// Starts the indicator for a compile described as `what` ("compiling x.wasm").
    pub(crate) fn start(what: String) -> Indicator {
        if !std::io::stderr().is_terminal() {
            return Indicator {
                stop: None,
                thread: None,
            };
        }
        let delay = std::env::var(DELAY_VAR)
            .ok()
            .and_then(|v| v.parse().ok())
            .map_or(Duration::from_secs(1), Duration::from_millis);
        let (tx, rx) = channel::<()>();
        let thread = std::thread::spawn(move || {
            let start = Instant::now();
            if rx.recv_timeout(delay) != Err(RecvTimeoutError::Timeout) {
                return;
            }
            let spinner = ['|', '/', '-', '\\'];
            let mut err = std::io::stderr();
            for tick in 0.. {
                let _ = write!(
                    err,
                    "\r\x1b[2K{} {what}: {} ({:.1} s)",
                    spinner[tick % spinner.len()],
                    status(),
                    start.elapsed().as_secs_f64()
                );
                let _ = err.flush();
                if rx.recv_timeout(Duration::from_millis(100)) != Err(RecvTimeoutError::Timeout) {
                    break;
                }
            }
            let _ = write!(err, "\r\x1b[2K");
            let _ = err.flush();
        });
        Indicator {
            stop: Some(tx),
            thread: Some(thread),
        }
    }
}

impl Drop for Indicator {
    fn drop(&mut self) {
        drop(self.stop.take());
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// "optimize+codegen, 120/4000 functions".
fn status() -> String {
    let p = timings::progress();
    match p.phase {
        Some(Phase::Translate | Phase::Codegen) => format!(
            "translate+codegen, {}/{} functions",
            p.funcs_done, p.funcs_total
        ),
        Some(phase) => phase.label().to_string(),
        None => "working".to_string(),
    }
}

/// Prints the `--timings` table to stderr under `title`: every phase that ran, and the
/// wall time of the whole command since `start`.
pub(crate) fn print_timings(title: &str, start: Instant) {
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "{title}:");
    for (phase, d) in timings::snapshot() {
        let _ = writeln!(err, "  {:<18}{:>10.1} ms", phase.label(), ms(d));
    }
    let _ = writeln!(err, "  {:<18}{:>10.1} ms", "total", ms(start.elapsed()));
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

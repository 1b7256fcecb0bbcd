//! The `pii-proxy` binary: parses the command line, runs it, and maps
//! errors to exit codes (0 success, 1 runtime error, 2 usage or config).

use std::process::ExitCode;

use clap::Parser;
use pii_proxy::cli::{self, Cli};

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // clap prints help and version to stdout with success; usage
            // errors to stderr.
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    match cli::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(cli::CliError::Io(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => {
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("pii-proxy: {e}");
            ExitCode::from(e.exit_code())
        }
    }
}

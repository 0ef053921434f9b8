//! Running the node until a signal, and stopping it without a panic.
//!
//! `sc_cli::Runner::run_node_until_exit` drops the task manager and at once shuts the tokio
//! runtime down. Tasks the service spawned as blocking (the syncing engine among them) run
//! `Handle::block_on` on threads of their own and may not have seen the exit signal yet; the
//! next tick of one of their timers then finds the runtime's time driver gone and panics ("A
//! Tokio 1.x context was found, but it is being shutdown"). The node's panic handler turns that
//! into exit code 1, and a node an operator stopped with Ctrl-C looks as if it had crashed (our
//! network fault tests caught it in CI: a validator's log ended in that panic after SIGINT).
//!
//! [`run_node_until_exit`] does what the runner does, with one step more: after the task manager
//! is dropped, it waits, with the runtime still whole, until every task the service spawned has
//! ended (or [`DRAIN_TIMEOUT`] has passed), and only then shuts the runtime down.

use crate::cli::Cli;
use futures::FutureExt;
use sc_cli::{CliConfiguration, RunCmd, SubstrateCli};
use sc_service::{Configuration, TaskManager};
use std::{
	future::Future,
	time::{Duration, Instant},
};

/// How long the node waits for its tasks to end on their own after the exit signal.
const DRAIN_TIMEOUT: Duration = Duration::from_secs(30);
/// How long the runtime then gives tasks still running before it leaks them, as
/// `sc_cli::Runner` does.
const SHUTDOWN_TIMEOUT: Duration = Duration::from_secs(30);
/// How often the registry of running tasks is looked at while draining.
const DRAIN_POLL: Duration = Duration::from_millis(20);

/// Builds the node's configuration and logger from `run`, starts the node with `initialize` and
/// runs it until it fails or the process gets SIGINT or SIGTERM; then drains its tasks before the
/// tokio runtime stops (see the module documentation).
pub fn run_node_until_exit<F, E>(
	cli: &Cli,
	run: &RunCmd,
	initialize: impl FnOnce(Configuration) -> F,
) -> Result<(), E>
where
	F: Future<Output = Result<TaskManager, E>>,
	E: std::error::Error + Send + Sync + 'static + From<sc_service::Error> + From<sc_cli::Error>,
{
	// The same steps, in the same order, as `SubstrateCli::create_runner`.
	let tokio_runtime = sc_cli::build_runtime().map_err(sc_cli::Error::from)?;
	// `capture` needs a tokio context; signals are captured as early as possible.
	let signals = tokio_runtime.block_on(async { sc_cli::Signals::capture() })?;
	let config = run.create_configuration(cli, tokio_runtime.handle().clone())?;
	run.init(&Cli::support_url(), &Cli::impl_version(), |_| {})?;
	sc_cli::print_node_infos::<Cli>(&config);

	let mut task_manager = tokio_runtime.block_on(initialize(config))?;
	let result = tokio_runtime.block_on(signals.run_until_signal(task_manager.future().fuse()));

	// Dropping the task manager tells every task to stop.
	let registry = task_manager.into_task_registry();
	let started = Instant::now();
	tokio_runtime.block_on(async {
		while !registry.running_tasks().is_empty() && started.elapsed() < DRAIN_TIMEOUT {
			tokio::time::sleep(DRAIN_POLL).await;
		}
	});
	tokio_runtime.shutdown_timeout(SHUTDOWN_TIMEOUT);

	let stalled = registry.running_tasks();
	if !stalled.is_empty() {
		log::error!(
			"Tasks still running {} s after the exit signal:",
			(DRAIN_TIMEOUT + SHUTDOWN_TIMEOUT).as_secs()
		);
		for (task, count) in stalled {
			log::error!("task {:?} of group {:?}: {count} instance(s)", task.name, task.group);
		}
	}
	result.map_err(Into::into)
}

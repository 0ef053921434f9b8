//! The load: pre-signed transfers submitted with back-pressure, their inclusion counted from
//! finalized blocks, and the figures the run yields.

use std::{
	collections::{BTreeMap, HashSet},
	path::PathBuf,
	sync::{
		atomic::{AtomicBool, Ordering},
		Arc, Mutex,
	},
	time::{Duration, Instant},
};

use futures::StreamExt;
use serde::Serialize;
use subxt::{
	config::DefaultExtrinsicParamsBuilder, rpcs::RpcClient, utils::H256, OnlineClient,
	SubstrateConfig,
};

use crate::{
	chain::{self, AtBlock, BlockStat, Limits, Rpc, Weight},
	spec::sender,
};

/// Options of `run`.
#[derive(clap::Args, Debug)]
pub struct RunArgs {
	/// WebSocket RPC of the node to send to and read from.
	#[arg(long, default_value = "ws://127.0.0.1:9944")]
	url: String,
	/// How many of the funded senders (`fund-spec`) send.
	#[arg(long, default_value_t = 1000)]
	senders: u32,
	/// Transactions per sender (consecutive nonces).
	#[arg(long, default_value_t = 4)]
	per_sender: u32,
	/// Submissions outstanding at once (RPC requests not yet answered).
	#[arg(long, default_value_t = 256)]
	in_flight: usize,
	/// Transactions submitted but not yet seen in a best block, at most: the back-pressure on
	/// the node's pool. Keep it under the pool's limit (`--pool-limit`, 24,576 by default in
	/// `bmx-node`, less the transactions of blocks not yet finalized): a fork-aware pool accepts
	/// a submission over its limit and drops a transaction later, which a plain
	/// `author_submitExtrinsic` never learns.
	#[arg(long, default_value_t = 6000)]
	pool_window: usize,
	/// A process whose resident memory to sample (a validator's pid); repeat for several.
	#[arg(long = "pid")]
	pids: Vec<u32>,
	/// Give up waiting for inclusion after this many seconds.
	#[arg(long, default_value_t = 600)]
	timeout: u64,
	/// Also write the figures to this file.
	#[arg(long)]
	json: Option<PathBuf>,
	/// Exit with an error unless every transaction was included and succeeded.
	#[arg(long)]
	expect_all: bool,
	/// Send these pre-signed transactions instead of transfers: a JSON file with a list of
	/// hex-encoded extrinsics (signed or general), in the order to send them, such as
	/// `tests/bench/domain-load.mjs` writes for sealed bids, certificate endorsements and secret
	/// votes. The ceiling is derived from the first one; `--senders` and `--per-sender` are
	/// then unused.
	#[arg(long)]
	transactions: Option<PathBuf>,
	/// Also time RPC reads while the load runs: every 100 ms, `state_getStorage` of the
	/// `System::Account` entry of a sender drawn at random among the first N funded ones (the
	/// state the network was started with, `fund-spec --senders N`).
	#[arg(long)]
	probe_accounts: Option<u32>,
}

/// The ceiling the runtime's weights allow for one kind of transaction.
#[derive(Debug, Serialize)]
struct Ceiling {
	/// Pre-dispatch weight of one transaction (call and extensions).
	transaction_weight: Weight,
	/// The same plus the base extrinsic weight: what a block reserves for it.
	per_transaction: Weight,
	/// Encoded length of one transaction, in bytes.
	transaction_length: usize,
	/// How many fit in the normal class of one block (the tightest of time, proof size, length).
	per_block: u64,
	/// `per_block` at one block per slot.
	per_second: f64,
}

/// Distribution of a sampled figure.
#[derive(Debug, Default, Serialize)]
struct Distribution {
	samples: usize,
	p50: u64,
	p99: u64,
	max: u64,
}

impl Distribution {
	fn of(mut values: Vec<u64>) -> Self {
		values.sort_unstable();
		let at = |p: f64| {
			let rank = (p * values.len() as f64).ceil() as usize;
			values.get(rank.saturating_sub(1)).copied().unwrap_or_default()
		};
		Distribution {
			samples: values.len(),
			p50: at(0.5),
			p99: at(0.99),
			max: values.last().copied().unwrap_or_default(),
		}
	}
}

/// The sustained rate, over the blocks between the first and the last that hold the run's
/// transactions.
#[derive(Debug, Serialize)]
struct Sustained {
	/// First and last block of the window.
	blocks: (u64, u64),
	transactions: usize,
	seconds: f64,
	per_second: f64,
	/// `per_second` ÷ the ceiling's `per_second` (`ceiling_charged` when known, else `ceiling`).
	ratio_to_ceiling: f64,
	/// Mean share of the normal class's `ref_time` the window's blocks consumed.
	mean_block_fill: f64,
}

#[derive(Debug, Serialize)]
struct Report {
	url: String,
	limits: Limits,
	/// The ceiling by the weight a transaction is charged before dispatch
	/// (`TransactionPaymentApi_query_info`).
	ceiling: Ceiling,
	/// The ceiling by the weight the included transactions were charged after their refunds
	/// (their `ExtrinsicSuccess` events). A block builder admits a transaction while the
	/// refunded weight so far plus its pre-dispatch weight fits, so this is what a full block
	/// holds; the sustained ratio is taken against it, the lower of the two ratios.
	ceiling_charged: Option<Ceiling>,
	sent: usize,
	/// Submissions the node refused for good, by reason (a full pool is retried, not counted).
	refused: BTreeMap<String, usize>,
	/// Retries after the pool was full.
	pool_full_retries: usize,
	submission_seconds: f64,
	included: usize,
	succeeded: usize,
	failed: usize,
	sustained: Option<Sustained>,
	/// Best − finalized, sampled every second from the first submission to the last inclusion.
	finality_lag_blocks: Distribution,
	/// Peak resident memory of each `--pid`, in MiB (`VmHWM`): since the process started, and
	/// with the pages of files it maps (its database's among them), which the kernel can take
	/// back under memory pressure.
	peak_rss_mib: BTreeMap<u32, u64>,
	/// The largest anonymous resident memory (`RssAnon`: heap and stacks, what the process
	/// allocated itself) of each `--pid` in the samples, in MiB.
	peak_anon_rss_mib: BTreeMap<u32, u64>,
	/// With `--probe-accounts`: latency of one `System::Account` read over RPC under the load,
	/// in microseconds.
	rpc_read_us: Option<Distribution>,
	blocks: Vec<BlockStat>,
}

/// Runs the load and prints the report.
pub async fn run(args: RunArgs) -> Result<(), String> {
	let rpc_client = RpcClient::from_insecure_url(&args.url)
		.await
		.map_err(|e| format!("cannot connect to {}: {e}", args.url))?;
	let rpc = Rpc::new(rpc_client.clone());
	let api = OnlineClient::<SubstrateConfig>::from_rpc_client(rpc_client)
		.await
		.map_err(|e| format!("cannot read the chain at {}: {e}", args.url))?;
	let at = api.at_current_block().await.map_err(|e| format!("the current block: {e}"))?;
	let limits = chain::limits(&at, &rpc).await?;
	if args.senders < 2 || args.per_sender == 0 || args.in_flight == 0 || args.pool_window == 0 {
		return Err("--senders must be at least 2, --per-sender, --in-flight and --pool-window \
			 at least 1"
			.into());
	}

	let transactions = match &args.transactions {
		Some(path) => read_transactions(path)?,
		None => {
			eprintln!(
				"checking {} senders and signing {} transfers each",
				args.senders, args.per_sender
			);
			sign_transfers(&at, &rpc, args.senders, args.per_sender).await?
		},
	};
	let (_, first) = transactions.first().ok_or("nothing to send")?;
	let transaction_weight = chain::transaction_weight(&rpc, first).await?;
	let ceiling = ceiling(&limits, transaction_weight, first.len());
	eprintln!(
		"ceiling: {} transactions a block, {:.0} a second ({} ms slots)",
		ceiling.per_block, ceiling.per_second, limits.slot_duration_ms
	);

	let ours: Arc<HashSet<[u8; 32]>> =
		Arc::new(transactions.iter().map(|(hash, _)| hash.0).collect());
	let total = transactions.len();
	let done = Arc::new(AtomicBool::new(false));
	let lag = Arc::new(Mutex::new(Vec::new()));
	let rss = Arc::new(Mutex::new(BTreeMap::new()));
	let samplers = tokio::spawn(sample(
		rpc.clone(),
		args.pids.clone(),
		done.clone(),
		lag.clone(),
		rss.clone(),
	));
	let probe = args
		.probe_accounts
		.map(|accounts| tokio::spawn(probe_reads(rpc.clone(), accounts.max(1), done.clone())));
	let (_, start) = chain::heights(&rpc).await?;
	let window = Arc::new(tokio::sync::Semaphore::new(args.pool_window));
	let best_watcher = tokio::spawn(release_on_best_blocks(
		rpc.clone(),
		ours.clone(),
		window.clone(),
		done.clone(),
	));
	let follower = tokio::spawn(follow(rpc.clone(), at.clone(), start, ours, total, args.timeout));

	let started = Instant::now();
	let (refused, pool_full_retries) =
		submit(&rpc, transactions, args.in_flight, window.clone()).await;
	let submission_seconds = started.elapsed().as_secs_f64();
	let sent = total - refused.values().sum::<usize>();
	eprintln!("submitted {sent} of {total} in {submission_seconds:.1} s; waiting for finality");

	let blocks = follower.await.map_err(|e| format!("the block follower: {e}"))??;
	done.store(true, Ordering::Relaxed);
	best_watcher.abort();
	samplers.await.map_err(|e| format!("the samplers: {e}"))?;
	let rpc_read_us = match probe {
		Some(probe) => {
			Some(Distribution::of(probe.await.map_err(|e| format!("the RPC probe: {e}"))?))
		},
		None => None,
	};
	let lag = std::mem::take(&mut *lag.lock().map_err(|_| "lag samples poisoned")?);
	let rss: BTreeMap<u32, Memory> =
		std::mem::take(&mut *rss.lock().map_err(|_| "memory samples poisoned")?);

	// `ceiling` adds the base extrinsic weight back.
	let ceiling_charged = charged_weight(&blocks).map(|weight| {
		let call_and_extensions = Weight {
			ref_time: weight.ref_time.saturating_sub(limits.base_extrinsic.ref_time),
			proof_size: weight.proof_size.saturating_sub(limits.base_extrinsic.proof_size),
		};
		self::ceiling(&limits, call_and_extensions, ceiling.transaction_length)
	});
	let report = Report {
		url: args.url.clone(),
		sustained: sustained(&blocks, &limits, ceiling_charged.as_ref().unwrap_or(&ceiling)),
		limits,
		ceiling,
		ceiling_charged,
		sent,
		refused,
		pool_full_retries,
		submission_seconds,
		included: blocks.iter().map(|b| b.ours).sum(),
		succeeded: blocks.iter().map(|b| b.succeeded).sum(),
		failed: blocks.iter().map(|b| b.failed).sum(),
		finality_lag_blocks: Distribution::of(lag),
		peak_rss_mib: rss.iter().map(|(pid, memory)| (*pid, memory.peak_mib)).collect(),
		peak_anon_rss_mib: rss.iter().map(|(pid, memory)| (*pid, memory.peak_anon_mib)).collect(),
		rpc_read_us,
		blocks,
	};
	let text = serde_json::to_string_pretty(&report).map_err(|e| e.to_string())?;
	println!("{text}");
	if let Some(path) = &args.json {
		std::fs::write(path, &text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
	}
	if args.expect_all && (report.succeeded != total || report.failed != 0) {
		return Err(format!(
			"{} of {total} transactions succeeded ({} failed, {} refused)",
			report.succeeded,
			report.failed,
			total - report.sent
		));
	}
	Ok(())
}

/// Signs `per_sender` transfers for each of `senders` funded senders, immortal, with explicit
/// nonces from each sender's current one; each to the next sender. Ordered nonce by nonce, so
/// that every sender's first transaction goes out first.
async fn sign_transfers(
	at: &AtBlock,
	rpc: &Rpc,
	senders: u32,
	per_sender: u32,
) -> Result<Vec<(H256, Vec<u8>)>, String> {
	let keys = (0..senders).map(sender).collect::<Result<Vec<_>, _>>()?;
	let mut nonces = Vec::with_capacity(keys.len());
	for (index, key) in keys.iter().enumerate() {
		let (free, nonce) = chain::account(rpc, &key.public_key().0).await?;
		if free == 0 {
			return Err(format!(
				"sender {index} holds nothing: start the network from a spec made by \
				 `bmx-throughput fund-spec --senders {senders}` (or more)"
			));
		}
		nonces.push(u64::from(nonce));
	}
	let mut signed = Vec::new();
	for round in 0..u64::from(per_sender) {
		for (index, key) in keys.iter().enumerate() {
			let next = keys.get((index + 1) % keys.len()).ok_or("no next sender")?;
			let payload = subxt::dynamic::transaction(
				"Balances",
				"transfer_keep_alive",
				(next.public_key().to_address::<()>(), 1_000_000u128),
			);
			let nonce = nonces.get(index).copied().unwrap_or_default() + round;
			let params = DefaultExtrinsicParamsBuilder::<SubstrateConfig>::new()
				.nonce(nonce)
				.immortal()
				.build();
			let transaction = at
				.transactions()
				.create_signable_offline(&payload, params)
				.map_err(|e| format!("transfer of sender {index}: {e}"))?
				.sign(key)
				.map_err(|e| format!("signing the transfer of sender {index}: {e}"))?;
			signed.push((transaction.hash(), transaction.into_encoded()));
		}
	}
	Ok(signed)
}

/// The pre-signed transactions in the JSON list of hex strings at `path`, with their hashes.
fn read_transactions(path: &std::path::Path) -> Result<Vec<(H256, Vec<u8>)>, String> {
	let text = std::fs::read_to_string(path)
		.map_err(|e| format!("cannot read {}: {e}", path.display()))?;
	parse_transactions(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// A JSON list of hex-encoded extrinsics, each with its hash (blake2-256 of its encoding, as
/// the node and the blocks name it). Refuses an empty list and repeated transactions: the run
/// counts its own transactions by hash.
fn parse_transactions(text: &str) -> Result<Vec<(H256, Vec<u8>)>, String> {
	let list: Vec<String> =
		serde_json::from_str(text).map_err(|e| format!("not a JSON list of hex strings: {e}"))?;
	if list.is_empty() {
		return Err("the list of transactions is empty".into());
	}
	let mut seen = HashSet::new();
	let mut transactions = Vec::with_capacity(list.len());
	for (index, hex_text) in list.iter().enumerate() {
		let bytes = hex::decode(hex_text.trim_start_matches("0x"))
			.map_err(|e| format!("transaction {index} is not hex: {e}"))?;
		let hash = sp_crypto_hashing::blake2_256(&bytes);
		if !seen.insert(hash) {
			return Err(format!("transaction {index} repeats an earlier one"));
		}
		transactions.push((H256(hash), bytes));
	}
	Ok(transactions)
}

/// The weight-derived ceiling for transactions of `transaction_weight` and `length` bytes.
fn ceiling(limits: &Limits, transaction_weight: Weight, length: usize) -> Ceiling {
	let per_transaction = Weight {
		ref_time: transaction_weight.ref_time.saturating_add(limits.base_extrinsic.ref_time),
		proof_size: transaction_weight.proof_size.saturating_add(limits.base_extrinsic.proof_size),
	};
	let fits = |budget: u64, each: u64| budget.checked_div(each).unwrap_or(u64::MAX);
	let per_block = fits(limits.normal_max_total.ref_time, per_transaction.ref_time)
		.min(fits(limits.normal_max_total.proof_size, per_transaction.proof_size))
		.min(fits(u64::from(limits.normal_max_length), length as u64));
	Ceiling {
		transaction_weight,
		per_transaction,
		transaction_length: length,
		per_block,
		per_second: per_block as f64 * 1000.0 / limits.slot_duration_ms.max(1) as f64,
	}
}

/// The mean weight charged for the run's successful transactions, after refunds, base
/// extrinsic weight included (as `ExtrinsicSuccess` reports it).
fn charged_weight(blocks: &[BlockStat]) -> Option<Weight> {
	let count: u64 = blocks.iter().map(|b| b.succeeded as u64).sum();
	let total = |f: fn(&Weight) -> u64| {
		blocks.iter().map(|b| f(&b.ours_charged)).fold(0u64, u64::saturating_add)
	};
	(count > 0).then(|| Weight {
		ref_time: total(|w| w.ref_time) / count,
		proof_size: total(|w| w.proof_size) / count,
	})
}

/// Submits every transaction, at most `in_flight` at once. A full pool is waited out and the
/// transaction sent again; any other refusal is final. Returns the refusals by reason and the
/// number of retries.
async fn submit(
	rpc: &Rpc,
	transactions: Vec<(H256, Vec<u8>)>,
	in_flight: usize,
	window: Arc<tokio::sync::Semaphore>,
) -> (BTreeMap<String, usize>, usize) {
	let outcomes: Vec<(Option<String>, usize)> = futures::stream::iter(transactions)
		.then(|transaction| {
			let window = window.clone();
			async move {
				// A place in the pool window; `release_on_best_blocks` gives it back once the
				// transaction is in a best block. Never closed, so acquiring cannot fail.
				if let Ok(permit) = window.acquire().await {
					permit.forget();
				}
				transaction
			}
		})
		.map(|(_, bytes)| async move {
			let mut retries = 0;
			loop {
				match rpc.author_submit_extrinsic(&bytes).await {
					Ok(_) => return (None, retries),
					Err(error) => {
						let text = error.to_string();
						// 1016: "Immediately Dropped" (the pool is full); "Too many
						// transactions in the queue".
						if text.contains("1016") || text.contains("Too many") {
							retries += 1;
							tokio::time::sleep(Duration::from_millis(250)).await;
							continue;
						}
						return (Some(text), retries);
					},
				}
			}
		})
		.buffer_unordered(in_flight)
		.collect()
		.await;
	let mut refused = BTreeMap::new();
	let mut retries = 0;
	for (error, tries) in outcomes {
		retries += tries;
		if let Some(error) = error {
			*refused.entry(error).or_insert(0) += 1;
		}
	}
	(refused, retries)
}

/// Gives a place back to the pool window for each of the run's transactions that a new best
/// block holds, until `done`.
async fn release_on_best_blocks(
	rpc: Rpc,
	ours: Arc<HashSet<[u8; 32]>>,
	window: Arc<tokio::sync::Semaphore>,
	done: Arc<AtomicBool>,
) {
	let Ok(mut heads) = rpc.chain_subscribe_new_heads().await else {
		eprintln!("cannot follow best blocks: the pool window will not move");
		return;
	};
	while let Some(Ok(head)) = heads.next().await {
		if done.load(Ordering::Relaxed) {
			return;
		}
		let hash = H256(sp_crypto_hashing::blake2_256(&codec::Encode::encode(&head)));
		let Ok(Some(block)) = rpc.chain_get_block(Some(hash)).await else { continue };
		let held = block
			.block
			.extrinsics
			.iter()
			.filter(|bytes| ours.contains(&sp_crypto_hashing::blake2_256(&bytes.0)))
			.count();
		window.add_permits(held);
	}
}

/// Follows finality from block `start` (excluded), walking back over any finalized head it
/// did not see, until `total` of the run's transactions are in finalized blocks or `timeout`
/// seconds pass.
async fn follow(
	rpc: Rpc,
	at: AtBlock,
	start: u64,
	ours: Arc<HashSet<[u8; 32]>>,
	total: usize,
	timeout: u64,
) -> Result<Vec<BlockStat>, String> {
	let mut heads = rpc
		.chain_subscribe_finalized_heads()
		.await
		.map_err(|e| format!("finalized heads: {e}"))?;
	let deadline = Instant::now() + Duration::from_secs(timeout);
	let mut blocks = Vec::new();
	let mut last = start;
	let mut included = 0;
	while included < total {
		let remaining = deadline.saturating_duration_since(Instant::now());
		let head = match tokio::time::timeout(remaining, heads.next()).await {
			Err(_) => {
				eprintln!("timed out with {included} of {total} transactions finalized");
				break;
			},
			Ok(None) => return Err("the finalized heads subscription ended".into()),
			Ok(Some(head)) => head.map_err(|e| format!("finalized heads: {e}"))?,
		};
		if head.number <= last {
			continue;
		}
		// The hashes from this head back to the last block read.
		let mut hashes = vec![H256(sp_crypto_hashing::blake2_256(&codec::Encode::encode(&head)))];
		let mut parent = head.parent_hash;
		for _ in last + 1..head.number {
			hashes.push(parent);
			let header = rpc
				.chain_get_header(Some(parent))
				.await
				.map_err(|e| format!("chain_getHeader: {e}"))?
				.ok_or("a finalized block has no header")?;
			parent = header.parent_hash;
		}
		for hash in hashes.into_iter().rev() {
			let stat = chain::block_stat(&rpc, &at, hash, |h| ours.contains(h)).await?;
			included += stat.ours;
			if stat.ours > 0 {
				eprintln!(
					"#{}: {} of the run's transactions ({} failed), {} in all",
					stat.number, stat.ours, stat.failed, included
				);
			}
			blocks.push(stat);
		}
		last = head.number;
	}
	Ok(blocks)
}

/// Samples finality lag and the processes' memory every second until `done`.
async fn sample(
	rpc: Rpc,
	pids: Vec<u32>,
	done: Arc<AtomicBool>,
	lag: Arc<Mutex<Vec<u64>>>,
	rss: Arc<Mutex<BTreeMap<u32, Memory>>>,
) {
	while !done.load(Ordering::Relaxed) {
		if let Ok((best, finalized)) = chain::heights(&rpc).await {
			if let Ok(mut lag) = lag.lock() {
				lag.push(best.saturating_sub(finalized));
			}
		}
		for pid in &pids {
			if let Some(now) = Memory::of(*pid) {
				if let Ok(mut rss) = rss.lock() {
					let seen = rss.entry(*pid).or_default();
					seen.peak_mib = seen.peak_mib.max(now.peak_mib);
					seen.peak_anon_mib = seen.peak_anon_mib.max(now.peak_anon_mib);
				}
			}
		}
		tokio::time::sleep(Duration::from_secs(1)).await;
	}
}

/// Times a `System::Account` read of a random one of the first `accounts` senders every
/// 100 ms until `done`; the latencies in microseconds. The draw is a fixed xorshift sequence:
/// two runs read the same accounts.
async fn probe_reads(rpc: Rpc, accounts: u32, done: Arc<AtomicBool>) -> Vec<u64> {
	let mut latencies = Vec::new();
	let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
	while !done.load(Ordering::Relaxed) {
		state ^= state << 13;
		state ^= state >> 7;
		state ^= state << 17;
		let index = u32::try_from(state % u64::from(accounts)).unwrap_or_default();
		if let Ok(key) = sender(index) {
			let started = Instant::now();
			if chain::account(&rpc, &key.public_key().0).await.is_ok() {
				latencies.push(u64::try_from(started.elapsed().as_micros()).unwrap_or(u64::MAX));
			}
		}
		tokio::time::sleep(Duration::from_millis(100)).await;
	}
	latencies
}

/// A process's memory, in MiB.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Memory {
	/// `VmHWM`: its peak resident memory so far, file-backed pages included.
	peak_mib: u64,
	/// `RssAnon` now, or the largest of the samples once merged.
	peak_anon_mib: u64,
}

impl Memory {
	/// Process `pid`'s memory, from `/proc/<pid>/status`.
	fn of(pid: u32) -> Option<Self> {
		Self::parse(&std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?)
	}

	/// The figures of a `/proc/<pid>/status` text.
	fn parse(status: &str) -> Option<Self> {
		let mib = |field: &str| -> Option<u64> {
			let line = status.lines().find(|line| line.starts_with(field))?;
			let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
			Some(kib / 1024)
		};
		Some(Self { peak_mib: mib("VmHWM:")?, peak_anon_mib: mib("RssAnon:")? })
	}
}

/// The sustained rate over the blocks strictly after the first and up to the one before the
/// last that hold the run's transactions, timed from the first such block's timestamp.
fn sustained(blocks: &[BlockStat], limits: &Limits, ceiling: &Ceiling) -> Option<Sustained> {
	let holding: Vec<&BlockStat> = blocks.iter().filter(|b| b.ours > 0).collect();
	let (first, last) = (holding.first()?, holding.last()?);
	let window: Vec<&BlockStat> = blocks
		.iter()
		.filter(|b| b.number > first.number && b.number < last.number)
		.collect();
	let end = window.last()?;
	let seconds = end.timestamp_ms.saturating_sub(first.timestamp_ms) as f64 / 1000.0;
	if seconds <= 0.0 {
		return None;
	}
	let transactions: usize = window.iter().map(|b| b.ours).sum();
	let per_second = transactions as f64 / seconds;
	let fill = |b: &&BlockStat| {
		b.normal_weight.ref_time as f64 / limits.normal_max_total.ref_time.max(1) as f64
	};
	Some(Sustained {
		blocks: (window.first()?.number, end.number),
		transactions,
		seconds,
		per_second,
		ratio_to_ceiling: per_second / ceiling.per_second,
		mean_block_fill: window.iter().map(fill).sum::<f64>() / window.len() as f64,
	})
}

#[cfg(test)]
mod tests {
	use super::*;

	fn limits() -> Limits {
		Limits {
			normal_max_total: Weight { ref_time: 1_500_000_000_000, proof_size: 3_932_160 },
			base_extrinsic: Weight { ref_time: 100_000_000, proof_size: 0 },
			normal_max_length: 3_932_160,
			slot_duration_ms: 6000,
		}
	}

	fn block(number: u64, seconds: u64, ours: usize) -> BlockStat {
		BlockStat {
			number,
			timestamp_ms: seconds * 1000,
			extrinsics: ours + 1,
			ours,
			succeeded: ours,
			failed: 0,
			normal_weight: Weight { ref_time: 750_000_000_000, proof_size: 0 },
			ours_charged: Weight { ref_time: 300_000_000 * ours as u64, proof_size: 0 },
		}
	}

	#[test]
	fn the_charged_weight_is_the_mean_over_successful_transactions() {
		let blocks = [block(10, 60, 0), block(11, 66, 500), block(12, 72, 3000)];
		assert_eq!(charged_weight(&blocks), Some(Weight { ref_time: 300_000_000, proof_size: 0 }));
		assert_eq!(charged_weight(&blocks[..1]), None);
	}

	#[test]
	fn the_ceiling_is_the_tightest_dimension() {
		let by_time = ceiling(&limits(), Weight { ref_time: 400_000_000, proof_size: 1_000 }, 150);
		assert_eq!(by_time.per_block, 1_500_000_000_000 / 500_000_000);
		assert_eq!(by_time.per_second, 500.0);
		let by_proof = ceiling(&limits(), Weight { ref_time: 1, proof_size: 100_000 }, 150);
		assert_eq!(by_proof.per_block, 39);
		let by_length = ceiling(&limits(), Weight { ref_time: 1, proof_size: 0 }, 1_000_000);
		assert_eq!(by_length.per_block, 3);
	}

	#[test]
	fn the_sustained_window_leaves_out_the_first_and_last_blocks() {
		let ceiling = ceiling(&limits(), Weight { ref_time: 400_000_000, proof_size: 0 }, 150);
		let blocks = [
			block(10, 60, 0),
			block(11, 66, 500),
			block(12, 72, 3000),
			block(13, 78, 3000),
			block(14, 84, 7),
		];
		let s = sustained(&blocks, &limits(), &ceiling).unwrap();
		assert_eq!(s.blocks, (12, 13));
		assert_eq!(s.transactions, 6000);
		assert_eq!(s.seconds, 12.0);
		assert_eq!(s.per_second, 500.0);
		assert_eq!(s.ratio_to_ceiling, 1.0);
		assert_eq!(s.mean_block_fill, 0.5);
		// Two blocks holding the run leave no window.
		assert!(sustained(&blocks[..3], &limits(), &ceiling).is_none());
	}

	#[test]
	fn pre_signed_transactions_are_read_with_their_hashes_and_bad_lists_refused() {
		let read = parse_transactions(r#"["0x0102", "0304"]"#).unwrap();
		assert_eq!(read.len(), 2);
		assert_eq!(read[0].1, vec![1, 2]);
		assert_eq!(read[1].0 .0, sp_crypto_hashing::blake2_256(&[3, 4]));
		assert!(parse_transactions("[]").unwrap_err().contains("empty"));
		assert!(parse_transactions(r#"["0x01", "0x01"]"#).unwrap_err().contains("repeats"));
		assert!(parse_transactions(r#"["0xzz"]"#).unwrap_err().contains("not hex"));
		assert!(parse_transactions(r#"{"a": 1}"#).unwrap_err().contains("JSON list"));
	}

	#[test]
	fn memory_is_read_from_the_status_file_in_mib() {
		let status = "Name:\tbmx-node\nVmHWM:\t 1213440 kB\nVmRSS:\t 1048576 kB\n\
		              RssAnon:\t  716800 kB\nRssFile:\t  331776 kB\n";
		assert_eq!(Memory::parse(status), Some(Memory { peak_mib: 1185, peak_anon_mib: 700 }));
		// A kernel thread has no memory lines: no figures rather than zeros.
		assert_eq!(Memory::parse("Name:\tkthreadd\nState:\tS (sleeping)\n"), None);
	}

	#[test]
	fn percentiles_are_nearest_rank() {
		let d = Distribution::of((1..=100).collect());
		assert_eq!((d.samples, d.p50, d.p99, d.max), (100, 50, 99, 100));
		let empty = Distribution::of(vec![]);
		assert_eq!((empty.samples, empty.p50, empty.max), (0, 0, 0));
	}
}

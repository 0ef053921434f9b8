//! `ticket`, `reveal` and `settle` against the stand-in node (`common`): the real runtime's
//! state in `TestExternalities`, served over JSON-RPC.
//!
//! On a running chain only another pallet opens a panel (`EvaluationPanels::open_panel`), and
//! the tenders pallet is not yet wired to the panels: no test can drive a node to a panel yet.
//! Here the panel is opened in-process through that trait, as the tenders pallet will open it;
//! everything else goes through the tool as it goes against a node.

mod common;

use std::path::{Path, PathBuf};

use bmx_primitives::{
	anonymity::{EvaluationPanels, MemberKey, PanelRequest, RingScope},
	identity::{Jurisdiction, MexicanState},
};
use bmx_ring::{
	cli::{Report, RevealArgs, SecretArg, SendArgs, SettleArgs, TicketArgs},
	keys::MemberSecret,
	panel::TicketState,
};
use bmx_runtime::{
	AccountId, AnonymousPanels, Balance, Balances, BlockNumber, DigitalIdentity, RuntimeOrigin,
	UNIT,
};
use common::{build, citizen, send, Chain};
use frame_support::{
	assert_ok,
	traits::fungible::{Inspect, Mutate},
};
use sp_keyring::Sr25519Keyring;

const GUADALAJARA: Jurisdiction = Jurisdiction { state: MexicanState::Jalisco, municipality: 39 };

/// The panel's tickets close at this block, its reveals at [`REVEALS_END`].
const TICKETS_END: BlockNumber = 30;
const REVEALS_END: BlockNumber = 50;

/// An enrolled certified evaluator: its secret file, member key and account.
struct Evaluator {
	secret: PathBuf,
	key: MemberKey,
	account: AccountId,
}

/// A verified adult of Guadalajara with a member key, the evaluator credential and 2,000 BMX,
/// enrolled in the roster.
fn evaluator(folder: &Path, seed: u8) -> Evaluator {
	let (secret, key) = citizen(folder, seed, GUADALAJARA);
	let account = AccountId::from([seed; 32]);
	assert_ok!(DigitalIdentity::issue_credential(
		RuntimeOrigin::signed(Sr25519Keyring::Ferdie.to_account_id()),
		account.clone(),
		bmx_runtime::configs::credentials::TENDER_EVALUATOR,
		None,
	));
	assert_ok!(Balances::mint_into(&account, 2_000 * UNIT));
	assert_ok!(AnonymousPanels::enrol(RuntimeOrigin::signed(account.clone())));
	Evaluator { secret, key, account }
}

fn secret(path: &Path) -> SecretArg {
	SecretArg { secret: Some(path.to_path_buf()) }
}

fn ticket_args(who: &Evaluator, scores: &[u8], state: &Path) -> TicketArgs {
	TicketArgs {
		send: send(false),
		secret: secret(&who.secret),
		panel: 0,
		scores: scores.to_vec(),
		state: state.to_path_buf(),
	}
}

fn reveal_args(state: &Path) -> RevealArgs {
	RevealArgs { send: send(false), state: state.to_path_buf() }
}

fn settle_args(who: &Evaluator, to: &AccountId, close: bool) -> SettleArgs {
	SettleArgs {
		send: send(false),
		secret: secret(&who.secret),
		to: format!("0x{}", hex::encode(to)),
		close,
		at: None,
	}
}

fn ticket(chain: &mut Chain, args: TicketArgs) -> bmx_ring::error::Result<Report> {
	chain.run(move |url| {
		bmx_ring::panel::ticket(&TicketArgs { send: SendArgs { url, ..args.send }, ..args })
	})
}

fn reveal(chain: &mut Chain, args: RevealArgs) -> bmx_ring::error::Result<Report> {
	chain.run(move |url| {
		bmx_ring::panel::reveal(&RevealArgs { send: SendArgs { url, ..args.send }, ..args })
	})
}

fn settle(chain: &mut Chain, args: SettleArgs) -> bmx_ring::error::Result<Report> {
	chain.run(move |url| {
		bmx_ring::panel::settle(&SettleArgs { send: SendArgs { url, ..args.send }, ..args })
	})
}

/// The refusal's name and code of a report that exits 1.
fn refusal(report: &Report) -> (String, Option<u64>) {
	assert_eq!(report.exit_code, 1, "{}", report.json);
	(report.json["refusal"].as_str().unwrap().to_string(), report.json["code"].as_u64())
}

fn hex32(value: &serde_json::Value) -> [u8; 32] {
	hex::decode(value.as_str().unwrap().trim_start_matches("0x"))
		.unwrap()
		.try_into()
		.unwrap()
}

#[test]
fn evaluators_draw_commit_reveal_and_settle_through_the_tool_as_the_chain_decides() {
	let folder = tempfile::tempdir().unwrap();
	let states = folder.path().join("tickets");
	let mut chain = Chain::development();

	// Block 1: 22 certified evaluators enrol with equal bonds; the roster's ring is built.
	let evaluators: Vec<Evaluator> = chain.block(|| {
		let evaluators = (40..62).map(|seed| evaluator(folder.path(), seed)).collect();
		build(RingScope::Evaluators);
		evaluators
	});
	// Block 2: a tender opens panel 0 to score 3 bids; the first two evaluators work for a
	// bidder and are no candidates. The panel's ring is built.
	let buyer = AccountId::from([90; 32]);
	let conflicted = [evaluators[0].account.clone(), evaluators[1].account.clone()];
	chain.block(|| {
		assert_ok!(Balances::mint_into(&buyer, 1_000 * UNIT));
		let panel =
			<AnonymousPanels as EvaluationPanels<AccountId, Balance, BlockNumber>>::open_panel(
				PanelRequest {
					subject: 7,
					payer: buyer.clone(),
					fee: 100 * UNIT,
					options: 3,
					seed: [9; 32],
					enrolled_before: 2,
					tickets_end: TICKETS_END,
					reveals_end: REVEALS_END,
				},
				&|who| conflicted.contains(who),
			)
			.expect("20 candidates without a conflict");
		assert_eq!(panel, 0);
		build(RingScope::Panel(panel));
	});

	// A conflicted evaluator is no candidate: nothing to prove, nothing written (exit 2).
	let state = states.join("conflicted.json");
	let error = ticket(&mut chain, ticket_args(&evaluators[0], &[50, 50, 50], &state)).unwrap_err();
	assert_eq!(error.exit_code(), 2);
	assert!(error.to_string().contains("not a candidate of panel 0"), "{error}");
	assert!(!state.exists());
	// One score per option.
	let error = ticket(&mut chain, ticket_args(&evaluators[2], &[50], &state)).unwrap_err();
	assert!(error.to_string().contains("scores 3 options"), "{error}");

	// A dry run: the node would take the ticket; nothing is sent, but the state file is kept
	// (the printed extrinsic commits to its salt).
	let best = chain.best();
	let state = states.join("dry.json");
	let dry = ticket(
		&mut chain,
		TicketArgs { send: send(true), ..ticket_args(&evaluators[2], &[80, 50, 20], &state) },
	)
	.unwrap();
	assert_eq!(dry.exit_code, 0, "{}", dry.json);
	assert_eq!(dry.json["validation"]["valid"], true);
	assert_eq!(chain.best(), best, "a dry run sends nothing");
	assert!(TicketState::read(&state).is_ok());
	assert!(dry.json["important"].as_str().unwrap().contains("only way to reveal"));

	// The candidates' tickets, ranked (each computes its own offline; the test knows them all).
	let genesis = chain.hashes[&0];
	let mut ranked: Vec<usize> = (2..evaluators.len()).collect();
	let ticket_of = |index: usize| {
		let secret = MemberSecret::read(&evaluators[index].secret).unwrap();
		secret.ticket(&genesis, 0, 0, &[9; 32]).unwrap()
	};
	ranked.sort_by_key(|index| ticket_of(*index));
	// The 2nd to 6th lowest send first and are selected; then the lowest evicts the 6th; then
	// the 7th is refused by the tool before proving: the panel holds five lower tickets.
	let order = [ranked[1], ranked[2], ranked[3], ranked[4], ranked[5], ranked[0], ranked[6]];
	let mut sent = Vec::new();
	for index in order {
		let who = &evaluators[index];
		let state = states.join(format!("evaluator-{index}.json"));
		let scores = [90 - index as u8, 60, 40];
		let report = ticket(&mut chain, ticket_args(who, &scores, &state)).unwrap();
		if index == ranked[6] {
			assert_eq!(refusal(&report), ("NotLowEnough".into(), Some(6)));
			assert!(!state.exists(), "no state file for a ticket that is not sent");
			continue;
		}
		assert_eq!(report.json["selected"], true, "{}", report.json);
		assert_eq!(report.json["event"], "AnonymousPanels.TicketSelected");
		assert_eq!(report.json["block"]["number"], chain.best());
		assert_eq!(report.json["ring"]["scope"]["kind"], "panel");
		assert!(report.text.contains("IMPORTANT: keep"), "{}", report.text);
		assert_eq!(report.json["state_file"], state.display().to_string());
		assert!(report.json["important"].as_str().unwrap().contains("only way to reveal"));
		// The state file: private, and what the chain recorded.
		#[cfg(unix)]
		{
			use std::os::unix::fs::PermissionsExt;
			let mode = std::fs::metadata(&state).unwrap().permissions().mode() & 0o777;
			assert_eq!(mode, 0o600);
		}
		let kept = TicketState::read(&state).unwrap();
		assert_eq!(kept.ticket, ticket_of(index));
		assert_eq!(kept.ticket, hex32(&report.json["ticket"]));
		assert_eq!(kept.pseudonym, hex32(&report.json["pseudonym"]));
		assert_eq!(kept.scores, scores);
		let secret = MemberSecret::read(&who.secret).unwrap();
		assert_eq!(kept.pseudonym, secret.pseudonym(&genesis).unwrap());
		sent.push((index, state, kept));
	}

	// The five lowest tickets are selected, whatever the order they came in.
	let lowest: Vec<_> = ranked[..5].iter().map(|index| ticket_of(*index)).collect();
	let selected: Vec<_> =
		chain.read(|| AnonymousPanels::selections(0).iter().map(|s| s.ticket).collect());
	assert_eq!(selected, lowest);

	// A selected evaluator cannot send a second ticket in the round.
	let (index, _, _) = sent.iter().find(|(_, _, kept)| kept.ticket == lowest[0]).unwrap();
	let again = states.join("again.json");
	let report = ticket(&mut chain, ticket_args(&evaluators[*index], &[1, 2, 3], &again)).unwrap();
	assert_eq!(refusal(&report), ("AlreadySubmitted".into(), Some(7)));
	// Reveals open when the tickets close.
	let (_, first, _) = &sent[0];
	let early = reveal(&mut chain, reveal_args(first)).unwrap();
	assert_eq!(refusal(&early), ("RevealsClosed".into(), Some(3)));
	assert!(early.json["message"].as_str().unwrap().contains("open at block 30"));

	// The tickets close; four of the five selected reveal, with nothing but their state file.
	while chain.best() + 1 < TICKETS_END {
		chain.block(|| ());
	}
	let chosen: Vec<_> = lowest
		.iter()
		.map(|ticket| sent.iter().find(|(_, _, kept)| kept.ticket == *ticket).unwrap())
		.collect();
	for (_, state, kept) in &chosen[..4] {
		let revealed = reveal(&mut chain, reveal_args(state)).unwrap();
		assert_eq!(revealed.exit_code, 0, "{}", revealed.json);
		assert_eq!(revealed.json["revealed"], true);
		assert_eq!(revealed.json["event"], "AnonymousPanels.ScoresRevealed");
		assert_eq!(revealed.json["block"]["number"], chain.best());
		let recorded = chain.read(|| AnonymousPanels::selections(0));
		let selection = recorded.iter().find(|s| s.ticket == kept.ticket).unwrap();
		assert_eq!(selection.scores.as_ref().map(|s| s.to_vec()), Some(kept.scores.clone()));
	}
	let again = reveal(&mut chain, reveal_args(&chosen[0].1)).unwrap();
	assert_eq!(refusal(&again), ("AlreadyRevealed".into(), Some(12)));
	// The evicted ticket has nothing to reveal.
	let (_, state, _) = sent.iter().find(|(index, _, _)| *index == ranked[5]).unwrap();
	let evicted = reveal(&mut chain, reveal_args(state)).unwrap();
	assert_eq!(refusal(&evicted), ("NotSelected".into(), Some(11)));

	// After the reveals, anyone concludes: the silent one is slashed, the four are paid.
	while chain.best() < REVEALS_END {
		chain.block(|| ());
	}
	chain.block(|| {
		assert_ok!(AnonymousPanels::conclude_panel(
			RuntimeOrigin::signed(AccountId::from([99; 32])),
			0
		));
	});

	// A revealer settles its pay to a fresh account, proved against the roster: a dry run
	// shows the amount, then the settlement pays it.
	let (index, _, kept) = chosen[0];
	let payee = AccountId::from([200; 32]);
	let paid = &evaluators[*index];
	let dry =
		settle(&mut chain, SettleArgs { send: send(true), ..settle_args(paid, &payee, false) })
			.unwrap();
	assert_eq!(dry.exit_code, 0, "{}", dry.json);
	assert_eq!(dry.json["amount"], (25 * UNIT).to_string());
	assert_eq!(dry.json["nonce"], 0);
	assert_eq!(dry.json["ring"]["scope"]["kind"], "evaluators");
	let settled = settle(&mut chain, settle_args(paid, &payee, false)).unwrap();
	assert_eq!(settled.exit_code, 0, "{}", settled.json);
	assert_eq!(settled.json["settled"], true);
	assert_eq!(settled.json["event"], "AnonymousPanels.PseudonymSettled");
	assert_eq!(settled.json["amount"], (25 * UNIT).to_string());
	assert_eq!(settled.json["pseudonym"], format!("0x{}", hex::encode(kept.pseudonym)));
	assert!(settled.text.starts_with("25 BMX paid"), "{}", settled.text);
	assert_eq!(chain.read(|| Balances::balance(&payee)), 25 * UNIT);
	// Nothing is left to settle: the chain refuses (the nonce moved on, the earnings are 0).
	let empty = settle(&mut chain, settle_args(paid, &payee, false)).unwrap();
	assert_eq!(refusal(&empty), ("NothingToSettle".into(), Some(15)));

	// The silent evaluator closes its pseudonym: what is left of its bond goes to a fresh
	// account, and the pseudonym takes no more tickets.
	let silent = &evaluators[chosen[4].0];
	let refund = AccountId::from([201; 32]);
	let closed = settle(&mut chain, settle_args(silent, &refund, true)).unwrap();
	assert_eq!(closed.exit_code, 0, "{}", closed.json);
	assert_eq!(closed.json["closed"], true);
	let left =
		bmx_runtime::configs::EvaluatorBond::get() - bmx_runtime::configs::NonRevealSlash::get();
	assert_eq!(chain.read(|| Balances::balance(&refund)), left);
	let after = settle(&mut chain, settle_args(silent, &refund, false)).unwrap();
	assert_eq!(refusal(&after), ("NothingToSettle".into(), Some(15)));

	// A verified adult who never enrolled is in no roster ring: nothing to prove (exit 2).
	let outsider = chain.block(|| {
		let (secret, key) = citizen(folder.path(), 70, GUADALAJARA);
		Evaluator { secret, key, account: AccountId::from([70; 32]) }
	});
	assert!(!evaluators.iter().any(|e| e.key == outsider.key));
	let error = settle(&mut chain, settle_args(&outsider, &payee, false)).unwrap_err();
	assert_eq!(error.exit_code(), 2);
	assert!(error.to_string().contains("in no usable ring of evaluators"), "{error}");

	// Another revealer leaves the roster: the roster is rebuilt without its key, which joins
	// the former evaluators' ring; the tool finds that ring for its settlement (no --at), and
	// its pay and bond go to a fresh account.
	let (index, _, kept) = chosen[1];
	let leaver = &evaluators[*index];
	chain.block(|| {
		assert_ok!(AnonymousPanels::leave(RuntimeOrigin::signed(leaver.account.clone())));
		build(RingScope::Evaluators);
		build(RingScope::FormerEvaluators);
	});
	let farewell = AccountId::from([202; 32]);
	let closed = settle(&mut chain, settle_args(leaver, &farewell, true)).unwrap();
	assert_eq!(closed.exit_code, 0, "{}", closed.json);
	assert_eq!(closed.json["ring"]["scope"]["kind"], "former-evaluators");
	assert_eq!(closed.json["pseudonym"], format!("0x{}", hex::encode(kept.pseudonym)));
	assert_eq!(closed.json["closed"], true);
	let bond = bmx_runtime::configs::EvaluatorBond::get();
	assert_eq!(chain.read(|| Balances::balance(&farewell)), bond + 25 * UNIT);
}

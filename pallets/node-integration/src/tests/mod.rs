//! Unit tests of node integration. The state they start from is described in `mock.rs`.
//!
//! The registry is [`MockCollectives`]: a test that suspends, expels or lets a member leave calls
//! this pallet's [`MembershipHooks`] as the registry would, then updates the stand-in.

use crate::{mock::*, DocumentHash, Error, Event, NodeApplications, PlanPending, Validators};
pub use bmx_primitives::governance::{MembershipHooks, MembershipLoss, ReportSubject};
pub use frame_support::{assert_noop, assert_ok, traits::Hooks};
pub use pallet_session::SessionManager;
pub use sp_core::H256;
pub use sp_runtime::DispatchError::BadOrigin;

mod applications;
mod decisions;
mod genesis;
mod inspect;
mod invariants;
mod journey;
mod membership;
mod minimum;
mod offences;
mod reports;
mod session;
mod session_keys;

/// The hash of the letter of intent.
pub const LETTER: DocumentHash = H256::repeat_byte(0x11);
/// The hash of the adhesion form.
pub const FORM: DocumentHash = H256::repeat_byte(0x22);
/// The hash of written reasons.
pub const REASON: DocumentHash = H256::repeat_byte(0xee);

/// The events of this pallet so far.
pub fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| if let RuntimeEvent::NodeIntegration(e) = r.event { Some(e) } else { None })
		.collect()
}

/// The last event of this pallet.
pub fn last_event() -> Event<Test> {
	events().pop().expect("an event of the pallet was emitted")
}

/// Whether this pallet emitted `event`.
pub fn has_event(event: Event<Test>) -> bool {
	events().contains(&event)
}

/// The node commission's origin.
pub fn commission() -> RuntimeOrigin {
	RuntimeOrigin::signed(NODE_COMMISSION)
}

/// An extraordinary decision of the Executive Council: removes and suspends nodes only.
pub fn executive() -> RuntimeOrigin {
	RuntimeOrigin::signed(EXECUTIVE)
}

/// `pallet-offences` reports an offence of `offenders` in `session`, each with a 10% slash
/// fraction; returns the weight the handler reports.
pub fn offend(offenders: &[u64], session: u32) -> frame_support::weights::Weight {
	use sp_staking::offence::{OffenceDetails, OnOffenceHandler};
	let details: Vec<OffenceDetails<u64, (u64, ())>> = offenders
		.iter()
		.map(|who| OffenceDetails { offender: (*who, ()), reporters: vec![] })
		.collect();
	let fractions = vec![sp_runtime::Perbill::from_percent(10); offenders.len()];
	<NodeIntegration as OnOffenceHandler<u64, (u64, ()), frame_support::weights::Weight>>::on_offence(
		&details, &fractions, session,
	)
}

/// The offence record of an offence in `session` as [`offend`] reports it.
pub fn offence_in(session: u32) -> crate::OffenceRecord {
	crate::OffenceRecord { session, slash_fraction: sp_runtime::Perbill::from_percent(10) }
}

/// Rotate `count` sessions, as `pallet-session` does.
pub fn rotate(count: u32) {
	for _ in 0..count {
		MockSession::rotate();
	}
}

/// The sets `pallet-session` uses and has queued.
pub fn session_sets() -> (Vec<u64>, Vec<u64>) {
	use crate::ValidatorSession;
	(MockSession::validators(), MockSession::queued_validators())
}

/// Genesis with nodes 10 (Academia), 20 and 21 (Empresas) and 30 (Sector publico).
pub fn with_nodes() -> ExtBuilder {
	ExtBuilder::default().validators(vec![
		(10, ACADEMIA),
		(20, EMPRESAS),
		(21, EMPRESAS),
		(30, SECTOR_PUBLICO),
	])
}

/// `who` applies for a node.
pub fn apply_node(who: u64) {
	assert_ok!(NodeIntegration::apply_for_node(RuntimeOrigin::signed(who), LETTER, FORM));
}

/// `leader` endorses the application of `who`.
pub fn endorse(leader: u64, who: u64) {
	assert_ok!(NodeIntegration::endorse_node(RuntimeOrigin::signed(leader), who));
}

/// Member `who` of Academia applies and both Academia leaders endorse it.
pub fn endorsed(who: u64) {
	apply_node(who);
	endorse(10, who);
	endorse(11, who);
}

/// The validator set, in order.
pub fn set() -> Vec<u64> {
	NodeIntegration::validators()
}

/// The registry's side of a departure, suspension or expulsion: the hook first, then the
/// stand-in records the change (a member who left or was expelled leaves the roster, a
/// suspended one stays, inactive).
pub fn lose_membership(
	who: u64,
	cause: MembershipLoss,
	reason: DocumentHash,
) -> sp_runtime::DispatchResult {
	use bmx_primitives::governance::CollectiveInspect;
	let collective = MockCollectives::collective_of(&who).expect("a member of the stand-in");
	<NodeIntegration as MembershipHooks<u64>>::on_membership_lost(&who, collective, cause, reason)?;
	match cause {
		MembershipLoss::Suspended => MockCollectives::set_member(collective, who, false),
		MembershipLoss::Left | MembershipLoss::Expelled => MockCollectives::remove_member(who),
	}
	Ok(())
}

/// The registry expels `who` for [`REASON`]; the event says its node in `collective` was
/// removed for the expulsion.
#[track_caller]
pub fn expel_node_member(who: u64, collective: u32) {
	assert_ok!(lose_membership(who, MembershipLoss::Expelled, REASON));
	assert!(has_event(Event::NodeRemoved {
		who,
		collective,
		cause: crate::NodeEnd::MemberExpelled,
		reason: REASON,
	}));
}

/// The registry's `leave`: the veto, then the loss.
pub fn leave(who: u64) -> sp_runtime::DispatchResult {
	<NodeIntegration as MembershipHooks<u64>>::can_leave(&who)?;
	lose_membership(who, MembershipLoss::Left, H256::zero())
}

//! Stand-ins of the glue traits for the pallets' unit tests, with thread-local state and `u64`
//! accounts (the accounts of `frame_system`'s test configuration). Each test thread starts
//! empty; [`reset`] empties it again.
//!
//! A pallet's mock names the stand-ins where the runtime names the real pallets, sets the state
//! a test needs with their `set_*`/`add_*` functions, and checks what the pallet asked of them
//! with their `calls`/`due` functions.

use alloc::{collections::BTreeMap, vec::Vec};
use codec::Encode;
use core::{cell::RefCell, marker::PhantomData};
use frame_support::weights::Weight;
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{DispatchError, DispatchResult};

use crate::{
	governance::{
		AllowanceManager, CollectiveId, CollectiveInspect, ExecutiveSeat, LeadershipRegister,
		MembershipHooks, MembershipLoss, NodeInspect, ProjectId, ProjectInspect, ReportAnswerers,
		ReportObligations, ReportSubject, SeatInspect,
	},
	DocumentHash,
};

/// The accounts of the stand-ins.
pub type AccountId = u64;

#[derive(Clone, Default)]
struct MemberEntry {
	collective: CollectiveId,
	active: bool,
	ethics_current: bool,
}

#[derive(Default)]
struct State {
	collectives: Vec<CollectiveId>,
	members: BTreeMap<AccountId, MemberEntry>,
	leaders: BTreeMap<CollectiveId, Vec<AccountId>>,
	nodes: BTreeMap<AccountId, (CollectiveId, bool)>,
	seats: BTreeMap<AccountId, ExecutiveSeat>,
	advisors: Vec<AccountId>,
	projects: BTreeMap<ProjectId, (AccountId, CollectiveId)>,
	hook_calls: Vec<HookCall>,
	leave_veto: Option<DispatchError>,
	loss_veto: Option<DispatchError>,
	obligations: BTreeMap<Vec<u8>, (u64, u64)>,
	terms: BTreeMap<AccountId, (CollectiveId, u64)>,
	max_leaders: u32,
	term_length: u64,
	leadership_calls: Vec<LeadershipCall>,
	leadership_veto: Option<DispatchError>,
	allowances: BTreeMap<AccountId, (AccountId, u128)>,
	allowance_veto: Option<DispatchError>,
	report_calls: Vec<ReportCall>,
	answerers: Vec<(Vec<u8>, AccountId)>,
}

thread_local! {
	static STATE: RefCell<State> = RefCell::new(State::default());
}

fn with<R>(f: impl FnOnce(&mut State) -> R) -> R {
	STATE.with(|s| f(&mut s.borrow_mut()))
}

/// Empty every stand-in of this thread.
pub fn reset() {
	with(|s| *s = State::default());
}

/// Collectives, members and leaders: [`CollectiveInspect`].
pub struct MockCollectives;

impl MockCollectives {
	/// Make `collective` exist.
	pub fn add_collective(collective: CollectiveId) {
		with(|s| {
			if !s.collectives.contains(&collective) {
				s.collectives.push(collective);
				s.collectives.sort();
			}
		});
	}

	/// Make `who` a member of `collective` (creating it), active or not, up to date with the
	/// code of ethics.
	pub fn set_member(collective: CollectiveId, who: AccountId, active: bool) {
		Self::add_collective(collective);
		with(|s| {
			s.members.insert(who, MemberEntry { collective, active, ethics_current: true });
		});
	}

	/// Make `who` an active member of `collective`.
	pub fn add_member(collective: CollectiveId, who: AccountId) {
		Self::set_member(collective, who, true);
	}

	/// Set whether `who` accepted the code of ethics in force.
	pub fn set_ethics_current(who: AccountId, current: bool) {
		with(|s| {
			if let Some(m) = s.members.get_mut(&who) {
				m.ethics_current = current;
			}
		});
	}

	/// Take `who` off the roster (and off any leadership).
	pub fn remove_member(who: AccountId) {
		with(|s| {
			s.members.remove(&who);
			s.terms.remove(&who);
			for leaders in s.leaders.values_mut() {
				leaders.retain(|l| *l != who);
			}
		});
	}

	/// Make `who` an active member and a leader of `collective`.
	pub fn add_leader(collective: CollectiveId, who: AccountId) {
		Self::add_member(collective, who);
		with(|s| {
			let leaders = s.leaders.entry(collective).or_default();
			if !leaders.contains(&who) {
				leaders.push(who);
			}
		});
	}

	/// End the leadership of `who` in `collective`.
	pub fn remove_leader(collective: CollectiveId, who: AccountId) {
		with(|s| {
			if let Some(leaders) = s.leaders.get_mut(&collective) {
				leaders.retain(|l| *l != who);
			}
			s.terms.remove(&who);
		});
	}
}

impl CollectiveInspect<AccountId> for MockCollectives {
	fn collective_exists(collective: CollectiveId) -> bool {
		with(|s| s.collectives.contains(&collective))
	}
	fn collectives() -> Vec<CollectiveId> {
		with(|s| s.collectives.clone())
	}
	fn collective_of(who: &AccountId) -> Option<CollectiveId> {
		with(|s| s.members.get(who).map(|m| m.collective))
	}
	fn active_collective_of(who: &AccountId) -> Option<CollectiveId> {
		with(|s| s.members.get(who).filter(|m| m.active).map(|m| m.collective))
	}
	fn is_code_of_ethics_current(who: &AccountId) -> bool {
		with(|s| s.members.get(who).is_some_and(|m| m.ethics_current))
	}
	fn is_leader(collective: CollectiveId, who: &AccountId) -> bool {
		with(|s| s.leaders.get(&collective).is_some_and(|l| l.contains(who)))
	}
	fn leaders(collective: CollectiveId) -> Vec<AccountId> {
		with(|s| s.leaders.get(&collective).cloned().unwrap_or_default())
	}
	fn active_members(collective: CollectiveId) -> Vec<AccountId> {
		with(|s| {
			s.members
				.iter()
				.filter(|(_, m)| m.collective == collective && m.active)
				.map(|(who, _)| *who)
				.collect()
		})
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl crate::governance::GovernanceSetup<AccountId> for MockCollectives {
	fn collective(index: u32) -> CollectiveId {
		Self::add_collective(index);
		index
	}
	fn active_member(collective: CollectiveId, who: &AccountId) {
		Self::add_member(collective, *who);
	}
	fn leader(collective: CollectiveId, who: &AccountId) {
		Self::add_leader(collective, *who);
	}
}

/// Nodes: [`NodeInspect`].
pub struct MockNodes;

impl MockNodes {
	/// Make `who` run a node for `collective`, active or suspended.
	pub fn set_node(collective: CollectiveId, who: AccountId, active: bool) {
		with(|s| {
			s.nodes.insert(who, (collective, active));
		});
	}

	/// Take the node of `who` away.
	pub fn remove_node(who: AccountId) {
		with(|s| {
			s.nodes.remove(&who);
		});
	}
}

impl NodeInspect<AccountId> for MockNodes {
	fn is_validator(who: &AccountId) -> bool {
		with(|s| s.nodes.get(who).is_some_and(|(_, active)| *active))
	}
	fn node_collective(who: &AccountId) -> Option<CollectiveId> {
		with(|s| s.nodes.get(who).map(|(c, _)| *c))
	}
	fn collective_node_count(collective: CollectiveId) -> u32 {
		with(|s| s.nodes.values().filter(|(c, _)| *c == collective).count() as u32)
	}
}

/// Council seats: [`SeatInspect`].
pub struct MockSeats;

impl MockSeats {
	/// Seat `who` in `seat`.
	pub fn set_executive(who: AccountId, seat: ExecutiveSeat) {
		with(|s| {
			s.seats.insert(who, seat);
		});
	}

	/// Seat `who` on the Advisory Council.
	pub fn add_advisor(who: AccountId) {
		with(|s| s.advisors.push(who));
	}
}

impl SeatInspect<AccountId> for MockSeats {
	fn executive_seat_of(who: &AccountId) -> Option<ExecutiveSeat> {
		with(|s| s.seats.get(who).copied())
	}
	fn is_advisor(who: &AccountId) -> bool {
		with(|s| s.advisors.contains(who))
	}
}

/// Registered projects: [`ProjectInspect`].
pub struct MockProjects;

impl MockProjects {
	/// Register `project`, run by `account` for `collective`.
	pub fn add_project(project: ProjectId, account: AccountId, collective: CollectiveId) {
		with(|s| {
			s.projects.insert(project, (account, collective));
		});
	}
}

impl ProjectInspect<AccountId> for MockProjects {
	fn project_of(who: &AccountId) -> Option<ProjectId> {
		with(|s| s.projects.iter().find(|(_, (a, _))| a == who).map(|(p, _)| *p))
	}
	fn project_collective(project: ProjectId) -> Option<CollectiveId> {
		with(|s| s.projects.get(&project).map(|(_, c)| *c))
	}
	fn project_account(project: ProjectId) -> Option<AccountId> {
		with(|s| s.projects.get(&project).map(|(a, _)| *a))
	}
	fn collective_project_count(collective: CollectiveId) -> u32 {
		with(|s| s.projects.values().filter(|(_, c)| *c == collective).count() as u32)
	}
}

/// A call the registry made to [`MembershipHooks`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HookCall {
	/// `can_leave(who)`.
	CanLeave(AccountId),
	/// `on_membership_lost(who, collective, cause, reason)`.
	MembershipLost(AccountId, CollectiveId, MembershipLoss, DocumentHash),
}

/// Records the calls to [`MembershipHooks`]; can be told to refuse them.
pub struct MockMembershipHooks;

impl MockMembershipHooks {
	/// The calls so far, oldest first.
	pub fn calls() -> Vec<HookCall> {
		with(|s| s.hook_calls.clone())
	}

	/// Refuse `can_leave` with `error` (or stop refusing with `None`).
	pub fn refuse_leave(error: Option<DispatchError>) {
		with(|s| s.leave_veto = error);
	}

	/// Refuse `on_membership_lost` with `error` (or stop refusing with `None`).
	pub fn refuse_loss(error: Option<DispatchError>) {
		with(|s| s.loss_veto = error);
	}
}

impl MembershipHooks<AccountId> for MockMembershipHooks {
	fn can_leave(who: &AccountId) -> DispatchResult {
		with(|s| {
			s.hook_calls.push(HookCall::CanLeave(*who));
			s.leave_veto.map_or(Ok(()), Err)
		})
	}
	fn on_membership_lost(
		who: &AccountId,
		collective: CollectiveId,
		cause: MembershipLoss,
		reason: DocumentHash,
	) -> DispatchResult {
		with(|s| {
			if let Some(error) = s.loss_veto {
				return Err(error);
			}
			s.hook_calls.push(HookCall::MembershipLost(*who, collective, cause, reason));
			Ok(())
		})
	}
	fn weight() -> Weight {
		Weight::zero()
	}
}

/// A call a pallet made to [`ReportObligations`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReportCall {
	/// `begin(subject, period)`.
	Begin(ReportSubject<AccountId>, u64),
	/// `end(subject)`.
	End(ReportSubject<AccountId>),
}

/// Keeps report obligations as the reports pallet would (the first report due one period after
/// `begin`, a running obligation kept), reading the block number of the mock runtime `T` from
/// `frame_system`, and records the calls.
pub struct MockReports<T>(PhantomData<T>);

impl<T> MockReports<T> {
	/// The calls so far, oldest first.
	pub fn calls() -> Vec<ReportCall> {
		with(|s| s.report_calls.clone())
	}
}

impl<T> ReportObligations<AccountId, u64> for MockReports<T>
where
	T: frame_system::Config,
	BlockNumberFor<T>: Into<u64>,
{
	fn begin(subject: ReportSubject<AccountId>, period: u64) {
		let now: u64 = frame_system::Pallet::<T>::block_number().into();
		with(|s| {
			s.report_calls.push(ReportCall::Begin(subject.clone(), period));
			s.obligations
				.entry(subject.encode())
				.or_insert((now.saturating_add(period), period));
		});
	}
	fn end(subject: &ReportSubject<AccountId>) {
		with(|s| {
			s.report_calls.push(ReportCall::End(subject.clone()));
			s.obligations.remove(&subject.encode());
		});
	}
	fn due(subject: &ReportSubject<AccountId>) -> Option<u64> {
		with(|s| s.obligations.get(&subject.encode()).map(|(due, _)| *due))
	}
	fn begin_weight() -> Weight {
		Weight::zero()
	}
	fn end_weight() -> Weight {
		Weight::zero()
	}
}

/// Answers for the report subjects it was told: [`ReportAnswerers`].
pub struct MockAnswerers;

impl MockAnswerers {
	/// Let `who` answer for `subject`.
	pub fn add(subject: ReportSubject<AccountId>, who: AccountId) {
		with(|s| s.answerers.push((subject.encode(), who)));
	}
}

impl ReportAnswerers<AccountId> for MockAnswerers {
	fn answers_for(subject: &ReportSubject<AccountId>, who: &AccountId) -> bool {
		let key = subject.encode();
		with(|s| s.answerers.iter().any(|(k, w)| *k == key && w == who))
	}
}

/// A call a pallet made to [`MockLeadership`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LeadershipCall {
	/// `appoint(collective, who)`.
	Appoint(CollectiveId, AccountId),
	/// `renew(who)`.
	Renew(AccountId),
}

/// Appointing and renewing leaders: [`LeadershipRegister`]. An appointment makes `who` a leader
/// in [`MockCollectives`] with a term ending [`MockLeadership::set_term_length`] blocks (default
/// 100) after the current block; a renewal adds one term. At most
/// [`MockLeadership::set_max_leaders`] leaders (default 3) per collective; only active members
/// may be appointed.
pub struct MockLeadership<T>(PhantomData<T>);

impl<T> MockLeadership<T> {
	/// What the pallet asked, in order.
	pub fn calls() -> Vec<LeadershipCall> {
		with(|s| s.leadership_calls.clone())
	}
	/// Make every later appointment and renewal fail with `error` (`None`: succeed again).
	pub fn refuse(error: Option<DispatchError>) {
		with(|s| s.leadership_veto = error);
	}
	/// The most leaders of one collective.
	pub fn set_max_leaders(max: u32) {
		with(|s| s.max_leaders = max);
	}
	/// The length of a term, in blocks.
	pub fn set_term_length(blocks: u64) {
		with(|s| s.term_length = blocks);
	}
	/// Make `who` a leader of `collective` whose term ends at `end`.
	pub fn set_term(collective: CollectiveId, who: AccountId, end: u64) {
		MockCollectives::add_leader(collective, who);
		with(|s| {
			s.terms.insert(who, (collective, end));
		});
	}
	fn max_leaders() -> u32 {
		with(|s| if s.max_leaders == 0 { 3 } else { s.max_leaders })
	}
	fn term_length() -> u64 {
		with(|s| if s.term_length == 0 { 100 } else { s.term_length })
	}
}

impl<T> LeadershipRegister<AccountId, u64> for MockLeadership<T>
where
	T: frame_system::Config<AccountId = AccountId>,
	BlockNumberFor<T>: Into<u64>,
{
	fn appoint(collective: CollectiveId, who: &AccountId) -> DispatchResult {
		with(|s| s.leadership_calls.push(LeadershipCall::Appoint(collective, *who)));
		if let Some(error) = with(|s| s.leadership_veto) {
			return Err(error);
		}
		if MockCollectives::active_collective_of(who) != Some(collective) {
			return Err(DispatchError::Other("not an active member"));
		}
		if MockCollectives::is_leader(collective, who) {
			return Err(DispatchError::Other("already a leader"));
		}
		if Self::vacancies(collective) == 0 {
			return Err(DispatchError::Other("too many leaders"));
		}
		let now: u64 = frame_system::Pallet::<T>::block_number().into();
		let end = now.saturating_add(Self::term_length());
		Self::set_term(collective, *who, end);
		Ok(())
	}
	fn renew(who: &AccountId) -> DispatchResult {
		with(|s| s.leadership_calls.push(LeadershipCall::Renew(*who)));
		if let Some(error) = with(|s| s.leadership_veto) {
			return Err(error);
		}
		let term_length = Self::term_length();
		with(|s| match s.terms.get_mut(who) {
			Some((_, end)) => {
				*end = end.saturating_add(term_length);
				Ok(())
			},
			None => Err(DispatchError::Other("not a leader")),
		})
	}
	fn term_of(who: &AccountId) -> Option<(CollectiveId, u64)> {
		with(|s| s.terms.get(who).copied())
	}
	fn vacancies(collective: CollectiveId) -> u32 {
		let current = MockCollectives::leaders(collective).len() as u32;
		Self::max_leaders().saturating_sub(current)
	}
	fn appoint_weight() -> Weight {
		Weight::from_parts(1_000, 0)
	}
	fn renew_weight() -> Weight {
		Weight::from_parts(1_000, 0)
	}
}

/// Fee allowances: [`AllowanceManager`], with `u128` balances.
pub struct MockAllowances;

impl MockAllowances {
	/// The allowance of `who`: its sponsor and amount per period.
	pub fn allowance(who: AccountId) -> Option<(AccountId, u128)> {
		with(|s| s.allowances.get(&who).copied())
	}
	/// Make every later call fail with `error` (`None`: succeed again).
	pub fn refuse(error: Option<DispatchError>) {
		with(|s| s.allowance_veto = error);
	}
}

impl AllowanceManager<AccountId, u128> for MockAllowances {
	fn set_allowance(who: AccountId, sponsor: AccountId, per_period: u128) -> DispatchResult {
		if let Some(error) = with(|s| s.allowance_veto) {
			return Err(error);
		}
		if per_period == 0 || sponsor == who {
			return Err(DispatchError::Other("invalid allowance"));
		}
		with(|s| s.allowances.insert(who, (sponsor, per_period)));
		Ok(())
	}
	fn remove_allowance(who: AccountId) -> DispatchResult {
		if let Some(error) = with(|s| s.allowance_veto) {
			return Err(error);
		}
		with(|s| s.allowances.remove(&who))
			.map(|_| ())
			.ok_or(DispatchError::Other("no allowance"))
	}
}

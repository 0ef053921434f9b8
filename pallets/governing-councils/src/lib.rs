//! # Governing councils pallet
//!
//! The Executive Council (the Executive Secretary and two commissions) and the Advisory Council
//! of Blockchain MX: their seats, terms and term limits, the Executive Council's motions and
//! their attendance quorum, the collectives' requests for extraordinary sessions, and the
//! membership of the other councils' `pallet-collective` instances.
//!
//! ## Overview
//!
//! The network follows the 2018 "Red Blockchain México" governance model: collectives of sectors
//! run the nodes (`pallet-collective-registry` keeps them, their members and their leaders) and
//! are steered by an Executive Council under the eye of an Advisory Council. This pallet seats
//! both councils, decides the Executive Council's motions itself, and keeps the other councils'
//! `pallet-collective` instances in step.
//!
//! - **Executive Council.** The Executive Secretary ([`ExecutiveSecretary`]) and two
//!   commissions, projects and node integration, with one commissioner per collective each
//!   ([`Commissioners`]): a business-profile and a technical-profile representative, who must be
//!   active members of the collective they represent (the profile itself is the leaders' and the
//!   Advisory Council's judgement, not checked on chain). A leader proposes a person for a seat
//!   ([`Pallet::propose_executive`]; a leader of that collective for a commissioner seat, any
//!   leader for the Secretary); [`Config::AdvisoryOrigin`] designates a proposed person for
//!   [`Config::ExecutiveTerm`] blocks ([`Pallet::designate_executive`]), replacing any holder;
//!   designating the holder again is a new term. One person holds one seat at most, executive
//!   or advisory. A commissioner who stops being an active member of its collective (leaves, is
//!   suspended or expelled) loses the seat: the registry tells this pallet through
//!   [`MembershipHooks`]. The Secretary need not be a member.
//! - **Advisory Council.** At most [`Config::MaxAdvisors`] advisors ([`Advisors`]). Anyone
//!   submits a written request ([`Pallet::request_advisory_seat`]) with a deposit
//!   ([`HoldReason::AdvisoryRequest`]); one pending request per account, at most
//!   [`Config::MaxAdvisoryRequests`] in all. [`Config::ExecutiveOrigin`] admits it (deposit
//!   returned) or rejects it: a rejection costs [`Config::RejectionPenalty`] of the deposit,
//!   slashed and handed to [`Config::Slashed`], the rest returned, so that refundable deposits
//!   do not make spam free. A request not decided within [`Config::AdvisoryRequestLifetime`]
//!   blocks expires: it can no longer be decided, and anyone removes it
//!   ([`Pallet::remove_expired_advisory_request`]) with its deposit returned in full; the
//!   applicant may also withdraw it at any time. Terms last [`Config::AdvisoryTerm`] blocks.
//!   **An advisor asks for its renewal** ([`Pallet::request_advisory_renewal`], with a written
//!   statement) within [`Config::RenewalWindow`] blocks of the term's end and within its term
//!   limit, once per term; the Executive Council decides: it renews the term
//!   ([`Pallet::renew_advisor`], which needs the pending request) or refuses
//!   ([`Pallet::refuse_advisory_renewal`], with its reasons; the term ends as planned and the
//!   advisor may not ask again in that term). The advisor may withdraw a pending request
//!   ([`Pallet::withdraw_advisory_renewal`]) and ask again. A request ([`RenewalRequests`]),
//!   pending or refused, ends with the renewal, the withdrawal, or the seat (term expired,
//!   removal), wherever the seat ends.
//! - **Motions of the Executive Council** ([`Motions`]). The Secretary tables a motion
//!   ([`Pallet::table_motion`]) with its aye recorded; while the Secretary's seat is vacant any
//!   Executive member tables. A motion is ordinary, or extraordinary at the open request of a
//!   collective (below). Executive members vote, and may change their vote, for
//!   [`Config::MotionDuration`] blocks ([`Pallet::vote`]); anyone closes it after that, or as
//!   soon as every current member voted ([`Pallet::close`]). At close only the votes of the
//!   accounts that are Executive members then count (a member who lost its seat keeps its
//!   motions open, its vote is not counted). The decision is an attendance quorum, as the 2018
//!   model states it ("válidas ... siempre y cuando asistan al menos el Secretario Ejecutivo
//!   del Consejo y seis integrantes"): **valid** when the holder of the Secretary's seat at
//!   close voted and at least [`Config::OrdinaryQuorum`] (6) other members voted
//!   ([`Config::ExtraordinaryQuorum`], 4, for an extraordinary motion); **while the Secretary's
//!   seat is vacant, valid when `1 + quorum` members voted** (the seat's vote is replaced by
//!   one more member's, so that a vacancy does not stop the council). A valid motion **passes
//!   by a majority of those voting**: more ayes than nays, a tie fails. A passed motion
//!   dispatches its call with [`Origin::Executive`] of its kind in a storage layer: a failing
//!   call changes nothing and its error is in [`Event::MotionExecuted`]. The runtime maps
//!   [`EnsureOrdinaryDecision`] (an ordinary decision) and [`EnsureExecutiveDecision`] (an
//!   extraordinary or an ordinary one) to the calls each may make. Calls are kept inline up to
//!   128 bytes and with [`Config::Preimages`] beyond, up to [`Config::MaxMotionLength`].
//! - **Extraordinary sessions** ("a petición de los colectivos"). A leader records its
//!   collective's request with the hash of its written objective
//!   ([`Pallet::request_extraordinary_session`], [`SessionRequests`]); one open request per
//!   collective. A leader of the collective withdraws it while no motion cites it
//!   ([`Pallet::withdraw_session_request`]); it expires after [`Config::SessionRequestLifetime`]
//!   blocks unless an extraordinary motion cites it; a cited request waits for its motion and
//!   is consumed when the motion closes, passed or not. One motion per request.
//! - **Terms** of executive seats and advisors end by themselves at the start of their last
//!   block ([`SeatExpiries`], at most [`Config::MaxExpiriesPerBlock`] per block). Genesis seats
//!   may carry their own, shorter first term, so that the founding seats end at different
//!   blocks. At every block the pallet looks at the terms that end [`Config::ExpiryNotice`]
//!   blocks later and emits [`Event::ExpiriesAhead`] when they are
//!   [`Config::MassExpiryThreshold`] or more, or when they would leave the Executive Council
//!   with fewer than `1 + OrdinaryQuorum` members; [`Pallet::upcoming_expiries`] lists the terms
//!   that end within a number of blocks.
//! - **Term limits, for life** ([`TermsServed`], per account and [`TermRole`]). An account
//!   serves at most [`Config::MaxExecutiveTerms`] terms as Secretary, at most as many as a
//!   projects commissioner (whichever collective it represents) and at most as many as a
//!   node-integration commissioner: each designation counts, the holder designated again
//!   included, and so does a genesis seat. An account serves at most `1 + MaxAdvisorRenewals`
//!   advisory terms in all: each admission (genesis, request or reseat) and each renewal counts,
//!   and a former advisor re-admitted continues its count. Refused with
//!   [`Error::TermLimitReached`] at the proposal, designation, request, admission and renewal.
//!   Nothing else is limited: an account may hold different roles one after another.
//! - **Fallbacks, so that no reachable state needs a hard fork.** While the Secretary's seat is
//!   vacant any Executive member tables motions. While no collective has a leader (nobody can
//!   propose a Secretary), [`Config::AdvisoryOrigin`] designates a Secretary without a proposal.
//!   [`Config::ReseatOrigin`] (governed Root in the runtime) designates any executive seat
//!   ([`Pallet::reseat_executive`]) and admits any advisor ([`Pallet::reseat_advisor`]) without
//!   proposal or request, for when both councils are empty or stuck; the eligibility rules
//!   (active membership for commissioners, one seat per person, term limits) still apply.
//!   Governed Root needs both councils, though, so the way out the runtime can reach when
//!   neither can act rests on the collectives, the sovereign base of the 2018 model: **while
//!   the Advisory Council has fewer than [`Config::AdvisoryQuorum`] advisors and the Executive
//!   Council fewer members than a valid ordinary decision needs (`1 + OrdinaryQuorum`)**
//!   ([`Pallet::collectives_designate`]), a candidate proposed for a vacant executive seat
//!   ([`Pallet::propose_executive`]) is designated at once when its proposers are a majority:
//!   for the Secretary, leaders of more than half of the collectives that have a leader (each
//!   collective counts once, whichever of its leaders proposed); for a commissioner of
//!   collective `c`, more than half of `c`'s leaders ([`Event::ExecutiveDesignatedByCollectives`]).
//!   The eligibility rules and term limits apply, and no holder is replaced this way. Once the
//!   Executive Council has `1 + OrdinaryQuorum` members it admits advisors as usual, and the
//!   Advisory Council designates the remaining seats on the leaders' proposals.
//! - **What still needs a hard fork**: no collective with a leader while neither council can
//!   act (nobody can propose, and leaders are appointed by the Executive Council or governed
//!   Root); and for a commissioner seat, a collective without leaders or active members. The
//!   chain warns [`Config::ExpiryNotice`] blocks ahead of the terms whose end would leave the
//!   Executive Council without `1 + OrdinaryQuorum` members or the Advisory Council without
//!   [`Config::AdvisoryQuorum`] advisors ([`Event::ExpiriesAhead`]), and
//!   [`Pallet::upcoming_expiries`] lists the terms that end soon; the leaders' terms are the
//!   registry's, which does not warn of them today.
//! - **Council memberships.** After every change the pallet recomputes the sorted membership of
//!   the Executive Council (Secretary and commissioners), the Advisory Council and each
//!   commission and records it in [`CouncilMembers`] when it changed; the last three are also
//!   pushed to [`Config::AdvisoryCouncil`], [`Config::NodeCommission`] and
//!   [`Config::ProjectsCommission`] (`ChangeMembers`, in the runtime `pallet_collective`
//!   instances). The Executive Council has no `pallet-collective` instance: its motions are
//!   this pallet's.
//! - **Reports.** Each commission reports every [`Config::CommissionReportPeriod`] blocks
//!   (monthly), the Secretary every [`Config::SecretaryReportPeriod`] and the Advisory Council
//!   every [`Config::AdvisoryReportPeriod`] (quarterly), through the reports service
//!   [`Config::Reports`]. The obligation begins when a commission gets its first commissioner,
//!   the Secretary is designated ([`Event::ExecutiveDesignated`]) or the Advisory Council gets
//!   its first advisor ([`Event::AdvisorAdmitted`], or genesis); it ends when the commission's
//!   last commissioner or the Secretary leaves ([`Event::ExecutiveSeatEnded`]) or the last
//!   advisor leaves ([`Event::AdvisorySeatEnded`]). A replaced Secretary's successor inherits the
//!   due block. Any commissioner of the commission, the Secretary and any advisor answer for
//!   their body's reports ([`ReportAnswerers`]).
//!
//! ## Terminology
//!
//! - **Consejo Ejecutivo (Executive Council)**: the Secretary and the commissioners; its
//!   decisions are this pallet's motions, dispatched with [`Origin::Executive`].
//! - **Secretario Ejecutivo (Executive Secretary)**: tables the Executive Council's motions and
//!   must vote for a decision to be valid.
//! - **Comisión de proyectos / de integración de nodos (projects / node-integration
//!   commission)**: the two commissions of the Executive Council, one commissioner per
//!   collective each.
//! - **Consejo Consultivo (Advisory Council)**: the body behind [`Config::AdvisoryOrigin`]; it
//!   designates the executive on the leaders' proposal.
//! - **Líder (leader)**: a member appointed to lead its collective (in the registry); leaders
//!   propose the executive and request extraordinary sessions.
//! - **Reunión ordinaria / extraordinaria (ordinary / extraordinary session)**: the kind of a
//!   motion ([`MotionKind`]), which sets its quorum; an extraordinary one only at a collective's
//!   request.
//! - **Quórum de asistencia (attendance quorum)**: how many members must vote, aye or nay, for
//!   a decision to be valid.
//! - **Solicitud por escrito (written request)**, **objetivo (objective)**: documents kept off
//!   chain, of which the chain stores the hash.
//! - **Solicitud de renovación (renewal request)**: an advisor's written request that the
//!   Executive Council renew its term; the Executive Council renews it or refuses it (with its
//!   reasons, "motivos por escrito").
//! - **Depósito (deposit)**: the amount held while an advisory request is pending; returned,
//!   except the penalty ("penalización") of a rejected request.
//! - **Push**: handing a council's new membership to its `ChangeMembers`.
//!
//! ## Pallet API
//!
//! | Call | index | Origin |
//! |---|---|---|
//! | [`propose_executive`](Pallet::propose_executive) | 0 | signed: a leader (of the represented collective, for a commissioner seat); designates at once when the collectives' majority backs the candidate and neither council can act |
//! | [`withdraw_executive_proposal`](Pallet::withdraw_executive_proposal) | 1 | signed: the proposer |
//! | [`designate_executive`](Pallet::designate_executive) | 2 | [`Config::AdvisoryOrigin`] |
//! | [`remove_executive`](Pallet::remove_executive) | 3 | [`Config::AdvisoryOrigin`] |
//! | [`request_advisory_seat`](Pallet::request_advisory_seat) | 4 | signed: anyone |
//! | [`withdraw_advisory_request`](Pallet::withdraw_advisory_request) | 5 | signed: the applicant |
//! | [`admit_advisor`](Pallet::admit_advisor) | 6 | [`Config::ExecutiveOrigin`] |
//! | [`reject_advisory_request`](Pallet::reject_advisory_request) | 7 | [`Config::ExecutiveOrigin`] |
//! | [`renew_advisor`](Pallet::renew_advisor) | 8 | [`Config::ExecutiveOrigin`], at the advisor's pending request |
//! | [`remove_advisor`](Pallet::remove_advisor) | 9 | [`Config::ExecutiveOrigin`] |
//! | [`table_motion`](Pallet::table_motion) | 10 | signed: the Executive Secretary; any Executive member while the seat is vacant |
//! | [`vote`](Pallet::vote) | 11 | signed: an Executive member |
//! | [`close`](Pallet::close) | 12 | signed: anyone |
//! | [`request_extraordinary_session`](Pallet::request_extraordinary_session) | 13 | signed: a leader of the collective |
//! | [`withdraw_session_request`](Pallet::withdraw_session_request) | 14 | signed: a leader of the collective |
//! | [`reseat_executive`](Pallet::reseat_executive) | 15 | [`Config::ReseatOrigin`] |
//! | [`reseat_advisor`](Pallet::reseat_advisor) | 16 | [`Config::ReseatOrigin`] |
//! | [`request_advisory_renewal`](Pallet::request_advisory_renewal) | 17 | signed: an advisor, in the renewal window of its term |
//! | [`withdraw_advisory_renewal`](Pallet::withdraw_advisory_renewal) | 18 | signed: the advisor with a pending renewal request |
//! | [`refuse_advisory_renewal`](Pallet::refuse_advisory_renewal) | 19 | [`Config::ExecutiveOrigin`] |
//! | [`remove_expired_advisory_request`](Pallet::remove_expired_advisory_request) | 20 | signed: anyone, once the request expired |
//!
//! View functions: [`Pallet::executive_seat`], [`Pallet::council_members`],
//! [`Pallet::motion_quorum`], [`Pallet::is_advisor`], [`Pallet::upcoming_expiries`],
//! [`Pallet::terms_served`], [`Pallet::collectives_designate`].
//!
//! For the runtime the pallet provides its origin [`Origin`] and the checks
//! [`EnsureOrdinaryDecision`] and [`EnsureExecutiveDecision`]. For other pallets it implements
//! [`MembershipHooks`] (a commissioner who stops being an active member loses its seat; leaving
//! is never vetoed), [`SeatInspect`] and [`ReportAnswerers`] (the commissions, the Secretary,
//! the Advisory Council). It reads the collectives through [`Config::Collectives`], keeps report
//! obligations through [`Config::Reports`] and motions' long calls through
//! [`Config::Preimages`]; the runtime provides [`CouncilMembershipWeight`].
//!
//! ## Assumptions
//!
//! - The Advisory Council reviews the candidates and the Executive Council the written requests
//!   (for a seat, for a renewal) off chain: the chain checks the rules above, not the content.
//! - [`RenewalRequests`] holds one entry per advisor at most (only an advisor asks, and the
//!   entry is removed in `end_advisor`, through which every advisory seat ends), so
//!   it is bounded by [`Config::MaxAdvisors`]; `try_state` checks that every entry belongs to
//!   an advisor's current term (made within the renewal window: a runtime upgrade that
//!   shortens [`Config::RenewalWindow`] should let pending requests end first).
//! - An advisory request's expiry is read from its `submitted_at` and the current
//!   [`Config::AdvisoryRequestLifetime`]: a runtime upgrade that changes the lifetime changes
//!   the expiry of pending requests too. An expired request is never decided, so that the
//!   Executive Council's delay never costs the applicant a penalty.
//! - [`Config::Slashed`] is infallible and cheap (resolving the credit into one account, or
//!   dropping it to burn it); the weight of `reject_advisory_request` counts one account write
//!   for it. The slashed amount is `RejectionPenalty * deposit`, rounded down.
//! - Executive seats are not renewed: the Advisory Council designates the holder again, on a
//!   leader's proposal, which starts a new term ([`Seat::renewals`] stays 0 for them) and counts
//!   towards the term limit. A proposal counts only while its proposer leads (the represented
//!   collective for a commissioner seat); proposals of former leaders are dropped at the next
//!   proposal and all of a seat's proposals are cleared by a designation.
//! - [`TermsServed`] is written only by the decisions that seat someone (the Advisory Council,
//!   the Executive Council, [`Config::ReseatOrigin`]) and by genesis, one entry per account
//!   and role at most; it is never pruned, being the record the term limits read. Its size is
//!   bounded by the number of those governance decisions.
//! - The registry calls [`MembershipHooks::on_membership_lost`] whenever an account stops being
//!   an active member (it leaves, is suspended or expelled), and the runtime builds the
//!   registry's genesis before this pallet's, whose commissioners must be its active members.
//! - [`Config::MaxCollectives`] is at least the registry's: the Executive Council has two
//!   commissioner seats per collective, collectives are numbered from 0, and one session request
//!   per collective is open at most.
//! - `MaxExpiriesPerBlock` should be at least `1 + 2 * MaxCollectives + MaxAdvisors`, so that
//!   no designation, admission or renewal is ever refused for a full expiry bucket; smaller
//!   values are safe (the call is refused with [`Error::TooManyExpiries`]) but inconvenient.
//! - A motion's votes are bounded by the Executive Council's seats: when the list is full, the
//!   votes of former members (which would not count) are dropped to make room.
//! - Terms that end sooner than [`Config::ExpiryNotice`] blocks after they start (short genesis
//!   terms) are not warned of; [`Pallet::upcoming_expiries`] lists them.
//! - [`Config::AdvisoryQuorum`] is the fewest advisors with which [`Config::AdvisoryOrigin`]
//!   decides: set lower, a council too small to decide keeps the collectives' majority off
//!   until its terms end. [`Config::MaxSeatProposals`] holds more than half of
//!   [`Config::MaxCollectives`] (checked by `integrity_test`), so that a majority of the
//!   collectives can propose one Secretary; with `MaxCollectives` times the registry's leaders
//!   per collective no leader is ever refused a proposal. The collectives' majority is counted
//!   at a proposal: proposals made while a council could still act designate at the next
//!   proposal for that candidate (a leader proposing it again).
//! - `close` is charged for [`Config::MaxMotionLength`] and [`Config::MaxProposalWeight`] and
//!   refunds what the motion did not use; the call's weight is checked against
//!   [`Config::MaxProposalWeight`] when it is tabled.
//! - A council's `ChangeMembers` is pushed within the calls that change it, whose weights add
//!   [`CouncilMembershipWeight::change_members_weight`] per push.
//! - A commission's or the Advisory Council's report is one per body: the first of its members
//!   to submit it fulfils the period (the reports service checks who answers through
//!   [`ReportAnswerers`]).
//! - The benchmarks create up to [`Config::MaxCollectives`] collectives, two members of each
//!   and `MaxSeatProposals` leaders spread over them, through `Config::BenchmarkHelper` (under
//!   `runtime-benchmarks`): the registry must allow `ceil(MaxSeatProposals / MaxCollectives)`
//!   leaders per collective, and must not give a collective a leader when it creates it
//!   (`designate_secretary_without_leaders` needs collectives without leaders).

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod features;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
pub mod traits;
#[cfg(any(test, feature = "try-runtime"))]
mod try_state;
pub mod types;
pub mod weights;

pub use bmx_primitives::{
	governance::{CollectiveId, Commission, ExecutiveSeat},
	DocumentHash,
};
pub use pallet::*;
pub use traits::CouncilMembershipWeight;
pub use types::*;
pub use weights::WeightInfo;

use alloc::{boxed::Box, vec::Vec};
use bmx_primitives::governance::{
	CollectiveInspect, MembershipHooks, MembershipLoss, ReportAnswerers, ReportObligations,
	ReportSubject, SeatInspect,
};
use frame_support::{
	dispatch::{GetDispatchInfo, PostDispatchInfo},
	pallet_prelude::*,
	traits::{fungible, Bounded, ChangeMembers, OnUnbalanced, QueryPreimage, StorePreimage},
};
use frame_system::pallet_prelude::*;
use sp_runtime::{
	traits::{Dispatchable, Saturating, Zero},
	Perbill,
};

/// The balance type of [`Config::Currency`].
pub type BalanceOf<T> =
	<<T as Config>::Currency as fungible::Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// A council seat as stored.
pub type SeatOf<T> = Seat<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>;

/// The pending proposals for one executive seat.
pub type SeatProposalsOf<T> = BoundedVec<
	SeatProposal<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>,
	<T as Config>::MaxSeatProposals,
>;

/// The advisors and their terms, in admission order.
pub type AdvisorsOf<T> = BoundedVec<SeatOf<T>, <T as Config>::MaxAdvisors>;

/// The executive and advisory terms that end at one block.
pub type SeatExpiriesOf<T> = BoundedVec<
	SeatExpiry<<T as frame_system::Config>::AccountId>,
	<T as Config>::MaxExpiriesPerBlock,
>;

/// A pending advisory request as stored.
pub type AdvisoryRequestOf<T> = AdvisoryRequest<BalanceOf<T>, BlockNumberFor<T>>;

/// An advisor's request for the renewal of its term as stored.
pub type RenewalRequestOf<T> = RenewalRequest<BlockNumberFor<T>>;

/// What [`Config::Slashed`] receives: the slashed part of a rejected request's deposit.
pub type CreditOf<T> =
	fungible::Credit<<T as frame_system::Config>::AccountId, <T as Config>::Currency>;

/// The last membership pushed to one council's `ChangeMembers`, sorted.
pub type CouncilMembersOf<T> =
	BoundedVec<<T as frame_system::Config>::AccountId, MaxCouncilMembers<T>>;

/// A proposed call as a motion keeps it: inline when short, else noted with
/// [`Config::Preimages`].
pub type BoundedCallOf<T> =
	Bounded<<T as Config>::ExecutiveProposal, <T as frame_system::Config>::Hashing>;

/// An open Executive Council motion as stored.
pub type MotionOf<T> = Motion<
	<T as frame_system::Config>::AccountId,
	BoundedCallOf<T>,
	BlockNumberFor<T>,
	MaxExecutiveMembers<T>,
>;

/// A collective's request for an extraordinary session as stored.
pub type SessionRequestOf<T> =
	SessionRequest<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>;

/// The collectives whose session requests expire at one block.
pub type SessionRequestExpiriesOf<T> = BoundedVec<CollectiveId, <T as Config>::MaxCollectives>;

/// Who owes a periodic report, for this pallet's accounts.
pub type ReportSubjectOf<T> = ReportSubject<<T as frame_system::Config>::AccountId>;

/// The Executive Council's seats: the Secretary and two commissioners per collective.
pub struct MaxExecutiveMembers<T>(core::marker::PhantomData<T>);
impl<T: Config> Get<u32> for MaxExecutiveMembers<T> {
	fn get() -> u32 {
		T::MaxCollectives::get().saturating_mul(2).saturating_add(1)
	}
}

/// The largest council: the Executive Council (the Secretary and two commissioners per
/// collective) or the Advisory Council, whichever is larger.
pub struct MaxCouncilMembers<T>(core::marker::PhantomData<T>);
impl<T: Config> Get<u32> for MaxCouncilMembers<T> {
	fn get() -> u32 {
		MaxExecutiveMembers::<T>::get().max(T::MaxAdvisors::get())
	}
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::config]
	pub trait Config:
		frame_system::Config<RuntimeEvent: From<Event<Self>>, RuntimeOrigin: From<Origin>>
	{
		/// The Executive Council: admits and rejects advisory requests, renews advisors' terms at
		/// their request or refuses to, and removes advisors. In the runtime, an ordinary
		/// decision of its motions ([`EnsureOrdinaryDecision`]).
		type ExecutiveOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The Advisory Council: designates the Executive Secretary and the commissioners on the
		/// leaders' proposal (a Secretary without one when no collective has a leader), and
		/// removes them.
		type AdvisoryOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Reseats the councils when they cannot reseat themselves: designates any executive
		/// seat and admits any advisor without proposal or request (the eligibility rules and
		/// term limits still apply). In the runtime, Root reached through governance.
		type ReseatOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The currency in which advisory request deposits are held (and from whose holds the
		/// penalty of a rejected request is slashed).
		type Currency: fungible::MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ fungible::BalancedHold<Self::AccountId>
			+ fungible::Mutate<Self::AccountId>;

		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;

		/// The collectives, their members and their leaders (in the runtime,
		/// `pallet-collective-registry`): who may propose for a seat, who may hold a
		/// commissioner seat, who may request an extraordinary session.
		type Collectives: CollectiveInspect<Self::AccountId>;

		/// The reports service (in the runtime, `pallet-duty-reports`), which keeps the report
		/// obligations of the commissions, the Secretary and the Advisory Council.
		type Reports: ReportObligations<Self::AccountId, BlockNumberFor<Self>>;

		/// Receives the Advisory Council's membership (the advisors) whenever it changes.
		type AdvisoryCouncil: ChangeMembers<Self::AccountId>;

		/// Receives the node-integration commission's membership whenever it changes.
		type NodeCommission: ChangeMembers<Self::AccountId>;

		/// Receives the projects commission's membership whenever it changes.
		type ProjectsCommission: ChangeMembers<Self::AccountId>;

		/// The weight of one push to any of the three `ChangeMembers` above (in the runtime,
		/// `pallet_collective`'s `set_members` with `MaxProposals` open motions), added to the
		/// weight of every call and hook that pushes.
		type CouncilMembershipWeight: CouncilMembershipWeight;

		/// A call the Executive Council can decide on: the runtime's `RuntimeCall`.
		type ExecutiveProposal: Parameter
			+ Dispatchable<RuntimeOrigin = Self::RuntimeOrigin, PostInfo = PostDispatchInfo>
			+ GetDispatchInfo;

		/// Keeps the calls of open motions longer than 128 bytes (in the runtime,
		/// `pallet-preimage`); shorter ones are kept inline.
		type Preimages: QueryPreimage<H = Self::Hashing> + StorePreimage;

		/// The members besides the Secretary who must vote for an ordinary decision to be valid.
		/// At least 1, at most the commissioners' seats (`2 * MaxCollectives`).
		#[pallet::constant]
		type OrdinaryQuorum: Get<u32>;

		/// The members besides the Secretary who must vote for an extraordinary decision to be
		/// valid. At least 1, at most the commissioners' seats (`2 * MaxCollectives`).
		#[pallet::constant]
		type ExtraordinaryQuorum: Get<u32>;

		/// The fewest advisors with which [`Config::AdvisoryOrigin`] can decide (in the runtime,
		/// where it takes more than half and at least two advisors, 2). While fewer are seated
		/// and the Executive Council has fewer than `1 + OrdinaryQuorum` members, neither council
		/// can act and the collectives' majority designates executives
		/// ([`Event::ExecutiveDesignatedByCollectives`]). Zero turns that way out off (the test
		/// mock does so for the tests of the councils' own rules); a runtime must not.
		#[pallet::constant]
		type AdvisoryQuorum: Get<u32>;

		/// How long a motion stays open for votes, in blocks. Not zero.
		#[pallet::constant]
		type MotionDuration: Get<BlockNumberFor<Self>>;

		/// The largest number of open motions. At least 1.
		#[pallet::constant]
		type MaxMotions: Get<u32>;

		/// The longest encoded call a motion may carry, in bytes.
		#[pallet::constant]
		type MaxMotionLength: Get<u32>;

		/// The heaviest call a motion may carry; `close` is charged for it and refunds what the
		/// call did not use.
		#[pallet::constant]
		type MaxProposalWeight: Get<Weight>;

		/// How long a collective's request for an extraordinary session stays open unless a
		/// motion cites it, in blocks. Not zero.
		#[pallet::constant]
		type SessionRequestLifetime: Get<BlockNumberFor<Self>>;

		/// The most terms an account may serve in each executive role (the Secretary, a
		/// projects commissioner, a node-integration commissioner), for life. At least 1.
		#[pallet::constant]
		type MaxExecutiveTerms: Get<u32>;

		/// How many blocks ahead the chain looks for mass expiries of terms. Not zero.
		#[pallet::constant]
		type ExpiryNotice: Get<BlockNumberFor<Self>>;

		/// How many terms ending at one block make a mass expiry, warned of
		/// [`Config::ExpiryNotice`] blocks ahead. At least 1.
		#[pallet::constant]
		type MassExpiryThreshold: Get<u32>;

		/// The largest number of collectives, each with a projects and a node-integration
		/// commissioner: at least the registry's.
		#[pallet::constant]
		type MaxCollectives: Get<u32>;

		/// The length of an executive term (the Secretary's or a commissioner's), in blocks. Not
		/// zero.
		#[pallet::constant]
		type ExecutiveTerm: Get<BlockNumberFor<Self>>;

		/// The largest number of pending proposals for one executive seat. More than half of
		/// [`Config::MaxCollectives`], so that a majority of the collectives can propose one
		/// Secretary; `MaxCollectives` times the registry's leaders per collective refuses no
		/// leader.
		#[pallet::constant]
		type MaxSeatProposals: Get<u32>;

		/// The largest number of advisors. At least 1.
		#[pallet::constant]
		type MaxAdvisors: Get<u32>;

		/// The length of an advisor's term, in blocks. At least [`Config::RenewalWindow`].
		#[pallet::constant]
		type AdvisoryTerm: Get<BlockNumberFor<Self>>;

		/// How many times an advisor's term can be renewed: an account serves at most
		/// `1 + MaxAdvisorRenewals` advisory terms for life, admissions and renewals together.
		#[pallet::constant]
		type MaxAdvisorRenewals: Get<u32>;

		/// How many blocks before its end an advisor's term can be renewed. At most
		/// [`Config::AdvisoryTerm`], and not zero unless [`Config::MaxAdvisorRenewals`] is zero.
		#[pallet::constant]
		type RenewalWindow: Get<BlockNumberFor<Self>>;

		/// The deposit held for a pending advisory request: returned in full when it is
		/// admitted, withdrawn or removed after its expiry; less [`Config::RejectionPenalty`]
		/// when it is rejected.
		#[pallet::constant]
		type AdvisoryRequestDeposit: Get<BalanceOf<Self>>;

		/// How long an advisory request stays pending, in blocks. Once expired it can no longer
		/// be admitted or rejected; anyone may remove it
		/// ([`Pallet::remove_expired_advisory_request`]) and its deposit returns in full. Not
		/// zero.
		#[pallet::constant]
		type AdvisoryRequestLifetime: Get<BlockNumberFor<Self>>;

		/// The share of its deposit that a rejected advisory request costs: slashed from the
		/// hold and handed to [`Config::Slashed`], the rest returned.
		#[pallet::constant]
		type RejectionPenalty: Get<Perbill>;

		/// Receives the slashed part of the deposits of rejected advisory requests: the runtime
		/// decides where it goes (a treasury account, or `()` to burn it).
		type Slashed: OnUnbalanced<CreditOf<Self>>;

		/// The largest number of pending advisory requests. At least 1.
		#[pallet::constant]
		type MaxAdvisoryRequests: Get<u32>;

		/// The largest number of executive and advisory terms that end at the same block.
		/// `on_initialize` must be able to end that many within a block's weight.
		#[pallet::constant]
		type MaxExpiriesPerBlock: Get<u32>;

		/// How often each commission reports, in blocks (monthly). Not zero.
		#[pallet::constant]
		type CommissionReportPeriod: Get<BlockNumberFor<Self>>;

		/// How often the Executive Secretary reports, in blocks (quarterly). Not zero.
		#[pallet::constant]
		type SecretaryReportPeriod: Get<BlockNumberFor<Self>>;

		/// How often the Advisory Council reports, in blocks (quarterly). Not zero.
		#[pallet::constant]
		type AdvisoryReportPeriod: Get<BlockNumberFor<Self>>;

		/// Weight information for the calls and hooks of this pallet.
		type WeightInfo: WeightInfo;

		/// Creates collectives, members and leaders for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: bmx_primitives::governance::GovernanceSetup<Self::AccountId>;
	}

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// The Executive Secretary and its term; `None` while the seat is vacant.
	#[pallet::storage]
	pub type ExecutiveSecretary<T: Config> = StorageValue<_, SeatOf<T>, OptionQuery>;

	/// The commissioners: for each commission, the representative of each collective.
	// Hasher: Twox64Concat for the two-variant commission and the registry-assigned collective id.
	#[pallet::storage]
	pub type Commissioners<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		Commission,
		Twox64Concat,
		CollectiveId,
		SeatOf<T>,
		OptionQuery,
	>;

	/// Look-up of the executive seat an account holds: one at most.
	// Hasher: Blake2_128Concat, the accounts are chosen by users.
	#[pallet::storage]
	pub type ExecutiveSeatOf<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, ExecutiveSeat, OptionQuery>;

	/// The leaders' pending proposals for each executive seat. Absent when there are none.
	// Hasher: Blake2_128Concat, the seat names a collective id given by the caller.
	#[pallet::storage]
	pub type SeatProposals<T: Config> =
		StorageMap<_, Blake2_128Concat, ExecutiveSeat, SeatProposalsOf<T>, ValueQuery>;

	/// The Advisory Council: the advisors and their terms, in admission order.
	#[pallet::storage]
	pub type Advisors<T: Config> = StorageValue<_, AdvisorsOf<T>, ValueQuery>;

	/// The pending written requests for an advisory seat, with their deposits. At most
	/// [`Config::MaxAdvisoryRequests`].
	// Hasher: Blake2_128Concat, the accounts are chosen by users.
	#[pallet::storage]
	pub type AdvisoryRequests<T: Config> =
		CountedStorageMap<_, Blake2_128Concat, T::AccountId, AdvisoryRequestOf<T>, OptionQuery>;

	/// The advisors' requests for the renewal of their current terms, pending or refused: one
	/// per advisor, so at most [`Config::MaxAdvisors`]. Removed when the term is renewed, the
	/// request withdrawn or the seat ends (whatever the cause), so that none outlives its term.
	// Hasher: Blake2_128Concat, the accounts are chosen by users.
	#[pallet::storage]
	pub type RenewalRequests<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, RenewalRequestOf<T>, OptionQuery>;

	/// The executive and advisory terms that end at the start of each block.
	// Hasher: Twox64Concat, block numbers are not chosen by users.
	#[pallet::storage]
	pub type SeatExpiries<T: Config> =
		StorageMap<_, Twox64Concat, BlockNumberFor<T>, SeatExpiriesOf<T>, ValueQuery>;

	/// The membership of each council, sorted: the Executive Council's as recorded here, the
	/// others' as last pushed to their `ChangeMembers`. Absent when empty.
	// Hasher: Twox64Concat, the councils are a fixed set of keys.
	#[pallet::storage]
	pub type CouncilMembers<T: Config> =
		StorageMap<_, Twox64Concat, Council, CouncilMembersOf<T>, ValueQuery>;

	/// The open motions of the Executive Council. At most [`Config::MaxMotions`].
	// Hasher: Twox64Concat, indices are given by the pallet in order.
	#[pallet::storage]
	pub type Motions<T: Config> =
		CountedStorageMap<_, Twox64Concat, MotionIndex, MotionOf<T>, OptionQuery>;

	/// Look-up of the open motion of a call hash: one at most.
	// Hasher: Identity, the key is a cryptographic hash already.
	#[pallet::storage]
	pub type MotionIndexOf<T: Config> = StorageMap<_, Identity, T::Hash, MotionIndex, OptionQuery>;

	/// The index of the next motion.
	#[pallet::storage]
	pub type NextMotionIndex<T: Config> = StorageValue<_, MotionIndex, ValueQuery>;

	/// The open request of each collective for an extraordinary session. At most
	/// [`Config::MaxCollectives`].
	// Hasher: Twox64Concat, the collective id is given by the registry.
	#[pallet::storage]
	pub type SessionRequests<T: Config> =
		CountedStorageMap<_, Twox64Concat, CollectiveId, SessionRequestOf<T>, OptionQuery>;

	/// The session requests, no motion citing them, that expire at the start of each block.
	// Hasher: Twox64Concat, block numbers are not chosen by users.
	#[pallet::storage]
	pub type SessionRequestExpiries<T: Config> =
		StorageMap<_, Twox64Concat, BlockNumberFor<T>, SessionRequestExpiriesOf<T>, ValueQuery>;

	/// The terms each account served, for life, per role: designations to an executive seat
	/// (the holder designated again included), admissions and renewals of an advisor. Written
	/// only by the governance decisions that seat someone (the Advisory Council's designation,
	/// the Executive Council's admission and renewal, [`Config::ReseatOrigin`]) and by genesis,
	/// so it grows by at most one entry per such decision; entries are never removed, as they
	/// are the record of service that the term limits read.
	// Hasher: Blake2_128Concat for the accounts, chosen by users; Twox64Concat for the role, a
	// small fixed set.
	#[pallet::storage]
	pub type TermsServed<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Twox64Concat,
		TermRole,
		u32,
		ValueQuery,
	>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The founding Executive Council: seats, their holders (a commissioner must be an
		/// active member, in the registry's genesis, of the collective it represents) and the
		/// length of each first term in blocks (`None` for [`Config::ExecutiveTerm`]; not zero
		/// nor longer), so that the founding seats can end at different blocks. Their terms
		/// start at genesis and count towards the term limits. Without it nobody could designate
		/// anyone but [`Config::ReseatOrigin`]: the Advisory Council designates executives and
		/// the Executive Council admits advisors.
		pub executive: Vec<(ExecutiveSeat, T::AccountId, Option<BlockNumberFor<T>>)>,
		/// The founding Advisory Council: advisors and the length of each first term in blocks
		/// (`None` for [`Config::AdvisoryTerm`]; not zero nor longer). Their terms start at
		/// genesis and count towards the term limit.
		pub advisors: Vec<(T::AccountId, Option<BlockNumberFor<T>>)>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		// A chain spec the rules refuse must not become a chain: genesis has no caller to return
		// an error to, so it stops with the reason.
		#[allow(clippy::panic)]
		fn build(&self) {
			for (seat, who, term) in &self.executive {
				assert!(
					Pallet::<T>::executive_seat(*seat).is_none(),
					"genesis executive seats must not repeat"
				);
				let full = T::ExecutiveTerm::get();
				let term = term.unwrap_or(full);
				assert!(
					!term.is_zero() && term <= full,
					"a genesis executive term must not be zero nor longer than ExecutiveTerm"
				);
				if let Err(e) = Pallet::<T>::do_designate_executive_for(*seat, who, term) {
					panic!("genesis executive seat refused: {e:?}");
				}
			}
			for (who, term) in &self.advisors {
				let full = T::AdvisoryTerm::get();
				let term = term.unwrap_or(full);
				assert!(
					!term.is_zero() && term <= full,
					"a genesis advisory term must not be zero nor longer than AdvisoryTerm"
				);
				if let Err(e) = Pallet::<T>::do_seat_advisor_for(who, term) {
					panic!("genesis advisor refused: {e:?}");
				}
			}
			Pallet::<T>::sync_council(Council::Advisory);
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A leader proposed a person for an executive seat.
		ExecutiveProposed {
			/// The seat.
			seat: ExecutiveSeat,
			/// The person proposed.
			candidate: T::AccountId,
			/// The proposing leader.
			proposer: T::AccountId,
		},
		/// A leader withdrew its proposal for an executive seat.
		ExecutiveProposalWithdrawn {
			/// The seat.
			seat: ExecutiveSeat,
			/// The person that was proposed.
			candidate: T::AccountId,
			/// The leader who withdrew it.
			proposer: T::AccountId,
		},
		/// The Advisory Council designated a person to an executive seat; the seat's pending
		/// proposals were cleared.
		ExecutiveDesignated {
			/// The seat.
			seat: ExecutiveSeat,
			/// The new holder.
			who: T::AccountId,
			/// The block at whose start the term ends.
			expires_at: BlockNumberFor<T>,
			/// The previous holder, replaced before its term ended; `None` if the seat was
			/// vacant or the holder was designated again.
			replaced: Option<T::AccountId>,
		},
		/// While neither council could act, a majority of the collectives (for the Secretary) or
		/// of the represented collective's leaders (for a commissioner) proposed a person for a
		/// vacant executive seat, who was designated at once ([`Event::ExecutiveDesignated`]
		/// precedes this event).
		ExecutiveDesignatedByCollectives {
			/// The seat.
			seat: ExecutiveSeat,
			/// The new holder.
			who: T::AccountId,
			/// The collectives (for the Secretary) or the leaders (for a commissioner) that
			/// proposed it.
			support: u32,
			/// The collectives that have a leader (for the Secretary), or the represented
			/// collective's leaders (for a commissioner).
			of: u32,
		},
		/// An executive seat became vacant, or changed hands ([`SeatEnd::Replaced`]).
		ExecutiveSeatEnded {
			/// The seat.
			seat: ExecutiveSeat,
			/// The former holder.
			who: T::AccountId,
			/// Why the term ended.
			cause: SeatEnd,
		},
		/// A written request for an advisory seat was submitted and its deposit held.
		AdvisorySeatRequested {
			/// The applicant.
			who: T::AccountId,
			/// The hash of the written request.
			document: DocumentHash,
			/// The deposit held.
			deposit: BalanceOf<T>,
		},
		/// The Executive Council admitted an applicant to the Advisory Council and returned its
		/// deposit.
		AdvisorAdmitted {
			/// The new advisor.
			who: T::AccountId,
			/// The block at whose start the term ends unless renewed.
			expires_at: BlockNumberFor<T>,
			/// The deposit returned.
			deposit: BalanceOf<T>,
		},
		/// The Executive Council rejected an advisory request: [`Config::RejectionPenalty`] of
		/// its deposit was slashed (handed to [`Config::Slashed`]), the rest returned.
		AdvisoryRequestRejected {
			/// The applicant.
			who: T::AccountId,
			/// The hash of the written reasons.
			reason: DocumentHash,
			/// The part of the deposit returned to the applicant.
			returned: BalanceOf<T>,
			/// The part of the deposit slashed.
			slashed: BalanceOf<T>,
		},
		/// An advisory request older than [`Config::AdvisoryRequestLifetime`] was removed and its
		/// deposit returned in full.
		AdvisoryRequestExpired {
			/// The applicant.
			who: T::AccountId,
			/// The deposit returned.
			deposit: BalanceOf<T>,
		},
		/// An advisor asked for the renewal of its term.
		AdvisoryRenewalRequested {
			/// The advisor.
			who: T::AccountId,
			/// The hash of its written statement.
			statement: DocumentHash,
			/// The end of the term it asks to renew.
			term_ends: BlockNumberFor<T>,
		},
		/// An advisor withdrew its request for the renewal of its term.
		AdvisoryRenewalWithdrawn {
			/// The advisor.
			who: T::AccountId,
		},
		/// The Executive Council refused to renew an advisor's term; the term ends as planned.
		AdvisoryRenewalRefused {
			/// The advisor.
			who: T::AccountId,
			/// The hash of the written reasons.
			reason: DocumentHash,
		},
		/// An applicant withdrew its advisory request and got its deposit back.
		AdvisoryRequestWithdrawn {
			/// The applicant.
			who: T::AccountId,
			/// The deposit returned.
			deposit: BalanceOf<T>,
		},
		/// An advisor's term was renewed.
		AdvisorRenewed {
			/// The advisor.
			who: T::AccountId,
			/// The new end of the term.
			expires_at: BlockNumberFor<T>,
			/// Renewals since the admission, this one included.
			renewals: u32,
		},
		/// An advisor left the Advisory Council.
		AdvisorySeatEnded {
			/// The former advisor.
			who: T::AccountId,
			/// Why the term ended.
			cause: SeatEnd,
		},
		/// The membership of a council changed: recorded, and pushed to its `ChangeMembers`
		/// (except the Executive Council's).
		CouncilMembersChanged {
			/// The council.
			council: Council,
			/// Its number of members now.
			members: u32,
		},
		/// A motion was tabled in the Executive Council, with its proposer's aye.
		MotionTabled {
			/// The motion's index.
			index: MotionIndex,
			/// The member who tabled it: the Secretary, or any member while the seat is vacant.
			proposer: T::AccountId,
			/// Ordinary, or extraordinary at a collective's request.
			kind: MotionKind,
			/// The hash of the proposed call.
			proposal_hash: T::Hash,
			/// The first block at which votes are refused and anyone may close it.
			voting_ends: BlockNumberFor<T>,
		},
		/// An Executive member voted on a motion (or changed its vote).
		Voted {
			/// The motion's index.
			index: MotionIndex,
			/// The member.
			who: T::AccountId,
			/// `true` for aye.
			aye: bool,
		},
		/// A motion was closed and decided, counting only the votes of current Executive
		/// members.
		MotionClosed {
			/// The motion's index.
			index: MotionIndex,
			/// The hash of the proposed call.
			proposal_hash: T::Hash,
			/// The current members who voted.
			voters: u32,
			/// Their ayes.
			ayes: u32,
			/// Their nays.
			nays: u32,
			/// Not valid (quorum or Secretary missing), rejected, or approved.
			outcome: MotionOutcome,
		},
		/// The call of an approved motion was dispatched with [`Origin::Executive`]; a failed
		/// call changed nothing.
		MotionExecuted {
			/// The motion's index.
			index: MotionIndex,
			/// The hash of the call.
			proposal_hash: T::Hash,
			/// The call's result.
			result: DispatchResult,
		},
		/// A leader recorded its collective's request for an extraordinary session.
		SessionRequested {
			/// The collective.
			collective: CollectiveId,
			/// The leader.
			leader: T::AccountId,
			/// The hash of the written objective.
			objective: DocumentHash,
			/// The block at whose start it expires unless a motion cites it.
			expires_at: BlockNumberFor<T>,
		},
		/// A leader withdrew its collective's request for an extraordinary session.
		SessionRequestWithdrawn {
			/// The collective.
			collective: CollectiveId,
			/// The leader.
			leader: T::AccountId,
		},
		/// A request for an extraordinary session expired, no motion citing it.
		SessionRequestExpired {
			/// The collective.
			collective: CollectiveId,
		},
		/// The extraordinary motion citing a collective's request closed: the request is
		/// consumed.
		SessionRequestConsumed {
			/// The collective.
			collective: CollectiveId,
			/// The motion that cited it.
			index: MotionIndex,
		},
		/// Many terms, or enough executive terms to leave the Executive Council without the
		/// members an ordinary decision needs, end at block `at` ([`Config::ExpiryNotice`]
		/// blocks from now).
		ExpiriesAhead {
			/// The block at whose start the terms end.
			at: BlockNumberFor<T>,
			/// The terms that end then.
			seats: SeatExpiriesOf<T>,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account is not a leader of the collective the seat needs (of the represented
		/// collective for a commissioner seat, of any collective for the Secretary); sign with
		/// such a leader.
		NotLeader,
		/// A commissioner candidate holds no membership; it must be an active member of the
		/// collective it would represent.
		NotMember,
		/// A commissioner candidate belongs to another collective; propose a member of the
		/// collective the seat represents.
		MemberOfAnotherCollective,
		/// A commissioner candidate is not active (it applied or is suspended); propose an
		/// active member.
		NotActiveMember,
		/// No pending proposal of a current leader names that person for that seat; a leader
		/// must propose it first.
		ProposalNotFound,
		/// [`Config::MaxSeatProposals`] proposals are pending for that seat; wait for the
		/// designation or withdraw one.
		TooManyProposals,
		/// The account holds an executive or advisory seat already; one seat per person.
		AlreadySeated,
		/// No one holds that seat; check the seat.
		SeatVacant,
		/// The account is not an advisor; check the account.
		NotAdvisor,
		/// The Advisory Council has [`Config::MaxAdvisors`] advisors; one must leave first.
		TooManyAdvisors,
		/// The account has an advisory request, or a request for the renewal of its term,
		/// pending already; wait for the decision or withdraw it.
		AlreadyRequested,
		/// The account has no pending advisory request; check the account.
		AdvisoryRequestNotFound,
		/// [`Config::MaxAdvisoryRequests`] advisory requests are pending; wait for decisions on
		/// them.
		TooManyRequests,
		/// A renewal is only requested (and granted) in the last [`Config::RenewalWindow`]
		/// blocks of the term; try again then.
		RenewalTooEarly,
		/// [`Config::MaxExpiriesPerBlock`] terms end at that block already; designate, admit or
		/// renew in a later block.
		TooManyExpiries,
		/// Only the Executive Secretary tables motions while the seat is held; sign with the
		/// Secretary's account.
		NotSecretary,
		/// The account holds no executive seat; only Executive members vote (and table while
		/// the Secretary's seat is vacant).
		NotExecutiveMember,
		/// No open motion has that index; it was closed or never tabled.
		MotionNotFound,
		/// The motion's voting period is over; close it.
		VotingClosed,
		/// The voting period is not over and not every member voted; wait or vote.
		TooEarly,
		/// The member voted so already; vote the other way to change it.
		AlreadyVoted,
		/// A motion with the same call is open; vote on it, or wait until it closes.
		DuplicateMotion,
		/// [`Config::MaxMotions`] motions are open; close one first.
		TooManyMotions,
		/// The motion has votes of every seat already; this cannot happen.
		TooManyVotes,
		/// The call is longer than the length bound given or [`Config::MaxMotionLength`];
		/// raise the bound or propose a shorter call.
		ProposalTooLong,
		/// The call weighs more than [`Config::MaxProposalWeight`]; propose a lighter call.
		ProposalTooHeavy,
		/// The collective has no open request for an extraordinary session; a leader must
		/// request one first.
		SessionRequestNotFound,
		/// An open motion cites the collective's request already; it ends when that motion
		/// closes.
		SessionAlreadyConvened,
		/// The collective has an open request for an extraordinary session already; wait for
		/// its motion, its expiry, or withdraw it.
		SessionAlreadyRequested,
		/// Too many requests for extraordinary sessions are open or expire at that block; try
		/// again later.
		TooManySessionRequests,
		/// The account served the most terms its role allows for life
		/// ([`Config::MaxExecutiveTerms`] per executive role, `1 + MaxAdvisorRenewals` as an
		/// advisor); choose another person.
		TermLimitReached,
		/// The advisor has no pending request for the renewal of its term; the advisor must
		/// request it first ([`Pallet::request_advisory_renewal`]).
		RenewalNotRequested,
		/// The Executive Council refused the renewal of this term already; the advisor may not
		/// ask again before the term ends.
		RenewalRefused,
		/// The advisory request is older than [`Config::AdvisoryRequestLifetime`]: it can no
		/// longer be decided; withdraw or remove it, and request again.
		RequestExpired,
		/// The advisory request is not older than [`Config::AdvisoryRequestLifetime`] yet; wait
		/// for its expiry.
		RequestNotExpired,
	}

	/// Reasons for which this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The deposit of a pending request for an advisory seat.
		AdvisoryRequest,
	}

	/// The origin of the calls that the Executive Council's approved motions dispatch.
	#[pallet::origin]
	#[derive(
		Clone,
		Copy,
		PartialEq,
		Eq,
		Encode,
		Decode,
		DecodeWithMemTracking,
		Debug,
		TypeInfo,
		MaxEncodedLen,
	)]
	pub enum Origin {
		/// A decision of the Executive Council, of this kind.
		Executive(DecisionKind),
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// End the executive and advisory terms scheduled for this block (at most
		/// [`Config::MaxExpiriesPerBlock`]) and the session requests that expire (at most
		/// [`Config::MaxCollectives`]), and warn of the terms that end [`Config::ExpiryNotice`]
		/// blocks ahead (one bucket).
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			let ended = Self::end_expired_terms(now);
			let expired = Self::expire_session_requests(now);
			Self::warn_of_expiries(now);
			Self::seat_expiries_weight(ended)
				.saturating_add(T::WeightInfo::on_initialize_session_requests(expired))
				.saturating_add(T::WeightInfo::on_initialize_notice())
		}

		fn integrity_test() {
			assert!(T::MaxExpiriesPerBlock::get() >= 1, "MaxExpiriesPerBlock must be at least 1");
			assert!(
				Self::seat_expiries_weight(T::MaxExpiriesPerBlock::get())
					.saturating_add(T::WeightInfo::on_initialize_session_requests(
						T::MaxCollectives::get()
					))
					.saturating_add(T::WeightInfo::on_initialize_notice())
					.all_lte(<T as frame_system::Config>::BlockWeights::get().max_block),
				"on_initialize with MaxExpiriesPerBlock expiries must fit in a block"
			);
			assert!(T::MaxMotions::get() >= 1, "MaxMotions must be at least 1");
			assert!(!T::MotionDuration::get().is_zero(), "MotionDuration must not be zero");
			assert!(
				!T::SessionRequestLifetime::get().is_zero(),
				"SessionRequestLifetime must not be zero"
			);
			assert!(T::MaxExecutiveTerms::get() >= 1, "MaxExecutiveTerms must be at least 1");
			assert!(!T::ExpiryNotice::get().is_zero(), "ExpiryNotice must not be zero");
			assert!(T::MassExpiryThreshold::get() >= 1, "MassExpiryThreshold must be at least 1");
			assert!(
				Self::close_weight()
					.all_lte(<T as frame_system::Config>::BlockWeights::get().max_block),
				"close with MaxProposalWeight must fit in a block"
			);
			assert!(!T::ExecutiveTerm::get().is_zero(), "ExecutiveTerm must not be zero");
			assert!(
				T::RenewalWindow::get() <= T::AdvisoryTerm::get(),
				"RenewalWindow must not exceed AdvisoryTerm"
			);
			assert!(
				T::MaxAdvisorRenewals::get() == 0 || !T::RenewalWindow::get().is_zero(),
				"RenewalWindow must not be zero when MaxAdvisorRenewals is not"
			);
			assert!(T::MaxAdvisors::get() >= 1, "MaxAdvisors must be at least 1");
			assert!(T::MaxSeatProposals::get() >= 1, "MaxSeatProposals must be at least 1");
			assert!(
				T::MaxSeatProposals::get() > T::MaxCollectives::get() / 2,
				"MaxSeatProposals must hold the proposals of a majority of MaxCollectives"
			);
			assert!(T::MaxAdvisoryRequests::get() >= 1, "MaxAdvisoryRequests must be at least 1");
			assert!(
				!T::AdvisoryRequestLifetime::get().is_zero(),
				"AdvisoryRequestLifetime must not be zero"
			);
			let executive_seats = T::MaxCollectives::get().saturating_mul(2);
			assert!(
				T::OrdinaryQuorum::get() >= 1 && T::ExtraordinaryQuorum::get() >= 1,
				"quorums must be at least 1"
			);
			assert!(
				T::OrdinaryQuorum::get() <= executive_seats
					&& T::ExtraordinaryQuorum::get() <= executive_seats,
				"a quorum must not exceed the commissioners' seats (2 * MaxCollectives)"
			);
			for (period, name) in [
				(T::CommissionReportPeriod::get(), "CommissionReportPeriod"),
				(T::SecretaryReportPeriod::get(), "SecretaryReportPeriod"),
				(T::AdvisoryReportPeriod::get(), "AdvisoryReportPeriod"),
			] {
				assert!(!period.is_zero(), "{name} must not be zero");
			}
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Propose `who` for an executive seat. A leader has one proposal per seat: a new one
		/// replaces its previous one. Proposals of accounts that no longer lead are dropped.
		///
		/// While neither council can act ([`Pallet::councils_cannot_act`]: fewer than
		/// [`Config::AdvisoryQuorum`] advisors and fewer than `1 + OrdinaryQuorum` Executive
		/// members) and the seat is vacant, `who` is designated at once for
		/// [`Config::ExecutiveTerm`] blocks when this proposal gives it a majority: for the
		/// Secretary, current leaders of more than half of the collectives that have a leader
		/// (each collective counted once, whichever of its leaders proposed); for a commissioner
		/// of collective `c`, more than half of `c`'s leaders. The term limit applies.
		///
		/// ## Origin
		/// Signed by a current leader: of the represented collective for a commissioner seat, of
		/// any collective for the Secretary.
		///
		/// ## Errors
		/// - [`Error::NotLeader`] if the signer may not propose for that seat.
		/// - [`Error::NotMember`], [`Error::MemberOfAnotherCollective`],
		///   [`Error::NotActiveMember`] if a proposed commissioner is not an active member of the
		///   collective it would represent.
		/// - [`Error::AlreadySeated`] if `who` holds another seat.
		/// - [`Error::TermLimitReached`] if `who` served [`Config::MaxExecutiveTerms`] terms in
		///   the seat's role.
		/// - [`Error::TooManyProposals`] if [`Config::MaxSeatProposals`] are pending.
		/// - [`Error::TooManyExpiries`] if the proposal designates and too many terms end at
		///   the same block (propose again in a later block).
		///
		/// ## Events
		/// [`Event::ExecutiveProposed`]; when it designates, as [`Pallet::designate_executive`]
		/// and [`Event::ExecutiveDesignatedByCollectives`].
		///
		/// ## Weight
		/// Charged for a designation (its `begin` of the report obligation and one push
		/// included); refunded to a plain proposal when none happens.
		#[pallet::call_index(0)]
		#[pallet::weight(Pallet::<T>::propose_executive_weight())]
		pub fn propose_executive(
			origin: OriginFor<T>,
			seat: ExecutiveSeat,
			who: T::AccountId,
		) -> DispatchResultWithPostInfo {
			let proposer = ensure_signed(origin)?;
			let designated = Self::do_propose_executive(proposer, seat, who)?;
			if designated {
				Ok(().into())
			} else {
				Ok(Some(T::WeightInfo::propose_executive()).into())
			}
		}

		/// Withdraw one's own proposal for an executive seat.
		///
		/// ## Origin
		/// Signed by the proposer.
		///
		/// ## Errors
		/// - [`Error::ProposalNotFound`] if the signer has no proposal for that seat.
		///
		/// ## Events
		/// [`Event::ExecutiveProposalWithdrawn`].
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::withdraw_executive_proposal())]
		pub fn withdraw_executive_proposal(
			origin: OriginFor<T>,
			seat: ExecutiveSeat,
		) -> DispatchResult {
			let proposer = ensure_signed(origin)?;
			Self::do_withdraw_executive_proposal(proposer, seat)
		}

		/// Designate `who`, proposed by a current leader, to an executive seat for
		/// [`Config::ExecutiveTerm`] blocks. While no collective has a leader, a Secretary needs
		/// no proposal. A holder is replaced; designating the holder again starts a new term
		/// (within the term limit). The seat's pending proposals are cleared, the councils'
		/// memberships recorded and pushed and the seat's report obligation begun (kept if
		/// running).
		///
		/// ## Origin
		/// [`Config::AdvisoryOrigin`].
		///
		/// ## Errors
		/// - [`Error::ProposalNotFound`] if no current leader proposed `who` for the seat (and,
		///   for the Secretary, some collective has a leader).
		/// - [`Error::NotMember`], [`Error::MemberOfAnotherCollective`],
		///   [`Error::NotActiveMember`] if a commissioner is not an active member of the
		///   collective it would represent.
		/// - [`Error::AlreadySeated`] if `who` holds another seat.
		/// - [`Error::TermLimitReached`] if `who` served [`Config::MaxExecutiveTerms`] terms in
		///   the seat's role.
		/// - [`Error::TooManyExpiries`] if too many terms end at the same block.
		///
		/// ## Events
		/// [`Event::ExecutiveSeatEnded`] for a replaced holder, [`Event::ExecutiveDesignated`],
		/// [`Event::CouncilMembersChanged`].
		///
		/// ## Weight
		/// The heavier of the two ways to a designation (proposal, or no leader anywhere), plus
		/// the report obligation's `begin` and one push (a commissioner's commission).
		#[pallet::call_index(2)]
		#[pallet::weight(
			T::WeightInfo::designate_executive()
				.max(T::WeightInfo::designate_secretary_without_leaders())
				.saturating_add(T::Reports::begin_weight())
				.saturating_add(Pallet::<T>::pushes_weight(1))
		)]
		pub fn designate_executive(
			origin: OriginFor<T>,
			seat: ExecutiveSeat,
			who: T::AccountId,
		) -> DispatchResult {
			T::AdvisoryOrigin::ensure_origin(origin)?;
			Self::ensure_designable(seat, &who)?;
			Self::do_designate_executive(seat, &who)
		}

		/// Remove the holder of an executive seat before its term ends.
		///
		/// ## Origin
		/// [`Config::AdvisoryOrigin`].
		///
		/// ## Errors
		/// - [`Error::SeatVacant`] if no one holds the seat.
		///
		/// ## Events
		/// [`Event::ExecutiveSeatEnded`], [`Event::CouncilMembersChanged`].
		///
		/// ## Weight
		/// Adds the report obligation's `end` and one push.
		#[pallet::call_index(3)]
		#[pallet::weight(
			T::WeightInfo::remove_executive()
				.saturating_add(T::Reports::end_weight())
				.saturating_add(Pallet::<T>::pushes_weight(1))
		)]
		pub fn remove_executive(origin: OriginFor<T>, seat: ExecutiveSeat) -> DispatchResult {
			T::AdvisoryOrigin::ensure_origin(origin)?;
			Self::do_remove_executive(seat)
		}

		/// Submit a written request for a seat on the Advisory Council, holding
		/// [`Config::AdvisoryRequestDeposit`] until it is decided, withdrawn or removed after
		/// its expiry ([`Config::AdvisoryRequestLifetime`]). One pending request per account.
		///
		/// ## Origin
		/// Signed: any account.
		///
		/// ## Errors
		/// - [`Error::AlreadySeated`] if the signer holds a seat.
		/// - [`Error::TermLimitReached`] if the signer served `1 + MaxAdvisorRenewals` advisory
		///   terms.
		/// - [`Error::AlreadyRequested`] if the signer has a request pending.
		/// - [`Error::TooManyRequests`] if [`Config::MaxAdvisoryRequests`] requests are pending.
		/// - The currency's error if the deposit cannot be held.
		///
		/// ## Events
		/// [`Event::AdvisorySeatRequested`].
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::request_advisory_seat())]
		pub fn request_advisory_seat(
			origin: OriginFor<T>,
			document: DocumentHash,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_request_advisory_seat(who, document)
		}

		/// Withdraw one's own advisory request and get the deposit back.
		///
		/// ## Origin
		/// Signed by the applicant.
		///
		/// ## Errors
		/// - [`Error::AdvisoryRequestNotFound`] if the signer has no pending request.
		///
		/// ## Events
		/// [`Event::AdvisoryRequestWithdrawn`].
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::withdraw_advisory_request())]
		pub fn withdraw_advisory_request(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_withdraw_advisory_request(who)
		}

		/// Admit the applicant of a pending advisory request to the Advisory Council for
		/// [`Config::AdvisoryTerm`] blocks, and return its deposit. The Advisory Council's
		/// report obligation begins with its first advisor.
		///
		/// ## Origin
		/// [`Config::ExecutiveOrigin`].
		///
		/// ## Errors
		/// - [`Error::AdvisoryRequestNotFound`] if `who` has no pending request.
		/// - [`Error::RequestExpired`] if the request is older than
		///   [`Config::AdvisoryRequestLifetime`].
		/// - [`Error::AlreadySeated`] if `who` was designated to an executive seat meanwhile.
		/// - [`Error::TermLimitReached`] if `who` served `1 + MaxAdvisorRenewals` advisory terms.
		/// - [`Error::TooManyAdvisors`] if the council has [`Config::MaxAdvisors`] advisors.
		/// - [`Error::TooManyExpiries`] if too many terms end at the same block.
		///
		/// ## Events
		/// [`Event::AdvisorAdmitted`], [`Event::CouncilMembersChanged`].
		///
		/// ## Weight
		/// Adds the report obligation's `begin` and one push.
		#[pallet::call_index(6)]
		#[pallet::weight(
			T::WeightInfo::admit_advisor()
				.saturating_add(T::Reports::begin_weight())
				.saturating_add(Pallet::<T>::pushes_weight(1))
		)]
		pub fn admit_advisor(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			T::ExecutiveOrigin::ensure_origin(origin)?;
			Self::do_admit_advisor(who)
		}

		/// Reject a pending advisory request, with the hash of the written reasons: the
		/// [`Config::RejectionPenalty`] share of its deposit is slashed and handed to
		/// [`Config::Slashed`], the rest returned.
		///
		/// ## Origin
		/// [`Config::ExecutiveOrigin`].
		///
		/// ## Errors
		/// - [`Error::AdvisoryRequestNotFound`] if `who` has no pending request.
		/// - [`Error::RequestExpired`] if the request is older than
		///   [`Config::AdvisoryRequestLifetime`] (an expired request costs nothing).
		///
		/// ## Events
		/// [`Event::AdvisoryRequestRejected`] with the amounts returned and slashed.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::reject_advisory_request())]
		pub fn reject_advisory_request(
			origin: OriginFor<T>,
			who: T::AccountId,
			reason: DocumentHash,
		) -> DispatchResult {
			T::ExecutiveOrigin::ensure_origin(origin)?;
			Self::do_reject_advisory_request(who, reason)
		}

		/// Renew an advisor's term at its request: its end moves [`Config::AdvisoryTerm`] blocks
		/// later and the request ends. The advisor asked within the last
		/// [`Config::RenewalWindow`] blocks of the term while it served fewer than
		/// `1 + MaxAdvisorRenewals` advisory terms for life (admissions and renewals, earlier
		/// tenures included); both are checked again.
		///
		/// ## Origin
		/// [`Config::ExecutiveOrigin`].
		///
		/// ## Errors
		/// - [`Error::NotAdvisor`] if `who` is not an advisor.
		/// - [`Error::RenewalNotRequested`] if `who` has no pending request for the renewal
		///   (none, withdrawn, or refused).
		/// - [`Error::TermLimitReached`] if the advisor served `1 + MaxAdvisorRenewals` terms.
		/// - [`Error::RenewalTooEarly`] if the term does not end within the renewal window.
		/// - [`Error::TooManyExpiries`] if too many terms end at the new end block.
		///
		/// ## Events
		/// [`Event::AdvisorRenewed`].
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::renew_advisor())]
		pub fn renew_advisor(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			T::ExecutiveOrigin::ensure_origin(origin)?;
			Self::do_renew_advisor(who)
		}

		/// Remove an advisor before its term ends. The Advisory Council's report obligation ends
		/// with its last advisor.
		///
		/// ## Origin
		/// [`Config::ExecutiveOrigin`].
		///
		/// ## Errors
		/// - [`Error::NotAdvisor`] if `who` is not an advisor.
		///
		/// ## Events
		/// [`Event::AdvisorySeatEnded`], [`Event::CouncilMembersChanged`].
		///
		/// ## Weight
		/// Adds the report obligation's `end` and one push.
		#[pallet::call_index(9)]
		#[pallet::weight(
			T::WeightInfo::remove_advisor()
				.saturating_add(T::Reports::end_weight())
				.saturating_add(Pallet::<T>::pushes_weight(1))
		)]
		pub fn remove_advisor(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			T::ExecutiveOrigin::ensure_origin(origin)?;
			Self::do_remove_advisor(who)
		}

		/// Table a motion in the Executive Council, with the proposer's aye recorded. It is
		/// decided at [`Pallet::close`]: valid when the Secretary and
		/// [`Config::OrdinaryQuorum`] other members voted ([`Config::ExtraordinaryQuorum`] for
		/// an extraordinary motion), approved by more ayes than nays. An extraordinary motion
		/// cites its collective's open request for an extraordinary session.
		///
		/// ## Origin
		/// Signed by the Executive Secretary; by any Executive member while the seat is vacant.
		///
		/// ## Errors
		/// - [`Error::NotSecretary`] if the Secretary's seat is held by another account.
		/// - [`Error::NotExecutiveMember`] if the seat is vacant and the signer holds no
		///   executive seat.
		/// - [`Error::TooManyMotions`] if [`Config::MaxMotions`] motions are open.
		/// - [`Error::ProposalTooLong`] if the encoded call is longer than `length_bound` or
		///   [`Config::MaxMotionLength`].
		/// - [`Error::ProposalTooHeavy`] if the call weighs more than
		///   [`Config::MaxProposalWeight`].
		/// - [`Error::DuplicateMotion`] if a motion with the same call is open.
		/// - [`Error::SessionRequestNotFound`] if an extraordinary motion's collective has no
		///   open request, [`Error::SessionAlreadyConvened`] if another motion cites it.
		/// - The preimage service's error if a long call cannot be noted.
		///
		/// ## Events
		/// [`Event::MotionTabled`].
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::table_motion(
			(*length_bound).min(T::MaxMotionLength::get())
		))]
		pub fn table_motion(
			origin: OriginFor<T>,
			kind: MotionKind,
			proposal: Box<T::ExecutiveProposal>,
			#[pallet::compact] length_bound: u32,
		) -> DispatchResult {
			let proposer = ensure_signed(origin)?;
			Self::do_table_motion(proposer, kind, proposal, length_bound)
		}

		/// Vote on an open motion, or change one's vote, until its voting period ends.
		///
		/// ## Origin
		/// Signed by an Executive member (the Secretary or a commissioner).
		///
		/// ## Errors
		/// - [`Error::NotExecutiveMember`] if the signer holds no executive seat.
		/// - [`Error::MotionNotFound`] if no open motion has that index.
		/// - [`Error::VotingClosed`] if [`Config::MotionDuration`] blocks passed since the
		///   tabling.
		/// - [`Error::AlreadyVoted`] if the signer voted so already.
		///
		/// ## Events
		/// [`Event::Voted`].
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::vote())]
		pub fn vote(origin: OriginFor<T>, index: MotionIndex, aye: bool) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_vote(who, index, aye)
		}

		/// Close a motion after its voting period, or earlier once every current Executive
		/// member voted, and decide it counting only the votes of accounts that are Executive
		/// members now. Valid when the Secretary (the holder of the seat now) and the quorum of
		/// its kind voted; while the Secretary's seat is vacant, when `1 + quorum` members
		/// voted. Approved when valid and the ayes outnumber the nays (a tie fails); its call is
		/// then dispatched with [`Origin::Executive`] in a storage layer, so that a failing call
		/// changes nothing. The session request an extraordinary motion cites is consumed
		/// whatever the outcome.
		///
		/// ## Origin
		/// Signed: any account.
		///
		/// ## Errors
		/// - [`Error::MotionNotFound`] if no open motion has that index.
		/// - [`Error::TooEarly`] if the voting period is not over and a member has not voted.
		///
		/// ## Events
		/// [`Event::MotionClosed`], [`Event::MotionExecuted`] if approved,
		/// [`Event::SessionRequestConsumed`] for an extraordinary motion.
		///
		/// ## Weight
		/// Charged for the longest call and [`Config::MaxProposalWeight`]; what the call did not
		/// use is refunded.
		#[pallet::call_index(12)]
		#[pallet::weight(Pallet::<T>::close_weight())]
		pub fn close(origin: OriginFor<T>, index: MotionIndex) -> DispatchResultWithPostInfo {
			ensure_signed(origin)?;
			let used = Self::do_close(index)?;
			Ok(Some(used).into())
		}

		/// Record the request of a collective for an extraordinary session of the Executive
		/// Council, with its written objective. It stays open [`Config::SessionRequestLifetime`]
		/// blocks unless an extraordinary motion cites it.
		///
		/// ## Origin
		/// Signed by a leader of the collective.
		///
		/// ## Errors
		/// - [`Error::NotLeader`] if the signer does not lead the collective.
		/// - [`Error::SessionAlreadyRequested`] if the collective has an open request.
		/// - [`Error::TooManySessionRequests`] if [`Config::MaxCollectives`] requests are open.
		///
		/// ## Events
		/// [`Event::SessionRequested`].
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::request_extraordinary_session())]
		pub fn request_extraordinary_session(
			origin: OriginFor<T>,
			collective: CollectiveId,
			objective: DocumentHash,
		) -> DispatchResult {
			let leader = ensure_signed(origin)?;
			Self::do_request_extraordinary_session(leader, collective, objective)
		}

		/// Withdraw a collective's request for an extraordinary session that no motion cites.
		///
		/// ## Origin
		/// Signed by a leader of the collective.
		///
		/// ## Errors
		/// - [`Error::NotLeader`] if the signer does not lead the collective.
		/// - [`Error::SessionRequestNotFound`] if the collective has no open request.
		/// - [`Error::SessionAlreadyConvened`] if a motion cites it (it ends when the motion
		///   closes).
		///
		/// ## Events
		/// [`Event::SessionRequestWithdrawn`].
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::withdraw_session_request())]
		pub fn withdraw_session_request(
			origin: OriginFor<T>,
			collective: CollectiveId,
		) -> DispatchResult {
			let leader = ensure_signed(origin)?;
			Self::do_withdraw_session_request(leader, collective)
		}

		/// Designate `who` to an executive seat for [`Config::ExecutiveTerm`] blocks without a
		/// proposal: the way out when the councils cannot reseat themselves. Otherwise as
		/// [`Pallet::designate_executive`]: the eligibility rules and the term limit apply.
		///
		/// ## Origin
		/// [`Config::ReseatOrigin`].
		///
		/// ## Errors
		/// As [`Pallet::designate_executive`], without [`Error::ProposalNotFound`].
		///
		/// ## Events
		/// As [`Pallet::designate_executive`].
		#[pallet::call_index(15)]
		#[pallet::weight(
			T::WeightInfo::reseat_executive()
				.saturating_add(T::Reports::begin_weight())
				.saturating_add(Pallet::<T>::pushes_weight(1))
		)]
		pub fn reseat_executive(
			origin: OriginFor<T>,
			seat: ExecutiveSeat,
			who: T::AccountId,
		) -> DispatchResult {
			T::ReseatOrigin::ensure_origin(origin)?;
			Self::do_designate_executive(seat, &who)
		}

		/// Admit `who` to the Advisory Council for [`Config::AdvisoryTerm`] blocks without a
		/// request: the way out when the councils cannot reseat themselves. A pending request
		/// of `who` is settled and its deposit returned. The term limit applies.
		///
		/// ## Origin
		/// [`Config::ReseatOrigin`].
		///
		/// ## Errors
		/// - [`Error::AlreadySeated`] if `who` holds a seat.
		/// - [`Error::TermLimitReached`] if `who` served `1 + MaxAdvisorRenewals` advisory terms.
		/// - [`Error::TooManyAdvisors`] if the council has [`Config::MaxAdvisors`] advisors.
		/// - [`Error::TooManyExpiries`] if too many terms end at the same block.
		///
		/// ## Events
		/// [`Event::AdvisorAdmitted`], [`Event::CouncilMembersChanged`].
		#[pallet::call_index(16)]
		#[pallet::weight(
			T::WeightInfo::reseat_advisor()
				.saturating_add(T::Reports::begin_weight())
				.saturating_add(Pallet::<T>::pushes_weight(1))
		)]
		pub fn reseat_advisor(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			T::ReseatOrigin::ensure_origin(origin)?;
			Self::do_reseat_advisor(who)
		}

		/// Ask the Executive Council to renew one's advisory term, with the hash of a written
		/// statement. Allowed in the last [`Config::RenewalWindow`] blocks of the term, while
		/// the advisor served fewer than `1 + MaxAdvisorRenewals` advisory terms for life, once
		/// per term: a refused request stays on record until the term ends. The request ends
		/// with the Executive Council's decision ([`Pallet::renew_advisor`],
		/// [`Pallet::refuse_advisory_renewal`]), its withdrawal, or the end of the seat.
		///
		/// ## Origin
		/// Signed by an advisor.
		///
		/// ## Errors
		/// - [`Error::NotAdvisor`] if the signer is not an advisor.
		/// - [`Error::AlreadyRequested`] if the signer's request is pending.
		/// - [`Error::RenewalRefused`] if the renewal of this term was refused.
		/// - [`Error::TermLimitReached`] if the signer served `1 + MaxAdvisorRenewals` terms.
		/// - [`Error::RenewalTooEarly`] if the term does not end within the renewal window.
		///
		/// ## Events
		/// [`Event::AdvisoryRenewalRequested`].
		#[pallet::call_index(17)]
		#[pallet::weight(T::WeightInfo::request_advisory_renewal())]
		pub fn request_advisory_renewal(
			origin: OriginFor<T>,
			statement: DocumentHash,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_request_advisory_renewal(who, statement)
		}

		/// Withdraw one's own pending request for the renewal of one's term; the advisor may ask
		/// again within the window.
		///
		/// ## Origin
		/// Signed by the advisor.
		///
		/// ## Errors
		/// - [`Error::RenewalNotRequested`] if the signer has no pending request (a refused one
		///   stays on record).
		///
		/// ## Events
		/// [`Event::AdvisoryRenewalWithdrawn`].
		#[pallet::call_index(18)]
		#[pallet::weight(T::WeightInfo::withdraw_advisory_renewal())]
		pub fn withdraw_advisory_renewal(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_withdraw_advisory_renewal(who)
		}

		/// Refuse an advisor's pending request for the renewal of its term, with the hash of
		/// the written reasons. The term ends as planned and the advisor may not ask again
		/// before then.
		///
		/// ## Origin
		/// [`Config::ExecutiveOrigin`].
		///
		/// ## Errors
		/// - [`Error::RenewalNotRequested`] if `who` has no pending request.
		///
		/// ## Events
		/// [`Event::AdvisoryRenewalRefused`].
		#[pallet::call_index(19)]
		#[pallet::weight(T::WeightInfo::refuse_advisory_renewal())]
		pub fn refuse_advisory_renewal(
			origin: OriginFor<T>,
			who: T::AccountId,
			reason: DocumentHash,
		) -> DispatchResult {
			T::ExecutiveOrigin::ensure_origin(origin)?;
			Self::do_refuse_advisory_renewal(who, reason)
		}

		/// Remove an advisory request older than [`Config::AdvisoryRequestLifetime`] and return
		/// its deposit in full to the applicant.
		///
		/// ## Origin
		/// Signed: any account.
		///
		/// ## Errors
		/// - [`Error::AdvisoryRequestNotFound`] if `who` has no pending request.
		/// - [`Error::RequestNotExpired`] if the request is not older than the lifetime.
		///
		/// ## Events
		/// [`Event::AdvisoryRequestExpired`].
		#[pallet::call_index(20)]
		#[pallet::weight(T::WeightInfo::remove_expired_advisory_request())]
		pub fn remove_expired_advisory_request(
			origin: OriginFor<T>,
			who: T::AccountId,
		) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_remove_expired_advisory_request(who)
		}
	}

	#[pallet::view_functions]
	impl<T: Config> Pallet<T> {
		/// The holder of an executive seat and its term; `None` while it is vacant.
		pub fn executive_seat(seat: ExecutiveSeat) -> Option<SeatOf<T>> {
			match seat {
				ExecutiveSeat::Secretary => ExecutiveSecretary::<T>::get(),
				ExecutiveSeat::Commissioner(commission, collective) => {
					Commissioners::<T>::get(commission, collective)
				},
			}
		}

		/// The members of `council` according to the seats, sorted: what its `ChangeMembers`
		/// holds. At most `1 + 2 * MaxCollectives` reads.
		pub fn council_members(council: Council) -> Vec<T::AccountId> {
			Self::seated_members(council)
		}

		/// The members who must vote for a motion of `kind` to be valid: the Secretary and the
		/// quorum.
		pub fn motion_quorum(kind: DecisionKind) -> u32 {
			Self::quorum(kind).saturating_add(1)
		}

		/// The executive and advisory terms that end within `within` blocks, by their end
		/// block (read from the seats, at most `1 + 2 * MaxCollectives + MaxAdvisors`).
		pub fn upcoming_expiries(
			within: BlockNumberFor<T>,
		) -> Vec<(BlockNumberFor<T>, SeatExpiry<T::AccountId>)> {
			Self::terms_ending_within(within)
		}

		/// The terms `who` served in `role`, for life.
		pub fn terms_served(who: T::AccountId, role: TermRole) -> u32 {
			TermsServed::<T>::get(who, role)
		}

		/// Whether `who` is an advisor.
		pub fn is_advisor(who: T::AccountId) -> bool {
			Self::advises(&who)
		}

		/// Whether neither council can act now (fewer than [`Config::AdvisoryQuorum`] advisors
		/// and fewer than `1 + OrdinaryQuorum` Executive members), so that a proposal backed by
		/// the collectives' majority designates a vacant executive seat at once.
		pub fn collectives_designate() -> bool {
			Self::councils_cannot_act()
		}
	}
}

impl<T: Config> Pallet<T> {
	/// The weight of `pushes` pushes of council memberships to their `ChangeMembers`.
	pub fn pushes_weight(pushes: u32) -> Weight {
		T::CouncilMembershipWeight::change_members_weight().saturating_mul(u64::from(pushes))
	}

	/// The weight of `on_initialize` ending `expiries` terms: this pallet's own, and for each
	/// term a report obligation's `end` and one push (a commissioner's commission or the
	/// Advisory Council).
	pub fn seat_expiries_weight(expiries: u32) -> Weight {
		let per_expiry = T::Reports::end_weight().saturating_add(Self::pushes_weight(1));
		T::WeightInfo::on_initialize_seats(expiries)
			.saturating_add(per_expiry.saturating_mul(u64::from(expiries)))
	}

	/// The weight of [`MembershipHooks::on_membership_lost`]: this pallet's own, the
	/// commission's report obligation's `end` and one push.
	pub fn membership_lost_weight() -> Weight {
		T::WeightInfo::on_membership_lost()
			.saturating_add(T::Reports::end_weight())
			.saturating_add(Self::pushes_weight(1))
	}

	/// The weight charged for [`Pallet::propose_executive`]: a proposal that designates (with
	/// the report obligation's `begin` and one push), or a plain one if heavier.
	pub fn propose_executive_weight() -> Weight {
		T::WeightInfo::propose_executive_by_collectives()
			.saturating_add(T::Reports::begin_weight())
			.saturating_add(Self::pushes_weight(1))
			.max(T::WeightInfo::propose_executive())
	}

	/// The weight charged for [`Pallet::close`]: the longest call's and the heaviest call's.
	pub fn close_weight() -> Weight {
		T::WeightInfo::close(T::MaxMotionLength::get()).saturating_add(T::MaxProposalWeight::get())
	}
}

/// A commissioner who stops being an active member of its collective loses its seat
/// ([`SeatEnd::MembershipLost`]), whatever the cause; the Secretary and advisors need not be
/// members. Leaving a collective is never vetoed here.
impl<T: Config> MembershipHooks<T::AccountId> for Pallet<T> {
	fn can_leave(_who: &T::AccountId) -> DispatchResult {
		Ok(())
	}

	fn on_membership_lost(
		who: &T::AccountId,
		_collective: CollectiveId,
		_cause: MembershipLoss,
		_reason: DocumentHash,
	) -> DispatchResult {
		Self::end_commissioner_seat_of(who);
		Ok(())
	}

	fn weight() -> Weight {
		Self::membership_lost_weight()
	}
}

/// The seats of the Executive and Advisory Councils.
impl<T: Config> SeatInspect<T::AccountId> for Pallet<T> {
	fn executive_seat_of(who: &T::AccountId) -> Option<ExecutiveSeat> {
		ExecutiveSeatOf::<T>::get(who)
	}

	fn is_advisor(who: &T::AccountId) -> bool {
		Self::advises(who)
	}
}

/// Any commissioner of a commission answers for the commission's reports, the Secretary for its
/// own, any advisor for the Advisory Council's; this pallet answers for no other subject.
impl<T: Config> ReportAnswerers<T::AccountId> for Pallet<T> {
	fn answers_for(subject: &ReportSubjectOf<T>, who: &T::AccountId) -> bool {
		Self::is_answerer(subject, who)
	}
}

/// An ordinary decision of the Executive Council: an approved ordinary motion. Benchmarks get
/// one through `try_successful_origin`.
pub struct EnsureOrdinaryDecision;
impl<O: Into<Result<Origin, O>> + From<Origin>> EnsureOrigin<O> for EnsureOrdinaryDecision {
	type Success = ();

	fn try_origin(o: O) -> Result<Self::Success, O> {
		o.into().and_then(|origin| match origin {
			Origin::Executive(DecisionKind::Ordinary) => Ok(()),
			other => Err(O::from(other)),
		})
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn try_successful_origin() -> Result<O, ()> {
		Ok(O::from(Origin::Executive(DecisionKind::Ordinary)))
	}
}

/// A decision of the Executive Council of either kind: an approved extraordinary motion, or an
/// ordinary one (which satisfies whatever an extraordinary decision may do). Succeeds with the
/// kind.
pub struct EnsureExecutiveDecision;
impl<O: Into<Result<Origin, O>> + From<Origin>> EnsureOrigin<O> for EnsureExecutiveDecision {
	type Success = DecisionKind;

	fn try_origin(o: O) -> Result<Self::Success, O> {
		o.into().map(|Origin::Executive(kind)| kind)
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn try_successful_origin() -> Result<O, ()> {
		Ok(O::from(Origin::Executive(DecisionKind::Extraordinary)))
	}
}

//! What the registry asks of the other pallets: the membership hooks when a member stops being
//! active, and the report obligations of its leaders. The other side (a hook's effect on
//! nodes and seats, the obligations' due blocks and reports) is tested in those pallets.

use super::*;
use sp_runtime::DispatchError;

/// What node integration answers for a member that runs a node.
const RUNS_NODE: DispatchError = DispatchError::Other("RunsNode");
/// What node integration answers when the set would fall below its minimum.
const TOO_FEW_VALIDATORS: DispatchError = DispatchError::Other("TooFewValidators");

fn leader_obligation(who: u64) -> Option<u64> {
	report_due(ReportSubject::Leader(who))
}

// Membership hooks.

#[test]
fn a_member_a_hook_keeps_cannot_leave() {
	ExtBuilder::default().build_and_execute(|| {
		// Node integration refuses while 21 runs a node, active or suspended.
		MockMembershipHooks::refuse_leave(Some(RUNS_NODE));
		assert_noop!(CollectiveRegistry::leave(RuntimeOrigin::signed(21)), RUNS_NODE);
		assert_noop!(CollectiveRegistry::leave(RuntimeOrigin::signed(11)), RUNS_NODE);
		assert!(leaders(ACADEMIA).contains(&11));
		// Once the node is gone the hook agrees.
		MockMembershipHooks::refuse_leave(None);
		assert_ok!(CollectiveRegistry::leave(RuntimeOrigin::signed(21)));
		assert_eq!(status(21), None);
	});
}

#[test]
fn leaving_tells_the_hooks_for_members_and_applicants() {
	ExtBuilder::default().build_and_execute(|| {
		apply(1, SOCIEDAD_CIVIL, b"Cruz Roja");
		assert_ok!(CollectiveRegistry::leave(RuntimeOrigin::signed(1)));
		// A leader that leaves: the hooks hear of it before its leadership ends.
		assert_ok!(CollectiveRegistry::leave(RuntimeOrigin::signed(11)));
		assert_eq!(
			hook_calls(),
			vec![
				HookCall::CanLeave(1),
				HookCall::MembershipLost(1, SOCIEDAD_CIVIL, MembershipLoss::Left, H256::zero()),
				HookCall::CanLeave(11),
				HookCall::MembershipLost(11, ACADEMIA, MembershipLoss::Left, H256::zero()),
			]
		);
	});
}

#[test]
fn a_suspended_member_cannot_leave_before_the_hooks_are_asked() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(CollectiveRegistry::suspend_member(RuntimeOrigin::root(), 13, REASON));
		assert_noop!(
			CollectiveRegistry::leave(RuntimeOrigin::signed(13)),
			Error::<Test>::MemberIsSuspended
		);
		assert!(!hook_calls().contains(&HookCall::CanLeave(13)));
	});
}

#[test]
fn leaving_is_refused_when_a_hook_refuses_the_loss() {
	ExtBuilder::default().build_and_execute(|| {
		MockMembershipHooks::refuse_loss(Some(TOO_FEW_VALIDATORS));
		assert_noop!(CollectiveRegistry::leave(RuntimeOrigin::signed(10)), TOO_FEW_VALIDATORS);
		assert_eq!(leaders(ACADEMIA), vec![10, 11]);
	});
}

#[test]
fn suspending_a_member_tells_the_hooks() {
	ExtBuilder::default().build_and_execute(|| {
		// A leader that runs a node and holds a commissioner seat, say.
		assert_ok!(CollectiveRegistry::suspend_member(RuntimeOrigin::root(), 10, REASON));
		assert_eq!(
			hook_calls(),
			vec![HookCall::MembershipLost(10, ACADEMIA, MembershipLoss::Suspended, REASON)]
		);
		// Reinstatement is no loss: the hooks hear nothing more.
		assert_ok!(CollectiveRegistry::reinstate_member(RuntimeOrigin::root(), 10));
		assert_eq!(hook_calls().len(), 1);
	});
}

#[test]
fn suspending_a_member_is_refused_when_a_hook_refuses() {
	ExtBuilder::default().build_and_execute(|| {
		// Node integration keeps its minimum of validators.
		MockMembershipHooks::refuse_loss(Some(TOO_FEW_VALIDATORS));
		assert_noop!(
			CollectiveRegistry::suspend_member(RuntimeOrigin::root(), 10, REASON),
			TOO_FEW_VALIDATORS
		);
		assert_eq!(status(10), Some(MemberStatus::Active));
		assert_eq!(leaders(ACADEMIA), vec![10, 11]);
	});
}

#[test]
fn expelling_a_member_tells_the_hooks() {
	ExtBuilder::default().build_and_execute(|| {
		apply(1, SOCIEDAD_CIVIL, b"Cruz Roja");
		assert_ok!(CollectiveRegistry::suspend_member(RuntimeOrigin::root(), 20, REASON));
		for who in [1, 20, 10] {
			assert_ok!(CollectiveRegistry::expel_member(RuntimeOrigin::root(), who, REASON));
		}
		assert_eq!(
			hook_calls(),
			vec![
				HookCall::MembershipLost(20, EMPRESAS, MembershipLoss::Suspended, REASON),
				HookCall::MembershipLost(1, SOCIEDAD_CIVIL, MembershipLoss::Expelled, REASON),
				HookCall::MembershipLost(20, EMPRESAS, MembershipLoss::Expelled, REASON),
				HookCall::MembershipLost(10, ACADEMIA, MembershipLoss::Expelled, REASON),
			]
		);
	});
}

#[test]
fn expelling_a_member_is_refused_when_a_hook_refuses() {
	ExtBuilder::default().build_and_execute(|| {
		MockMembershipHooks::refuse_loss(Some(TOO_FEW_VALIDATORS));
		assert_noop!(
			CollectiveRegistry::expel_member(RuntimeOrigin::root(), 10, REASON),
			TOO_FEW_VALIDATORS
		);
		assert!(Members::<Test>::contains_key(10));
		assert_eq!(leaders(ACADEMIA), vec![10, 11]);
	});
}

#[test]
fn only_a_lost_membership_calls_the_hooks() {
	ExtBuilder::default().build_and_execute(|| {
		apply(1, SOCIEDAD_CIVIL, b"Cruz Roja");
		apply(2, SOCIEDAD_CIVIL, b"Cruz Verde");
		assert_ok!(CollectiveRegistry::admit_member(RuntimeOrigin::root(), 1));
		assert_ok!(CollectiveRegistry::reject_application(RuntimeOrigin::root(), 2, REASON));
		assert_ok!(CollectiveRegistry::appoint_leader(leadership(), ACADEMIA, 13));
		assert_ok!(CollectiveRegistry::remove_leader(RuntimeOrigin::root(), ACADEMIA, 13));
		run_to_block(TERM);
		assert!(hook_calls().is_empty());
	});
}

// Report obligations of the leaders.

#[test]
fn genesis_leaders_owe_reports() {
	ExtBuilder::default().build_and_execute(|| {
		// Genesis is block 0.
		assert_eq!(leader_obligation(10), Some(LEADER_PERIOD));
		assert_eq!(leader_obligation(11), Some(LEADER_PERIOD));
		// A member that leads nothing owes no leader's report.
		assert_eq!(leader_obligation(12), None);
		assert_eq!(
			report_calls(),
			vec![
				ReportCall::Begin(ReportSubject::Leader(10), LEADER_PERIOD),
				ReportCall::Begin(ReportSubject::Leader(11), LEADER_PERIOD),
			]
		);
	});
}

#[test]
fn a_leader_owes_reports_while_it_leads() {
	ExtBuilder::default().build_and_execute(|| {
		run_to_block(3);
		assert_ok!(CollectiveRegistry::appoint_leader(leadership(), EMPRESAS, 22));
		assert_eq!(leader_obligation(22), Some(3 + LEADER_PERIOD));
		assert_ok!(CollectiveRegistry::remove_leader(RuntimeOrigin::root(), EMPRESAS, 22));
		assert_eq!(leader_obligation(22), None);
		assert_ok!(CollectiveRegistry::leave(RuntimeOrigin::signed(11)));
		assert_eq!(leader_obligation(11), None);
		// The term of 10 ends by itself.
		run_to_block(TERM);
		assert_eq!(leader_obligation(10), None);
		assert_eq!(
			report_calls().into_iter().skip(2).collect::<Vec<_>>(),
			vec![
				ReportCall::Begin(ReportSubject::Leader(22), LEADER_PERIOD),
				ReportCall::End(ReportSubject::Leader(22)),
				ReportCall::End(ReportSubject::Leader(11)),
				ReportCall::End(ReportSubject::Leader(10)),
			]
		);
	});
}

#[test]
fn suspension_and_expulsion_end_a_leaders_obligation() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(CollectiveRegistry::suspend_member(RuntimeOrigin::root(), 10, REASON));
		assert_eq!(leader_obligation(10), None);
		assert_ok!(CollectiveRegistry::expel_member(RuntimeOrigin::root(), 11, REASON));
		assert_eq!(leader_obligation(11), None);
		// Reinstatement does not restore the leadership, nor its obligation.
		assert_ok!(CollectiveRegistry::reinstate_member(RuntimeOrigin::root(), 10));
		assert_eq!(leader_obligation(10), None);
	});
}

#[test]
fn a_renewal_keeps_the_obligation_running() {
	ExtBuilder::default().build_and_execute(|| {
		run_to_block(TERM - WINDOW);
		assert_ok!(CollectiveRegistry::renew_leader(leadership(), ACADEMIA, 10));
		assert_eq!(leader_obligation(10), Some(LEADER_PERIOD));
		assert_eq!(report_calls().len(), 2);
	});
}

#[test]
fn leader_obligations_check_detects_a_missing_obligation() {
	ExtBuilder::default().build().execute_with(|| {
		assert_ok!(check_leader_obligations());
		<bmx_primitives::mock::MockReports<Test> as bmx_primitives::governance::ReportObligations<
			u64,
			u64,
		>>::end(&ReportSubject::Leader(10));
		assert_eq!(
			check_leader_obligations(),
			Err("the leaders' obligations differ from the leaderships")
		);
	});
}

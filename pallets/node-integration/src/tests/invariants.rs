//! The invariants of `try_state.rs` catch broken states.

use super::*;
use crate::{
	CollectivesWithoutNodes, FlaggedNode, FlaggedNodes, LastOffences, MinValidators, SuspendedNode,
	SuspendedNodes, Suspension,
};

#[test]
fn try_state_detects_a_duplicate_validator() {
	with_nodes().build().execute_with(|| {
		assert_ok!(NodeIntegration::do_try_state());
		Validators::<Test>::mutate(|v| v.try_push((20, EMPRESAS)).expect("room"));
		assert_eq!(NodeIntegration::do_try_state(), Err("a validator listed twice".into()));
	});
}

#[test]
fn try_state_detects_a_collective_left_without_an_active_node() {
	with_nodes().build().execute_with(|| {
		assert_ok!(NodeIntegration::suspend_node(commission(), 21, REASON));
		assert_ok!(NodeIntegration::do_try_state());
		Validators::<Test>::mutate(|v| v.retain(|(w, _)| *w != 20));
		assert_eq!(
			NodeIntegration::do_try_state(),
			Err("a collective with nodes runs no active node and is not flagged".into())
		);
	});
}

#[test]
fn try_state_detects_a_node_of_an_inactive_member() {
	with_nodes().build().execute_with(|| {
		// The registry suspended 20 without asking this pallet.
		MockCollectives::set_member(EMPRESAS, 20, false);
		assert_eq!(
			NodeIntegration::do_try_state(),
			Err("a validator is not an active member of its collective".into())
		);
	});
}

#[test]
fn try_state_detects_a_suspended_node_that_is_also_active() {
	with_nodes().build().execute_with(|| {
		SuspendedNodes::<Test>::insert(
			20,
			SuspendedNode {
				collective: EMPRESAS,
				cause: Suspension::Decision { reason: REASON },
				since: 1,
			},
		);
		assert_eq!(NodeIntegration::do_try_state(), Err("a suspended node is also active".into()));
	});
}

#[test]
fn try_state_detects_a_flagged_collective_with_an_active_node() {
	with_nodes().build().execute_with(|| {
		CollectivesWithoutNodes::<Test>::insert(EMPRESAS, 1);
		assert_eq!(
			NodeIntegration::do_try_state(),
			Err("a collective flagged without nodes runs an active node".into())
		);
	});
}

#[test]
fn try_state_detects_a_node_without_report_obligation() {
	with_nodes().build().execute_with(|| {
		<MockReports<Test> as bmx_primitives::governance::ReportObligations<u64, u64>>::end(
			&ReportSubject::Member(20),
		);
		assert_eq!(NodeIntegration::do_try_state(), Err("a node's member owes no reports".into()));
	});
}

#[test]
fn try_state_detects_an_applicant_that_runs_a_node() {
	with_nodes().build().execute_with(|| {
		apply_node(12);
		assert_ok!(NodeIntegration::do_try_state());
		NodeApplications::<Test>::insert(
			20,
			NodeApplications::<Test>::get(12)
				.map(|mut a| {
					a.collective = EMPRESAS;
					a
				})
				.expect("pending"),
		);
		assert_eq!(NodeIntegration::do_try_state(), Err("a node applicant runs a node".into()));
	});
}

#[test]
fn try_state_detects_an_applicant_that_is_not_active() {
	with_nodes().build().execute_with(|| {
		apply_node(12);
		// The registry suspended 12 without asking this pallet.
		MockCollectives::set_member(ACADEMIA, 12, false);
		assert_eq!(
			NodeIntegration::do_try_state(),
			Err("a node applicant is not an active member of its collective".into())
		);
	});
}

#[test]
fn try_state_detects_a_planned_validator_without_keys() {
	with_nodes().build().execute_with(|| {
		purge_keys(21);
		assert_eq!(
			NodeIntegration::do_try_state(),
			Err("a planned validator has no session keys".into())
		);
	});
}

#[test]
fn try_state_detects_pallet_session_using_another_set() {
	with_nodes().build().execute_with(|| {
		frame_support::storage::unhashed::put(b":test:session:validators", &vec![10u64, 20, 21]);
		assert_eq!(
			NodeIntegration::do_try_state(),
			Err("pallet-session does not use the planned set".into())
		);
		// Not checked while a plan is pending.
		PlanPending::<Test>::put(true);
		assert_ok!(NodeIntegration::do_try_state());
	});
}

#[test]
fn try_state_waits_for_the_planned_session_to_begin() {
	with_nodes().build().execute_with(|| {
		assert_ok!(NodeIntegration::suspend_node(commission(), 21, REASON));
		assert_eq!(NodeIntegration::new_session(2), Some(vec![10, 20, 30]));
		// Session 0: pallet-session still uses the founding set.
		assert_ok!(NodeIntegration::do_try_state());
		frame_support::storage::unhashed::put(b":test:session:index", &2u32);
		assert_eq!(
			NodeIntegration::do_try_state(),
			Err("pallet-session does not use the planned set".into())
		);
	});
}

#[test]
fn try_state_detects_a_flag_on_a_node_that_is_not_active() {
	with_nodes().min_validators(4).build().execute_with(|| {
		offend(&[21], 1);
		assert_ok!(NodeIntegration::do_try_state());
		FlaggedNodes::<Test>::insert(
			22,
			FlaggedNode { collective: EMPRESAS, offence: offence_in(1), since: 1 },
		);
		assert_eq!(
			NodeIntegration::do_try_state(),
			Err("a flagged node is not an active node of its collective".into())
		);
	});
}

#[test]
fn try_state_detects_a_flag_without_its_offence() {
	with_nodes().min_validators(4).build().execute_with(|| {
		offend(&[21], 1);
		LastOffences::<Test>::remove(21);
		assert_eq!(
			NodeIntegration::do_try_state(),
			Err("a flagged node's offence is not recorded".into())
		);
	});
}

#[test]
fn try_state_detects_an_offence_suspension_without_its_offence() {
	with_nodes().build().execute_with(|| {
		offend(&[21], 1);
		LastOffences::<Test>::remove(21);
		assert_eq!(
			NodeIntegration::do_try_state(),
			Err("a node suspended for an offence has no recorded offence".into())
		);
	});
}

#[test]
fn try_state_detects_an_offence_of_an_account_without_a_node() {
	with_nodes().build().execute_with(|| {
		LastOffences::<Test>::insert(22, 1);
		assert_eq!(
			NodeIntegration::do_try_state(),
			Err("an offence is recorded for an account without a node".into())
		);
	});
}

#[test]
fn try_state_detects_a_minimum_out_of_bounds() {
	with_nodes().build().execute_with(|| {
		MinValidators::<Test>::put(0);
		assert_eq!(NodeIntegration::do_try_state(), Err("MinValidators out of its bounds".into()));
		MinValidators::<Test>::put(6);
		assert_eq!(NodeIntegration::do_try_state(), Err("MinValidators out of its bounds".into()));
	});
}

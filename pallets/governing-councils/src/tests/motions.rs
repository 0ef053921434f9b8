//! The Executive Secretary's motions.

use super::*;
use crate::{traits::ExecutiveMotions, DecisionKind};
use sp_runtime::{traits::Hash, DispatchError};

#[test]
fn table_motion_uses_the_quorum_of_the_decision() {
	ExtBuilder::default().build_and_execute(|| {
		designate(SECRETARY, 2);
		assert_ok!(Councils::table_motion(
			RuntimeOrigin::signed(2),
			DecisionKind::Ordinary,
			remark(),
			100
		));
		let hash = <Test as frame_system::Config>::Hashing::hash_of(&remark());
		assert_eq!(
			last_event(),
			Event::MotionTabled {
				secretary: 2,
				kind: DecisionKind::Ordinary,
				threshold: 7,
				proposal_hash: hash,
			}
		);
		assert_ok!(Councils::table_motion(
			RuntimeOrigin::signed(2),
			DecisionKind::Extraordinary,
			remark(),
			100
		));
		let thresholds: Vec<(u64, u32, u32)> =
			motions().into_iter().map(|(s, t, _, l)| (s, t, l)).collect();
		assert_eq!(thresholds, vec![(2, 7, 100), (2, 5, 100)]);
		assert_eq!(motions()[0].2, *remark());
		assert_eq!(Councils::motion_threshold(DecisionKind::Ordinary), 7);
		assert_eq!(Councils::motion_threshold(DecisionKind::Extraordinary), 5);
	});
}

#[test]
fn table_motion_requires_a_signed_origin() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Councils::table_motion(RuntimeOrigin::root(), DecisionKind::Ordinary, remark(), 100),
			BadOrigin
		);
	});
}

#[test]
fn table_motion_is_for_the_secretary_only() {
	ExtBuilder::default().build_and_execute(|| {
		designate(SECRETARY, 2);
		designate(NODE_SEAT, 13);
		assert_noop!(
			Councils::table_motion(
				RuntimeOrigin::signed(13),
				DecisionKind::Ordinary,
				remark(),
				100
			),
			Error::<Test>::NotSecretary
		);
	});
}

#[test]
fn table_motion_passes_on_the_motions_error() {
	ExtBuilder::default().build_and_execute(|| {
		designate(SECRETARY, 2);
		assert_noop!(
			Councils::table_motion(RuntimeOrigin::signed(2), DecisionKind::Ordinary, remark(), 1),
			DispatchError::Other("WrongProposalLength")
		);
	});
}

#[test]
fn the_empty_motions_implementation_refuses_motions() {
	assert!(<() as ExecutiveMotions<u64, RuntimeCall>>::table(2, 7, remark(), 100).is_err());
	assert_eq!(
		<() as ExecutiveMotions<u64, RuntimeCall>>::table_weight(100),
		frame_support::weights::Weight::zero()
	);
}

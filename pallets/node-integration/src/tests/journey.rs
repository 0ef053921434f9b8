//! A node's whole life.

use super::*;

#[test]
fn journey_of_a_node_from_application_to_removal() {
	with_nodes().build_and_execute(|| {
		// Member 12 of Academia registers its session keys (done in the mock) and applies,
		// with its letter of intent and adhesion form.
		apply_node(12);
		// Academia's two leaders endorse it: more than half.
		endorse(10, 12);
		endorse(11, 12);
		assert!(has_event(Event::NodeEndorsementReached {
			who: 12,
			collective: ACADEMIA,
			endorsements: 2,
			leaders: 2,
		}));
		// The node commission approves it; the next session plan includes it.
		assert_ok!(NodeIntegration::approve_node(commission(), 12));
		assert_eq!(NodeIntegration::new_session(1), Some(vec![10, 20, 21, 30, 12]));
		// Nothing changed since: the next plan keeps the set.
		assert_eq!(NodeIntegration::new_session(2), None);
		// The node misbehaves: suspended, then resumed.
		assert_ok!(NodeIntegration::suspend_node(commission(), 12, REASON));
		assert_eq!(NodeIntegration::new_session(3), Some(vec![10, 20, 21, 30]));
		assert_ok!(NodeIntegration::resume_node(commission(), 12));
		assert_eq!(NodeIntegration::new_session(4), Some(vec![10, 20, 21, 30, 12]));
		// Finally removed: the next planned set excludes it, and the member may leave.
		assert_ok!(NodeIntegration::remove_node(commission(), 12, REASON));
		assert_eq!(NodeIntegration::new_session(5), Some(vec![10, 20, 21, 30]));
		assert_ok!(leave(12));
		// Academia's remaining node stays: the collective keeps one.
		assert_noop!(
			NodeIntegration::remove_node(commission(), 10, REASON),
			Error::<Test>::LastNodeOfCollective
		);
	});
}

#[test]
fn journey_of_an_equivocating_node_from_flag_to_removal() {
	// A network of four nodes that must keep four.
	with_nodes().min_validators(4).build_and_execute(|| {
		// Node 21 equivocates in session 1: suspending it would leave three, so it is flagged
		// and keeps validating.
		offend(&[21], 1);
		assert!(has_event(Event::OffenderFlagged {
			who: 21,
			collective: EMPRESAS,
			offence: offence_in(1),
		}));
		assert_eq!(set(), vec![10, 20, 21, 30]);
		// Its key cannot be purged to dodge the review.
		assert_noop!(
			NodeIntegration::purge_keys(RuntimeOrigin::signed(21)),
			Error::<Test>::RunsNode
		);
		// The commission admits a fifth node, which pallet-session uses two sessions later.
		endorsed(12);
		assert_ok!(NodeIntegration::approve_node(commission(), 12));
		rotate(2);
		assert_eq!(session_sets().0, vec![10, 20, 21, 30, 12]);
		// A report of the same offence (with another offender) acts on 21 no more; a new
		// offence in session 2 suspends it, now that four would remain.
		offend(&[21], 1);
		assert!(NodeIntegration::is_validator(&21));
		offend(&[21], 2);
		assert!(has_event(Event::OffenderSuspended {
			who: 21,
			collective: EMPRESAS,
			offence: offence_in(2),
		}));
		assert!(!crate::FlaggedNodes::<Test>::contains_key(21));
		rotate(2);
		assert_eq!(session_sets(), (vec![10, 20, 30, 12], vec![10, 20, 30, 12]));
		// The commission reviews it and an extraordinary Executive decision removes it; the
		// member then purges its keys and leaves.
		assert_noop!(NodeIntegration::resume_node(executive(), 21), BadOrigin);
		assert_ok!(NodeIntegration::remove_node(executive(), 21, REASON));
		assert_ok!(NodeIntegration::purge_keys(RuntimeOrigin::signed(21)));
		assert_ok!(leave(21));
	});
}

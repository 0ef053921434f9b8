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

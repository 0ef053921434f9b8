//! What other pallets read: [`NodeInspect`] and [`ReportAnswerers`].

use super::*;
use bmx_primitives::governance::{NodeInspect, ReportAnswerers};

#[test]
fn node_inspect_reads_the_nodes() {
	with_nodes().build_and_execute(|| {
		assert_ok!(NodeIntegration::suspend_node(commission(), 21, REASON));
		type N = NodeIntegration;
		assert!(<N as NodeInspect<u64>>::is_validator(&20));
		assert!(!<N as NodeInspect<u64>>::is_validator(&21));
		assert_eq!(<N as NodeInspect<u64>>::node_collective(&21), Some(EMPRESAS));
		assert_eq!(<N as NodeInspect<u64>>::node_collective(&10), Some(ACADEMIA));
		assert_eq!(<N as NodeInspect<u64>>::node_collective(&11), None);
		assert!(<N as NodeInspect<u64>>::is_validator_of(EMPRESAS, &20));
		assert!(!<N as NodeInspect<u64>>::is_validator_of(ACADEMIA, &20));
		assert!(!<N as NodeInspect<u64>>::is_validator_of(EMPRESAS, &21));
		assert!(!<() as NodeInspect<u64>>::is_validator(&20));
		assert_eq!(<() as NodeInspect<u64>>::node_collective(&20), None);
	});
}

#[test]
fn runs_node_counts_active_and_suspended_nodes() {
	with_nodes().build_and_execute(|| {
		assert_ok!(NodeIntegration::suspend_node(commission(), 21, REASON));
		assert!(NodeIntegration::runs_node(&20));
		assert!(NodeIntegration::runs_node(&21));
		assert!(!NodeIntegration::runs_node(&22));
		assert_eq!(NodeIntegration::node_count(EMPRESAS), 2);
		assert_eq!(NodeIntegration::active_node_count(EMPRESAS), 1);
	});
}

#[test]
fn a_member_answers_for_its_node_reports() {
	with_nodes().build_and_execute(|| {
		type N = NodeIntegration;
		assert!(<N as ReportAnswerers<u64>>::answers_for(&ReportSubject::Member(10), &10));
		assert!(!<N as ReportAnswerers<u64>>::answers_for(&ReportSubject::Member(10), &20));
		// The other subjects are other pallets' duties.
		assert!(!<N as ReportAnswerers<u64>>::answers_for(&ReportSubject::Leader(10), &10));
		assert!(!<N as ReportAnswerers<u64>>::answers_for(&ReportSubject::Project(0), &10));
		assert!(!<N as ReportAnswerers<u64>>::answers_for(&ReportSubject::Secretary, &10));
	});
}

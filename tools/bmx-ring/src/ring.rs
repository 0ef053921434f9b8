//! Finding the prover's ring: the ring of a scope whose revision in force at a block holds the
//! prover's member key (a voter's ring of the ballot's scope at its snapshot; an evaluator's
//! roster ring, or a former evaluator's ring of the former evaluators, at the block its
//! settlement names).
//!
//! The search asks the node only for what every member of the scope asks: the scope's rings,
//! the validity windows of their revisions and their key lists. It never sends the member key
//! (the node would learn which member is about to prove); the key is looked for locally.

use bmx_primitives::anonymity::{RingIndex, RingRef, RingRevision, RingScope};

use crate::{
	encoding::to_hex,
	error::{Failure, Result},
	MemberKey,
};

/// A ring of a scope and its last published revision (0: none yet).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RingHead {
	/// The ring's index in its scope.
	pub index: RingIndex,
	/// Its last published revision.
	pub revision: RingRevision,
}

/// When a published revision was in force, and whether proofs against it are accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Window {
	/// The block it was published in.
	pub valid_from: u32,
	/// The block its successor was published in (excluded); `None` for the last revision.
	pub valid_until: Option<u32>,
	/// Whether it had its scope's minimum members when published.
	pub usable: bool,
	/// Its members.
	pub len: u32,
}

impl Window {
	/// Whether the revision was in force at `block`: `valid_from <= block < valid_until`.
	pub fn in_force_at(&self, block: u32) -> bool {
		self.valid_from <= block && self.valid_until.is_none_or(|until| block < until)
	}
}

/// What the search needs from the chain (the rings pallet's view functions and storage).
pub trait RingSource {
	/// Every ring of `scope`, in index order.
	fn rings(&self, scope: &RingScope) -> Result<Vec<RingHead>>;
	/// The window of a revision, `None` if it is not kept (never published, or pruned).
	fn window(
		&self,
		scope: &RingScope,
		index: RingIndex,
		revision: RingRevision,
	) -> Result<Option<Window>>;
	/// The keys of a kept revision in ring order, `None` if it is not kept.
	fn members(
		&self,
		scope: &RingScope,
		index: RingIndex,
		revision: RingRevision,
	) -> Result<Option<Vec<MemberKey>>>;
}

/// What a ring is looked for: the words of a search that finds none.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
	/// A vote, against a ring of the ballot's scope in force at its snapshot.
	Vote,
	/// A pseudonym's settlement, against a roster ring or a former evaluators' ring in force
	/// at the block it names.
	Settlement,
}

impl Purpose {
	/// The block searched at, in words.
	fn moment(self) -> &'static str {
		match self {
			Self::Vote => "the ballot's snapshot",
			Self::Settlement => "the block the settlement names",
		}
	}

	/// What to do when no ring holds the key.
	fn hint(self) -> &'static str {
		match self {
			Self::Vote => {
				"A key registered or moved after a ballot opened votes from the next ballot on; \
				 `bmx-ring member` prints your key"
			},
			Self::Settlement => {
				"Only enrolled evaluators' keys are in the roster's rings, from the roster's next \
				 build after enrolment on; after leaving the roster, a key joins the former \
				 evaluators' rings with the next cohort of leavers, and a ring of theirs answers \
				 once it has the chain's minimum of members: wait for it (or name with --at a \
				 block when your key was still in the roster); `bmx-ring member` prints your key"
			},
		}
	}
}

/// The ring a proof is made against.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FoundRing {
	/// The ring revision the proof names.
	pub ring: RingRef,
	/// Its keys in ring order: what the proof is made with.
	pub keys: Vec<MemberKey>,
}

/// The revision of ring `index` (last published `latest`) in force at `snapshot`, with its
/// window; `None` when no kept revision was (the ring was published after the snapshot, or the
/// revision in force then was pruned). Walks back from the last revision.
pub fn revision_in_force(
	source: &impl RingSource,
	scope: &RingScope,
	head: RingHead,
	snapshot: u32,
) -> Result<Option<(RingRevision, Window)>> {
	let mut revision = head.revision;
	while revision > 0 {
		let Some(window) = source.window(scope, head.index, revision)? else { return Ok(None) };
		if window.valid_from <= snapshot {
			return Ok(window.in_force_at(snapshot).then_some((revision, window)));
		}
		revision -= 1;
	}
	Ok(None)
}

/// Finds the ring of `scope` whose revision in force at `snapshot` holds `me`, and its keys.
/// Rings are tried in index order; a revision that is not usable is skipped (the chain would
/// refuse a proof against it). `purpose` words the failure.
pub fn find_ring(
	source: &impl RingSource,
	scope: &RingScope,
	snapshot: u32,
	me: &MemberKey,
	purpose: Purpose,
) -> Result<FoundRing> {
	let rings = source.rings(scope)?;
	if rings.is_empty() {
		return Err(Failure::Input(match purpose {
			Purpose::Vote => format!("the ballot's scope ({}) has no ring", scope_text(scope)),
			Purpose::Settlement => format!("{} has no ring yet", scope_text(scope)),
		}));
	}
	let (mut in_force, mut too_small) = (0u32, 0u32);
	for head in rings {
		let Some((revision, window)) = revision_in_force(source, scope, head, snapshot)? else {
			continue;
		};
		in_force += 1;
		if !window.usable {
			too_small += 1;
			continue;
		}
		let keys = source.members(scope, head.index, revision)?.ok_or_else(|| {
			Failure::Rpc(format!(
				"ring {} revision {revision} of {}: the node returned no key list for a kept \
				 revision",
				head.index,
				scope_text(scope)
			))
		})?;
		if keys.contains(me) {
			return Ok(FoundRing {
				ring: RingRef { scope: *scope, index: head.index, revision },
				keys,
			});
		}
	}
	Err(Failure::Input(format!(
		"the member key {} is in no usable ring of {} in force at {} (block {snapshot}; \
		 {in_force} ring(s) in force then, {too_small} of them too small). {}",
		to_hex(me),
		scope_text(scope),
		purpose.moment(),
		purpose.hint()
	)))
}

/// A scope in words: `national`, `state 14`, `municipality 14039` (INEGI codes), `evaluators`
/// (the evaluators' roster), `former evaluators`, `panel:7`.
pub fn scope_text(scope: &RingScope) -> String {
	match scope {
		RingScope::National => "national".into(),
		RingScope::State(state) => format!("state {:02}", *state as u8),
		RingScope::Municipality(place) => {
			format!("municipality {:02}{:03}", place.state as u8, place.municipality)
		},
		RingScope::Evaluators => "evaluators".into(),
		RingScope::FormerEvaluators => "former evaluators".into(),
		RingScope::Panel(panel) => format!("panel:{panel}"),
	}
}

/// A scope as `--json` prints it.
pub fn scope_json(scope: &RingScope) -> serde_json::Value {
	use serde_json::json;
	match scope {
		RingScope::National => json!({ "kind": "national" }),
		RingScope::State(state) => json!({ "kind": "state", "state": *state as u8 }),
		RingScope::Municipality(place) => json!({
			"kind": "municipality",
			"state": place.state as u8,
			"municipality": place.municipality,
			"inegi": format!("{:02}{:03}", place.state as u8, place.municipality),
		}),
		RingScope::Evaluators => json!({ "kind": "evaluators" }),
		RingScope::FormerEvaluators => json!({ "kind": "former-evaluators" }),
		RingScope::Panel(panel) => json!({ "kind": "panel", "panel": panel }),
	}
}

/// A ring revision as `--json` prints it.
pub fn ring_json(ring: &RingRef) -> serde_json::Value {
	serde_json::json!({
		"scope": scope_json(&ring.scope),
		"index": ring.index,
		"revision": ring.revision,
	})
}

#[cfg(test)]
mod tests {
	use super::*;
	use bmx_primitives::identity::{Jurisdiction, MexicanState};
	use std::collections::BTreeMap;

	/// Rings as the chain would show them: per (index, revision) a window and the keys.
	#[derive(Default)]
	struct FakeRings {
		heads: Vec<RingHead>,
		revisions: BTreeMap<(RingIndex, RingRevision), (Window, Vec<MemberKey>)>,
	}

	impl RingSource for FakeRings {
		fn rings(&self, _scope: &RingScope) -> Result<Vec<RingHead>> {
			Ok(self.heads.clone())
		}
		fn window(&self, _: &RingScope, i: RingIndex, r: RingRevision) -> Result<Option<Window>> {
			Ok(self.revisions.get(&(i, r)).map(|(window, _)| *window))
		}
		fn members(
			&self,
			_: &RingScope,
			i: RingIndex,
			r: RingRevision,
		) -> Result<Option<Vec<MemberKey>>> {
			Ok(self.revisions.get(&(i, r)).map(|(_, keys)| keys.clone()))
		}
	}

	fn window(from: u32, until: Option<u32>, usable: bool) -> Window {
		Window { valid_from: from, valid_until: until, usable, len: 3 }
	}

	#[test]
	fn finds_the_revision_in_force_at_the_snapshot_that_holds_the_key() {
		let scope = RingScope::Municipality(Jurisdiction {
			state: MexicanState::Jalisco,
			municipality: 39,
		});
		let (me, other) = ([1u8; 32], [2u8; 32]);
		let mut rings = FakeRings::default();
		// Ring 0: never holds me. Ring 1: revision 1 (blocks 5..10) holds me; revision 2 (from
		// 10) was rebuilt without me; revision 3 (from 20) has me again.
		rings.heads = vec![RingHead { index: 0, revision: 1 }, RingHead { index: 1, revision: 3 }];
		rings.revisions.insert((0, 1), (window(4, None, true), vec![other]));
		rings.revisions.insert((1, 1), (window(5, Some(10), true), vec![other, me]));
		rings.revisions.insert((1, 2), (window(10, Some(20), true), vec![other]));
		rings.revisions.insert((1, 3), (window(20, None, true), vec![other, me]));

		let found = find_ring(&rings, &scope, 7, &me, Purpose::Vote).unwrap();
		assert_eq!(found.ring, RingRef { scope, index: 1, revision: 1 });
		assert_eq!(found.keys, vec![other, me]);
		assert_eq!(find_ring(&rings, &scope, 25, &me, Purpose::Vote).unwrap().ring.revision, 3);
		// At block 12 the ring in force does not hold me: refused locally, with the reason.
		let error = find_ring(&rings, &scope, 12, &me, Purpose::Vote).unwrap_err().to_string();
		assert!(error.contains("in no usable ring of municipality 14039"), "{error}");
		assert!(error.contains("block 12; 2 ring(s) in force then"), "{error}");
		// Before any revision: nothing in force.
		assert!(revision_in_force(&rings, &scope, rings.heads[1], 4).unwrap().is_none());
		// A revision in force but too small is skipped.
		rings.revisions.insert((1, 1), (window(5, Some(10), false), vec![other, me]));
		let error = find_ring(&rings, &scope, 7, &me, Purpose::Vote).unwrap_err().to_string();
		assert!(error.contains("1 of them too small"), "{error}");
		// A settlement's search says what an evaluator can do.
		let error = find_ring(&rings, &RingScope::Evaluators, 12, &me, Purpose::Settlement)
			.unwrap_err()
			.to_string();
		assert!(error.contains("in no usable ring of evaluators in force at the block"), "{error}");
		assert!(error.contains("former evaluators' rings"), "{error}");
		assert!(error.contains("--at"), "{error}");
		let none = FakeRings::default();
		let error = find_ring(&none, &RingScope::Evaluators, 12, &me, Purpose::Settlement)
			.unwrap_err()
			.to_string();
		assert!(error.contains("evaluators has no ring yet"), "{error}");
		// A pruned revision ends the walk.
		rings.revisions.remove(&(1, 2));
		assert!(revision_in_force(&rings, &scope, rings.heads[1], 12).unwrap().is_none());
	}

	#[test]
	fn every_scope_has_words_and_json() {
		let gdl = Jurisdiction { state: MexicanState::Jalisco, municipality: 39 };
		let cases = [
			(RingScope::National, "national", serde_json::json!({ "kind": "national" })),
			(
				RingScope::State(MexicanState::Jalisco),
				"state 14",
				serde_json::json!({ "kind": "state", "state": 14 }),
			),
			(
				RingScope::Municipality(gdl),
				"municipality 14039",
				serde_json::json!({
					"kind": "municipality",
					"state": 14,
					"municipality": 39,
					"inegi": "14039",
				}),
			),
			(RingScope::Evaluators, "evaluators", serde_json::json!({ "kind": "evaluators" })),
			(
				RingScope::FormerEvaluators,
				"former evaluators",
				serde_json::json!({ "kind": "former-evaluators" }),
			),
			(RingScope::Panel(7), "panel:7", serde_json::json!({ "kind": "panel", "panel": 7 })),
		];
		for (scope, text, json) in cases {
			assert_eq!(scope_text(&scope), text);
			assert_eq!(scope_json(&scope), json);
		}
	}
}

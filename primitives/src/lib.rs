//! # Blockchain MX primitives
//!
//! The ids, value types and glue traits that our pallets meet through.
//!
//! ## Overview
//!
//! A pallet of ours never depends on another of our pallets' crates: it states what it needs as
//! a trait of this crate in its `Config`, and the runtime wires the pallet that provides it (or a
//! tuple of them, for hooks). Every trait has a `()` implementation that provides nothing, so that
//! each pallet compiles and is tested alone; [`mock`] (with `std`, like `sp_runtime::testing`) adds
//! stand-ins with thread-local state for unit tests.
//!
//! - [`governance`]: collectives, members and leaders ([`governance::CollectiveInspect`]), nodes
//!   ([`governance::NodeInspect`]), council seats ([`governance::SeatInspect`]), projects
//!   ([`governance::ProjectInspect`]), what happens when a member stops being active
//!   ([`governance::MembershipHooks`]) and periodic reports as a service any pallet can use
//!   ([`governance::ReportObligations`], [`governance::ReportAnswerers`]).
//! - [`anonymity`]: rings of verified persons' member keys and proofs of membership in them
//!   ([`anonymity::AnonymousMembership`]), with the normative contexts and messages clients
//!   prove.
//! - [`identity`]: verified persons and organisations, credentials and e.firma bindings, and the
//!   Mexican jurisdictions they live in.
//! - [`land`]: land as H3 cells at the chain's one resolution, their validation and overlap.
//! - [`registries`]: what the public registries answer to other pallets (powers of attorney:
//!   [`registries::PowersOfAttorney`]).
//! - [`procurement`]: the CUCoP keys partidas carry and the catalogue that knows them
//!   ([`procurement::ProcurementCatalogue`]).
//! - [`commitment`]: the one implementation of the keyed commitments that stand for a CURP or an
//!   RFC on chain, used by `pallet-digital-identity` and the registrars' tool `mx-ids` alike.
//!
//! ## Terminology
//!
//! - **Document hash**: the hash of a document kept off chain (blake2-256 or SHA-256 of the file;
//!   its signers agree on which). The document itself never goes on chain.
//!
//! ## Assumptions
//!
//! - Hooks run inside the calling extrinsic: an error from a hook reverts the whole call, and
//!   the caller adds the hook's declared weight to its own.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub mod anonymity;
pub mod commitment;
#[cfg(feature = "efirma")]
pub mod efirma;
pub mod governance;
pub mod identity;
pub mod land;
#[cfg(feature = "std")]
pub mod mock;
pub mod procurement;
pub mod registries;

/// The hash of a document kept off chain, as its signers compute it (blake2-256 or SHA-256 of the
/// file; the signers agree on which). The document itself never goes on chain.
pub type DocumentHash = sp_core::H256;

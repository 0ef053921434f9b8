//! Land as the registries store it: a set of H3 cells at one resolution for the whole chain.
//!
//! A parcel (predio) is kept on chain as the H3 cells whose centres fall inside its polygon, at
//! [`CELL_RESOLUTION`], sorted and distinct. Two parcels registered under different keys overlap
//! exactly when their cell sets share a cell ([`cells_overlap`]), so an index from cell to parcel
//! finds duplicates that the keys hide. The tool `land-cells` turns a GeoJSON polygon into these
//! cells off chain (with the `h3o` crate); on chain [`is_valid_cell`] checks each index.
//!
//! ## Terminology
//!
//! - **H3**: Uber's hierarchical grid of hexagons (and 12 pentagons per resolution) over the
//!   globe; resolutions 0 (coarsest) to 15. A cell is named by a 64-bit index.
//! - **Centroid containment**: a cell belongs to a polygon when the cell's centre lies inside
//!   it. Two parcels that only touch along a boundary therefore get disjoint cells, and a cell
//!   is shared only when the parcels really overlap by about a cell's area or more.

/// An H3 cell index (64 bits, H3 "cell mode"), at [`CELL_RESOLUTION`] wherever the chain stores
/// one. Written in hexadecimal by H3 tools (`8a2a1072b59ffff`); on chain it is the plain `u64`.
pub type H3Cell = u64;

/// The H3 resolution of every cell stored on chain: 10, hexagons of about 1.5 ha (15,047 m² on
/// average, edges of about 76 m).
///
/// Why 10: rural predios in Mexico range from a few hectares (small owners) to thousands
/// (ejidos, comunidades), and forestry supports are granted by the hectare with a usual minimum
/// of one or a few hectares. At resolution 10 a 1,000-cell bound covers about 1,500 ha, so most
/// parcels fit a bounded list while overlaps of a hectare and more are still caught; resolution
/// 11 (0.2 ha a cell) would need seven times as many cells for the same land, and resolution 9
/// (10.5 ha a cell) would miss most overlaps between small parcels. Changing it means
/// re-registering every parcel's land: every pallet and the tool read this one constant.
pub const CELL_RESOLUTION: u8 = 10;

/// Whether `cell` is a valid H3 cell index at `resolution`, as the `h3o` crate (pure Rust,
/// `no_std`) decides it, by the rules of H3's `isValidCell`: reserved bits clear, cell mode, a
/// base cell below 122, digits 0 to 6 up to the resolution and 7 after it, and under a pentagon
/// base cell no deleted subsequence (no K-axis child of the centre); then the resolution must be
/// `resolution`. It reads bits only (no floating point), so it is deterministic on chain.
pub fn is_valid_cell(cell: H3Cell, resolution: u8) -> bool {
	h3o::CellIndex::try_from(cell).is_ok_and(|c| u8::from(c.resolution()) == resolution)
}

/// Whether `cells` is sorted ascending without repeats (the form the registries store).
pub fn is_sorted_distinct(cells: &[H3Cell]) -> bool {
	cells.windows(2).all(|w| matches!(w, [a, b] if a < b))
}

/// Whether two cell sets share a cell. Both must be sorted ascending (see
/// [`is_sorted_distinct`]); the walk is linear in their lengths.
pub fn cells_overlap(a: &[H3Cell], b: &[H3Cell]) -> bool {
	let (mut a, mut b) = (a.iter().peekable(), b.iter().peekable());
	while let (Some(x), Some(y)) = (a.peek(), b.peek()) {
		match x.cmp(y) {
			core::cmp::Ordering::Less => {
				a.next();
			},
			core::cmp::Ordering::Greater => {
				b.next();
			},
			core::cmp::Ordering::Equal => return true,
		}
	}
	false
}

#[cfg(test)]
mod tests {
	use super::*;

	/// A resolution-10 cell in Manhattan, from H3's documentation.
	const CELL: H3Cell = 0x08a2_a107_2b59_ffff;

	#[test]
	fn a_documented_cell_is_valid_at_its_resolution_only() {
		assert!(is_valid_cell(CELL, 10));
		assert!(!is_valid_cell(CELL, 9));
		assert!(!is_valid_cell(CELL, 11));
		assert!(!is_valid_cell(CELL, 16));
	}

	#[test]
	fn malformed_indexes_are_invalid() {
		assert!(!is_valid_cell(0, 10));
		assert!(!is_valid_cell(u64::MAX, 10));
		// Reserved bit set.
		assert!(!is_valid_cell(CELL | 1 << 63, 10));
		// Edge mode instead of cell mode.
		assert!(!is_valid_cell((CELL & !(0xf << 59)) | 2 << 59, 10));
		// A digit after the resolution that is not 7.
		assert!(!is_valid_cell(CELL & !0x7, 10));
		// A digit 7 within the resolution.
		assert!(!is_valid_cell(CELL | 0x7 << 15, 10));
		// Base cell 122.
		assert!(!is_valid_cell((CELL & !(0x7f << 45)) | 122 << 45, 10));
	}

	/// The index of the cell at resolution 10 under `base` with the given ten digits.
	fn cell(base: u64, digits: [u64; 10]) -> H3Cell {
		let mut c = 1u64 << 59 | 10u64 << 52 | base << 45;
		for (i, d) in digits.iter().enumerate() {
			c |= d << ((14 - i) * 3);
		}
		// Digits 11 to 15 unused: 7 each.
		c | 0x7fff
	}

	#[test]
	fn pentagons_have_no_k_axis_child() {
		let centre = cell(4, [0; 10]);
		assert!(is_valid_cell(centre, 10));
		assert!(!is_valid_cell(cell(4, [0, 0, 1, 2, 0, 0, 0, 0, 0, 0]), 10));
		assert!(is_valid_cell(cell(4, [0, 0, 2, 1, 0, 0, 0, 0, 0, 0]), 10));
		// The same digits under a hexagon base cell are fine.
		assert!(is_valid_cell(cell(5, [0, 0, 1, 2, 0, 0, 0, 0, 0, 0]), 10));
	}

	#[test]
	fn overlap_needs_a_shared_cell() {
		assert!(cells_overlap(&[1, 5, 9], &[2, 5]));
		assert!(!cells_overlap(&[1, 5, 9], &[2, 6, 10]));
		assert!(!cells_overlap(&[], &[1]));
		assert!(is_sorted_distinct(&[1, 2, 3]));
		assert!(!is_sorted_distinct(&[1, 1]));
		assert!(!is_sorted_distinct(&[2, 1]));
	}
}

//! # land-cells
//!
//! Turns a GeoJSON polygon into the H3 cells the land registries store.
//!
//! ## Overview
//!
//! `land-cells polygon.geojson [--resolution N]` reads a GeoJSON `Polygon`, `MultiPolygon`,
//! `Feature` or `FeatureCollection` (WGS84 longitude, latitude, as GeoJSON requires), covers it
//! with the H3 cells whose centres lie inside it (centroid containment: two parcels that only
//! touch share no cell) at the chain's resolution (10 unless `--resolution` says otherwise) and
//! prints one JSON object:
//!
//! - `resolution`, `count`;
//! - `area_hectares` (geodesic area of the polygon, WGS84) and `area_centi_hectares` (what the
//!   calls take as the declared area);
//! - `cells_hex`: the cells as H3 writes them (`8a48...ffff`);
//! - `cells`: the cells as decimal strings, sorted: the JSON array to give `@polkadot/api` for a
//!   `BoundedVec<u64>` argument (strings, because H3 indexes exceed JavaScript's safe integers);
//! - `scale`: the SCALE encoding of that vector (`0x`-hex), for a call built by hand.
//!
//! ## Assumptions
//!
//! - The chain validates each cell with `bmx_primitives::land::is_valid_cell` at
//!   `bmx_primitives::land::CELL_RESOLUTION`; [`CHAIN_RESOLUTION`] must equal it (a test checks).
//! - A polygon smaller than a cell may get no cell at all: the tool then fails rather than
//!   printing an empty land.

use codec::Encode;
use geo::{Coord, GeodesicArea, LineString, MultiPolygon, Polygon};
use h3o::{
	geom::{ContainmentMode, TilerBuilder},
	Resolution,
};
use serde_json::Value;
use std::{fmt, process::ExitCode};

/// The H3 resolution of the chain (`bmx_primitives::land::CELL_RESOLUTION`).
pub const CHAIN_RESOLUTION: u8 = 10;

/// Square metres in a hectare.
const M2_PER_HECTARE: f64 = 10_000.0;

/// What went wrong, for a person to fix.
#[derive(Debug, PartialEq)]
pub enum Error {
	/// The command line is wrong.
	Usage(String),
	/// The file could not be read.
	Read(String),
	/// The text is not JSON.
	Json(String),
	/// The JSON is not a GeoJSON polygon the tool understands.
	GeoJson(String),
	/// H3 refused the geometry (coordinates out of range, degenerate rings).
	Geometry(String),
	/// The polygon is smaller than a cell: no cell centre lies inside it.
	NoCells,
}

impl fmt::Display for Error {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		match self {
			Error::Usage(m) => write!(f, "{m}\nusage: land-cells polygon.geojson [--resolution N]"),
			Error::Read(m) => write!(f, "cannot read the file: {m}"),
			Error::Json(m) => write!(f, "not JSON: {m}"),
			Error::GeoJson(m) => write!(f, "not a GeoJSON polygon: {m}"),
			Error::Geometry(m) => write!(f, "invalid geometry: {m}"),
			Error::NoCells => write!(
				f,
				"no cell centre lies inside the polygon: it is smaller than a cell at this resolution"
			),
		}
	}
}

/// The land of a polygon as the chain stores it.
#[derive(Debug, Clone, PartialEq)]
pub struct Land {
	/// The H3 resolution of the cells.
	pub resolution: u8,
	/// The cells, sorted ascending and distinct.
	pub cells: Vec<u64>,
	/// The geodesic area of the polygon in square metres.
	pub area_m2: f64,
}

impl Land {
	/// The area in hectares.
	pub fn hectares(&self) -> f64 {
		self.area_m2 / M2_PER_HECTARE
	}

	/// The area in hundredths of a hectare, rounded, as the calls take it.
	pub fn centi_hectares(&self) -> u64 {
		(self.hectares() * 100.0).round() as u64
	}

	/// The SCALE encoding of the cells as a `Vec<u64>` (a `BoundedVec<u64, _>` encodes alike).
	pub fn scale(&self) -> Vec<u8> {
		self.cells.encode()
	}

	/// The JSON object the command prints.
	pub fn to_json(&self) -> Value {
		serde_json::json!({
			"resolution": self.resolution,
			"count": self.cells.len(),
			"area_hectares": (self.hectares() * 100.0).round() / 100.0,
			"area_centi_hectares": self.centi_hectares(),
			"cells_hex": self.cells.iter().map(|c| format!("{c:x}")).collect::<Vec<_>>(),
			"cells": self.cells.iter().map(|c| c.to_string()).collect::<Vec<_>>(),
			"scale": format!("0x{}", hex(&self.scale())),
		})
	}
}

/// Lower-case hex of `bytes`.
fn hex(bytes: &[u8]) -> String {
	bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A position `[longitude, latitude]`.
fn coord(value: &Value) -> Result<Coord, Error> {
	let pair = value
		.as_array()
		.ok_or_else(|| Error::GeoJson("a position is not an array".into()))?;
	match pair.as_slice() {
		[lon, lat, ..] => {
			let (Some(x), Some(y)) = (lon.as_f64(), lat.as_f64()) else {
				return Err(Error::GeoJson("a position holds something not a number".into()));
			};
			Ok(Coord { x, y })
		},
		_ => Err(Error::GeoJson("a position needs a longitude and a latitude".into())),
	}
}

/// A linear ring: at least four positions, the last equal to the first.
fn ring(value: &Value) -> Result<LineString, Error> {
	let positions = value
		.as_array()
		.ok_or_else(|| Error::GeoJson("a ring is not an array".into()))?;
	let coords = positions.iter().map(coord).collect::<Result<Vec<_>, _>>()?;
	if coords.len() < 4 || coords.first() != coords.last() {
		return Err(Error::GeoJson(
			"a ring needs at least four positions, the last equal to the first".into(),
		));
	}
	Ok(LineString::new(coords))
}

/// A polygon's coordinates: its exterior ring, then its holes.
fn polygon(value: &Value) -> Result<Polygon, Error> {
	let rings = value
		.as_array()
		.ok_or_else(|| Error::GeoJson("polygon coordinates are not an array".into()))?;
	let mut rings = rings.iter().map(ring);
	let exterior =
		rings.next().ok_or_else(|| Error::GeoJson("a polygon without rings".into()))??;
	let holes = rings.collect::<Result<Vec<_>, _>>()?;
	Ok(Polygon::new(exterior, holes))
}

/// The polygons of a GeoJSON object: a geometry, a feature or a feature collection.
pub fn polygons(geojson: &Value) -> Result<Vec<Polygon>, Error> {
	let kind = geojson
		.get("type")
		.and_then(Value::as_str)
		.ok_or_else(|| Error::GeoJson("no \"type\" member".into()))?;
	let coordinates = || {
		geojson
			.get("coordinates")
			.ok_or_else(|| Error::GeoJson("no \"coordinates\"".into()))
	};
	match kind {
		"Polygon" => Ok(vec![polygon(coordinates()?)?]),
		"MultiPolygon" => coordinates()?
			.as_array()
			.ok_or_else(|| Error::GeoJson("multipolygon coordinates are not an array".into()))?
			.iter()
			.map(polygon)
			.collect(),
		"Feature" => polygons(
			geojson
				.get("geometry")
				.ok_or_else(|| Error::GeoJson("a feature without geometry".into()))?,
		),
		"FeatureCollection" => {
			let features = geojson
				.get("features")
				.and_then(Value::as_array)
				.ok_or_else(|| Error::GeoJson("a collection without \"features\"".into()))?;
			let mut all = Vec::new();
			for feature in features {
				all.extend(polygons(feature)?);
			}
			Ok(all)
		},
		other => Err(Error::GeoJson(format!(
			"a {other}: give a Polygon, a MultiPolygon or a Feature holding one"
		))),
	}
}

/// The land of a GeoJSON text at `resolution`.
pub fn land_of(text: &str, resolution: u8) -> Result<Land, Error> {
	let resolution_h3 = Resolution::try_from(resolution)
		.map_err(|_| Error::Usage(format!("resolution {resolution} is not 0 to 15")))?;
	let value: Value = serde_json::from_str(text).map_err(|e| Error::Json(e.to_string()))?;
	let shapes = polygons(&value)?;
	if shapes.is_empty() {
		return Err(Error::GeoJson("no polygon in it".into()));
	}
	let mut tiler = TilerBuilder::new(resolution_h3)
		.containment_mode(ContainmentMode::ContainsCentroid)
		.build();
	for shape in shapes.iter().cloned() {
		tiler.add(shape).map_err(|e| Error::Geometry(e.to_string()))?;
	}
	let mut cells: Vec<u64> = tiler.into_coverage().map(u64::from).collect();
	cells.sort_unstable();
	cells.dedup();
	if cells.is_empty() {
		return Err(Error::NoCells);
	}
	let area_m2 = MultiPolygon::new(shapes).geodesic_area_unsigned();
	Ok(Land { resolution, cells, area_m2 })
}

/// Parse the command line: the file and the resolution.
fn parse_args(args: &[String]) -> Result<(String, u8), Error> {
	let mut file = None;
	let mut resolution = CHAIN_RESOLUTION;
	let mut args = args.iter();
	while let Some(arg) = args.next() {
		match arg.as_str() {
			"--resolution" | "-r" => {
				let n = args
					.next()
					.ok_or_else(|| Error::Usage("--resolution needs a number".into()))?;
				resolution = n
					.parse()
					.map_err(|_| Error::Usage(format!("resolution {n} is not a number")))?;
			},
			"--help" | "-h" => return Err(Error::Usage("help".into())),
			_ if file.is_none() => file = Some(arg.clone()),
			_ => return Err(Error::Usage(format!("unexpected argument {arg}"))),
		}
	}
	Ok((file.ok_or_else(|| Error::Usage("no GeoJSON file given".into()))?, resolution))
}

fn run(args: &[String]) -> Result<Land, Error> {
	let (file, resolution) = parse_args(args)?;
	let text = std::fs::read_to_string(&file).map_err(|e| Error::Read(format!("{file}: {e}")))?;
	land_of(&text, resolution)
}

fn main() -> ExitCode {
	let args: Vec<String> = std::env::args().skip(1).collect();
	match run(&args) {
		Ok(land) => {
			println!("{:#}", land.to_json());
			ExitCode::SUCCESS
		},
		Err(e) => {
			eprintln!("land-cells: {e}");
			ExitCode::FAILURE
		},
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	/// A square of 0.005° (about 525 m by 553 m, 29 ha) of cropland west of Uruapan,
	/// Michoacán, from `lon`, `lat` (south-west corner).
	fn square(lon: f64, lat: f64) -> String {
		let (e, n) = (lon + 0.005, lat + 0.005);
		format!(
			r#"{{"type":"Feature","properties":{{"predio":"test"}},"geometry":{{"type":"Polygon","coordinates":[[[{lon},{lat}],[{e},{lat}],[{e},{n}],[{lon},{n}],[{lon},{lat}]]]}}}}"#
		)
	}

	const URUAPAN: (f64, f64) = (-102.080, 19.410);

	#[test]
	fn a_small_polygon_near_uruapan_gives_valid_chain_cells_and_its_area() {
		let land = land_of(&square(URUAPAN.0, URUAPAN.1), CHAIN_RESOLUTION).unwrap();
		// 29 ha in cells of about 1.5 ha.
		assert!((15..=25).contains(&land.cells.len()), "{} cells", land.cells.len());
		assert!((28.5..29.5).contains(&land.hectares()), "{} ha", land.hectares());
		assert_eq!(land.centi_hectares(), (land.hectares() * 100.0).round() as u64);
		assert!(land.cells.windows(2).all(|w| w[0] < w[1]));
		for c in &land.cells {
			assert!(bmx_primitives::land::is_valid_cell(*c, CHAIN_RESOLUTION));
		}
		let json = land.to_json();
		assert_eq!(json["count"], land.cells.len());
		assert_eq!(json["cells"][0], land.cells[0].to_string());
		assert!(json["cells_hex"][0].as_str().unwrap().starts_with("8a"));
	}

	#[test]
	fn the_scale_encoding_is_a_compact_length_and_little_endian_cells() {
		let land = Land { resolution: 10, cells: vec![1, 0x08a2_a107_2b59_ffff], area_m2: 0.0 };
		let mut want = vec![2 << 2];
		want.extend_from_slice(&1u64.to_le_bytes());
		want.extend_from_slice(&0x08a2_a107_2b59_ffffu64.to_le_bytes());
		assert_eq!(land.scale(), want);
		assert_eq!(land.to_json()["scale"], format!("0x{}", hex(&want)));
	}

	#[test]
	fn two_overlapping_polygons_share_cells_and_touching_ones_do_not() {
		let a = land_of(&square(URUAPAN.0, URUAPAN.1), CHAIN_RESOLUTION).unwrap();
		let overlapping =
			land_of(&square(URUAPAN.0 + 0.0025, URUAPAN.1), CHAIN_RESOLUTION).unwrap();
		let touching = land_of(&square(URUAPAN.0 + 0.005, URUAPAN.1), CHAIN_RESOLUTION).unwrap();
		let shared = |x: &Land, y: &Land| x.cells.iter().filter(|c| y.cells.contains(c)).count();
		assert!(shared(&a, &overlapping) >= 4);
		assert!(bmx_primitives::land::cells_overlap(&a.cells, &overlapping.cells));
		assert_eq!(shared(&a, &touching), 0);
		assert!(!bmx_primitives::land::cells_overlap(&a.cells, &touching.cells));
	}

	#[test]
	fn a_multipolygon_and_a_bare_polygon_are_read() {
		let (lon, lat) = URUAPAN;
		let ring = format!(
			"[[{lon},{lat}],[{},{lat}],[{},{}],[{lon},{}],[{lon},{lat}]]",
			lon + 0.005,
			lon + 0.005,
			lat + 0.005,
			lat + 0.005
		);
		let bare = land_of(&format!(r#"{{"type":"Polygon","coordinates":[{ring}]}}"#), 10).unwrap();
		let multi =
			land_of(&format!(r#"{{"type":"MultiPolygon","coordinates":[[{ring}]]}}"#), 10).unwrap();
		assert_eq!(bare.cells, multi.cells);
		assert_eq!(bare.cells, land_of(&square(lon, lat), 10).unwrap().cells);
	}

	#[test]
	fn invalid_geojson_gives_a_clear_error() {
		assert!(matches!(land_of("{not json", 10), Err(Error::Json(_))));
		assert_eq!(
			land_of(r#"{"type":"Point","coordinates":[-102.0,19.4]}"#, 10),
			Err(Error::GeoJson(
				"a Point: give a Polygon, a MultiPolygon or a Feature holding one".into()
			))
		);
		assert!(matches!(
			land_of(r#"{"type":"Polygon","coordinates":[[[-102.0,19.4],[-102.1,19.4]]]}"#, 10),
			Err(Error::GeoJson(m)) if m.contains("at least four positions")
		));
		assert!(matches!(
			land_of(
				r#"{"type":"Polygon","coordinates":[[[-102.0,"x"],[1,2],[3,4],[-102.0,"x"]]]}"#,
				10
			),
			Err(Error::GeoJson(_))
		));
		assert!(matches!(
			land_of(r#"{"type":"Feature","properties":{}}"#, 10),
			Err(Error::GeoJson(m)) if m.contains("without geometry")
		));
		assert!(matches!(land_of(&square(URUAPAN.0, URUAPAN.1), 16), Err(Error::Usage(_))));
		let message = land_of(r#"{"type":"Point"}"#, 10).unwrap_err().to_string();
		assert!(message.starts_with("not a GeoJSON polygon"), "{message}");
	}

	#[test]
	fn a_polygon_smaller_than_a_cell_is_refused() {
		let (lon, lat) = URUAPAN;
		let tiny = format!(
			r#"{{"type":"Polygon","coordinates":[[[{lon},{lat}],[{},{lat}],[{},{}],[{lon},{lat}]]]}}"#,
			lon + 0.0001,
			lon + 0.0001,
			lat + 0.0001
		);
		assert_eq!(land_of(&tiny, 10), Err(Error::NoCells));
	}

	#[test]
	fn the_command_line_is_checked() {
		let args = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
		assert_eq!(parse_args(&args(&["p.geojson"])), Ok(("p.geojson".into(), 10)));
		assert_eq!(
			parse_args(&args(&["p.geojson", "--resolution", "11"])),
			Ok(("p.geojson".into(), 11))
		);
		assert!(matches!(parse_args(&args(&[])), Err(Error::Usage(_))));
		assert!(matches!(parse_args(&args(&["a", "b"])), Err(Error::Usage(_))));
		assert!(matches!(parse_args(&args(&["a", "--resolution"])), Err(Error::Usage(_))));
		assert!(matches!(run(&args(&["/nonexistent.geojson"])), Err(Error::Read(_))));
	}

	/// The two parcels in `fixtures/` (for the end-to-end test) share land.
	#[test]
	fn the_fixture_parcels_overlap() {
		let path = |name: &str| format!("{}/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
		let a = run(&[path("predio-a.geojson")]).unwrap();
		let b = run(&[path("predio-b.geojson")]).unwrap();
		assert!(bmx_primitives::land::cells_overlap(&a.cells, &b.cells));
		assert!(a.cells.len() <= 32 && b.cells.len() <= 32, "fits a small MaxCellsPerProperty");
		println!("{:#}", a.to_json());
	}

	#[test]
	fn the_resolution_is_the_chains() {
		assert_eq!(CHAIN_RESOLUTION, bmx_primitives::land::CELL_RESOLUTION);
	}
}

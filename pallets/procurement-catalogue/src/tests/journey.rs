//! A year of the catalogue: the council adds a code for a new kind of purchase, corrects its
//! name, retires a code the CUCoP dropped while a tender that carries it is still open, finds
//! both by search, and restores the dropped code when the CUCoP brings it back.

use super::*;

#[test]
fn the_catalogue_follows_the_cucop() {
	ExtBuilder::default().build_and_execute(|| {
		// A buyer unit looks for what to buy: the paper codes, by words without accents.
		assert_eq!(found("papel bond tamano", 10), vec![21101001, 21101002]);

		// The Executive Council adds a code for cloud services, with a typo.
		System::set_block_number(10);
		let cloud = CucopCode(31701001);
		assert_ok!(add(cloud, "Servicios de nube publica"));
		assert!(is_active(cloud));
		// ...and corrects it.
		System::set_block_number(11);
		assert_ok!(rename(cloud, "Servicios de nube pública"));
		assert_eq!(found("NUBE PUBLICA", 10), vec![31701001]);

		// A tender's partida carries the letter-size paper code; then the CUCoP drops it.
		assert!(is_active(PAPER));
		System::set_block_number(20);
		assert_ok!(retire(PAPER));
		// No new partida may carry it, but the tender's partida still resolves.
		assert!(!is_active(PAPER));
		let old = Catalogue::code(PAPER).expect("a retired code stays in the catalogue");
		assert_eq!(
			(old.name, old.status),
			("Papel bond tamaño carta".as_bytes().to_vec(), CodeStatus::Retired)
		);
		// Search shows it, marked retired, beside the legal-size paper still in force.
		let paper: Vec<(u32, CodeStatus)> = Catalogue::search(b"211".to_vec(), 10)
			.into_iter()
			.map(|(code, entry)| (code.0, entry.status))
			.collect();
		assert_eq!(paper, vec![(21101001, CodeStatus::Retired), (21101002, CodeStatus::Active)]);

		// The next edition of the CUCoP brings it back.
		System::set_block_number(30);
		assert_ok!(restore(PAPER));
		assert!(is_active(PAPER));
		assert_eq!(entry(PAPER).changed_at, 30);
		assert_eq!(CodeCount::<Test>::get(), GENESIS_CODES.len() as u32 + 1);
	});
}

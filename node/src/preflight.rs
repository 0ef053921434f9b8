//! Checks made before the node starts: every port it must listen on is free.
//!
//! Upstream, a busy RPC port makes the node silently listen on a random port instead, and a
//! busy p2p port leaves it without a listener, both without an error. For an operator that
//! means a node nobody can reach, or wallets talking to another node on the expected port, so
//! `bmx-node` refuses to start and says which port is taken and how to choose another.

use sc_network::multiaddr::Protocol;
use sc_service::Configuration;
use std::net::{IpAddr, SocketAddr, TcpListener};

/// Fail with a clear message if a port the node must listen on is in use; make the RPC server
/// fail instead of moving to a random port.
pub fn check_ports(config: &mut Configuration) -> Result<(), String> {
	if let Some(endpoints) = config.rpc.addr.as_mut() {
		for endpoint in endpoints.iter_mut() {
			endpoint.retry_random_port = false;
			if !endpoint.is_optional {
				ensure_free(endpoint.listen_addr, "RPC", "--rpc-port")?;
			}
		}
	}
	if let Some(prometheus) = &config.prometheus_config {
		ensure_free(prometheus.port, "Prometheus", "--prometheus-port")?;
	}
	for address in &config.network.listen_addresses {
		let mut ip = None;
		let mut port = None;
		for protocol in address.iter() {
			match protocol {
				Protocol::Ip4(v4) => ip = Some(IpAddr::V4(v4)),
				Protocol::Ip6(v6) => ip = Some(IpAddr::V6(v6)),
				Protocol::Tcp(p) => port = Some(p),
				_ => {},
			}
		}
		if let (Some(ip), Some(port)) = (ip, port) {
			ensure_free(SocketAddr::new(ip, port), "p2p", "--port")?;
		}
	}
	Ok(())
}

/// Bind `addr` once and release it; an address already in use is an error naming the flag.
fn ensure_free(addr: SocketAddr, what: &str, flag: &str) -> Result<(), String> {
	if addr.port() == 0 {
		return Ok(());
	}
	match TcpListener::bind(addr) {
		Err(e) if e.kind() == std::io::ErrorKind::AddrInUse => Err(format!(
			"The {what} port {} is already in use ({addr}): another node or program listens \
			 there. Stop it or choose another port with {flag}.",
			addr.port()
		)),
		// Other failures (say, no IPv6 on this host) are left to the service to report.
		_ => Ok(()),
	}
}

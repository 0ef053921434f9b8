#!/usr/bin/env bash
# Install what a fresh Debian machine lacks to build, run and test Blockchain MX. Idempotent:
# every step checks first and does nothing when already done.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

step "Debian packages"
packages=(protobuf-compiler clang libclang-dev cmake pkg-config libssl-dev curl ca-certificates)
# The portal's tests drive Debian's Chromium headless (scripts/test.sh asks for it).
[[ "${BMX_SETUP_BROWSER:-0}" == 1 ]] && packages+=(chromium)
missing=()
for p in "${packages[@]}"; do
	dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if ((${#missing[@]})); then
	sudo=""
	[[ $(id -u) -ne 0 ]] && sudo="sudo"
	$sudo apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
else
	echo "all present"
fi

step "Rust toolchain (pinned in rust-toolchain.toml)"
if ! command -v rustup >/dev/null; then
	curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal --default-toolchain none
fi
cd "$BMX_ROOT"
toolchain=$(sed -n 's/^channel = "\(.*\)"/\1/p' rust-toolchain.toml)
rustup toolchain list | grep -q "^$toolchain" || rustup toolchain install "$toolchain" --profile minimal
installed=$(rustup target list --installed --toolchain "$toolchain")
for target in wasm32-unknown-unknown wasm32v1-none; do
	grep -qx "$target" <<<"$installed" || rustup target add --toolchain "$toolchain" "$target"
done
rustup component list --installed --toolchain "$toolchain" | grep -q '^rust-src' ||
	rustup component add --toolchain "$toolchain" rust-src
echo "rustc $(rustc --version | cut -d' ' -f2), target dir $CARGO_TARGET_DIR"
mkdir -p "$CARGO_TARGET_DIR"

step "Node.js packages of the end-to-end tests"
command -v node >/dev/null || { echo "Node.js 20 is required (apt-get install nodejs npm)"; exit 1; }
if [[ ! -d tests/node_modules ]] || [[ tests/package-lock.json -nt tests/node_modules/.package-lock.json ]]; then
	(cd tests && npm ci --no-audit --no-fund --loglevel=error)
else
	echo "up to date"
fi

step "Node.js packages of the portal (portal/)"
if [[ ! -d portal/node_modules ]] || [[ portal/package-lock.json -nt portal/node_modules/.package-lock.json ]]; then
	(cd portal && npm ci --no-audit --no-fund --loglevel=error)
else
	echo "up to date"
fi

step "Node.js packages of the OCDS export tool (tools/ocds-export)"
if [[ ! -d tools/ocds-export/node_modules ]] ||
	[[ tools/ocds-export/package-lock.json -nt tools/ocds-export/node_modules/.package-lock.json ]]; then
	(cd tools/ocds-export && npm ci --no-audit --no-fund --loglevel=error)
else
	echo "up to date"
fi

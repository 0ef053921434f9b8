// Compiles Solidity sources in tests/contracts with solc-js (the npm `solc` package, pinned in
// package.json), offline, to EVM bytecode that pallet-revive runs as is; or, with `compilePvm`,
// with resolc (the npm `@parity/resolc`, solc's front end and LLVM to PolkaVM), to PolkaVM code,
// pallet-revive's other backend.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import solc from 'solc';

const CONTRACTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../contracts');
const NODE_MODULES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../node_modules');

/** solc's import callback: `@openzeppelin/...` and other packages from tests/node_modules. */
function findImport(importPath) {
  const file = path.join(NODE_MODULES, importPath);
  if (!file.startsWith(NODE_MODULES + path.sep) || !fs.existsSync(file)) {
    return { error: `${importPath} is not in tests/node_modules` };
  }
  return { contents: fs.readFileSync(file, 'utf8') };
}

/** Compiles `file` (in tests/contracts) and returns `{ abi, bytecode }` of `contractName`. */
export function compile(file, contractName) {
  const input = {
    language: 'Solidity',
    sources: { [file]: { content: fs.readFileSync(path.join(CONTRACTS, file), 'utf8') } },
    settings: {
      optimizer: { enabled: true, runs: 200 },
      outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } },
    },
  };
  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImport }));
  const errors = (output.errors ?? []).filter((e) => e.severity === 'error');
  if (errors.length) throw new Error(errors.map((e) => e.formattedMessage).join('\n'));
  const contract = output.contracts?.[file]?.[contractName];
  if (!contract) throw new Error(`${contractName} not found in ${file}`);
  return { abi: contract.abi, bytecode: `0x${contract.evm.bytecode.object}` };
}

/**
 * Compiles `file` (in tests/contracts) with resolc, optimised for speed (LLVM's `3`), and returns
 * `{ abi, bytecode }` of `contractName`: PolkaVM code (it starts with `PVM\0`).
 */
export async function compilePvm(file, contractName) {
  // Loaded here, not at the top: resolc's 12 MB wasm is for this function alone.
  const { compile: resolc } = await import('@parity/resolc');
  // resolc finds imports (`@openzeppelin/...`) from the working directory's node_modules.
  const cwd = process.cwd();
  process.chdir(path.dirname(NODE_MODULES));
  let output;
  try {
    output = await resolc(
      { [file]: { content: fs.readFileSync(path.join(CONTRACTS, file), 'utf8') } },
      { optimizer: { enabled: true, mode: '3', fallback_to_optimizing_for_size: true } },
    );
  } finally {
    process.chdir(cwd);
  }
  const errors = (output.errors ?? []).filter((e) => e.severity === 'error');
  if (errors.length) throw new Error(errors.map((e) => e.formattedMessage).join('\n'));
  const contract = output.contracts?.[file]?.[contractName];
  if (!contract) throw new Error(`${contractName} not found in ${file}`);
  const bytecode = `0x${contract.evm.bytecode.object}`;
  if (!bytecode.startsWith('0x50564d00')) throw new Error(`resolc did not make PolkaVM code for ${contractName}`);
  return { abi: contract.abi, bytecode };
}

/** resolc's version, e.g. `0.3.0+commit.ed60869.llvm-18.1.8`. */
export async function resolcVersion() {
  const { version } = await import('@parity/resolc');
  return version().trim();
}

/** The compiler version, e.g. `0.8.30+commit.73712a01.Emscripten.clang`. */
export const solcVersion = solc.version();

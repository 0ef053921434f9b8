// SPDX-License-Identifier: Apache-2.0
// An ERC-20 token as Ethereum projects write one: OpenZeppelin's `ERC20` (npm
// `@openzeppelin/contracts`, pinned in package.json), with the whole supply minted to its
// deployer. `scripts/bench-network.sh --erc20` measures its transfers through eth-rpc against
// native transfers (issue 19; BENCHMARKS.md).
pragma solidity ^0.8.30;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

contract BenchToken is ERC20 {
    constructor(uint256 supply) ERC20("Peso de prueba", "PRB") {
        _mint(msg.sender, supply);
    }
}

// SPDX-License-Identifier: Apache-2.0
// The token contract of the 2017 Blockchain MX proposal (`token.sol`), written for a current
// Solidity compiler with the same behaviour: a coin balance map, the creator receives the initial
// supply (1000 when 0 is given), `sendCoin` moves coins and returns false, moving nothing, when
// the sender's balance is too low, and every transfer emits `CoinTransfer`.
pragma solidity ^0.8.30;

contract Token {
    mapping(address => uint256) public coinBalanceOf;

    event CoinTransfer(address sender, address receiver, uint256 amount);

    constructor(uint256 supply) {
        if (supply == 0) supply = 1000;
        coinBalanceOf[msg.sender] = supply;
    }

    function sendCoin(address receiver, uint256 amount) public returns (bool sufficient) {
        if (coinBalanceOf[msg.sender] < amount) return false;
        coinBalanceOf[msg.sender] -= amount;
        coinBalanceOf[receiver] += amount;
        emit CoinTransfer(msg.sender, receiver, amount);
        return true;
    }
}

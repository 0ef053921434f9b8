// Solidity on Blockchain MX through Ethereum tooling (issue 6): a dev chain plus `eth-rpc`, the
// 2017 proposal's token contract compiled with solc and deployed with ethers from an Ethereum dev
// key, `sendCoin`, balances, the `CoinTransfer` log, a transfer above balance returning false,
// `eth_chainId`, `eth_getBalance`, `eth_estimateGas`, a plain value transfer, reverted calls
// reported as reverted, the same contract seen from the Substrate side with @polkadot/api, and the
// same source compiled by resolc to PolkaVM code (pallet-revive's other backend) deployed and run
// the same way.

import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { ContractFactory, Contract, JsonRpcProvider, Wallet, keccak256, parseEther } from 'ethers';
import { BmxNode, freePorts, nodeBinary, rpc, waitFor, waitForRpc } from '../lib/node.mjs';
import { compile, compilePvm } from '../lib/solidity.mjs';

const CHAIN_ID = 5252n;
/** Well-known Ethereum development keys, endowed in the dev genesis (1,000,000 BMX each). */
const ALITH_KEY = '0x5fb92d6e98884f76de468fa3f6278f8807c48bebc13595d45af5bdc4da702133';
const BALTATHAR_KEY = '0x8075991ce870b93a8870eca0c0f91913d12f47948ca0fd25b49c6fa7cdbeee8b';
/** 1 BMX = 10^12 plancks = 10^18 wei (NativeToEthRatio 10^6). */
const BMX = 10n ** 18n;

/** The eth-rpc binary next to bmx-node in the release target dir, or $BMX_ETH_RPC. */
function ethRpcBinary() {
  return process.env.BMX_ETH_RPC ?? path.join(path.dirname(nodeBinary()), 'eth-rpc');
}

describe('Solidity contracts through the Ethereum JSON-RPC', { timeout: 600_000 }, () => {
  let node;
  let ethRpc;
  let rpcPort;
  let ethPort;
  let provider;
  let alith;
  let baltathar;
  let api;
  let token;
  let deployReceipt;
  const { abi, bytecode } = compile('Token.sol', 'Token');

  before(async () => {
    let p2pPort, prometheusPort, ethPrometheusPort;
    [rpcPort, p2pPort, prometheusPort, ethPort, ethPrometheusPort] = await freePorts(5);
    node = new BmxNode('eth-dev', [
      '--dev', '--tmp', '--state-pruning', 'archive',
      '--rpc-port', `${rpcPort}`, '--port', `${p2pPort}`, '--prometheus-port', `${prometheusPort}`,
      '--no-telemetry', '--no-mdns',
    ]);
    await waitForRpc(node, rpcPort);
    ethRpc = new BmxNode(
      'eth-rpc',
      [
        '--node-rpc-url', `ws://127.0.0.1:${rpcPort}`, '--rpc-port', `${ethPort}`,
        '--prometheus-port', `${ethPrometheusPort}`, '--eth-pruning', '1000',
      ],
      { command: ethRpcBinary() },
    );
    await waitFor('eth-rpc to answer eth_chainId', () => rpc(ethPort, 'eth_chainId'), {
      timeoutMs: 120_000,
      nodes: [node, ethRpc],
    });
    provider = new JsonRpcProvider(`http://127.0.0.1:${ethPort}`, Number(CHAIN_ID), {
      staticNetwork: true,
      pollingInterval: 1000,
    });
    alith = new Wallet(ALITH_KEY, provider);
    baltathar = new Wallet(BALTATHAR_KEY, provider);
    api = await ApiPromise.create({ provider: new WsProvider(`ws://127.0.0.1:${rpcPort}`), noInitWarn: true });
  });

  after(async () => {
    provider?.destroy();
    if (api?.isConnected) await api.disconnect();
    ethRpc?.kill();
    node?.kill();
  });

  it('reports the documented chain id', async () => {
    assert.equal(await rpc(ethPort, 'eth_chainId'), `0x${CHAIN_ID.toString(16)}`);
    assert.equal((await provider.getNetwork()).chainId, CHAIN_ID);
  });

  it('shows the endowment of an Ethereum dev key with eth_getBalance', async () => {
    const balance = await provider.getBalance(alith.address);
    // 1,000,000 BMX at genesis, less at most the fees of transactions sent since.
    assert.ok(balance <= 1_000_000n * BMX, `${balance}`);
    assert.ok(balance > 999_990n * BMX, `${balance}`);
  });

  it('transfers value to a new address with a plain transaction', async () => {
    const recipient = Wallet.createRandom().address;
    const gas = await provider.estimateGas({ from: alith.address, to: recipient, value: BMX });
    assert.ok(gas > 0n);
    const tx = await alith.sendTransaction({ to: recipient, value: BMX });
    const receipt = await tx.wait();
    assert.equal(receipt.status, 1);
    assert.equal(await provider.getBalance(recipient), BMX);
  });

  it('estimates gas for and deploys the token contract (1000 coins when 0 is given)', async () => {
    const factory = new ContractFactory(abi, bytecode, alith);
    const deployTx = await factory.getDeployTransaction(0);
    const gas = await provider.estimateGas({ ...deployTx, from: alith.address });
    assert.ok(gas > 0n, `estimateGas ${gas}`);
    token = await factory.deploy(0);
    deployReceipt = await token.deploymentTransaction().wait();
    assert.equal(deployReceipt.status, 1);
    assert.ok(deployReceipt.contractAddress, 'no contract address in the receipt');
    assert.equal(deployReceipt.contractAddress, await token.getAddress());
    assert.notEqual(await provider.getCode(deployReceipt.contractAddress), '0x');
    assert.equal(await token.coinBalanceOf(alith.address), 1000n);
  });

  it('sends coins with sendCoin and logs CoinTransfer', async () => {
    assert.equal(await token.sendCoin.staticCall(baltathar.address, 300n), true);
    const receipt = await (await token.sendCoin(baltathar.address, 300n)).wait();
    assert.equal(receipt.status, 1);
    const logs = receipt.logs.map((log) => token.interface.parseLog(log)).filter(Boolean);
    assert.equal(logs.length, 1, JSON.stringify(receipt.logs));
    assert.equal(logs[0].name, 'CoinTransfer');
    assert.deepEqual([...logs[0].args], [alith.address, baltathar.address, 300n]);
    assert.equal(await token.coinBalanceOf(alith.address), 700n);
    assert.equal(await token.coinBalanceOf(baltathar.address), 300n);
  });

  it('returns false and moves nothing for a transfer above balance', async () => {
    const fromBaltathar = token.connect(baltathar);
    assert.equal(await fromBaltathar.sendCoin.staticCall(alith.address, 301n), false);
    const receipt = await (await fromBaltathar.sendCoin(alith.address, 301n)).wait();
    assert.equal(receipt.status, 1);
    assert.equal(receipt.logs.length, 0, 'a refused transfer logs nothing');
    assert.equal(await token.coinBalanceOf(alith.address), 700n);
    assert.equal(await token.coinBalanceOf(baltathar.address), 300n);
  });

  it('reports a reverted call and a reverted transaction as reverted', async () => {
    const to = await token.getAddress();
    // No function has this selector and the contract has no fallback: Solidity reverts.
    const data = '0xdeadbeef';
    await assert.rejects(
      rpc(ethPort, 'eth_call', [{ from: alith.address, to, data }, 'latest']),
      /revert/i,
    );
    // Sending it anyway (explicit gas limit, so no estimate refuses it first): mined, status 0.
    const tx = await alith.sendTransaction({ to, data, gasLimit: 1_000_000n });
    const error = await tx.wait().then(
      () => null,
      (e) => e,
    );
    assert.ok(error, 'the reverted transaction was reported as a success');
    assert.equal(error.code, 'CALL_EXCEPTION');
    assert.equal(error.receipt.status, 0);
  });

  it('shows the deployed contract from the Substrate side (@polkadot/api)', async () => {
    const address = deployReceipt.contractAddress.toLowerCase();
    const info = await api.query.revive.accountInfoOf(address);
    assert.ok(info.isSome, 'no revive.accountInfoOf entry for the contract');
    const accountType = info.unwrap().accountType;
    assert.ok(accountType.isContract, `account type ${accountType.type}`);
    const codeHash = accountType.asContract.codeHash.toHex();
    const code = await provider.getCode(address);
    assert.equal(codeHash, keccak256(code), 'code hash is keccak256 of the runtime bytecode');
    const pristine = await api.query.revive.pristineCode(codeHash);
    assert.ok(pristine.isSome, 'no revive.pristineCode for the code hash');
    assert.equal(pristine.unwrap().toHex(), code);
    // The deployment is an extrinsic of a Substrate block with a Revive.Instantiated event (the
    // Ethereum block hash differs from the Substrate one; the numbers are the same).
    const blockHash = await api.rpc.chain.getBlockHash(deployReceipt.blockNumber);
    const events = await (await api.at(blockHash)).query.system.events();
    const instantiated = events.find(({ event }) => api.events.revive.Instantiated.is(event));
    assert.ok(instantiated, `no Revive.Instantiated event in block ${blockHash}`);
    assert.equal(instantiated.event.data.contract.toHex(), address);
    assert.equal(instantiated.event.data.deployer.toHex(), alith.address.toLowerCase());
  });

  it('deploys and runs the same contract compiled by resolc to PolkaVM code', async () => {
    const pvm = await compilePvm('Token.sol', 'Token');
    const factory = new ContractFactory(pvm.abi, pvm.bytecode, alith);
    const pvmToken = await factory.deploy(0);
    const receipt = await pvmToken.deploymentTransaction().wait();
    assert.equal(receipt.status, 1);
    const address = await pvmToken.getAddress();
    // The chain keeps PolkaVM code as it came (its `PVM\0` magic), not EVM bytecode.
    const code = await provider.getCode(address);
    assert.ok(code.startsWith('0x50564d00'), code.slice(0, 20));
    assert.equal(await pvmToken.coinBalanceOf(alith.address), 1000n);
    const sent = await (await pvmToken.sendCoin(baltathar.address, 250n)).wait();
    assert.equal(sent.status, 1);
    const logs = sent.logs.map((log) => pvmToken.interface.parseLog(log)).filter(Boolean);
    assert.deepEqual([...logs[0].args], [alith.address, baltathar.address, 250n]);
    assert.equal(await pvmToken.coinBalanceOf(alith.address), 750n);
    assert.equal(await pvmToken.coinBalanceOf(baltathar.address), 250n);
    // Above balance: false, nothing moves, as with the EVM build.
    assert.equal(await pvmToken.connect(baltathar).sendCoin.staticCall(alith.address, 251n), false);
  });
});

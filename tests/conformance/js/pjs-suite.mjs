// The polkadot.js acceptance suite: the real @polkadot/api 16.5.6 against a running finney-node.
// Usage: node pjs-suite.mjs ws://127.0.0.1:<port>
// Prints one JSON line per check ({"name", "ok", "detail"|"error"}) and exits 0 only when every check passed.
// Checks run in order on one connection; later ones rely on balances moved by earlier ones.
import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { compactFromU8a, u8aToHex } from '@polkadot/util';
import { blake2AsHex, cryptoWaitReady, mnemonicGenerate } from '@polkadot/util-crypto';

const url = process.argv[2];
if (!url) {
  console.error('usage: node pjs-suite.mjs ws://127.0.0.1:<port>');
  process.exit(2);
}

const TAO = 1_000_000_000n;
const results = [];
const report = (name, ok, extra) => {
  const line = { name, ok, ...extra };
  results.push(line);
  console.log(JSON.stringify(line));
};

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms); }),
  ]);
}

function expect(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}

async function check(name, body, ms = 90_000) {
  try {
    const detail = await withTimeout(body(), ms, name);
    report(name, true, detail === undefined ? {} : { detail });
  } catch (e) {
    report(name, false, { error: String(e?.message ?? e) });
  }
}

// Signs and sends; resolves once finalized with the statuses seen and the extrinsic's events.
function sendAndFinalize(api, tx, signer, options = {}) {
  return new Promise((resolve, reject) => {
    const statuses = [];
    let unsubscribe;
    tx.signAndSend(signer, options, (result) => {
      statuses.push(result.status.type);
      if (result.dispatchError) {
        const error = result.dispatchError.isModule
          ? (() => { const m = api.registry.findMetaError(result.dispatchError.asModule); return `${m.section}.${m.name}`; })()
          : result.dispatchError.toString();
        reject(new Error(`dispatch failed: ${error}`));
      }
      if (result.status.isInvalid || result.status.isDropped || result.status.isUsurped) {
        reject(new Error(`transaction ${result.status.type}`));
      }
      if (result.status.isFinalized) {
        unsubscribe?.();
        resolve({
          statuses,
          blockHash: result.status.asFinalized.toHex(),
          events: result.events.map(({ event }) => ({ section: event.section, method: event.method, data: event.data.toJSON() })),
        });
      }
    }).then((u) => { unsubscribe = u; }, reject);
  });
}

const freeOf = async (api, address) => (await api.query.system.account(address)).data.free.toBigInt();
const has = (events, section, method) => events.some((e) => e.section === section && e.method === method);

async function expectRejected(promise, code, reason) {
  try {
    await promise;
  } catch (e) {
    const message = String(e?.message ?? e);
    expect(message.startsWith(`${code}:`), `expected error ${code}, got "${message}"`);
    expect(message.includes(reason), `expected "${reason}" in "${message}"`);
    return message;
  }
  throw new Error(`expected error ${code} (${reason}), but the transaction was accepted`);
}

await cryptoWaitReady();
const sr = new Keyring({ type: 'sr25519', ss58Format: 42 });
const ed = new Keyring({ type: 'ed25519', ss58Format: 42 });
const alice = sr.addFromUri('//Alice');
const bob = sr.addFromUri('//Bob');
const charlie = sr.addFromUri('//Charlie');
const dave = sr.addFromUri('//Dave');
const eve = sr.addFromUri('//Eve');
const edUser = ed.addFromUri('//Finney//ed25519');
const pauper = sr.addFromUri(mnemonicGenerate());

let api;
await check('connect', async () => {
  api = await ApiPromise.create({ provider: new WsProvider(url), throwOnConnect: true, noInitWarn: true });
  await api.isReady;
  const [chain, version] = [await api.rpc.system.chain(), api.runtimeVersion];
  expect(chain.toString() === 'Bittensor', `system_chain is ${chain}`);
  expect(version.specName.toString() === 'node-subtensor', `specName is ${version.specName}`);
  expect(api.registry.chainSS58 === 42, `ss58 is ${api.registry.chainSS58}`);
  expect(api.registry.chainDecimals[0] === 9 && api.registry.chainTokens[0] === 'TAO', 'token is not TAO/9');
  return { genesis: api.genesisHash.toHex(), specVersion: version.specVersion.toNumber() };
}, 60_000);

if (!api) {
  process.exit(1);
}

await check('metadata and constants decode', async () => {
  expect(api.runtimeMetadata.version >= 14, `metadata version ${api.runtimeMetadata.version}`);
  expect(api.consts.balances.existentialDeposit.toBigInt() === 500n, `ED is ${api.consts.balances.existentialDeposit}`);
  expect(api.consts.system.blockHashCount.toNumber() === 2400, `BlockHashCount is ${api.consts.system.blockHashCount}`);
  for (const [section, method] of [['balances', 'transferKeepAlive'], ['balances', 'transferAllowDeath'], ['utility', 'batch'], ['sudo', 'sudo']]) {
    expect(typeof api.tx[section]?.[method] === 'function', `api.tx.${section}.${method} is missing`);
  }
  const header = await api.rpc.chain.getHeader();
  expect(header.hash.toHex() === (await api.rpc.chain.getBlockHash(header.number.toNumber())).toHex(), 'header hash differs from chain_getBlockHash');
  return { pallets: api.runtimeMetadata.asLatest.pallets.map((p) => p.name.toString()) };
});

await check('system.account query', async () => {
  const account = await api.query.system.account(alice.address);
  expect(account.data.free.toBigInt() > 0n, 'Alice has no free balance');
  const sudoKey = (await api.query.sudo.key()).toString();
  expect(sudoKey === alice.address, `sudo key is ${sudoKey}`);
  return { free: account.data.free.toString(), nonce: account.nonce.toNumber() };
});

await check('genesis header and state read proof', async () => {
  const genesis = await api.rpc.chain.getHeader(api.genesisHash);
  expect(genesis.hash.toHex() === api.genesisHash.toHex(), `genesis header hashes to ${genesis.hash.toHex()}`);
  expect(genesis.extrinsicsRoot.toHex() === '0x03170a2e7597b7b7e3d84c05391d139a62b157e78786d8c082f29dcf4c111314', `genesis extrinsics root ${genesis.extrinsicsRoot.toHex()}`);
  const best = await api.rpc.chain.getHeader();
  const { at, proof } = await api.rpc.state.getReadProof([api.query.system.account.key(alice.address)], best.hash);
  expect(at.toHex() === best.hash.toHex(), `proof at ${at.toHex()}`);
  // The state root is a real trie root: one proof node (the root node) hashes to it.
  const hashes = proof.map((node) => blake2AsHex(node.toU8a(true), 256));
  expect(hashes.includes(best.stateRoot.toHex()), `no proof node hashes to the state root ${best.stateRoot.toHex()}`);
  return { nodes: proof.length };
});

await check('payment info', async () => {
  const info = await api.tx.balances.transferKeepAlive(bob.address, TAO).paymentInfo(alice);
  expect(info.partialFee.toBigInt() > 0n, 'fee is zero');
  return { partialFee: info.partialFee.toString() };
});

await check('sr25519 transfer reaches inBlock and finalized', async () => {
  const before = await freeOf(api, bob.address);
  const { statuses, events } = await sendAndFinalize(api, api.tx.balances.transferKeepAlive(bob.address, TAO), alice);
  expect(statuses.includes('InBlock') && statuses.indexOf('InBlock') < statuses.indexOf('Finalized'), `statuses ${statuses}`);
  for (const [section, method] of [['balances', 'Withdraw'], ['balances', 'Transfer'], ['transactionPayment', 'TransactionFeePaid'], ['system', 'ExtrinsicSuccess']]) {
    expect(has(events, section, method), `no ${section}.${method} in ${JSON.stringify(events)}`);
  }
  const transfer = events.find((e) => e.method === 'Transfer');
  expect(BigInt(transfer.data[2]) === TAO, `transfer amount ${transfer.data[2]}`);
  const after = await freeOf(api, bob.address);
  expect(after - before === TAO, `Bob gained ${after - before}`);
  return { statuses };
});

await check('ed25519 transfer', async () => {
  await sendAndFinalize(api, api.tx.balances.transferKeepAlive(edUser.address, 10n * TAO), alice);
  const before = await freeOf(api, charlie.address);
  const { events } = await sendAndFinalize(api, api.tx.balances.transferKeepAlive(charlie.address, 2n * TAO), edUser);
  expect(has(events, 'system', 'ExtrinsicSuccess'), 'no ExtrinsicSuccess');
  expect((await freeOf(api, charlie.address)) - before === 2n * TAO, 'Charlie did not receive 2 TAO');
  return { signer: edUser.address };
});

await check('utility.batch', async () => {
  const [c, d] = [await freeOf(api, charlie.address), await freeOf(api, dave.address)];
  const batch = api.tx.utility.batch([
    api.tx.balances.transferKeepAlive(charlie.address, 3n * TAO),
    api.tx.balances.transferKeepAlive(dave.address, 4n * TAO),
  ]);
  const { events } = await sendAndFinalize(api, batch, bob);
  expect(has(events, 'utility', 'BatchCompleted'), `no utility.BatchCompleted in ${JSON.stringify(events)}`);
  expect((await freeOf(api, charlie.address)) - c === 3n * TAO && (await freeOf(api, dave.address)) - d === 4n * TAO, 'batch transfers missing');
});

await check('sudo', async () => {
  const before = await freeOf(api, eve.address);
  const call = api.tx.balances.forceTransfer(bob.address, eve.address, 5n * TAO);
  const { events } = await sendAndFinalize(api, api.tx.sudo.sudo(call), alice);
  const sudid = events.find((e) => e.section === 'sudo' && e.method === 'Sudid');
  expect(sudid && JSON.stringify(sudid.data).includes('ok'), `no successful sudo.Sudid in ${JSON.stringify(events)}`);
  expect((await freeOf(api, eve.address)) - before === 5n * TAO, 'Eve did not receive 5 TAO');
});

await check('invalid signature is rejected with 1010', async () => {
  const tx = api.tx.balances.transferKeepAlive(bob.address, TAO);
  await tx.signAsync(alice, { nonce: -1 });
  const bytes = tx.toU8a();
  const [prefix] = compactFromU8a(bytes);
  bytes[prefix + 1 + 1 + 32 + 1 + 10] ^= 0xff;
  return expectRejected(api.rpc.author.submitExtrinsic(u8aToHex(bytes)), 1010, 'Transaction has a bad signature');
});

await check('stale nonce is rejected with 1010', async () => {
  const tx = api.tx.balances.transferKeepAlive(bob.address, TAO);
  return expectRejected(tx.signAndSend(alice, { nonce: 0 }), 1010, 'Transaction is outdated');
});

await check('unpayable fee is rejected with 1010', async () => {
  const tx = api.tx.balances.transferKeepAlive(bob.address, TAO);
  return expectRejected(tx.signAndSend(pauper), 1010, 'Inability to pay some fees');
});

await check('account next index counts the pool', async () => {
  const next = await api.rpc.system.accountNextIndex(alice.address);
  const onChain = (await api.query.system.account(alice.address)).nonce.toNumber();
  expect(next.toNumber() === onChain, `next index ${next} vs on-chain nonce ${onChain}`);
  return { next: next.toNumber() };
});

await api.disconnect();
const failed = results.filter((r) => !r.ok).length;
console.log(JSON.stringify({ summary: true, passed: results.length - failed, failed }));
process.exit(failed === 0 ? 0 : 1);

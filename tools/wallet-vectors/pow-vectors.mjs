// Registration seal vectors for Finney's PoW solver, computed with implementations independent of Finney's:
// Node's OpenSSL SHA-256 and @polkadot/util-crypto's Keccak-256, with the difficulty rule of subtensor's
// hash_meets_difficulty (U256 from the seal's big-endian bytes, times difficulty, must not overflow).
// Usage: node tools/wallet-vectors/pow-vectors.mjs  (writes tests/fixtures/pow/seals.json)
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, '../../tests/conformance/js/package.json'));
const { u8aToHex, hexToU8a, u8aConcat } = require('@polkadot/util');
const { cryptoWaitReady, keccakAsU8a, decodeAddress } = require('@polkadot/util-crypto');

await cryptoWaitReady();
const MAX = (1n << 256n) - 1n;

function le64(nonce) {
  const bytes = new Uint8Array(8);
  new DataView(bytes.buffer).setBigUint64(0, nonce, true);
  return bytes;
}

function seal(nonce, preHash) {
  const sha = createHash('sha256').update(u8aConcat(le64(nonce), preHash)).digest();
  return keccakAsU8a(sha, 256);
}

const meets = (s, difficulty) => BigInt(u8aToHex(s)) * difficulty <= MAX;

const cases = [
  { name: 'current block (zero hash), //Alice', blockNumber: 1000, blockHash: '0x' + '00'.repeat(32), hotkey: '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY' },
  { name: 'finney genesis hash, //Bob', blockNumber: 0, blockHash: '0x2f0555cc76fc2840a25a6ea3b9637146806f1f44b090c175ffde2a7e5ab36c03', hotkey: '5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty' },
];
const nonces = [0n, 1n, 7n, 8n, 255n, 4294967295n, 4294967296n, 18446744073709551615n];
const difficulties = [1n, 10000n, 1000000n];

const out = [];
for (const c of cases) {
  const hotkey = decodeAddress(c.hotkey);
  const preHash = keccakAsU8a(u8aConcat(hexToU8a(c.blockHash), hotkey), 256);
  const seals = nonces.map((n) => ({ nonce: n.toString(), seal: u8aToHex(seal(n, preHash)) }));
  const solutions = difficulties.map((d) => {
    let n = 0n;
    while (!meets(seal(n, preHash), d)) n++;
    return { difficulty: d.toString(), firstNonce: n.toString(), seal: u8aToHex(seal(n, preHash)) };
  });
  out.push({ ...c, hotkeyPublicKey: u8aToHex(hotkey), preHash: u8aToHex(preHash), seals, solutions });
  console.log(`${c.name}: first nonces ${solutions.map((s) => s.firstNonce).join(', ')}`);
}
writeFileSync(join(here, '../../tests/fixtures/pow/seals.json'), JSON.stringify(out, null, 2) + '\n');

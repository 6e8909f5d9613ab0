// Times schnorrkel compiled to wasm (@polkadot/wasm-crypto, what polkadot.js uses) for the same
// operations Finney's BenchmarkDotNet suite measures, so the two can be compared in one run:
//   node bench-sr25519-wasm.mjs            (see docs/performance.md)
// Each figure is the median of several timed batches after a warm-up, in microseconds per operation.
import { performance } from 'node:perf_hooks';
import { waitReady, sr25519KeypairFromSeed, sr25519Sign, sr25519Verify } from '@polkadot/wasm-crypto';

await waitReady();
const seed = new Uint8Array(32).fill(7);
const pair = sr25519KeypairFromSeed(seed);
const secret = pair.slice(0, 64);
const publicKey = pair.slice(64);

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(name, operation, iterations) {
  for (let i = 0; i < iterations; i++) operation();
  const batches = [];
  for (let batch = 0; batch < 7; batch++) {
    const start = performance.now();
    for (let i = 0; i < iterations; i++) operation();
    batches.push(((performance.now() - start) * 1000) / iterations);
  }
  console.log(`${name.padEnd(28)} ${median(batches).toFixed(2).padStart(9)} us/op`);
}

for (const size of [64, 256]) {
  const message = new Uint8Array(size).fill(1);
  const signature = sr25519Sign(publicKey, secret, message);
  if (!sr25519Verify(signature, message, publicKey)) throw new Error('wasm verify failed');
  time(`wasm sr25519 verify ${size} B`, () => sr25519Verify(signature, message, publicKey), 2000);
  time(`wasm sr25519 sign ${size} B`, () => sr25519Sign(publicKey, secret, message), 2000);
}
time('wasm sr25519 from seed', () => sr25519KeypairFromSeed(seed), 2000);
console.log(`node ${process.version}, ${process.arch}`);
